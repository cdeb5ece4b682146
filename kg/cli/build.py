"""``kg build``: articles in, ``graph.json``, ``kg.ttl`` and ``graph.html`` out (and Neo4j on request)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli._common import base_iri_option, console, err_console, fail, print_counts, say, schema_option
from kg.ingest import Failure, Notice
from kg.model import KnowledgeGraph
from kg.nlp import DEFAULT_ENGINE
from kg.schema import Schema

if TYPE_CHECKING:
    from kg.sinks.neo4j import Neo4jConfig


def _check_engine(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from kg.nlp import ENGINES

    if value.partition(":")[0] not in ENGINES:
        raise click.BadParameter(f"unknown engine {value!r}; choose one of: {', '.join(ENGINES)}")
    return value


def _title(paths: tuple[str, ...]) -> str:
    names = [Path(p).name or str(p) for p in paths]
    return "Knowledge graph: " + ", ".join(names[:3]) + (" …" if len(names) > 3 else "")


def _write_outputs(graph: KnowledgeGraph, out: Path, schema: Schema, *, rdf: bool, html: bool,
                   base_iri: str | None, title: str) -> list[str]:
    """Write the enabled outputs into ``out``; return a line describing each."""

    def turtle(path: Path) -> str:
        from kg.sinks.rdf import DEFAULT_BASE_IRI, write_rdf

        return f"{write_rdf(graph, path, 'turtle', base_iri or DEFAULT_BASE_IRI, schema):,} triples"

    def page(path: Path) -> str:
        from kg.sinks.html import write_html

        write_html(graph, path, title=title, schema=schema)
        return "interactive page"

    def json(path: Path) -> str:
        graph.write_json(path)
        return f"{len(graph.entities):,} nodes, {len(graph.relations):,} links"

    steps: list[tuple[str, Callable[[Path], str]]] = [("graph.json", json)]
    steps += [("kg.ttl", turtle)] if rdf else []
    steps += [("graph.html", page)] if html else []
    written = []
    for name, write in steps:
        path = out / name
        try:
            written.append(f"{path} ({write(path)})")
        except (OSError, ValueError) as exc:
            fail(f"{path}: cannot write: {exc}")
    return written


def _neo4j_config(uri: str | None, user: str | None, database: str | None) -> Neo4jConfig:
    """The connection settings, resolved before any work so a bad config file stops the build early."""
    from kg.sinks.neo4j import Neo4jConfig, Neo4jLoadError

    try:
        return Neo4jConfig.from_env(uri, user, database)
    except Neo4jLoadError as exc:
        fail(str(exc), code=2)


def _load_neo4j(graph: KnowledgeGraph, config: Neo4jConfig, schema: Schema) -> str | None:
    """Load ``graph``; return the error message if that failed."""
    from kg.sinks.neo4j import Neo4jLoadError, load_graph

    try:
        summary = load_graph(graph, config, progress=True, schema=schema)
    except Neo4jLoadError as exc:
        return str(exc)
    say(f"loaded into Neo4j at {config.uri}, database {config.database}: {summary.entities:,} entities, "
        f"{summary.relationships:,} relationships, {summary.documents:,} documents "
        f"in {summary.seconds:.1f} s")
    return None


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
              help="Folder for graph.json, kg.ttl and graph.html (created if missing; files replaced).")
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
def build(paths: tuple[str, ...], out: Path, nlp: str, schema_files: tuple[str, ...], base_iri: str | None,
          no_html: bool, no_rdf: bool, to_neo4j: bool, uri: str | None, user: str | None,
          database: str | None) -> None:
    """Build a knowledge graph from the Chinese news articles under PATHS.

    PATHS are files or folders (searched recursively for .txt .md .html .htm .jsonl). Formats: the crawler's
    .txt (title on line 1, <div><span> body), HTML pages, plain .txt/.md, and .jsonl with one
    {"id", "title", "text"} per line; UTF-8 (with or without BOM) or GB18030/GBK.

    Unreadable, binary, empty or undecodable inputs are listed and skipped; the rest is built
    and written, and the exit status is 1. Usage errors exit with 2.
    """
    from kg.nlp import EngineError
    from kg.pipeline import Pipeline

    neo4j = _neo4j_config(uri, user, database) if to_neo4j else None
    try:
        pipeline = Pipeline(nlp=nlp, schema_files=schema_files)
    except EngineError as exc:
        fail(str(exc))
    result = pipeline.run(paths, progress=True)
    _print_warnings(result.warnings)
    if result.articles == 0:
        if result.failures:
            _print_failures(result.failures)
        fail("no article could be read; nothing written")
    print_counts(result.graph, pipeline.schema)
    rate = result.chars / result.seconds if result.seconds else 0.0
    say(f"{result.articles} article(s), {result.chars:,} characters in {result.seconds:.1f} s "
        f"({rate:,.0f} characters/s)")
    for line in _write_outputs(result.graph, out, pipeline.schema, rdf=not no_rdf, html=not no_html,
                               base_iri=base_iri, title=_title(paths)):
        say(f"wrote {line}")
    neo4j_error = _load_neo4j(result.graph, neo4j, pipeline.schema) if neo4j else None
    if result.failures:
        _print_failures(result.failures)
    if neo4j_error:
        fail(neo4j_error)
    if result.failures:
        raise click.exceptions.Exit(1)
    console.print("[green]done[/green]")
