"""Exact-span NER scores (PER/LOC/ORG) on ``.bio`` test files, for LAC and for a HanLP character model.

A predicted entity counts only if its start, end and type all equal a gold entity's. Precision, recall
and F1 are micro-averaged over the three types; each type is also scored on its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.nlp.bio import Entity, bio_spans, read_bio

TYPES = ("PER", "LOC", "ORG")
#: A tagger: sentences (as strings) -> their entities.
Tagger = Callable[[Sequence[str]], list[list[Entity]]]


@dataclass
class Score:
    """Counts of true positives, predictions and gold entities, per type."""

    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def add(self, predicted: Iterable[Entity], gold: Iterable[Entity]) -> None:
        p = {e for e in predicted if e[2] in TYPES}
        g = set(gold)
        for counter, items in ((self.tp, p & g), (self.pred, p), (self.gold, g)):
            counter.update(kind for *_, kind in items)

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 of one type, or micro-averaged over all when ``kind`` is None."""
        tp, pred, gold = ((c[kind] if kind else c.total()) for c in (self.tp, self.pred, self.gold))
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(tagger: Tagger, path: str | Path, batch: int = 256) -> Score:
    """Score ``tagger`` on a ``.bio`` file."""
    data = read_bio(path)
    score = Score()
    for i in range(0, len(data), batch):
        part = data[i : i + batch]
        predicted = tagger(["".join(chars) for chars, _ in part])
        for found, (_, tags) in zip(predicted, part, strict=True):
            score.add(found, bio_spans(tags))
    return score


def engine_tagger(spec: str) -> Tagger:
    """The PER/LOC/ORG spans of every ``ner/*`` task of an engine (``lac``, ``hanlp-ner`` …) as a tagger."""
    from kg.nlp import get_engine

    engine = get_engine(spec)

    def tag(sentences: Sequence[str]) -> list[list[Entity]]:
        doc = engine.annotate(sentences)
        out = []
        for i, tokens in enumerate(doc["tok/fine"]):
            offsets = [0]
            for token in tokens:
                offsets.append(offsets[-1] + len(token))
            spans = [span for key in doc if key.startswith("ner/") for span in doc[key][i]]
            out.append(sorted({(offsets[b], offsets[e], label) for _, label, b, e in spans if label in TYPES}))
        return out

    return tag
