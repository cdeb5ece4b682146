"""``kg eval``: score extraction against gold files and print a table."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from kg.cli._common import console, fail, schema_option
from kg.evaluate import Comparison, Gold, GoldError, Score, read_splits, score_document
from kg.nlp import DEFAULT_ENGINE


def _article_path(gold_path: Path, doc: str, articles: Path | None) -> Path:
    for folder in (articles, gold_path.parent, gold_path.parent.parent):
        if folder is not None and (folder / doc).exists():
            return folder / doc
    raise GoldError(f"{gold_path}: article {doc!r} not found beside it (use --articles DIR)")


def _table(title: str, score: Score) -> Table:
    table = Table(title=title)
    for col in ("type", "P", "R", "F1", "tp", "pred", "gold"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for t in score.types():
        p, r, f = score.prf(t)
        table.add_row(t, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(score.tp[t]), str(score.pred[t]),
                      str(score.gold[t]), style="bold" if t == "ALL" else None)
    return table


def _print_errors(doc: str, c: Comparison) -> None:
    """Missed and spurious entities and relations of one article, relations with their evidence."""
    console.rule(f"[bold]{doc}")
    for label, items in (("missed entity", c.entity_missed), ("spurious entity", c.entity_spurious)):
        for type_, name in sorted(items):
            console.print(f"  {label:16} {type_:13} {name}", markup=False)
    for label, items in (("missed", c.relation_missed), ("spurious", c.relation_spurious)):
        for type_, head, tail, evidence in sorted(items):
            console.print(f"  {label:16} {head} -{type_}-> {tail}", markup=False)
            if evidence:
                console.print(f"  {'':16}   「{evidence}」", style="dim", markup=False)


def _gold_paths(gold_files: tuple[Path, ...], split: str | None) -> list[Path]:
    paths = [p for g in gold_files for p in (sorted(g.rglob("*.gold.json")) if g.is_dir() else [g])]
    if split is None:
        return paths
    chosen = []
    for p in paths:
        splits = next((s for folder in (p.parent, p.parent.parent) if (s := read_splits(folder))), {})
        if not splits:
            fail(f"{p}: --split needs a SPLITS.tsv beside the gold files or their articles")
        if splits.get(p.name.removesuffix(".gold.json") + ".txt") == split:
            chosen.append(p)
    if not chosen:
        fail(f"no gold file is in split {split!r}")
    return chosen


@click.command("eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path),
              help="Write scores.json and each article's graph here.")
@click.option("--nlp", default=DEFAULT_ENGINE, show_default=True, metavar="ENGINE",
              help="NLP engine (kg models lists them).")
@schema_option
@click.option("--articles", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the articles named by the gold files (default: beside them).")
@click.option("--split", metavar="NAME", help="Score only the articles of this split (dev, check) in SPLITS.tsv.")
@click.option("--errors", is_flag=True, help="List each article's missed and spurious entities and relations.")
def evaluate(gold_files: tuple[Path, ...], out_dir: Path | None, nlp: str, schema_files: tuple[str, ...],
             articles: Path | None, split: str | None, errors: bool) -> None:
    """Score extraction against GOLD_FILES (*.gold.json, or folders of them): P/R/F1 per type."""
    from kg.ingest import Failure, read_articles
    from kg.nlp import EngineError
    from kg.pipeline import Pipeline

    paths = _gold_paths(gold_files, split)
    try:
        pipeline = Pipeline(nlp=nlp, schema_files=schema_files)
    except EngineError as exc:
        fail(str(exc))
    entities, relations = Score(), Score()
    per_doc = {}
    for path in paths:
        try:
            gold = Gold.read(path)
            article_path = _article_path(path, gold.doc, articles)
        except GoldError as exc:
            fail(str(exc))
        graph = None
        for item in read_articles(article_path):
            if isinstance(item, Failure):
                fail(f"{item.source}: {item.reason}")
            graph = pipeline.extract(item)
        if graph is None:
            fail(f"{article_path}: no article in it")
        doc_e, doc_r = Score(), Score()
        comparison = score_document(graph, gold, doc_e, doc_r)
        comparison.add_to(entities, relations)
        per_doc[gold.doc] = {"entity_f1": doc_e.prf()[2], "relation_f1": doc_r.prf()[2]}
        if errors:
            _print_errors(gold.doc, comparison)
        if out_dir:
            graph.write_json(out_dir / f"{Path(gold.doc).stem}.graph.json")
    console.print(_table("Entities", entities))
    console.print(_table("Relations", relations))
    for doc, s in per_doc.items():
        console.print(f"{doc}: entity F1 {s['entity_f1']:.3f}  relation F1 {s['relation_f1']:.3f}")
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
        report = {"engine": nlp, "split": split, "entities": entities.as_dict(), "relations": relations.as_dict(),
                  "documents": per_doc}
        (out_dir / "scores.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
