"""A character NER model's people, places and organisations on LAC's tokens, POS and dates.

Both ways of running our HanLP NER model go through here: ``hanlp-ner`` (the exported network on ONNX
Runtime) and ``hanlp:<model dir>`` (the model under HanLP/PyTorch). LAC gives tokens, POS and dates; the
character model gives PER/LOC/ORG spans, which are more accurate than LAC's (see ``docs/NER.md``). LAC
tokens are split at entity boundaries so every entity is a run of whole tokens; an entity's tokens take
the POS its type stands for. Where the model reads a run of names without separators (李鹏乔石李瑞环) as
one person and LAC as several, LAC's cut wins; where it reads a clause as one organisation
(北京拜访海关总署) and LAC an entity, a verb and an organisation, LAC's reading wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from hanlp_common.document import Document

from kg.nlp.bio import Entity

#: POS of a token that is (part of) an entity of this type, as LAC writes it.
ENTITY_POS = {"PER": "nr", "LOC": "ns", "ORG": "nt"}
#: LAC's labels this engine keeps (ours cover PER/LOC/ORG).
LAC_KEEP = {"TIME"}

Span = tuple[str, str, int, int]


class Tagger(Protocol):
    """A character NER model: non-blank sentences in, each one's ``(begin, end, label)`` entities out."""

    def __call__(self, sentences: Sequence[str]) -> list[list[Entity]]: ...

    def close(self) -> None: ...


def split_at(tokens: Sequence[str], pos: Sequence[str], entities: Sequence[Entity]
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


def to_token_spans(spans: Sequence[tuple[int, int]], entities: Sequence[Entity],
                   text: str) -> list[Span]:
    """Character entities -> ``(text, label, begin, end)`` token spans over ``spans``."""
    first = {b: i for i, (b, _) in enumerate(spans)}
    last = {e: i + 1 for i, (_, e) in enumerate(spans)}
    return [(text[b:e], label, first[b], last[e]) for b, e, label in entities if b in first and e in last]


def split_name_lists(entities: Sequence[Entity], people: Sequence[Entity]
                     ) -> list[Entity]:
    """Cut a PER entity of ours that LAC reads as two or more adjacent people (a list of names) into them."""
    out = []
    for b, e, label in entities:
        inside = sorted((pb, pe) for pb, pe, _ in people if b <= pb and pe <= e)
        tiled = (len(inside) > 1 and inside[0][0] == b and inside[-1][1] == e
                 and all(x[1] == y[0] for x, y in pairwise(inside)))
        out += [(pb, pe, label) for pb, pe in inside] if label == "PER" and tiled else [(b, e, label)]
    return out


def split_clauses(entities: Sequence[Entity], tokens: Sequence[tuple[int, int, str]], lac: Sequence[Entity]
                  ) -> list[Entity]:
    """Cut an organisation of ours that LAC reads as a clause: an entity, a verb of two or more characters,
    an organisation (北京拜访海关总署, 张三视察星河研究所) -> LAC's two entities. ``tokens`` are LAC's
    ``(begin, end, pos)``; ``lac`` its entities."""
    heads = {(b, e): label for b, e, label in lac if label in ("PER", "LOC", "ORG")}
    orgs = {(b, e) for b, e, label in lac if label == "ORG"}
    out: list[Entity] = []
    for b, e, label in entities:
        verb = label == "ORG" and next(((vb, ve) for vb, ve, pos in tokens
                                        if pos == "v" and ve - vb >= 2 and (b, vb) in heads and (ve, e) in orgs), None)
        if verb:
            out += [(b, verb[0], heads[b, verb[0]]), (verb[1], e, "ORG")]
        else:
            out.append((b, e, label))
    return out


class NerOnLac:
    """LAC tokens/POS/dates + a character NER tagger's people, places and organisations."""

    def __init__(self, name: str, tagger: Tagger) -> None:
        from kg.nlp.lac import LacEngine

        self.name = name
        self._tagger = tagger
        self._lac = LacEngine()

    def entities(self, sentences: Sequence[str]) -> list[list[Entity]]:
        """The tagger's ``(begin, end, label)`` character spans of each sentence; blank ones have none."""
        found: list[list[Entity]] = [[] for _ in sentences]
        todo = [i for i, s in enumerate(sentences) if s.strip()]
        if todo:
            for i, spans in zip(todo, self._tagger([sentences[i] for i in todo]), strict=True):
                found[i] = sorted(spans)
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
            entities = split_clauses(entities, list(zip(offsets, offsets[1:], pos, strict=False)), lac_chars)
            tokens, pos, spans = split_at(tokens, pos, entities)
            toks.append(tokens)
            poss.append(pos)
            ours.append(to_token_spans(spans, entities, text))
            dates.append(to_token_spans(spans, kept, text))
        return Document({"tok/fine": toks, "pos/lac": poss, "ner/charner": ours, "ner/lac": dates})

    def close(self) -> None:
        """Release the tagger's model and LAC's session; the engine cannot annotate afterwards."""
        self._tagger.close()
        self._lac.close()
