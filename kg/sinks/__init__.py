"""Sinks: everything that reads the :class:`~kg.model.KnowledgeGraph` and writes it somewhere.

Every sink has one interface, :class:`Sink`, and is found by name in a lazy registry like the NLP
engines' (``name -> "module:factory"``, imported on first use; :func:`register` adds one, :func:`get`
makes one). ``kg build`` and ``kg export`` both loop over it: :func:`check` tests the graph against
the schema once, then each sink writes it. File sinks write atomically (:func:`kg.atomic.replacing`);
a sink that can update in place (Neo4j) gets what was loaded before through :class:`Loaded`.

=========== ======================================== ===================
name        what                                     ``kg build`` writes
=========== ======================================== ===================
json        graph.json (networkx node-link)          OUT/graph.json
turtle      RDF Turtle with provenance               OUT/kg.ttl
trig, nt,   the other RDF forms
jsonld
neo4j-csv   a folder of neo4j-admin import files
html        the interactive page                     OUT/graph.html
neo4j       the Bolt loader (target: a Neo4jConfig)  with ``--neo4j``
=========== ======================================== ===================
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Protocol

from kg.model import KnowledgeGraph
from kg.schema import Schema
from kg.sinks.check import GraphDataError, check

__all__ = ["RDF_SUFFIXES", "SINKS", "GraphDataError", "Loaded", "Sink", "SinkOptions", "check", "get", "register"]

#: The RDF serialisations and their file suffixes (:mod:`kg.sinks.rdf` reads this list too).
RDF_SUFFIXES: dict[str, str] = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "jsonld": ".jsonld"}

#: sink name -> "module:factory"; a factory takes the sink's name and returns a :class:`Sink`.
SINKS: dict[str, str] = {
    "json": "kg.sinks.builtin:JsonSink",
    **dict.fromkeys(RDF_SUFFIXES, "kg.sinks.builtin:RdfSink"),
    "neo4j-csv": "kg.sinks.builtin:Neo4jCsvSink",
    "html": "kg.sinks.builtin:HtmlSink",
    "neo4j": "kg.sinks.builtin:Neo4jSink",
}


class Loaded(Protocol):
    """What a sink that updates in place loaded before: document id -> content key, per target."""

    def documents(self) -> dict[str, str]:
        """The documents of the graph being written, with their content keys."""
        ...

    def previous(self, target: str) -> dict[str, str] | None:
        """The documents last written to ``target``, or None if unknown (then everything is written)."""
        ...

    def record(self, target: str, documents: dict[str, str]) -> None:
        """Remember that ``target`` now holds ``documents``."""
        ...


@dataclass(frozen=True)
class SinkOptions:
    """What sinks may need besides the graph."""

    schema: Schema
    base_iri: str | None = None
    title: str = "kg"
    progress: bool = False
    #: for sinks that update in place; None: write everything
    loaded: Loaded | None = None


class Sink(Protocol):
    """Writes a graph that :func:`check` has accepted to ``target`` and says in a few words what it wrote.

    File sinks take a path (a folder for ``neo4j-csv``) and replace it atomically; they raise
    ``OSError`` or ``ValueError``. The ``neo4j`` sink takes a ``Neo4jConfig`` and raises
    ``Neo4jLoadError``."""

    name: str
    #: the file ``kg build`` writes into its output folder, or None (not a file sink)
    filename: str | None

    def write(self, graph: KnowledgeGraph, target: Any, options: SinkOptions) -> str: ...


def register(name: str, target: str) -> None:
    """Add (or replace) the sink ``name``, made by the factory ``target`` (``"module:attribute"``)."""
    module, sep, attr = target.partition(":")
    if not sep or not module or not attr:
        raise ValueError(f"sink {name!r}: target {target!r} is not 'module:attribute'")
    SINKS[name] = target


def get(name: str) -> Sink:
    """The sink called ``name`` (its module is imported now)."""
    target = SINKS.get(name)
    if target is None:
        raise ValueError(f"unknown sink {name!r}; choose one of: {', '.join(SINKS)}")
    module, _, attr = target.partition(":")
    factory: Callable[[str], Sink] = getattr(import_module(module), attr)
    return factory(name)


def file_sinks() -> list[str]:
    """The names of the sinks that write files (every one but ``neo4j``)."""
    return [name for name in SINKS if name != "neo4j"]
