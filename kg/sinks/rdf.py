"""RDF export: the graph as Turtle, TriG, N-Triples or JSON-LD with PROV-O provenance.

IRIs, under ``base`` (``--base-iri``, default :data:`DEFAULT_BASE_IRI`, ends in ``/`` or ``#``):

* entity    ``{base}entity/{Type}/{h}``: ``h`` is the first 16 hex digits of the SHA-1 of the
  UTF-8 entity id (``Type:normalised-name``), so an entity keeps its IRI across runs and
  machines and no name can reach the IRI; the name is ``rdfs:label "…"@zh``, aliases
  ``skos:altLabel``;
* document  ``{base}document/{id}``, the id percent-encoded (all but ``A-Za-z0-9_.-~``);
* assertion ``{base}assertion/{h}``, ``h`` from the relation's identity (source, type, target,
  document, start), and its qualifiers ``{base}assertion/{h}/{key}``.

Each relation is a direct triple (``王辉忠 kg:spokeAt 动员会``) in the default graph and a
``kg:Assertion`` (an ``rdf:Statement``) with ``rdf:subject/predicate/object``,
``prov:wasDerivedFrom`` its document, ``kg:evidence``, offsets and ``kg:confidence``. TriG and
JSON-LD keep each document's assertions in a named graph named by the document IRI; Turtle
and N-Triples hold the union. The vocabulary is :mod:`kg.sinks.ontology`.

:func:`to_rdf` gives an ``rdflib.Dataset``; :func:`write_rdf` writes the same statements
through pyoxigraph's serializers, which are far faster (``scripts/bench_rdf.py``).
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.atomic import replacing
from kg.model import Entity, KnowledgeGraph, Relation
from kg.schema import SCHEMA_DIR, Schema, load_schema
from kg.sinks import RDF_SUFFIXES
from kg.sinks.check import check
from kg.sinks.ontology import KG, PREFIXES, Vocabulary, build_ontology

DEFAULT_BASE_IRI = "https://kg.example.org/"
FORMATS = tuple(RDF_SUFFIXES)
#: File suffix of each format; :func:`validate` reads a file by its suffix.
SUFFIXES = RDF_SUFFIXES
SHAPES_FILE = SCHEMA_DIR / "shapes.ttl"

_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
_DATASET_FORMATS = frozenset({"trig", "jsonld"})
_BASE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?:[!#$&-;=?-Z_a-z~]|%[0-9A-Fa-f]{2})*[/#]")


class _Terms(NamedTuple):
    """How one RDF library makes terms and statements: the export is written once for all."""

    iri: Callable[[str], Any]
    literal: Callable[..., Any]
    typed: Callable[[str, Any], Any]
    #: ``(subject, predicate, object, graph-or-None)`` -> a statement.
    quad: Callable[[Any, Any, Any, Any], Any]


def _ox_literal(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


_OX_QUADS = _Terms(ox.NamedNode, _ox_literal, lambda lexical, dt: ox.Literal(lexical, datatype=dt), ox.Quad)
_OX_TRIPLES = _OX_QUADS._replace(quad=lambda s, p, o, g: ox.Triple(s, p, o))
_RDFLIB = _Terms(URIRef, Literal, lambda lexical, dt: Literal(lexical, datatype=dt), lambda *quad: quad)


def check_base_iri(base_iri: str) -> str:
    """``base_iri`` if it is an absolute ASCII IRI ending in ``/`` or ``#``; else ``ValueError``."""
    try:
        ox.NamedNode(base_iri)
        valid = bool(_BASE.fullmatch(base_iri))
    except ValueError:
        valid = False
    if not valid:
        raise ValueError(f"base IRI {base_iri!r} must be an absolute ASCII IRI ending in '/' or '#' "
                         f"without spaces, quotes, brackets or <>, e.g. {DEFAULT_BASE_IRI}")
    return base_iri


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _segment(text: str) -> str:
    """``text`` as one IRI path segment: percent-encoded, and with its trailing dots encoded too, so that
    ``.`` and ``..`` are no dot-segments and a prefixed name never ends in a dot."""
    seg = quote(text, safe="")
    stem = seg.rstrip(".")
    return stem + "%2E" * (len(seg) - len(stem))


def entity_iri(entity: Entity, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """``{base}entity/{Type}/{sha1(id)[:16]}``: opaque, ASCII and stable."""
    return f"{base_iri}entity/{_segment(entity.type)}/{_digest(entity.id)}"


def document_iri(doc_id: str, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """``{base}document/{id}`` with the id percent-encoded (``.`` → ``%2E`` at its end)."""
    return f"{base_iri}document/{_segment(doc_id)}"


def assertion_iri(relation: Relation, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """``{base}assertion/{h}``, ``h`` from the relation's identity :attr:`Relation.key`."""
    return f"{base_iri}assertion/{_digest(json.dumps(relation.key, ensure_ascii=False))}"


def prefixes(base_iri: str = DEFAULT_BASE_IRI, schema: Schema | None = None) -> dict[str, str]:
    """Prefixes for readable output: the vocabularies, documents, assertions, one per entity type."""
    out = dict(PREFIXES, doc=f"{base_iri}document/", stmt=f"{base_iri}assertion/")
    for name in (schema or load_schema()).entity_types:
        prefix = name.lower()
        if prefix.isascii() and prefix.isidentifier() and prefix not in out:
            out[prefix] = f"{base_iri}entity/{name}/"
    return out


def _decimal(value: float) -> str:
    """The exact ``xsd:decimal`` lexical form of a finite float: ``0.9``, ``1.0``, ``0.00001``."""
    text = f"{Decimal(repr(float(value))):f}"
    return text if "." in text else text + ".0"


class _Index(NamedTuple):
    """A graph grouped for output: direct edges by source, assertions by document."""

    graph: KnowledgeGraph
    vocab: Vocabulary
    outgoing: dict[str, dict[tuple[str, str], None]]
    by_doc: dict[str, dict[tuple, Relation]]


def _index(graph: KnowledgeGraph, schema: Schema, checked: bool) -> _Index:
    """Group ``graph`` for output, after :func:`kg.sinks.check` unless it was ``checked`` already."""
    if not checked:
        check(graph, schema)
    vocab = Vocabulary.of(schema)
    outgoing: dict[str, dict[tuple[str, str], None]] = {}
    by_doc: dict[str, dict[tuple, Relation]] = {}
    for r in graph.relations:
        outgoing.setdefault(r.source, {})[(r.type, r.target)] = None
        by_doc.setdefault(r.doc, {}).setdefault(r.key, r)
    return _Index(graph, vocab, outgoing, by_doc)


def _statements(index: _Index, base: str, t: _Terms) -> Iterator[Any]:
    """Every statement of the export, made with ``t``: facts in the default graph, each
    document's assertions in the graph named by the document."""
    graph, vocab, outgoing, by_doc = index
    iri, lit, typed, quad = t
    a, label, alt, title = iri(str(RDF.type)), iri(str(RDFS.label)), iri(str(SKOS.altLabel)), iri(str(DCTERMS.title))
    xsd_int, xsd_decimal = iri(str(XSD.integer)), iri(str(XSD.decimal))
    kg = {name: iri(str(KG[name])) for name in (
        "Document", "Assertion", "Qualifier", "mentionedIn", "qualifier", "entityId", "mentionCount",
        "evidence", "startOffset", "endOffset", "confidence", "source", "sha256", "chars", "key", "value")}
    classes = {name: iri(str(c)) for name, c in vocab.classes.items()}
    props = {name: iri(str(p)) for name, p in vocab.properties.items()}

    docs = {d: iri(document_iri(d, base)) for d in graph.documents}
    for e in graph.entities.values():
        docs.update((d, iri(document_iri(d, base))) for d in e.docs if d not in docs)
    docs.update((d, iri(document_iri(d, base))) for d in by_doc if d not in docs)
    ents = {e.id: iri(entity_iri(e, base)) for e in graph.entities.values()}

    for doc_id, d in docs.items():
        yield quad(d, a, kg["Document"], None)
        info = graph.documents.get(doc_id)
        if info is not None:
            yield quad(d, title, lit(info.title), None)
            yield quad(d, kg["source"], lit(info.source), None)
            yield quad(d, kg["sha256"], lit(info.sha256), None)
            yield quad(d, kg["chars"], typed(str(info.chars), xsd_int), None)
    for e in graph.entities.values():
        s = ents[e.id]
        yield quad(s, a, classes[e.type], None)
        yield quad(s, label, lit(e.name, "zh"), None)
        for alias in dict.fromkeys(e.aliases):
            if alias != e.name:
                yield quad(s, alt, lit(alias, "zh"), None)
        yield quad(s, kg["entityId"], lit(e.id), None)
        yield quad(s, kg["mentionCount"], typed(str(e.mentions), xsd_int), None)
        for doc_id in dict.fromkeys(e.docs):
            yield quad(s, kg["mentionedIn"], docs[doc_id], None)
        for rtype, target in outgoing.get(e.id, ()):
            yield quad(s, props[rtype], ents[target], None)
    derived, statement = iri(str(PROV.wasDerivedFrom)), iri(str(RDF.Statement))
    subj, pred, obj = iri(str(RDF.subject)), iri(str(RDF.predicate)), iri(str(RDF.object))
    for doc_id, relations in by_doc.items():
        g = docs[doc_id]
        for r in relations.values():
            s = iri(node := assertion_iri(r, base))
            yield quad(s, a, kg["Assertion"], g)
            yield quad(s, a, statement, g)
            yield quad(s, subj, ents[r.source], g)
            yield quad(s, pred, props[r.type], g)
            yield quad(s, obj, ents[r.target], g)
            yield quad(s, derived, g, g)
            yield quad(s, kg["evidence"], lit(r.evidence), g)
            yield quad(s, kg["startOffset"], typed(str(r.start), xsd_int), g)
            yield quad(s, kg["endOffset"], typed(str(r.end), xsd_int), g)
            yield quad(s, kg["confidence"], typed(_decimal(r.confidence), xsd_decimal), g)
            for key, value in r.properties.items():
                q = iri(f"{node}/{_segment(key)}")
                yield quad(s, kg["qualifier"], q, g)
                yield quad(q, a, kg["Qualifier"], g)
                yield quad(q, kg["key"], lit(key), g)
                yield quad(q, kg["value"], lit(str(value)), g)


def to_rdf(graph: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI, schema: Schema | None = None) -> Dataset:
    """The graph as an ``rdflib.Dataset``: facts in the default graph, each document's
    assertions in a named graph; ``default_union`` is on, so queries see everything."""
    index, base = _index(graph, schema or load_schema(), False), check_base_iri(base_iri)
    statements = list(_statements(index, base, _RDFLIB))
    ds = Dataset(default_union=True)
    for prefix, ns in prefixes(base, schema).items():
        ds.bind(prefix, ns, replace=True)
    contexts: dict[Any, Graph] = {None: ds.default_graph}
    for g in {q[3] for q in statements if q[3] is not None}:
        contexts[g] = ds.graph(g)
    ds.addN((s, p, o, contexts[g]) for s, p, o, g in statements)
    return ds


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of acyclic term objects are made."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_rdf(graph: KnowledgeGraph, path: Path, fmt: str = "turtle", base_iri: str = DEFAULT_BASE_IRI,
              schema: Schema | None = None, *, checked: bool = False) -> int:
    """Write ``graph`` to ``path`` in ``fmt`` (one of :data:`FORMATS`) and return the number of
    triples (Turtle, N-Triples) or quads (TriG, JSON-LD) written.

    The graph is checked first unless ``checked`` (:func:`kg.sinks.check`: ``ValueError``, nothing
    written); its statements then stream through pyoxigraph's serializer into a temporary file that
    replaces ``path``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    index, base = _index(graph, schema or load_schema(), checked), check_base_iri(base_iri)
    statements = _statements(index, base, _OX_QUADS if fmt in _DATASET_FORMATS else _OX_TRIPLES)
    written = 0

    def counted() -> Iterator[Any]:
        nonlocal written
        for statement in statements:
            written += 1
            yield statement

    with replacing(path) as tmp, tmp.open("wb") as out, _gc_paused():
        ox.serialize(counted(), out, _OX_FORMATS[fmt], prefixes=prefixes(base, schema))
    return written


def _format_of(path: Path, fmt: str | None) -> str:
    fmt = fmt or next((f for f, suffix in SUFFIXES.items() if path.suffix == suffix), None)
    if fmt not in FORMATS:
        raise ValueError(f"{path}: unknown RDF format; use a file ending in "
                         f"{', '.join(SUFFIXES.values())} or give one of {', '.join(FORMATS)}")
    return fmt


def load_union(path: Path, fmt: str | None = None) -> ox.Store:
    """An Oxigraph store whose default graph is the union of all graphs in an RDF file.

    ``fmt`` is one of :data:`FORMATS`, guessed from the suffix if ``None``. Raises
    ``ValueError`` with a one-line message naming the file if it cannot be read.
    """
    path = Path(path)
    fmt = _format_of(path, fmt)
    store = ox.Store()
    try:
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                          for q in ox.parse(path=str(path), format=_OX_FORMATS[fmt]))
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValueError(f"{path}: not valid {fmt}: {' '.join(str(exc).split())}") from exc
    return store


def validate(path: Path, schema: Schema | None = None, fmt: str | None = None) -> tuple[bool, str]:
    """Check an RDF file against ``schemas/shapes.ttl`` with the ontology of ``schema``.

    pyshacl runs without inference on the union of the file's graphs plus the ontology,
    held in Oxigraph so that the shapes' SPARQL runs there. Returns ``(conforms, report)``;
    raises ``ValueError`` if the file cannot be read.
    """
    from pyshacl import validate as shacl_validate

    data = load_union(path, fmt)
    ontology = build_ontology(schema).serialize(format="nt", encoding="utf-8")
    data.bulk_extend(ox.Quad(t.subject, t.predicate, t.object)
                     for t in ox.parse(ontology, format=ox.RdfFormat.N_TRIPLES))
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), str(text)
