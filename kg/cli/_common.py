"""Helpers every ``kg`` command shares: the consoles, one-line errors, and the counts table.

Everything printed from user data goes through :class:`rich.text.Text` or ``markup=False``,
so a file or entity name such as ``[bold]`` is shown as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.model import KnowledgeGraph
from kg.schema import Schema, SchemaError, load_schema

if TYPE_CHECKING:
    from kg.sinks import SinkOptions

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def say(message: str, *, err: bool = False) -> None:
    """Print ``message`` literally (no markup), unwrapped so file names stay whole."""
    (err_console if err else console).print(message, markup=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` on stderr and exit with ``code``."""
    say(f"error: {message}", err=True)
    raise click.exceptions.Exit(code)


def read_graph(path: Path) -> KnowledgeGraph:
    """The graph in ``path`` (a graph.json or the folder holding it), or exit with a one-line error:
    2 if there is no such file, 1 if it is not a graph."""
    source = path / "graph.json" if path.is_dir() else path
    if not source.is_file():
        fail(f"{source}: no graph file (run kg build first, or name a graph.json or the folder holding it)", code=2)
    try:
        return KnowledgeGraph.read_json(source)
    except ValueError as exc:  # read_json names the file and the problem
        fail(" ".join(str(exc).split()))


def write_files(graph: KnowledgeGraph, targets: Sequence[tuple[str, Any]], options: SinkOptions) -> None:
    """Write ``graph`` through each ``(sink name, target)`` and say what was written; a target that cannot
    be written stops with a one-line error (exit 1). The graph must have passed :func:`kg.sinks.check`."""
    from kg.sinks import get

    for name, target in targets:
        try:
            say(get(name).write(graph, target, options))
        except (OSError, ValueError) as exc:
            fail(f"{target}: not written: {' '.join(str(exc).split())}")


def _check_base_iri(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        from kg.sinks.rdf import check_base_iri

        try:
            check_base_iri(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc
    return value


#: ``--base-iri IRI``, checked before any work is done (the RDF sink is imported only if given).
base_iri_option = click.option(
    "--base-iri", callback=_check_base_iri, metavar="IRI",
    help="Namespace of the RDF IRIs, ending in / or # [default: https://kg.example.org/].",
)


#: ``--connect-timeout SECONDS`` for the commands that talk to Neo4j.
connect_timeout_option = click.option(
    "--connect-timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
    help="Seconds to wait for the Neo4j server to accept the connection [env NEO4J_CONNECT_TIMEOUT, else "
         "kg.toml, else 10].",
)


def _check_schema(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    try:
        load_schema(value)
    except SchemaError as exc:
        raise click.BadParameter(" ".join(str(exc).split())) from exc
    return value


#: ``--schema FILE`` (repeatable), checked before any work; the value is the tuple of file names.
schema_option = click.option(
    "--schema", "schema_files", multiple=True, callback=_check_schema, metavar="FILE",
    type=click.Path(exists=True, dir_okay=False),
    help="Extra schema YAML (types, trigger words, lexicon) merged over the bundled one; repeatable.",
)


def _count_table(title: str, counts: dict[str, int], names: dict[str, tuple[str, str]]) -> Table:
    table = Table(title=Text(title), title_justify="left")
    for column in ("type", "中文", "English"):
        table.add_column(column)
    table.add_column("count", justify="right")
    for type_, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        zh, en = names.get(type_, ("", ""))
        table.add_row(Text(type_), Text(zh), Text(en), str(n))
    table.add_section()
    table.add_row("total", "", "", str(sum(counts.values())), style="bold")
    return table


def print_counts(graph: KnowledgeGraph, schema: Schema) -> None:
    """Tables of the graph's entities and relations by type, with the schema's Chinese and English names."""
    entities, relations = graph.counts()
    console.print(_count_table("Entities", entities,
                               {t.name: (t.zh, t.en) for t in schema.entity_types.values()}))
    console.print(_count_table("Relations", relations,
                               {t.name: (t.zh, t.en) for t in schema.relation_types.values()}))
