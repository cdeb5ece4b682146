"""Persons, places and organisations of whole-pipeline graphs, scored against People's Daily NER labels.

    python scripts/eval_people_daily.py ../shared/data/ner/pd1998_test.bio [--windows 400] [--nlp hanlp-ner]

A second, larger view of extraction on text the rules were not written against: windows of three
consecutive sentences that mention a meeting (召开|主持|出席|会议) become articles, and the entities
of their graphs are compared, by type and name (or alias), with the char-BIO labels of those
sentences. The labels follow People's Daily conventions, not ``EVAL.md`` (中央, 全国海关, 省委 are no
organisations there), so precision is a lower bound; use the test split, which nothing was tuned on.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from pathlib import Path

from kg.model import Article
from kg.nlp import DEFAULT_ENGINE
from kg.nlp.bio import bio_spans, read_bio
from kg.pipeline import Pipeline

TYPES = {"PER": "Person", "LOC": "Location", "ORG": "Organization"}
MEETING = re.compile(r"召开|主持|出席|会议")


def sentences(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(text, [(type, name)]) of each sentence of a char-BIO file, NFKC-normalised like news of today."""
    out = []
    for chars, tags in read_bio(path):
        ents = [(TYPES[kind], "".join(chars[b:e])) for b, e, kind in bio_spans(tags)]
        out.append((unicodedata.normalize("NFKC", "".join(chars)), ents))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bio", type=Path)
    ap.add_argument("--windows", type=int, default=400)
    ap.add_argument("--nlp", default=DEFAULT_ENGINE)
    args = ap.parse_args()
    sents = sentences(args.bio)
    starts = [i for i, (text, _) in enumerate(sents) if MEETING.search(text) and len(text) > 30][: args.windows]
    counts: Counter[tuple[str, str]] = Counter()
    with Pipeline(nlp=args.nlp) as pipe:
        for i in starts:
            window = sents[i:i + 3]
            body = [text for text, _ in window]
            gold = {(t, unicodedata.normalize("NFKC", n)) for _, ents in window for t, n in ents}
            graph = pipe.extract(Article(f"pd{i}", body[0][:30], "\n".join([body[0][:30], *body]), args.bio.name))
            found = set()
            for e in graph.entities.values():
                if e.type in TYPES.values():
                    found.add(next(((e.type, n) for n in (e.name, *e.aliases) if (e.type, n) in gold),
                                   (e.type, e.name)))
            for type_ in TYPES.values():
                g = {x for x in gold if x[0] == type_}
                f = {x for x in found if x[0] == type_}
                counts[type_, "tp"] += len(g & f)
                counts[type_, "pred"] += len(f)
                counts[type_, "gold"] += len(g)
    print(f"{len(starts)} windows of {args.bio.name}, engine {args.nlp}")
    print("| type | P | R | F1 | tp | pred | gold |\n|---|---|---|---|---|---|---|")
    for type_ in TYPES.values():
        tp, pred, gold_n = counts[type_, "tp"], counts[type_, "pred"], counts[type_, "gold"]
        p, r = tp / max(pred, 1), tp / max(gold_n, 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {type_} | {p:.3f} | {r:.3f} | {f1:.3f} | {tp} | {pred} | {gold_n} |")


if __name__ == "__main__":
    main()
