"""``kg eval``: score extraction against gold files and print a table."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from kg.cli._common import console, fail, schema_option
from kg.evaluate import Gold, GoldError, Score, score_document


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


@click.command("eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path),
              help="Write scores.json and each article's graph here.")
@click.option("--nlp", default="lac", show_default=True, metavar="ENGINE",
              help="NLP engine (lac, hanlp, hanlp:<dir>, hanlp-local, hanlp-api).")
@schema_option
@click.option("--articles", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the articles named by the gold files (default: beside them).")
def evaluate(gold_files: tuple[Path, ...], out_dir: Path | None, nlp: str, schema_files: tuple[str, ...],
             articles: Path | None) -> None:
    """Score extraction against GOLD_FILES (*.gold.json, or folders of them): P/R/F1 per type."""
    from kg.ingest import Failure, read_articles
    from kg.nlp import EngineError
    from kg.pipeline import Pipeline

    paths = [p for g in gold_files for p in (sorted(g.glob("*.gold.json")) if g.is_dir() else [g])]
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
        score_document(graph, gold, doc_e, doc_r)
        score_document(graph, gold, entities, relations)
        per_doc[gold.doc] = {"entity_f1": doc_e.prf()[2], "relation_f1": doc_r.prf()[2]}
        if out_dir:
            graph.write_json(out_dir / f"{Path(gold.doc).stem}.graph.json")
    console.print(_table("Entities", entities))
    console.print(_table("Relations", relations))
    for doc, s in per_doc.items():
        console.print(f"{doc}: entity F1 {s['entity_f1']:.3f}  relation F1 {s['relation_f1']:.3f}")
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
        report = {"engine": nlp, "entities": entities.as_dict(), "relations": relations.as_dict(),
                  "documents": per_doc}
        (out_dir / "scores.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
