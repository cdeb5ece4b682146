"""The offline HanLP engine: our own HanLP NER model (shipped in ``kg/data/ner``) on top of LAC.

LAC gives tokens, POS and dates; the character-level HanLP model gives PER/LOC/ORG spans, which are
more accurate than LAC's (see ``docs/NER.md``). LAC tokens are split at entity boundaries so every
entity is a run of whole tokens; an entity's tokens take the POS its type stands for. Where the model
reads a run of names without separators (李鹏乔石李瑞环) as one person and LAC as several, LAC's cut wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from hanlp_common.document import Document

from kg.nlp import EngineError

#: The shipped model: ``scripts/train_ner.py`` writes it, ``hanlp.load`` reads it.
SHIPPED = Path(__file__).resolve().parent.parent / "data" / "ner" / "charner"
#: POS of a token that is (part of) an entity of this type, as LAC writes it.
ENTITY_POS = {"PER": "nr", "LOC": "ns", "ORG": "nt"}
#: LAC's labels this engine keeps (ours cover PER/LOC/ORG).
LAC_KEEP = {"TIME"}

Span = tuple[str, str, int, int]


def load_ner(path: str | Path) -> Any:
    """``hanlp.load`` a character NER model directory, with a one-line error when it is not one."""
    path = Path(path)
    if not (path / "config.json").is_file():
        raise EngineError(f"{path}: not a HanLP model directory (no config.json)")
    import hanlp

    try:
        return hanlp.load(str(path), verbose=False)
    except Exception as exc:  # HanLP raises anything from a broken model folder
        raise EngineError(f"{path}: cannot load the HanLP model: {exc}") from exc


def split_at(tokens: Sequence[str], pos: Sequence[str], entities: Sequence[tuple[int, int, str]]
             ) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """Cut tokens at entity boundaries (character offsets); return tokens, POS and each token's char span."""
    cuts = {b for b, _, _ in entities} | {e for _, e, _ in entities}
    kinds = {i: label for b, e, label in entities for i in range(b, e)}
    out_tok, out_pos, out_span = [], [], []
    start = 0
    for token, tag in zip(tokens, pos, strict=True):
        end = start + len(token)
        inner = sorted(c for c in cuts if start < c < end)
        for b, e in zip([start, *inner], [*inner, end], strict=True):
            out_tok.append(token[b - start : e - start])
            out_pos.append(ENTITY_POS.get(kinds.get(b, ""), tag) if kinds.get(b) == kinds.get(e - 1) else tag)
            out_span.append((b, e))
        start = end
    return out_tok, out_pos, out_span


def to_token_spans(spans: Sequence[tuple[int, int]], entities: Sequence[tuple[int, int, str]],
                   text: str) -> list[Span]:
    """Character entities -> ``(text, label, begin, end)`` token spans over ``spans``."""
    first = {b: i for i, (b, _) in enumerate(spans)}
    last = {e: i + 1 for i, (_, e) in enumerate(spans)}
    return [(text[b:e], label, first[b], last[e]) for b, e, label in entities if b in first and e in last]


def split_name_lists(entities: Sequence[tuple[int, int, str]], people: Sequence[tuple[int, int, str]]
                     ) -> list[tuple[int, int, str]]:
    """Cut a PER entity of ours that LAC reads as two or more adjacent people (a list of names) into them."""
    out = []
    for b, e, label in entities:
        inside = sorted((pb, pe) for pb, pe, _ in people if b <= pb and pe <= e)
        tiled = (len(inside) > 1 and inside[0][0] == b and inside[-1][1] == e
                 and all(x[1] == y[0] for x, y in pairwise(inside)))
        out += [(pb, pe, label) for pb, pe in inside] if label == "PER" and tiled else [(b, e, label)]
    return out


class HanLPLocalEngine:
    """LAC tokens/POS/dates + a HanLP character NER model (ours by default) for people, places, organisations."""

    name = "hanlp-local"

    def __init__(self, model_dir: str | None = None, *, model: Any = None) -> None:
        from kg.nlp.lac import LacEngine

        self._lac = LacEngine()
        if model is None and model_dir is None and not SHIPPED.is_dir():
            raise EngineError(f"the shipped NER model is missing from {SHIPPED}; "
                              "rebuild it with: python scripts/train_ner.py")
        self._ner = model if model is not None else load_ner(model_dir or SHIPPED)

    def entities(self, sentences: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """The model's ``(begin, end, label)`` character spans of each sentence."""
        found: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
        todo = [i for i, s in enumerate(sentences) if s.strip()]
        if todo:
            predicted = self._ner([list(sentences[i]) for i in todo])
            for i, spans in zip(todo, predicted, strict=True):
                found[i] = sorted((b, e, label) for _, label, b, e in spans)
        return found

    def annotate(self, sentences: Sequence[str]) -> Document:
        lac = self._lac.annotate(sentences)  # its tokens keep every character of the sentence
        toks, poss, ours, dates = [], [], [], []
        for text, tokens, pos, lac_ner, entities in zip(
            sentences, lac["tok/fine"], lac["pos/lac"], lac["ner/lac"], self.entities(sentences), strict=True
        ):
            offsets = [0]
            for token in tokens:
                offsets.append(offsets[-1] + len(token))
            lac_chars = [(offsets[b], offsets[e], label) for _, label, b, e in lac_ner]
            kept = [span for span in lac_chars if span[2] in LAC_KEEP]
            entities = split_name_lists(entities, [span for span in lac_chars if span[2] == "PER"])
            tokens, pos, spans = split_at(tokens, pos, entities)
            toks.append(tokens)
            poss.append(pos)
            ours.append(to_token_spans(spans, entities, text))
            dates.append(to_token_spans(spans, kept, text))
        return Document({"tok/fine": toks, "pos/lac": poss, "ner/charner": ours, "ner/lac": dates})
