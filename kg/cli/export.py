"""``kg export``: a built ``graph.json`` written by any file sink (RDF, neo4j-admin CSV, JSON, HTML)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import base_iri_option, fail, read_graph, schema_option, write_files
from kg.schema import load_schema
from kg.sinks import RDF_SUFFIXES, file_sinks

#: The RDF formats (the one list is :data:`kg.sinks.RDF_SUFFIXES`).
RDF_FORMATS = tuple(RDF_SUFFIXES)
FORMATS = tuple(file_sinks())


@click.command("export")
@click.argument("dest", type=click.Path(path_type=Path))
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS),
              help="turtle, trig, nt (N-Triples) or jsonld: RDF with provenance; neo4j-csv: a folder of "
                   "CSV files for neo4j-admin import; json: graph.json (networkx node-link); html: the "
                   "interactive page.")
@click.option("--graph", "graph_path", default="out", show_default=True, type=click.Path(path_type=Path),
              help="The graph.json written by kg build, or the folder holding it.")
@base_iri_option
@schema_option
def export(dest: Path, fmt: str, graph_path: Path, base_iri: str | None,
           schema_files: tuple[str, ...]) -> None:
    """Write the graph built by kg build to DEST in another format.

    DEST is a file, or a folder for neo4j-csv. Existing files are replaced. A graph built with
    --schema needs the same --schema here.
    """
    from kg.sinks import GraphDataError, SinkOptions, check

    graph = read_graph(graph_path)
    schema = load_schema(schema_files)
    try:
        check(graph, schema)  # once, before the sink
    except GraphDataError as exc:
        entities, relations = graph.counts()
        unknown = sorted(set(entities) - set(schema.entity_types) | set(relations) - set(schema.relation_types))
        if unknown:
            fail(f"{graph_path}: type(s) {', '.join(unknown)} not in the schema; pass the --schema files "
                 "the graph was built with", code=2)
        fail(f"{graph_path}: {exc}")
    write_files(graph, [(fmt, dest)], SinkOptions(schema, base_iri, title=f"Knowledge graph: {graph_path}"))
