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


def _match(pred: list[tuple[str, str, set[str]]], gold: list[tuple[str, str, set[str]]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of (type, normalised canonical name, keys) items: first equal canonical names, then
    a prediction's canonical name among the gold item's forms, then any shared form."""
    pairs, used_p, used_g = [], set(), set()
    for rank in range(3):
        for gi, (gt, gn, gk) in enumerate(gold):
            if gi in used_g:
                continue
            for pi, (pt, pn, pk) in enumerate(pred):
                if pi in used_p or pt != gt:
                    continue
                if (pn == gn, pn in gk, bool(pk & gk))[rank]:
                    pairs.append((pi, gi))
                    used_p.add(pi)
                    used_g.add(gi)
                    break
    return pairs


@dataclass
class Comparison:
    """One article's predictions against its gold: what matched, what was missed, what was spurious.

    Items are ``(type, head, tail, evidence)`` for relations and ``(type, name)`` for entities.
    """

    entity_tp: list[tuple[str, str]] = field(default_factory=list)
    entity_missed: list[tuple[str, str]] = field(default_factory=list)
    entity_spurious: list[tuple[str, str]] = field(default_factory=list)
    relation_tp: list[tuple[str, str, str, str]] = field(default_factory=list)
    relation_missed: list[tuple[str, str, str, str]] = field(default_factory=list)
    relation_spurious: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add_to(self, entities: Score, relations: Score) -> None:
        """Add this article's counts to running scores."""
        for score, tp, missed, spurious in ((entities, self.entity_tp, self.entity_missed, self.entity_spurious),
                                            (relations, self.relation_tp, self.relation_missed,
                                             self.relation_spurious)):
            for item in tp:
                score.add(item[0], tp=1, pred=1, gold=1)
            for item in missed:
                score.add(item[0], gold=1)
            for item in spurious:
                score.add(item[0], pred=1)


def compare(graph: KnowledgeGraph, gold: Gold) -> Comparison:
    """Match one article's graph against its gold annotations (rules of ``docs/EVAL.md``)."""
    out = Comparison()
    preds = list(graph.entities.values())
    pred_items = [(e.type, normalize_name(e.name), _keys(e.name, e.aliases)) for e in preds]
    gold_items = [(g["type"], normalize_name(g["name"]), _keys(g["name"], g.get("aliases", []))) for g in gold.entities]
    pairs = _match(pred_items, gold_items)
    matched_p, matched_g = {p for p, _ in pairs}, {g for _, g in pairs}
    out.entity_tp = [(preds[p].type, preds[p].name) for p, _ in pairs]
    out.entity_missed = [(g["type"], g["name"]) for i, g in enumerate(gold.entities) if i not in matched_g]
    out.entity_spurious = [(e.type, e.name) for i, e in enumerate(preds) if i not in matched_p]

    gold_keys = {g["name"]: _keys(g["name"], g.get("aliases", [])) for g in gold.entities}
    pred_rels = [(r.type, graph.entities[r.source], graph.entities[r.target], r.evidence) for r in graph.relations]
    used: set[int] = set()
    for r in gold.relations:
        hk = gold_keys.get(r["head"], _keys(r["head"], ()))
        tk = gold_keys.get(r["tail"], _keys(r["tail"], ()))
        item = (r["type"], r["head"], r["tail"], r.get("evidence", ""))
        for i, (t, h, tl, _) in enumerate(pred_rels):
            if i not in used and t == r["type"] and _keys(h.name, h.aliases) & hk and _keys(tl.name, tl.aliases) & tk:
                used.add(i)
                out.relation_tp.append(item)
                break
        else:
            out.relation_missed.append(item)
    out.relation_spurious = [(t, h.name, tl.name, ev) for i, (t, h, tl, ev) in enumerate(pred_rels) if i not in used]
    return out


def score_document(graph: KnowledgeGraph, gold: Gold, entities: Score, relations: Score) -> Comparison:
    """Add one article's counts to the running ``entities`` and ``relations`` scores."""
    comparison = compare(graph, gold)
    comparison.add_to(entities, relations)
    return comparison


def read_splits(folder: Path) -> dict[str, str]:
    """``file -> split`` from a ``SPLITS.tsv`` (``file<TAB>split``, ``#`` comments) in ``folder``."""
    path = folder / "SPLITS.tsv"
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, split = line.partition("\t")
            out[name.strip()] = split.strip()
    return out
