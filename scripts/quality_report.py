"""Score extraction on the dev and check splits of ``examples/`` and print Markdown tables.

    python scripts/quality_report.py [--nlp lac --nlp hanlp-ner] > /tmp/quality.md

Uses exactly what ``kg eval --split NAME`` uses (``examples/SPLITS.tsv``); the tables go into
``docs/QUALITY.md``. Only numbers are printed: the check split's errors are never shown.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.evaluate import Gold, Score, read_splits, score_document
from kg.ingest import discover, read_articles
from kg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def score(pipeline: Pipeline, names: list[str]) -> tuple[Score, Score, dict[str, tuple[float, float]]]:
    entities, relations, per_doc = Score(), Score(), {}
    for name in names:
        gold = Gold.read(EXAMPLES / "gold" / name.replace(".txt", ".gold.json"))
        files, _ = discover([EXAMPLES / name])
        article = next(a for f in files for a in read_articles(f))
        doc_e, doc_r = Score(), Score()
        score_document(pipeline.extract(article), gold, doc_e, doc_r).add_to(entities, relations)
        per_doc[name] = (doc_e.prf()[2], doc_r.prf()[2])
    return entities, relations, per_doc


def table(title: str, splits: dict[str, tuple[Score, Score]], kind: int) -> list[str]:
    names = [*sorted({t for s in splits.values() for t in s[kind].types()} - {"ALL"}), "ALL"]
    out = [f"| {title} | " + " | ".join(f"{s} P / R / F1" for s in splits) + " |",
           "|---|" + "---:|" * len(splits)]
    for t in names:
        cells = []
        for s in splits.values():
            p, r, f = s[kind].prf(t)
            cells.append(f"{p:.2f} / {r:.2f} / **{f:.3f}**" if t == "ALL" else f"{p:.2f} / {r:.2f} / {f:.2f}")
        out.append(f"| {t} | " + " | ".join(cells) + " |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nlp", action="append", help="engines to score (default: the default engine)")
    args = parser.parse_args()
    split_of = read_splits(EXAMPLES)
    for engine in args.nlp or [None]:
        pipeline = Pipeline(nlp=engine) if engine else Pipeline()
        results, docs = {}, {}
        for split in ("dev", "check"):
            e, r, per_doc = score(pipeline, sorted(n for n, s in split_of.items() if s == split))
            results[split] = (e, r)
            docs |= {n: (split, *v) for n, v in per_doc.items()}
        results["all"] = tuple(Score() for _ in range(2))
        for e, r in list(results.values())[:2]:
            for total, part in zip(results["all"], (e, r), strict=True):
                for key in ("tp", "pred", "gold"):
                    getattr(total, key).update(getattr(part, key))
        print(f"### engine `{pipeline.engine.name}`\n")
        print("\n".join(table("entities", results, 0)) + "\n")
        print("\n".join(table("relations", results, 1)) + "\n")
        print("| article | split | entity F1 | relation F1 |\n|---|---|---:|---:|")
        for name, (split, ef, rf) in sorted(docs.items()):
            print(f"| {name} | {split} | {ef:.3f} | {rf:.3f} |")
        print()


if __name__ == "__main__":
    main()
