"""``kg export``: a built ``graph.json`` in another format (RDF, neo4j-admin CSV, JSON)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import base_iri_option, fail, read_graph, say
from kg.model import KnowledgeGraph

#: The formats of :mod:`kg.sinks.rdf` (kept here so ``--help`` needs no RDF import).
RDF_FORMATS = ("turtle", "trig", "nt", "jsonld")
FORMATS = (*RDF_FORMATS, "neo4j-csv", "json")


def _export(graph: KnowledgeGraph, fmt: str, dest: Path, base_iri: str | None) -> str:
    """Write ``graph`` to ``dest`` in ``fmt``; return what was written."""
    if fmt in RDF_FORMATS:
        from kg.sinks.rdf import DEFAULT_BASE_IRI, write_rdf

        return f"{write_rdf(graph, dest, fmt, base_iri or DEFAULT_BASE_IRI):,} statements"
    if fmt == "neo4j-csv":
        from kg.sinks.neo4j_csv import write_csv

        write_csv(graph, dest)
        return "CSV files for neo4j-admin database import"
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
def export(dest: Path, fmt: str, graph_path: Path, base_iri: str | None) -> None:
    """Write the graph built by kg build to DEST in another format.

    DEST is a file, or a folder for neo4j-csv. Existing files are replaced.
    """
    graph = read_graph(graph_path)
    try:
        note = _export(graph, fmt, dest, base_iri)
    except (OSError, ValueError) as exc:
        fail(f"{dest}: cannot write: {' '.join(str(exc).split())}")
    say(f"wrote {dest} ({note})")
