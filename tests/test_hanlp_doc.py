"""The HanLP Document adapter on the shapes HanLP documents: flat, nested, JSON lists, bare keys."""

from __future__ import annotations

import json

import pytest
from hanlp_common.document import Document

from kg.nlp import EngineError
from kg.nlp.hanlp_doc import concat, spread, to_batched

TOKENS = ["海关总署", "召开", "动员会"]
SRL = [("海关总署", "ARG0", 0, 1), ("召开", "PRED", 1, 2), ("动员会", "ARG1", 2, 3)]

#: What ``HanLP('海关总署召开动员会', tasks=[...])`` returns for one sentence: the flat shape.
FLAT = {
    "tok/fine": TOKENS,
    "pos/ctb": ["NR", "VV", "NN"],
    "ner/msra": [("海关总署", "ORGANIZATION", 0, 1)],
    "srl": [SRL],
    "dep": [(2, "nsubj"), (0, "root"), (2, "dobj")],
    "sdp": [[(2, "Agt")], [(0, "Root")], [(2, "Cont")]],
}

#: The example of ``hanlp_common.document.Document``'s docstring: bare keys, JSON lists, nested.
DOCSTRING = {
    "tok": [["晓美焰", "来到", "北京", "立方庭", "参观", "自然", "语义", "科技", "公司"]],
    "pos": [["NR", "VV", "NR", "NR", "VV", "NN", "NN", "NN", "NN"]],
    "ner": [[["晓美焰", "PERSON", 0, 1], ["北京立方庭", "LOCATION", 2, 4], ["自然语义科技公司", "ORGANIZATION", 5, 9]]],
    "dep": [[[2, "nsubj"], [0, "root"], [4, "name"], [2, "dobj"], [2, "conj"],
             [9, "compound"], [9, "compound"], [9, "compound"], [5, "dobj"]]],
}


def test_flat_document_becomes_one_sentence_batch() -> None:
    doc = to_batched(FLAT)
    assert doc["tok/fine"] == [TOKENS]
    assert doc["pos/ctb"] == [["NR", "VV", "NN"]]
    assert doc["ner/msra"] == [[("海关总署", "ORGANIZATION", 0, 1)]]
    assert doc["srl"] == [[SRL]]
    assert doc["dep"] == [[(2, "nsubj"), (0, "root"), (2, "dobj")]]
    assert "sdp" not in doc  # tasks kg does not read are dropped


def test_nested_json_document_from_the_restful_api() -> None:
    """The RESTful API answers JSON: lists instead of tuples, nested by sentence."""
    nested = json.loads(json.dumps({k: [v, v] for k, v in FLAT.items()}))
    doc = to_batched(nested)
    assert doc["tok/fine"] == [TOKENS, TOKENS]
    assert doc["srl"] == [[SRL], [SRL]]
    assert all(isinstance(span, tuple) for sentence in doc["ner/msra"] for span in sentence)
    assert isinstance(doc, Document)


def test_bare_keys_of_hanlps_own_example_get_their_tagsets() -> None:
    doc = to_batched(DOCSTRING)
    assert set(doc) == {"tok/fine", "pos/ctb", "ner/msra", "dep"}
    assert doc["ner/msra"][0][1] == ("北京立方庭", "LOCATION", 2, 4)
    assert doc["dep"][0][8] == (5, "dobj")


def test_coarse_tokens_stand_in_when_there_are_no_fine_ones() -> None:
    doc = to_batched({"tok/coarse": [["海关总署", "召开"]], "pos/pku": [["nt", "v"]]})
    assert doc["tok/fine"] == [["海关总署", "召开"]]
    assert doc["pos/pku"] == [["nt", "v"]]


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ({"pos/ctb": [["NR"]]}, "no tokens"),
        ({"tok/fine": TOKENS, "pos/ctb": ["NR"]}, "1 tags for 3 tokens"),
        ({"tok/fine": TOKENS, "ner/msra": [("x", "PERSON", 2, 9)]}, "outside the sentence"),
        ({"tok/fine": TOKENS, "ner/msra": [("x", "PERSON", 0)]}, "expected (text, label, begin, end)"),
        ({"tok/fine": [TOKENS, TOKENS], "srl": [[SRL]]}, "1 sentences, but 2 tokenised"),
        ({"tok/fine": TOKENS, "dep": [(7, "nsubj"), (0, "root"), (2, "dobj")]}, "head 7"),
    ],
)
def test_malformed_documents_are_refused_with_the_task_named(doc: dict, problem: str) -> None:
    with pytest.raises(EngineError, match="HanLP") as err:
        to_batched(doc)
    assert problem in str(err.value)


def test_concat_and_spread_keep_sentence_order() -> None:
    a = to_batched(FLAT)
    b = to_batched({"tok/fine": ["会议"], "pos/ctb": ["NN"]})
    joined = concat([a, b])
    assert joined["tok/fine"] == [TOKENS, ["会议"]]
    assert joined["srl"] == [[SRL], []]  # b has no SRL: an empty entry, not a shifted list
    placed = spread(joined, [1, 3], 4)
    assert placed["tok/fine"] == [[], TOKENS, [], ["会议"]]
    assert placed["ner/msra"][1] == [("海关总署", "ORGANIZATION", 0, 1)]
