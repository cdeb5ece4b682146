"""The typed model every stage shares: articles in, entities and relations out.

:class:`KnowledgeGraph` is the contract between extraction and every sink. It
converts to and from a ``networkx.MultiDiGraph`` and to ``graph.json`` in
networkx node-link form (nodes ``{id, name, type, aliases, docs, mentions}``,
links ``{source, target, type, evidence, doc, start, end, confidence}``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import replacing
from kg.normalize import normalize_name


def entity_id(type_: str, name: str) -> str:
    """The stable id of an entity: its type and normalised canonical name (``Organization:海关总署``)."""
    return f"{type_}:{normalize_name(name)}"


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article. ``text`` starts with the title line; offsets everywhere refer to ``text``."""

    id: str
    title: str
    text: str
    source: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass(slots=True)
class Relation:
    """A typed edge with its provenance: the evidence sentence, document and character span."""

    source: str
    target: str
    type: str
    evidence: str
    doc: str
    start: int
    end: int
    confidence: float
    properties: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str, str, int]:
        """Identity of the edge: the same statement from the same place is one edge."""
        return (self.source, self.type, self.target, self.doc, self.start)


@dataclass(slots=True)
class DocumentInfo:
    id: str
    title: str
    source: str
    sha256: str
    chars: int


@dataclass
class KnowledgeGraph:
    """Entities by id, relations, and the documents they came from."""

    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    documents: dict[str, DocumentInfo] = field(default_factory=dict)

    _edge_keys: set[tuple[str, str, str, str, int]] = field(default_factory=set, init=False, repr=False,
                                                          compare=False)
    _edges_seen: tuple[int, int] = field(default=(0, 0), init=False, repr=False, compare=False)
    _doc_sets: dict[str, tuple[set[str], int]] = field(default_factory=dict, init=False, repr=False,
                                                       compare=False)

    def add_entity(self, entity: Entity) -> Entity:
        """Add ``entity`` or merge it (aliases, docs, mention counts) into the one with the same id."""
        known = self.entities.get(entity.id)
        if known is None:
            self.entities[entity.id] = entity
            return entity
        known.aliases.extend(a for a in entity.aliases if a not in known.aliases and a != known.name)
        docs = self._docs_of(known)
        for d in entity.docs:
            if d not in docs:
                docs.add(d)
                known.docs.append(d)
        self._doc_sets[known.id] = (docs, len(known.docs))
        known.mentions += entity.mentions
        return known

    def merge(self, other: KnowledgeGraph) -> None:
        """Merge ``other`` into this graph (same id = same node; duplicate edges dropped).

        Linear in ``other``: the keys of this graph's edges and each entity's documents are indexed
        once and kept up to date (lists that only grow, as :meth:`merge` and :meth:`add_entity` grow
        them, are caught up; a replaced ``relations`` list is re-indexed)."""
        self.documents.update(other.documents)
        for e in other.entities.values():
            self.add_entity(Entity(e.id, e.name, e.type, list(e.aliases), list(e.docs), e.mentions))
        seen = self._edge_index()
        for rel in other.relations:
            if rel.key not in seen:
                seen.add(rel.key)
                self.relations.append(rel)
        self._edges_seen = (id(self.relations), len(self.relations))

    def _edge_index(self) -> set[tuple[str, str, str, str, int]]:
        """The keys of :attr:`relations`, caught up with edges appended since the last call."""
        list_id, count = self._edges_seen
        if list_id != id(self.relations) or count > len(self.relations):
            self._edge_keys, count = set(), 0
        self._edge_keys.update(r.key for r in self.relations[count:])
        return self._edge_keys

    def _docs_of(self, entity: Entity) -> set[str]:
        """The set of ``entity.docs``, caught up with documents appended since the last call."""
        docs, count = self._doc_sets.get(entity.id, (set(), 0))
        if count > len(entity.docs):
            docs, count = set(), 0
        docs.update(entity.docs[count:])
        return docs

    def about(self, docs: Iterable[str], entities: Iterable[str] = ()) -> KnowledgeGraph:
        """The part of this graph that comes from ``docs``: those documents, their relations, the entities
        they mention and those of ``entities`` the graph has, each entity's documents cut down to ``docs``
        (its name, aliases and mention count stay those of the whole graph)."""
        docs, wanted = set(docs), set(entities)
        out = KnowledgeGraph(documents={d: info for d, info in self.documents.items() if d in docs})
        out.relations = [r for r in self.relations if r.doc in docs]
        wanted.update(end for r in out.relations for end in (r.source, r.target))
        for e in self.entities.values():
            mine = [d for d in e.docs if d in docs]
            if mine or e.id in wanted:
                out.entities[e.id] = Entity(e.id, e.name, e.type, list(e.aliases), mine, e.mentions)
        return out

    # -- compact records (the build cache) ---------------------------------------
    def to_record(self) -> dict[str, list[list[Any]]]:
        """The graph as plain lists, compact and JSON-ready (read back by :meth:`from_record`)."""
        return {
            "documents": [[d.id, d.title, d.source, d.sha256, d.chars] for d in self.documents.values()],
            "entities": [[e.id, e.name, e.type, e.aliases, e.docs, e.mentions] for e in self.entities.values()],
            "relations": [[r.source, r.target, r.type, r.evidence, r.doc, r.start, r.end, r.confidence,
                           r.properties] for r in self.relations],
        }

    @classmethod
    def from_record(cls, record: dict[str, list[list[Any]]]) -> KnowledgeGraph:
        graph = cls()
        for d in record["documents"]:
            graph.documents[d[0]] = DocumentInfo(*d)
        for e in record["entities"]:
            graph.entities[e[0]] = Entity(*e)
        graph.relations = [Relation(*r) for r in record["relations"]]
        return graph

    # -- networkx -------------------------------------------------------------
    def to_networkx(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph(documents=[asdict(d) for d in self.documents.values()])
        for e in self.entities.values():
            g.add_node(e.id, name=e.name, type=e.type, aliases=list(e.aliases), docs=list(e.docs),
                       mentions=e.mentions)
        for r in self.relations:
            data = asdict(r)
            source, target = data.pop("source"), data.pop("target")
            if not data["properties"]:
                data.pop("properties")
            g.add_edge(source, target, **data)
        return g

    @classmethod
    def from_networkx(cls, g: nx.MultiDiGraph) -> KnowledgeGraph:
        kg = cls()
        for d in g.graph.get("documents", []):
            kg.documents[d["id"]] = DocumentInfo(**d)
        for node, data in g.nodes(data=True):
            kg.entities[node] = Entity(node, data["name"], data["type"], list(data.get("aliases", [])),
                                       list(data.get("docs", [])), int(data.get("mentions", 0)))
        for source, target, data in g.edges(data=True):
            kg.relations.append(Relation(
                source, target, data["type"], data.get("evidence", ""), data.get("doc", ""),
                int(data.get("start", 0)), int(data.get("end", 0)), float(data.get("confidence", 1.0)),
                dict(data.get("properties", {}))))
        return kg

    # -- graph.json -----------------------------------------------------------
    def to_json_data(self) -> dict[str, Any]:
        """networkx node-link data (``edges="links"``), readable by ``nx.node_link_graph``."""
        return nx.node_link_data(self.to_networkx(), edges="links")

    def write_json(self, path: str | Path) -> Path:
        """Write :meth:`to_json_data` to ``path`` (atomically), one document, node or link per line."""
        path = Path(path)
        with replacing(path) as tmp, tmp.open("w", encoding="utf-8") as out:
            out.writelines(self._json_lines())
        return path

    def _json_lines(self) -> Iterator[str]:
        """The text of :meth:`to_json_data` (the same data, in the same order), made without building the
        networkx graph and with the C JSON encoder: one record per line."""
        dump = json.JSONEncoder(ensure_ascii=False).encode
        ends = dict.fromkeys(self.entities)
        ends.update((end, None) for r in self.relations for end in (r.source, r.target))
        edges: dict[str, dict[str, list[Relation]]] = {}
        for r in self.relations:  # networkx lists edges by source node, then target, then key
            edges.setdefault(r.source, {}).setdefault(r.target, []).append(r)

        def lines(items: Iterable[Any]) -> Iterator[str]:
            first = True
            for item in items:
                yield ("\n  " if first else ",\n  ") + dump(item)
                first = False

        yield '{"directed": true, "multigraph": true, "graph": {"documents": ['
        yield from lines(asdict(d) for d in self.documents.values())
        yield '\n ]},\n "nodes": ['
        yield from lines({"name": e.name, "type": e.type, "aliases": e.aliases, "docs": e.docs,
                          "mentions": e.mentions, "id": node} if (e := self.entities.get(node)) else {"id": node}
                         for node in ends)
        yield '\n ],\n "links": ['
        yield from lines({"type": r.type, "evidence": r.evidence, "doc": r.doc, "start": r.start, "end": r.end,
                          "confidence": r.confidence, **({"properties": r.properties} if r.properties else {}),
                          "source": r.source, "target": r.target, "key": key}
                         for node in ends for targets in edges.get(node, {}).values()
                         for key, r in enumerate(targets))
        yield "\n ]}\n"

    @classmethod
    def read_json(cls, path: str | Path) -> KnowledgeGraph:
        """Read ``graph.json`` (or the directory that holds it)."""
        path = Path(path)
        if path.is_dir():
            path = path / "graph.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls.from_networkx(nx.node_link_graph(data, directed=True, multigraph=True, edges="links"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}: not a kg graph.json: {exc!r}") from exc

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Number of entities by type and relations by type."""
        ents: dict[str, int] = {}
        rels: dict[str, int] = {}
        for e in self.entities.values():
            ents[e.type] = ents.get(e.type, 0) + 1
        for r in self.relations:
            rels[r.type] = rels.get(r.type, 0) + 1
        return ents, rels

