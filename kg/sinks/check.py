"""The one check a graph passes before any sink writes it: does it fit the schema and hold together?"""

from __future__ import annotations

import math

from kg.model import KnowledgeGraph
from kg.schema import Schema


class GraphDataError(ValueError):
    """The graph does not fit the schema (unknown type, bad property name, dangling edge)."""


def check(graph: KnowledgeGraph, schema: Schema) -> None:
    """Raise :class:`GraphDataError` naming the first problem: an entity or relation type outside the
    schema, a relation to an unknown entity, without a document, or with a confidence that is not a finite
    number. (What only one format forbids, such as Neo4j's property names, its sink checks.)"""
    for e in graph.entities.values():
        if not schema.is_entity_type(e.type):
            raise GraphDataError(f"entity {e.id!r}: type {e.type!r} is not in the schema")
    for r in graph.relations:
        where = f"relation {r.source!r} -{r.type}-> {r.target!r}"
        if not schema.is_relation_type(r.type):
            raise GraphDataError(f"{where}: type {r.type!r} is not in the schema")
        missing = [end for end in (r.source, r.target) if end not in graph.entities]
        if missing:
            raise GraphDataError(f"{where}: unknown entity {missing[0]!r}")
        if not r.doc:
            raise GraphDataError(f"{where}: no source document")
        if not math.isfinite(r.confidence):
            raise GraphDataError(f"{where}: confidence {r.confidence!r} is not a finite number")
