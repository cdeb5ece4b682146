"""``kg load``, ``kg query`` and ``kg search``: the graph in Neo4j.

Connection options fall back to ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_DATABASE``; the password comes
only from ``NEO4J_PASSWORD`` or a config file (see :func:`kg.sinks.neo4j.config_files`).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.table import Table
from rich.text import Text

from kg.cli._common import connect_timeout_option, console, fail, read_graph, say
from kg.schema import SchemaError, load_schema

FORMATS = ("table", "json", "csv")
Rows = tuple[list[str], list[dict[str, Any]]]


def _connection_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed((
        click.option("--uri", help="Bolt URI [env NEO4J_URI; default bolt://127.0.0.1:7687]."),
        click.option("--user", help="User [env NEO4J_USER; default neo4j]."),
        click.option("--database", help="Database [env NEO4J_DATABASE; default neo4j]."),
        connect_timeout_option,
    )):
        command = option(command)
    return command


format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                             show_default=True, help="How to print the rows.")


@contextmanager
def _session(uri: str | None, user: str | None, database: str | None,
             connect_timeout: float | None) -> Iterator[Callable[..., Rows]]:
    """A function running one query and returning its column names and plain rows; Neo4j failures
    exit with one line."""
    from kg.sinks.neo4j import Neo4jConfig, Neo4jLoadError, connect

    try:
        config = Neo4jConfig.from_env(uri, user, database, connect_timeout)
        with connect(config) as driver:
            def run(query: str, params: dict[str, Any]) -> Rows:
                records, _, keys = driver.execute_query(query, params, database_=config.database)
                return keys, [{k: _plain(r[k]) for k in keys} for r in records]

            yield run
    except Neo4jLoadError as exc:
        fail(str(exc))


def _plain(value: Any) -> Any:
    """A JSON-ready form of a Neo4j value: nodes and relationships as property maps, paths as lists."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # temporal and spatial values


def _cell(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "labels" in value:  # a node: its name, or a document's title
        return str(value.get("name") or value.get("title") or value.get("id"))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "、".join(value)
    return "" if value is None else json.dumps(value, ensure_ascii=False)


def _print_rows(rows: list[dict], keys: list[str], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(keys)
        writer.writerows([_cell(row[k]) for k in keys] for row in rows)
    else:
        table = Table(*keys, show_lines=False)
        for row in rows:
            table.add_row(*(Text(_cell(row[k])) for k in keys))
        console.print(table)
        say(f"{len(rows)} row(s)", err=True)


def _parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """``k=v`` pairs; a value that is valid JSON (number, list, true, "quoted") is used as such."""
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


@click.command("load")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=Path))
@_connection_options
@click.option("--batch-size", default=5000, show_default=True, type=click.IntRange(min=1),
              help="Rows per transaction.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="Parallel write sessions; about the number of cores the server can use.")
@click.option("--schema", "schema_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              metavar="FILE", help="Extra schema YAML given to kg build (its types become labels); "
                                   "repeatable.")
def load(graph_path: Path, uri: str | None, user: str | None, database: str | None,
         connect_timeout: float | None, batch_size: int, workers: int, schema_files: tuple[str, ...]) -> None:
    """Load GRAPH (OUT_DIR/graph.json or OUT_DIR) into Neo4j.

    Loading is idempotent: entities merge on their id, and each loaded article's relationships
    replace the ones it had before; other articles are left as they are.
    """
    from kg.sinks.neo4j import Neo4jConfig, Neo4jLoadError, load_graph

    graph = read_graph(graph_path)
    try:
        schema = load_schema(schema_files)
        config = Neo4jConfig.from_env(uri, user, database, connect_timeout)
        summary = load_graph(graph, config, batch_size=batch_size, workers=workers, progress=True,
                             schema=schema)
    except (SchemaError, Neo4jLoadError) as exc:
        fail(f"{graph_path}: {exc}")
    say(f"loaded {summary.entities:,} entities, {summary.relationships:,} relations, "
        f"{summary.documents:,} documents ({summary.mentions:,} mentions) into {config.uri} "
        f"database {config.database} in {summary.seconds:.1f}s: {summary.nodes_created:,} new nodes, "
        f"{summary.relationships_deleted:,} old relationships replaced")


@dataclass(frozen=True)
class NamedQuery:
    """One query of a queries file such as ``examples/queries.cypher``."""

    name: str
    question: str
    params: tuple[str, ...]
    cypher: str


def read_queries(path: Path) -> dict[str, NamedQuery]:
    """The queries of ``path``: blocks that start with ``// == NAME: question``, may have a
    ``// params: k=v ...`` line, and hold Cypher ending with ``;`` (other ``//`` lines are comments)."""
    out: dict[str, NamedQuery] = {}
    blocks = re.split(r"^// ==[ \t]*", path.read_text(encoding="utf-8"), flags=re.MULTILINE)[1:]
    for block in blocks:
        header, _, body = block.partition("\n")
        name, _, question = header.partition(":")
        params = re.search(r"^// params:(.*)$", body, flags=re.MULTILINE)
        cypher = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("//"))
        out[name.strip()] = NamedQuery(name.strip(), question.strip(),
                                       tuple(params[1].split()) if params else (),
                                       cypher.strip().rstrip(";").strip())
    return out


def _named(path: Path, name: str) -> NamedQuery:
    try:
        queries = read_queries(path)
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{path}: cannot read: {exc}", code=2)
    if name not in queries:
        fail(f"{path}: no query named {name!r}; it has: {', '.join(queries) or 'none'}", code=2)
    return queries[name]


@click.command("query")
@click.argument("cypher")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter ($NAME); VALUE is parsed as JSON when it can be. Repeatable.")
@click.option("--file", "-f", "file", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Run the query named CYPHER from FILE (e.g. examples/queries.cypher) with its example "
                   "parameters, which -p overrides.")
@format_option
@_connection_options
def query(cypher: str, params: tuple[str, ...], file: Path | None, fmt: str, uri: str | None,
          user: str | None, database: str | None, connect_timeout: float | None) -> None:
    """Run a Cypher query (or a named one from a file) and print its rows.

    \b
    kg query "MATCH (p:Person)-[:SPOKE_AT]->(e:Event) RETURN p.name, e.name"
    kg query "MATCH (o {name: \\$name})-[r]->(x) RETURN type(r), x.name" -p name=海关总署 --format csv
    kg query -f examples/queries.cypher positions -p person=倪岳峰
    """
    if file is not None:
        named = _named(file, cypher)
        cypher, params = named.cypher, named.params + params
    values = _parse_params(params)
    with _session(uri, user, database, connect_timeout) as run:
        keys, rows = run(cypher, values)
    _print_rows(rows, keys, fmt)


def lucene_query(text: str) -> str:
    """``text`` as a Lucene query of quoted phrases, one per word, so no character is an operator."""
    words = text.split()
    return " ".join('"' + w.replace("\\", "\\\\").replace('"', '\\"') + '"' for w in words)


SEARCH = """CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
WITH node, score WHERE $type IS NULL OR $type IN labels(node)
RETURN node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type, node.aliases AS aliases,
       node.mentions AS mentions, round(score, 3) AS score, node.id AS id
ORDER BY score DESC, mentions DESC, name LIMIT $limit"""


@click.command("search")
@click.argument("text")
@click.option("--type", "type_", metavar="TYPE", help="Only entities of this schema type, e.g. Person.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1))
@format_option
@_connection_options
def search(text: str, type_: str | None, limit: int, fmt: str, uri: str | None, user: str | None,
           database: str | None, connect_timeout: float | None) -> None:
    """Find entities whose name or alias contains TEXT (Chinese full-text index), best first."""
    from kg.sinks.neo4j import FULLTEXT_INDEX

    if not text.split():
        raise click.BadParameter("give some text to search for", param_hint="TEXT")
    if type_ is not None and not load_schema().is_entity_type(type_):
        raise click.BadParameter(f"{type_!r} is not an entity type of the schema", param_hint="--type")
    params = {"index": FULLTEXT_INDEX, "lucene": lucene_query(text), "type": type_, "limit": limit}
    with _session(uri, user, database, connect_timeout) as run:
        if not run("SHOW FULLTEXT INDEXES YIELD name WHERE name = $index RETURN name", params)[1]:
            fail(f"the database has no full-text index {FULLTEXT_INDEX!r} yet: load a graph with kg load")
        keys, rows = run(SEARCH, params)
    _print_rows(rows, keys, fmt)
