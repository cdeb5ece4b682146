"""``kg build``: articles in, ``graph.json``, ``kg.ttl`` and ``graph.html`` out (and Neo4j on request)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli._common import (
    base_iri_option,
    connect_timeout_option,
    console,
    err_console,
    fail,
    print_counts,
    say,
    schema_option,
    write_files,
)
from kg.ingest import Failure, Notice
from kg.nlp import DEFAULT_ENGINE
from kg.parallel import usable_cores

if TYPE_CHECKING:
    from kg.cache import Changes
    from kg.sinks.neo4j import Neo4jConfig


def _check_engine(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from kg.nlp import ENGINES

    if value.partition(":")[0] not in ENGINES:
        raise click.BadParameter(f"unknown engine {value!r}; choose one of: {', '.join(ENGINES)}")
    return value


def _title(paths: tuple[str, ...]) -> str:
    names = [Path(p).name or str(p) for p in paths]
    return "Knowledge graph: " + ", ".join(names[:3]) + (" …" if len(names) > 3 else "")


def _neo4j_config(uri: str | None, user: str | None, database: str | None,
                  connect_timeout: float | None) -> Neo4jConfig:
    """The connection settings, resolved before any work so a bad config file stops the build early."""
    from kg.sinks.neo4j import Neo4jConfig, Neo4jLoadError

    try:
        return Neo4jConfig.from_env(uri, user, database, connect_timeout)
    except Neo4jLoadError as exc:
        fail(str(exc), code=2)


def _print_changes(changes: Changes, failed: int, extracted: int) -> None:
    """What a nightly run wants to know: what was new, changed, unchanged, removed and failed."""
    if changes.settings_changed:
        say("the engine, schema, lexicon or kg version changed since the last build: every article was extracted")
    say(f"articles: {len(changes.new):,} new, {len(changes.changed):,} changed, {changes.unchanged:,} unchanged, "
        f"{len(changes.removed):,} removed, {failed:,} failed ({extracted:,} extracted)")


def _print_warnings(warnings: list[Notice]) -> None:
    for warning in warnings:
        err_console.print(f"warning: {warning}", style="yellow", markup=False, soft_wrap=True)


def _print_failures(failures: list[Failure]) -> None:
    say(f"{len(failures)} input(s) failed:", err=True)
    for failure in failures:
        say(f"  {failure}", err=True)


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out", default="out", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.json, kg.ttl and graph.html (created if missing; files replaced) and the "
                   "build cache (.kg-cache) that lets the next build extract only new and changed articles.")
@click.option("--nlp", default=DEFAULT_ENGINE, show_default=True, callback=_check_engine, metavar="ENGINE",
              help="NLP engine, e.g. lac or hanlp:<pretrained id or model dir>; kg models lists them all and "
                   "what each needs.")
@schema_option
@base_iri_option
@click.option("--no-html", is_flag=True, help="Do not write graph.html (the interactive page).")
@click.option("--no-rdf", is_flag=True, help="Do not write kg.ttl (RDF Turtle).")
@click.option("--neo4j", "to_neo4j", is_flag=True,
              help="Also load the graph into Neo4j (idempotent: re-loading replaces each article's edges).")
@click.option("--uri", metavar="URI",
              help="Neo4j URI for --neo4j [env NEO4J_URI, else kg.toml, else bolt://127.0.0.1:7687]. "
                   "The password comes only from NEO4J_PASSWORD or kg.toml ($KG_CONFIG).")
@click.option("--user", help="Neo4j user for --neo4j [env NEO4J_USER, else kg.toml, else neo4j].")
@click.option("--database", help="Neo4j database for --neo4j [env NEO4J_DATABASE, else kg.toml, else neo4j].")
@connect_timeout_option
@click.option("--workers", type=click.IntRange(min=1), default=usable_cores,
              show_default="the usable cores", help="Worker processes extracting articles on this machine.")
@click.option("--cluster", metavar="ADDRESS",
              help="Extract on a Dask cluster instead of --workers: its scheduler's address, e.g. "
                   "tcp://10.0.0.5:8786 (needs pip install 'kg[cluster]').")
@click.option("--no-cache", is_flag=True,
              help="Extract every article again, without reading or updating the build cache in --out.")
def build(paths: tuple[str, ...], out: Path, nlp: str, schema_files: tuple[str, ...], base_iri: str | None,
          no_html: bool, no_rdf: bool, to_neo4j: bool, uri: str | None, user: str | None,
          database: str | None, connect_timeout: float | None, workers: int, cluster: str | None,
          no_cache: bool) -> None:
    """Build a knowledge graph from the Chinese news articles under PATHS.

    PATHS are files or folders (searched recursively for .txt .md .html .htm .jsonl), or fsspec URLs such as
    s3://bucket/news/ (needs pip install 'kg[cluster]', plus 'kg[s3]' for S3). Formats: the crawler's
    .txt (title on line 1, <div><span> body), HTML pages, plain .txt/.md, and .jsonl with one
    {"id", "title", "text"} per line; UTF-8 (with or without BOM) or GB18030/GBK.

    Unreadable, binary, empty or undecodable inputs are listed and skipped; the rest is built
    and written, and the exit status is 1. Usage errors exit with 2.
    """
    from kg.cluster import ClusterError
    from kg.nlp import EngineError
    from kg.parallel import WorkersDying
    from kg.pipeline import Pipeline
    from kg.sinks import GraphDataError, SinkOptions, check, get

    neo4j = _neo4j_config(uri, user, database, connect_timeout) if to_neo4j else None
    try:
        pipeline = Pipeline(nlp=nlp, schema_files=schema_files)
    except EngineError as exc:
        fail(str(exc))
    with pipeline:
        try:
            result = pipeline.run(paths, workers=workers, cluster=cluster, cache=None if no_cache else out,
                                  progress=True)
        except (ClusterError, WorkersDying, ValueError) as exc:  # no cluster, or no worker can start
            fail(" ".join(str(exc).split()))
    _print_warnings(result.warnings)
    if result.articles == 0:
        if result.failures:
            _print_failures(result.failures)
        fail("no article could be read; nothing written")
    print_counts(result.graph, pipeline.schema)
    rate = result.chars / result.seconds if result.seconds else 0.0
    speed = f" ({rate:,.0f} characters/s)" if result.extracted == result.articles else ""  # no cache hits
    say(f"{result.articles} article(s), {result.chars:,} characters in {result.seconds:.1f} s{speed}")
    if result.changes is not None:
        _print_changes(result.changes, len(result.failures), result.extracted)
    try:
        check(result.graph, pipeline.schema)  # once, before any sink
    except GraphDataError as exc:
        fail(f"the graph does not fit the schema, nothing written: {exc}")
    options = SinkOptions(pipeline.schema, base_iri, _title(paths), progress=True, loaded=result.cache)
    names = ["json", *(["turtle"] if not no_rdf else []), *(["html"] if not no_html else [])]
    write_files(result.graph, [(name, out / get(name).filename) for name in names], options)
    neo4j_error = None
    if neo4j is not None:
        from kg.sinks.neo4j import Neo4jLoadError

        try:
            say(get("neo4j").write(result.graph, neo4j, options))
        except Neo4jLoadError as exc:
            neo4j_error = str(exc)
    if result.failures:
        _print_failures(result.failures)
    if neo4j_error:
        fail(neo4j_error)
    if result.failures:
        raise click.exceptions.Exit(1)
    console.print("[green]done[/green]")
