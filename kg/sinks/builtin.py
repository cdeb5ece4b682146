"""The built-in sinks: thin adapters from the :class:`~kg.sinks.Sink` interface to each writer.

Each writer module is imported only when its sink writes, so choosing outputs costs nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.model import KnowledgeGraph
from kg.sinks import RDF_SUFFIXES, SinkOptions

if TYPE_CHECKING:
    from kg.sinks.neo4j import LoadSummary, Neo4jConfig


class _Sink:
    filename: str | None = None

    def __init__(self, name: str) -> None:
        self.name = name


class JsonSink(_Sink):
    """``graph.json``: networkx node-link data."""

    filename = "graph.json"

    def write(self, graph: KnowledgeGraph, target: Path, options: SinkOptions) -> str:
        graph.write_json(target)
        return f"wrote {target} ({len(graph.entities):,} nodes, {len(graph.relations):,} links)"


class RdfSink(_Sink):
    """Turtle, TriG, N-Triples or JSON-LD (the sink's name) with provenance."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.filename = f"kg{RDF_SUFFIXES[name]}"

    def write(self, graph: KnowledgeGraph, target: Path, options: SinkOptions) -> str:
        from kg.sinks.rdf import DEFAULT_BASE_IRI, write_rdf

        n = write_rdf(graph, target, self.name, options.base_iri or DEFAULT_BASE_IRI, options.schema, checked=True)
        return f"wrote {target} ({n:,} {'triples' if self.name in ('turtle', 'nt') else 'quads'})"


class Neo4jCsvSink(_Sink):
    """A folder of CSV files for ``neo4j-admin database import``."""

    filename = "neo4j-csv"

    def write(self, graph: KnowledgeGraph, target: Path, options: SinkOptions) -> str:
        from kg.sinks.neo4j_csv import write_csv

        files = write_csv(graph, target, options.schema, checked=True)
        return f"wrote {target} ({len(files)} CSV files for neo4j-admin database import)"


class HtmlSink(_Sink):
    """The interactive page."""

    filename = "graph.html"

    def write(self, graph: KnowledgeGraph, target: Path, options: SinkOptions) -> str:
        from kg.sinks.html import write_html

        write_html(graph, target, title=options.title, schema=options.schema)
        return f"wrote {target} (interactive page)"


class Neo4jSink(_Sink):
    """The Bolt loader; ``target`` is a :class:`~kg.sinks.neo4j.Neo4jConfig`.

    With ``options.loaded`` (the build cache) and a record of what this database received before, only
    the documents it does not hold as built now are loaded and removed ones deleted
    (:func:`~kg.sinks.neo4j.update_graph`); otherwise the whole graph is loaded. Documents carry their
    build keys, and what the database now holds is recorded either way."""

    def write(self, graph: KnowledgeGraph, target: Neo4jConfig, options: SinkOptions) -> str:
        from kg.sinks.neo4j import load_graph, update_graph

        key = f"neo4j {target.uri} {target.database}"
        loaded = options.loaded
        before = loaded.previous(key) if loaded is not None else None
        now = loaded.documents() if loaded is not None else None
        where = f"loaded into Neo4j at {target.uri}, database {target.database}"
        if before is None:
            summary = load_graph(graph, target, progress=options.progress, schema=options.schema, checked=True,
                                 keys=now)
            note = f"{where}: {_counts(summary)}"
        else:
            removed = [d for d in before if d not in now]
            summary = update_graph(graph, now, removed, target, progress=options.progress,
                                   schema=options.schema, checked=True)
            note = (f"{where}, only what changed: {summary.documents:,} new or changed and {len(removed):,} "
                    f"removed document(s); {_counts(summary)}; {summary.entities_deleted:,} entities left "
                    "without documents deleted")
        if loaded is not None:
            loaded.record(key, now)
        return note


def _counts(summary: LoadSummary) -> str:
    return (f"{summary.entities:,} entities, {summary.relationships:,} relationships, "
            f"{summary.documents:,} documents in {summary.seconds:.1f} s")
