"""The property-graph form of a :class:`KnowledgeGraph`, shared by the Bolt loader and the CSV export.

Nodes are ``(:Entity:<Type> {id, name, aliases, mentions})`` and ``(:Document {id, title, source,
sha256, chars})``; edges are ``(:Entity)-[:MENTIONED_IN {count}]->(:Document)`` and one relationship
type per schema relation, carrying ``evidence, doc, start, end, confidence`` plus the relation's own
properties. ``count`` is the number of the graph's relations that involve the entity in that
document, at least 1. Labels and relationship types come only from the schema.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.model import KnowledgeGraph
from kg.schema import Schema
from kg.sinks.check import GraphDataError, check

ENTITY_LABEL = "Entity"
DOCUMENT_LABEL = "Document"
MENTIONED_IN = "MENTIONED_IN"
#: Properties every relationship has; a relation's own property may not reuse these names.
RELATION_FIELDS = ("evidence", "doc", "start", "end", "confidence")

#: One node, edge or document as sent to Neo4j; relationship rows hold the ``RELATION_FIELDS``, the
#: endpoint ids ``source`` and ``target``, the schema-checked ``type``, and the relation's own
#: properties in ``extra``.
Row = dict[str, Any]


def name_token(name: str) -> str:
    """``name`` backquoted for Cypher, after checking it is a plain identifier (a schema type name)."""
    if not name.isidentifier():
        raise GraphDataError(f"{name!r} is not a valid label or relationship type")
    return f"`{name}`"


@dataclass
class PropertyGraph:
    """Rows ready to send: documents, nodes by label, mentions, relationships (each with its type)."""

    documents: list[Row] = field(default_factory=list)
    nodes: dict[str, list[Row]] = field(default_factory=dict)
    mentions: list[Row] = field(default_factory=list)
    relationships: list[Row] = field(default_factory=list)

    @property
    def doc_ids(self) -> list[str]:
        return [d["id"] for d in self.documents]

    @property
    def node_count(self) -> int:
        return sum(map(len, self.nodes.values()))

    @property
    def count(self) -> int:
        """All rows: documents, nodes, mentions and relationships."""
        return len(self.documents) + self.node_count + len(self.mentions) + len(self.relationships)


def _extra_properties(rel_type: str, extra: dict[str, Any]) -> Row:
    """A relation's own properties as Neo4j takes them: identifier names, values of simple types."""
    for key in extra:
        if not key.isidentifier() or key in RELATION_FIELDS:
            raise GraphDataError(f"relation {rel_type}: property name {key!r} is not allowed")
    return {k: v if isinstance(v, str | int | float | bool) else str(v) for k, v in extra.items()}


def property_graph(graph: KnowledgeGraph, schema: Schema, *, checked: bool = False) -> PropertyGraph:
    """``graph`` as rows, after :func:`kg.sinks.check` (:class:`GraphDataError`) unless it was ``checked``."""
    if not checked:
        check(graph, schema)
    out = PropertyGraph()
    for entity in graph.entities.values():
        out.nodes.setdefault(entity.type, []).append({
            "id": entity.id, "name": entity.name, "mentions": entity.mentions,
            "aliases": [a for a in dict.fromkeys(entity.aliases) if a != entity.name],
        })

    involved: Counter[tuple[str, str]] = Counter()
    seen: set[tuple[str, str, str, str, int]] = set()
    for rel in graph.relations:
        if rel.key in seen:
            continue
        seen.add(rel.key)
        involved[rel.source, rel.doc] += 1
        involved[rel.target, rel.doc] += 1
        out.relationships.append({
            "source": rel.source, "target": rel.target, "type": rel.type, "evidence": rel.evidence, "doc": rel.doc,
            "start": rel.start, "end": rel.end, "confidence": rel.confidence,
            "extra": _extra_properties(rel.type, rel.properties),
        })

    docs = {d.id: {"id": d.id, "title": d.title, "source": d.source, "sha256": d.sha256, "chars": d.chars}
            for d in graph.documents.values()}
    for entity in graph.entities.values():
        for doc in dict.fromkeys(entity.docs):
            out.mentions.append({"entity": entity.id, "doc": doc, "count": max(1, involved[entity.id, doc])})
    referenced = [m["doc"] for m in out.mentions]
    referenced += [r["doc"] for r in out.relationships]
    for doc in referenced:  # a document only named by an entity or edge still gets its node
        docs.setdefault(doc, {"id": doc, "title": doc, "source": "", "sha256": "", "chars": 0})
    out.documents = list(docs.values())
    return out
