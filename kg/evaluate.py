"""Scoring extraction against gold annotations (the format of ``shared/EVAL.md``).

An entity matches when the types are equal and the names match after
normalisation, where either side's name or any alias counts. A relation matches
when its type matches and its head and tail match as entities do. Precision,
recall and F1 are micro-averaged over articles, overall and per type.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import KnowledgeGraph
from kg.normalize import normalize_name


class GoldError(ValueError):
    """A gold file is unreadable or malformed."""


@dataclass(frozen=True)
class Gold:
    doc: str
    entities: list[dict]
    relations: list[dict]

    @classmethod
    def read(cls, path: str | Path) -> Gold:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data["doc"], list(data["entities"]), list(data["relations"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}: not a gold file: {exc}") from exc


@dataclass
class Score:
    """True positives, predictions and gold counts, overall and by type."""

    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def add(self, type_: str, *, tp: int = 0, pred: int = 0, gold: int = 0) -> None:
        for key in (type_, "ALL"):
            self.tp[key] += tp
            self.pred[key] += pred
            self.gold[key] += gold

    def prf(self, type_: str = "ALL") -> tuple[float, float, float]:
        tp, pred, gold = self.tp[type_], self.pred[type_], self.gold[type_]
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def types(self) -> list[str]:
        return [*sorted((set(self.pred) | set(self.gold)) - {"ALL"}), "ALL"]

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {t: dict(zip(("precision", "recall", "f1"), self.prf(t), strict=True))
                | {"tp": self.tp[t], "pred": self.pred[t], "gold": self.gold[t]} for t in self.types()}


def _keys(name: str, aliases: Iterable[str]) -> set[str]:
    return {normalize_name(n) for n in (name, *aliases)}


def _match(pred: list[tuple[str, set[str]]], gold: list[tuple[str, set[str]]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of (type, keys) items; exact canonical-name matches first."""
    pairs, used_p, used_g = [], set(), set()
    for exact in (True, False):
        for gi, (gt, gk) in enumerate(gold):
            if gi in used_g:
                continue
            for pi, (pt, pk) in enumerate(pred):
                if pi in used_p or pt != gt:
                    continue
                if (exact and next(iter(sorted(pk))) in gk and pk & gk) or (not exact and pk & gk):
                    pairs.append((pi, gi))
                    used_p.add(pi)
                    used_g.add(gi)
                    break
    return pairs


def score_document(graph: KnowledgeGraph, gold: Gold, entities: Score, relations: Score) -> None:
    """Add one article's counts to the running ``entities`` and ``relations`` scores."""
    preds = list(graph.entities.values())
    pred_items = [(e.type, _keys(e.name, e.aliases)) for e in preds]
    gold_items = [(g["type"], _keys(g["name"], g.get("aliases", []))) for g in gold.entities]
    pairs = _match(pred_items, gold_items)
    for e in preds:
        entities.add(e.type, pred=1)
    for g in gold.entities:
        entities.add(g["type"], gold=1)
    for pi, _ in pairs:
        entities.add(preds[pi].type, tp=1)

    gold_keys = {g["name"]: _keys(g["name"], g.get("aliases", [])) for g in gold.entities}
    pred_rels = [(r.type, graph.entities[r.source], graph.entities[r.target]) for r in graph.relations]
    used: set[int] = set()
    for r in gold.relations:
        relations.add(r["type"], gold=1)
        hk = gold_keys.get(r["head"], _keys(r["head"], ()))
        tk = gold_keys.get(r["tail"], _keys(r["tail"], ()))
        for i, (t, h, tl) in enumerate(pred_rels):
            if i not in used and t == r["type"] and _keys(h.name, h.aliases) & hk and _keys(tl.name, tl.aliases) & tk:
                used.add(i)
                relations.add(t, tp=1)
                break
    for t, _, _ in pred_rels:
        relations.add(t, pred=1)
