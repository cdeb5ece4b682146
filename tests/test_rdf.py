"""RDF export: ontology against the schema, IRIs, hostile text, provenance, round trips, SHACL."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, SKOS

from kg.model import DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id
from kg.schema import EntityType, Schema, load_schema
from kg.sinks.ontology import KG, ONTOLOGY_FILE, Vocabulary, build_ontology, property_name
from kg.sinks.rdf import (
    DEFAULT_BASE_IRI,
    FORMATS,
    SUFFIXES,
    check_base_iri,
    document_iri,
    entity_iri,
    to_rdf,
    validate,
    write_rdf,
)

ROOT = Path(__file__).resolve().parent.parent
ENTITY_IRI = re.compile(r"https://kg\.example\.org/entity/[A-Za-z]+/[0-9a-f]{16}")
#: Characters that may never appear in an IRI (RFC 3987) and would break N-Triples or Turtle.
IRI_BREAKERS = set(' <>"{}|\\^`\n\r\t')
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nt": "nt", "jsonld": "json-ld"}


def _triples(g: Graph | Dataset) -> set[tuple]:
    if isinstance(g, Dataset):
        return {(s, p, o) for s, p, o, _ in g.quads()}
    return set(g)


def _parse(path: Path) -> Dataset:
    """The file as rdflib reads it (its own parsers, not pyoxigraph's)."""
    fmt = next(f for f, suffix in SUFFIXES.items() if path.suffix == suffix)
    ds = Dataset()
    ds.parse(path, format=RDFLIB_FORMATS[fmt])
    return ds


# -- ontology -------------------------------------------------------------------

def test_ontology_file_is_generated_from_the_schema() -> None:
    on_disk = Graph().parse(ONTOLOGY_FILE, format="turtle")
    assert isomorphic(on_disk, build_ontology(load_schema())), (
        "schemas/ontology.ttl differs from schema.yaml: run python -m kg.sinks.ontology")


def test_ontology_drift_is_detected(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    visited = "VISITED: {zh: 视察, en: visited, head: [Person], tail: [Location]}"
    extra.write_text(f"relation_types:\n  {visited}\n", encoding="utf-8")
    grown = build_ontology(load_schema([extra]))
    assert not isomorphic(Graph().parse(ONTOLOGY_FILE, format="turtle"), grown)
    assert (KG.visited, RDFS.domain, KG.Person) in grown
    assert (KG.visited, RDFS.label, Literal("视察", lang="zh")) in grown


def test_ontology_describes_every_type() -> None:
    schema = load_schema()
    onto = build_ontology(schema)
    for name, etype in schema.entity_types.items():
        assert (KG[name], RDF.type, OWL.Class) in onto
        assert (KG[name], RDFS.subClassOf, KG.Entity) in onto
        assert (KG[name], RDFS.label, Literal(etype.zh, lang="zh")) in onto
        assert (KG[name], RDFS.label, Literal(etype.en, lang="en")) in onto
    for name, rtype in schema.relation_types.items():
        prop = KG[property_name(name)]
        assert (prop, RDF.type, OWL.ObjectProperty) in onto
        assert (prop, KG.relationType, Literal(name)) in onto
        assert (prop, RDFS.comment, Literal(rtype.description, lang="en")) in onto
        for end, types in ((RDFS.domain, rtype.head), (RDFS.range, rtype.tail)):
            (cls,) = onto.objects(prop, end)
            members = list(onto.items(onto.value(cls, OWL.unionOf))) if len(types) > 1 else [cls]
            assert members == [KG[t] for t in types]
    for prop in ("evidence", "startOffset", "endOffset", "confidence", "entityId"):
        assert (KG[prop], RDF.type, OWL.DatatypeProperty) in onto
    assert (RDFS.label, RDF.type, OWL.AnnotationProperty) in onto
    assert (SKOS.altLabel, RDF.type, OWL.AnnotationProperty) in onto


def test_property_names() -> None:
    assert property_name("SPOKE_AT") == "spokeAt"
    assert property_name("HELD") == "held"
    assert property_name("HOLDS_POSITION") == "holdsPosition"


def test_type_names_that_clash_with_built_in_terms_are_refused() -> None:
    schema = Schema({"Document": EntityType("Document", "文档", "document")}, {})
    with pytest.raises(ValueError, match=r"Document.*clashes"):
        Vocabulary.of(schema)


# -- IRIs -------------------------------------------------------------------------

def test_entity_iris_are_opaque_ascii_and_follow_type_and_name(small_graph: KnowledgeGraph) -> None:
    for e in small_graph.entities.values():
        iri = entity_iri(e)
        assert ENTITY_IRI.fullmatch(iri), iri
        assert iri == f"{DEFAULT_BASE_IRI}entity/{e.type}/{hashlib.sha1(e.id.encode()).hexdigest()[:16]}"
    # The documented scheme, pinned: published IRIs must not change between versions.
    customs = small_graph.entities[entity_id("Organization", "海关总署")]
    assert entity_iri(customs) == "https://kg.example.org/entity/Organization/bc585c36b2989b22"
    # Same canonical name (quotes normalised) -> same entity id -> same IRI.
    twin = Entity(entity_id("Case", '"1.17"特大象牙走私案'), '"1.17"特大象牙走私案', "Case")
    case = small_graph.entities[entity_id("Case", "“1.17”特大象牙走私案")]
    assert entity_iri(twin) == entity_iri(case)


def test_iris_are_the_same_in_another_process(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    here = tmp_path / "here.nt"
    write_rdf(small_graph, here, "nt")
    small_graph.write_json(tmp_path / "graph.json")
    code = ("import sys; from pathlib import Path; from kg.model import KnowledgeGraph; "
            "from kg.sinks.rdf import write_rdf; "
            "write_rdf(KnowledgeGraph.read_json(sys.argv[1]), Path(sys.argv[2]), 'nt')")
    there = tmp_path / "there.nt"
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "graph.json"), str(there)], check=True,
                   env={"PYTHONHASHSEED": "12345", "PATH": "/usr/bin:/bin"})
    lines = here.read_text(encoding="utf-8").splitlines()
    assert sorted(lines) == sorted(there.read_text(encoding="utf-8").splitlines())
    assert all(any(line.startswith(f"<{entity_iri(e)}> ") for line in lines)
               for e in small_graph.entities.values())


def test_base_iri_is_configurable(small_graph: KnowledgeGraph) -> None:
    base = "http://data.example.com/kg/v1/"
    subjects = {s for s, _, _ in _triples(to_rdf(small_graph, base))}
    assert subjects and all(str(s).startswith(base) for s in subjects)
    assert URIRef(document_iri("d1", base)) in subjects


@pytest.mark.parametrize("base", ["kg.example.org/", "https://kg.example.org", "https://kg example.org/",
                                  'https://kg.example.org/">', "https://kg.example.org/\n", "https://例子.org/",
                                  "https://kg.example.org/<x>/", "https://kg.example.org/%zz/",
                                  "https://kg.example.org/[x]/"])
def test_bad_base_iris_are_refused(base: str, small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="base IRI"):
        check_base_iri(base)
    with pytest.raises(ValueError, match="base IRI"):
        write_rdf(small_graph, tmp_path / "kg.ttl", base_iri=base)
    assert not list(tmp_path.iterdir())


# -- hostile text ------------------------------------------------------------------

@pytest.fixture
def hostile_graph(small_graph: KnowledgeGraph) -> KnowledgeGraph:
    """``small_graph`` plus a document id and a qualifier made of IRI- and Turtle-breaking text."""
    doc = 'd"> <x> .\n%41 <script>'
    small_graph.documents[doc] = DocumentInfo(doc, 'title"""\n> .', "a b.txt", "2" * 64, 5)
    evil = next(e for e in small_graph.entities.values() if "<script>" in e.name)
    evil.docs.append(doc)
    person = small_graph.entities[entity_id("Person", "王辉忠")]
    small_graph.relations.append(Relation(
        evil.id, person.id, "COMMENDED", '"""\n} GRAPH <x> { <a> <b> <c> }', doc, 1, 2, 0.25,
        {'org"> .\n%': '<x> "y"\n', "organization": "海关总署"}))
    return small_graph


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_stays_literal(fmt: str, hostile_graph: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / f"kg{SUFFIXES[fmt]}"
    written = write_rdf(hostile_graph, path, fmt)
    parsed = Graph()
    parsed += _triples(_parse(path))
    assert len(parsed) == written == len(_triples(to_rdf(hostile_graph)))
    for term in {t for triple in parsed for t in triple if isinstance(t, URIRef)}:
        assert not IRI_BREAKERS & set(str(term)), term
        assert str(term).isascii(), term
    evil = next(e for e in hostile_graph.entities.values() if "<script>" in e.name)
    node = URIRef(entity_iri(evil))
    assert set(parsed.objects(node, RDFS.label)) == {Literal(evil.name, lang="zh")}
    assert set(parsed.objects(node, SKOS.altLabel)) == {Literal(a, lang="zh") for a in evil.aliases}
    assert Literal('"""\n} GRAPH <x> { <a> <b> <c> }') in set(parsed.objects(None, KG.evidence))
    assert Literal('<x> "y"\n') in set(parsed.objects(None, KG.value))
    doc = URIRef(document_iri('d"> <x> .\n%41 <script>'))
    assert str(doc) == "https://kg.example.org/document/d%22%3E%20%3Cx%3E%20.%0A%2541%20%3Cscript%3E"
    assert (node, KG.mentionedIn, doc) in parsed
    ok, report = validate(path)
    assert ok, report


def test_types_outside_the_schema_are_refused(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    target = tmp_path / "kg.ttl"
    target.write_text("previous export\n", encoding="utf-8")
    bad_rel = Relation(small_graph.relations[0].source, small_graph.relations[0].target,
                       "HELD> <x", "", "d1", 0, 1, 0.5)
    small_graph.relations.append(bad_rel)
    with pytest.raises(ValueError, match="not in the schema"):
        write_rdf(small_graph, target)
    small_graph.relations.pop()
    small_graph.add_entity(Entity("Weapon:x", "x", "Weapon"))
    with pytest.raises(ValueError, match="'Weapon' is not in the schema"):
        write_rdf(small_graph, target, "trig")
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.ttl"]


def test_files_get_the_usual_permissions_and_replace_old_ones(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    target = tmp_path / "kg.ttl"
    target.write_text("old", encoding="utf-8")
    write_rdf(small_graph, target)
    assert target.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777
    assert target.read_text(encoding="utf-8").startswith("@prefix")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl", "plain.txt"]


def test_dangling_relations_and_bad_formats_are_refused(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown RDF format 'xml'"):
        write_rdf(small_graph, tmp_path / "kg.xml", "xml")
    meeting = entity_id("Event", "“不忘初心、牢记使命”主题教育动员会")
    small_graph.relations.append(Relation("Person:nobody", meeting, "SPOKE_AT", "", "d1", 0, 1, 0.5))
    with pytest.raises(ValueError, match="unknown entity 'Person:nobody'"):
        write_rdf(small_graph, tmp_path / "kg.ttl")
    small_graph.relations[-1] = Relation(small_graph.relations[1].source, small_graph.relations[1].target,
                                         "SPOKE_AT", "", "d1", 0, 1, float("nan"))
    with pytest.raises(ValueError, match="not a finite number"):
        write_rdf(small_graph, tmp_path / "kg.ttl")
    assert not list(tmp_path.iterdir())


# -- provenance and named graphs ----------------------------------------------------

def test_each_relation_is_a_direct_triple_and_an_assertion(small_graph: KnowledgeGraph) -> None:
    ds = to_rdf(small_graph)
    ents = {e.id: URIRef(entity_iri(e)) for e in small_graph.entities.values()}
    assertions = set(ds.subjects(RDF.type, KG.Assertion))
    assert len(assertions) == len(small_graph.relations)
    for r in small_graph.relations:
        prop = KG[property_name(r.type)]
        assert (ents[r.source], prop, ents[r.target]) in ds
        (node,) = [a for a in assertions if (a, RDF.subject, ents[r.source]) in ds
                   and (a, RDF.predicate, prop) in ds and (a, RDF.object, ents[r.target]) in ds]
        assert (node, RDF.type, RDF.Statement) in ds
        assert ds.value(node, PROV.wasDerivedFrom) == URIRef(document_iri(r.doc))
        assert str(ds.value(node, KG.evidence)) == r.evidence
        assert ds.value(node, KG.startOffset).toPython() == r.start
        assert ds.value(node, KG.endOffset).toPython() == r.end
        assert float(ds.value(node, KG.confidence).toPython()) == r.confidence


def test_duplicate_relations_are_one_assertion(small_graph: KnowledgeGraph) -> None:
    before = len(_triples(to_rdf(small_graph)))
    small_graph.relations.append(small_graph.relations[0])
    assert len(_triples(to_rdf(small_graph))) == before


def test_trig_puts_each_documents_assertions_in_its_named_graph(small_graph: KnowledgeGraph,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "kg.trig"
    write_rdf(small_graph, path, "trig")
    ds = _parse(path)
    named = {g.identifier: g for g in ds.graphs() if g.identifier != ds.default_graph.identifier}
    assert set(named) == {URIRef(document_iri(d)) for d in ("d1", "d2")}
    for name, g in named.items():
        docs = {r.doc for r in small_graph.relations if URIRef(document_iri(r.doc)) == name}
        expected = sum(1 for r in small_graph.relations if r.doc in docs)
        assert len(set(g.subjects(RDF.type, KG.Assertion))) == expected
        assert set(g.objects(None, PROV.wasDerivedFrom)) == {name}
    assert not set(ds.default_graph.subjects(RDF.type, KG.Assertion))


# -- round trips ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_gives_the_same_triples(fmt: str, small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / f"kg{SUFFIXES[fmt]}"
    written = write_rdf(small_graph, path, fmt)
    expected = to_rdf(small_graph)
    parsed = _parse(path)
    assert _triples(parsed) == _triples(expected)
    assert written == len(_triples(parsed))
    if fmt in ("trig", "jsonld"):
        assert set(parsed.quads()) == set(expected.quads())


def test_turtle_is_isomorphic_to_the_rdflib_graph(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    write_rdf(small_graph, tmp_path / "kg.ttl")
    parsed = Graph().parse(tmp_path / "kg.ttl", format="turtle")
    union = Graph()
    union += _triples(to_rdf(small_graph))
    assert isomorphic(parsed, union)
    assert len(parsed) > 5 * len(small_graph.relations)


def test_rdflib_serializers_agree(small_graph: KnowledgeGraph) -> None:
    """to_rdf is a usable rdflib object: its own Turtle parses back to the same triples."""
    ds = to_rdf(small_graph)
    union = Graph()
    union += _triples(ds)
    text = union.serialize(format="turtle")
    assert _triples(Graph().parse(data=text, format="turtle")) == _triples(ds)


# -- SHACL ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_of_the_examples_conforms(fmt: str, example_graph, tmp_path: Path) -> None:
    graph, _ = example_graph
    path = tmp_path / f"kg{SUFFIXES[fmt]}"
    assert write_rdf(graph, path, fmt) > 10 * len(graph.relations) > 0
    ok, report = validate(path)
    assert ok, report


def _export_small(small_graph: KnowledgeGraph, tmp_path: Path) -> tuple[Graph, dict[str, URIRef]]:
    write_rdf(small_graph, tmp_path / "kg.ttl")
    return (Graph().parse(tmp_path / "kg.ttl", format="turtle"),
            {e.name: URIRef(entity_iri(e)) for e in small_graph.entities.values()})


MUTATIONS = {
    "missing direct triple": (lambda g, n: g.remove((n["王辉忠"], KG.spokeAt, None)), "direct triple"),
    "outside the domain": (lambda g, n: g.add((n["王辉忠"], KG.held, n["5月31日"])), "outside the domain"),
    "outside the range": (lambda g, n: g.add((n["海关总署"], KG.held, n["王辉忠"])), "outside the range"),
    "unknown predicate": (lambda g, n: g.add((n["王辉忠"], KG.likes, n["海关总署"])), "not declared"),
    "name without @zh": (lambda g, n: g.set((n["王辉忠"], RDFS.label, Literal("王辉忠"))), "rdfs:label"),
    "untyped subject": (lambda g, n: g.add((URIRef("https://x.example/a"), RDFS.label, Literal("a"))),
                        "not an instance"),
    "untyped object": (lambda g, n: g.add((n["王辉忠"], KG.spokeAt, URIRef("https://x.example/b"))),
                       "https://x.example/b is not an instance"),
    "two types": (lambda g, n: g.add((n["王辉忠"], RDF.type, KG.Organization)), "exactly one type"),
    "end before start": (lambda g, n: g.set((next(g.subjects(RDF.type, KG.Assertion)), KG.startOffset,
                                             Literal(10**6))), "endOffset"),
    "confidence above 1": (lambda g, n: g.set((next(g.subjects(RDF.type, KG.Assertion)), KG.confidence,
                                               Literal("1.5", datatype=DECIMAL))), "<="),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_invalid_graphs_do_not_conform(name: str, small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    g, nodes = _export_small(small_graph, tmp_path)
    mutate, message = MUTATIONS[name]
    mutate(g, nodes)
    g.serialize(tmp_path / "bad.ttl", format="turtle")
    ok, report = validate(tmp_path / "bad.ttl")
    assert not ok
    assert message in report


def test_unreadable_files_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> 'unterminated .\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.ttl: not valid turtle") as err:
        validate(bad)
    assert "\n" not in str(err.value)
    with pytest.raises(ValueError, match=r"graph\.xml: unknown RDF format"):
        validate(tmp_path / "graph.xml")
