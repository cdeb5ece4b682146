"""``kg export``: a built ``graph.json`` in another format (RDF, neo4j-admin CSV, JSON)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import base_iri_option, fail, read_graph, say, schema_option
from kg.model import KnowledgeGraph
from kg.schema import Schema, load_schema

#: The formats of :mod:`kg.sinks.rdf` (kept here so ``--help`` needs no RDF import).
RDF_FORMATS = ("turtle", "trig", "nt", "jsonld")
FORMATS = (*RDF_FORMATS, "neo4j-csv", "json")


def _export(graph: KnowledgeGraph, fmt: str, dest: Path, base_iri: str | None, schema: Schema) -> str:
    """Write ``graph`` to ``dest`` in ``fmt``; return what was written."""
    if fmt in RDF_FORMATS:
        from kg.sinks.rdf import DEFAULT_BASE_IRI, write_rdf

        return f"{write_rdf(graph, dest, fmt, base_iri or DEFAULT_BASE_IRI, schema):,} statements"
    if fmt == "neo4j-csv":
        from kg.sinks.neo4j_csv import write_csv

        return f"{len(write_csv(graph, dest, schema))} CSV files for neo4j-admin database import"
    graph.write_json(dest)
    return f"{len(graph.entities):,} nodes, {len(graph.relations):,} links"


@click.command("export")
@click.argument("dest", type=click.Path(path_type=Path))
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS),
              help="turtle, trig, nt (N-Triples) or jsonld: RDF with provenance; neo4j-csv: a folder of "
                   "CSV files for neo4j-admin import; json: graph.json (networkx node-link).")
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
    graph = read_graph(graph_path)
    schema = load_schema(schema_files)
    entities, relations = graph.counts()
    unknown = sorted(set(entities) - set(schema.entity_types) | set(relations) - set(schema.relation_types))
    if unknown:
        fail(f"{graph_path}: type(s) {', '.join(unknown)} not in the schema; pass the --schema files "
             "the graph was built with", code=2)
    try:
        note = _export(graph, fmt, dest, base_iri, schema)
    except (OSError, ValueError) as exc:
        fail(f"{dest}: not written: {' '.join(str(exc).split())}")
    say(f"wrote {dest} ({note})")
