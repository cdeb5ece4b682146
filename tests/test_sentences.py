"""Sentence spans: the same cuts as HanLP's rule splitter, with offsets, bounded length."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hanlp.utils.rules import split_sentence

from kg.ingest import Article, read_articles
from kg.sentences import split_sentences

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

TRICKY = [
    "会议指出：“要提高政治站位。”王辉忠说，“好！”随后散会。",
    "他问：“谁来？”大家回答。又问？！无人作答……会议继续......最后结束。",
    "“四个意识”“四个自信”；“两个维护”。",
    "The U.S. delegation met Mr. Smith. They agreed!  Then Dr. Li spoke? 会议结束。",
    "　　首行缩进。\n\n\n   第二段没有句号\n第三段。”",
    "Version 1.17 was released.Next one soon. 好的。",
]


def texts(text: str, **kwargs) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, **kwargs)]


def example_texts() -> list[str]:
    items = [item for path in sorted(EXAMPLES.glob("*.txt")) for item in read_articles(path)]
    assert len(items) == len(list(EXAMPLES.glob("*.txt"))) >= 21 and all(isinstance(a, Article) for a in items)
    return [a.text for a in items]


def test_same_sentences_as_hanlp_on_the_example_articles():
    for text in example_texts():
        assert texts(text, max_len=len(text)) == list(split_sentence(text))


@pytest.mark.parametrize("text", TRICKY)
def test_same_sentences_as_hanlp_on_quotes_ellipses_and_english(text):
    # HanLP writes the whitespace after an abbreviation as " "; we return the text as it is.
    assert [" ".join(s.split()) for s in texts(text)] == [" ".join(s.split()) for s in split_sentence(text)]


def test_closing_quotes_stay_with_their_sentence():
    assert texts("他说：“好！”我们走。“散会。”") == ["他说：“好！”", "我们走。", "“散会。”"]


def test_text_hanlp_drops_is_kept():
    # After an English sentence end HanLP loses a one-character remainder ("好"); we keep it.
    assert list(split_sentence("Next one soon. 好")) == ["Next one soon."]
    assert texts("Next one soon. 好") == ["Next one soon.", "好"]


@pytest.mark.parametrize("text", [*TRICKY, "", " \n\u3000 ", "。", "a", "“”", "\n好\n"])
def test_spans_are_ordered_stripped_and_non_empty(text):
    spans = split_sentences(text)
    assert all(s < e for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))
    for s, e in spans:
        piece = text[s:e]
        assert piece == piece.strip() and "\n" not in piece
    # Nothing but whitespace falls between the spans.
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


def test_long_sentences_are_cut_at_clause_then_phrase_breaks():
    clause = "海关总署召开动员会" * 8  # 72 characters
    text = f"{clause}；{clause}，{clause}、{clause}。"
    assert texts(text, max_len=100) == [f"{clause}；", f"{clause}，", f"{clause}、", f"{clause}。"]
    short = "王辉忠出席会议"
    text = f"{clause}；{short}，{clause}。"
    assert texts(text, max_len=120) == [f"{clause}；", f"{short}，{clause}。"]
    assert texts(text.replace("；", "的"), max_len=120) == [f"{clause}的{short}，", f"{clause}。"]


def test_a_huge_line_without_punctuation_yields_bounded_pieces():
    text = "标题\n" + "海关总署召开动员会" * 200_000
    spans = split_sentences(text, max_len=256)
    assert max(e - s for s, e in spans) == 256
    assert "".join(text[s:e] for s, e in spans) == text.replace("\n", "")


def test_max_len_must_be_positive():
    with pytest.raises(ValueError, match="max_len"):
        split_sentences("好。", max_len=0)
