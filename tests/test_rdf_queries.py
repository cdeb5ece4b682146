"""The SPARQL examples of ``examples/queries.rq``, run with rdflib on every ``kg export`` RDF format
(Turtle, TriG, N-Triples, JSON-LD), each read as the file says: an ``rdflib.Dataset`` whose default
graph is the union of its graphs.

Every answer is checked against the same question asked of the ``KnowledgeGraph`` in
Python, on the hand-made graph and on the graph built from ``examples/``, and a few
answers a user expects from the seed article are spelled out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Literal

from kg.model import Entity, KnowledgeGraph, Relation
from kg.sinks.ontology import property_name
from kg.sinks.rdf import write_rdf

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# rdflib's Dataset warns about its own use of deprecated names on every step (millions of warnings).
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
#: kg's RDF export formats, with rdflib's name for each
FORMATS = {"turtle": "turtle", "trig": "trig", "nt": "nt", "jsonld": "json-ld"}
CUSTOMS = "海关总署"
MEETING = "“不忘初心、牢记使命”主题教育动员会"


@dataclass(frozen=True)
class Query:
    name: str
    params: dict[str, str]
    text: str


def load_queries(path: Path) -> dict[str, Query]:
    """The queries of a ``.rq`` file in the ``# == name: question`` / ``# params: k=v`` format."""
    parts = re.split(r"^# == ([a-z_]+):.*$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    queries = {}
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        params = re.search(r"^# params: (.*)$", body, flags=re.MULTILINE)
        pairs = params.group(1).split() if params else []
        queries[name] = Query(name, dict(p.split("=", 1) for p in pairs), body.strip())
    return queries


QUERIES = load_queries(EXAMPLES / "queries.rq")


def run(rdf: Dataset, query_name: str, **params: str | None) -> list[tuple]:
    """Rows of a query as Python values, its parameters bound as ``"…"@zh`` (``None``: left unbound)."""
    query = QUERIES[query_name]
    bindings = {k: Literal(v, lang="zh") for k, v in {**query.params, **params}.items() if v is not None}
    return [tuple(None if v is None else v.toPython() for v in row)
            for row in rdf.query(query.text, initBindings=bindings)]


def exported(graph: KnowledgeGraph, folder: Path, fmt: str) -> Dataset:
    """``graph`` written by kg in ``fmt`` and read back as examples/queries.rq says to."""
    path = folder / f"kg.{fmt}"
    write_rdf(graph, path, fmt)
    rdf = Dataset(default_union=True)
    rdf.parse(path, format=FORMATS[fmt])
    return rdf


@pytest.fixture(params=list(FORMATS))
def fmt(request) -> str:
    return request.param


@pytest.fixture
def small_rdf(small_graph: KnowledgeGraph, tmp_path: Path, fmt: str) -> tuple[KnowledgeGraph, Dataset]:
    return small_graph, exported(small_graph, tmp_path, fmt)


@pytest.fixture(scope="module")
def example_rdfs(example_graph, tmp_path_factory) -> dict[str, tuple[KnowledgeGraph, Dataset]]:
    graph, _ = example_graph
    folder = tmp_path_factory.mktemp("rdf_queries")
    return {fmt: (graph, exported(graph, folder, fmt)) for fmt in FORMATS}


@pytest.fixture
def example_rdf(example_rdfs, fmt: str) -> tuple[KnowledgeGraph, Dataset]:
    return example_rdfs[fmt]


# -- the same questions, asked in Python --------------------------------------------------

ROLES = ("CHAIRED", "SPOKE_AT", "ATTENDED")


def _named(e: Entity, name: str | None) -> bool:
    """Whether ``e`` is called ``name`` (any entity when ``name`` is None: an unbound parameter)."""
    return name is None or name == e.name or name in e.aliases


def _edges(graph: KnowledgeGraph, *types: str) -> Iterator[tuple[Entity, Relation, Entity]]:
    for r in graph.relations:
        if r.type in types:
            yield graph.entities[r.source], r, graph.entities[r.target]


def expected(graph: KnowledgeGraph, name: str, p: dict[str, str]) -> list | set:
    """The answer of query ``name`` with parameters ``p``, computed from ``graph``."""
    title = {d.id: d.title for d in graph.documents.values()}
    if name == "meeting_roles":
        return {(h.name, r.type, t.name, title[r.doc]) for h, r, t in _edges(graph, "CHAIRED", "SPOKE_AT")
                if h.type == "Person" and t.type == "Event"}
    if name == "commended_cases":
        return {(t.name, r.evidence, title[r.doc]) for h, r, t in _edges(graph, "COMMENDED")
                if h.type == "Organization" and _named(h, p["org"]) and t.type == "Case"}
    if name == "positions":
        found: dict[str, tuple[set, set]] = defaultdict(lambda: (set(), set()))
        for h, r, t in _edges(graph, "HOLDS_POSITION"):
            if h.type == "Person" and _named(h, p["person"]):
                found[t.name][0].add(r.properties.get("organization"))
                found[t.name][1].add(title[r.doc])
        return {(pos, frozenset(docs)) for pos, (_, docs) in found.items()}
    if name == "co_mentioned":
        shared: dict[tuple[str, str], set[str]] = defaultdict(set)
        for o in graph.entities.values():
            if _named(o, p["name"]):
                for x in graph.entities.values():
                    if x is not o:
                        shared[(x.name, x.type)] |= set(o.docs) & set(x.docs)
        rows = sorted(((n, t, len(d)) for (n, t), d in shared.items() if d), key=lambda r: (-r[2], r[0], r[1]))
        return rows[:25]
    if name == "meetings_by_date":
        hosts: dict[str, set[str]] = defaultdict(set)
        for h, _, t in _edges(graph, "HELD"):
            if h.type == "Organization":
                hosts[t.id].add(h.name)
        return {(t.name, e.name, frozenset(hosts[e.id]), title[r.doc]) for e, r, t in _edges(graph, "OCCURRED_ON")}
    if name == "meetings_held":
        rows = set()
        for o, _, e in _edges(graph, "HELD"):
            if o.type == "Organization" and _named(o, p["org"]):
                roles = {(x.name, r.type) for x, r, t in _edges(graph, *ROLES) if t is e}
                rows |= {(e.name, x, role) for x, role in roles} or {(e.name, None, None)}
        return rows
    if name == "fulltext":
        hits = {(e.name, e.type, frozenset(e.aliases)) for e in graph.entities.values()
                if p["text"] is None or any(p["text"] in n for n in [e.name, *e.aliases])}
        return sorted(hits, key=lambda h: (len(h[0]), h[0], h[1]))[:10]
    if name == "provenance":
        source = {d.id: d.source for d in graph.documents.values()}
        return {(property_name(r.type), title[r.doc], source[r.doc], r.evidence, r.start, r.end, r.confidence)
                for h, r, t in _edges(graph, *{r.type for r in graph.relations})
                if _named(h, p["head"]) and _named(t, p["tail"])}
    raise KeyError(name)


def answers(rdf: Dataset, name: str, p: dict[str, str]) -> list | set:
    """The rows of query ``name`` in the shape :func:`expected` gives."""
    rows = run(rdf, name, **p)
    if name == "positions":
        return {(pos, frozenset(docs.split(" | "))) for pos, _, docs in rows}
    if name == "meetings_by_date":
        return {(d, m, frozenset(h.split("、")) - {""}, doc) for d, m, h, doc in rows}
    if name == "fulltext":
        return [(n, t, frozenset(a.split("、")) - {""}) for n, t, a in rows]
    if name == "provenance":
        return {(*row[:6], float(row[6])) for row in rows}
    return rows if name == "co_mentioned" else set(rows)


# -- tests ---------------------------------------------------------------------------------

def test_the_queries_mirror_the_cypher_examples() -> None:
    cypher = re.findall(r"^// == ([a-z_]+):", (EXAMPLES / "queries.cypher").read_text(encoding="utf-8"),
                        flags=re.MULTILINE)
    assert len(QUERIES) >= 5
    assert set(QUERIES) <= set(cypher)
    assert {"meeting_roles", "commended_cases", "positions", "co_mentioned", "meetings_by_date",
            "provenance"} <= set(QUERIES)


def test_answers_on_the_hand_made_graph(small_rdf) -> None:
    graph, rdf = small_rdf
    hostile = next(e.name for e in graph.entities.values() if "<script>" in e.name)
    assert run(rdf, "meeting_roles") == [("王辉忠", "SPOKE_AT", MEETING, "海关总署召开动员会")]
    assert run(rdf, "commended_cases", org="总署") == [
        ("“1.17”特大象牙走私案", "表彰了侦破“1.17”特大象牙走私案的有功集体和个人", "海关总署召开动员会")]
    assert run(rdf, "commended_cases", org="王辉忠") == []
    assert run(rdf, "positions", person="王辉忠") == [("组长", None, "海关总署召开动员会")]
    assert run(rdf, "co_mentioned", name=CUSTOMS) == [
        ("5月31日", "Date", 1), ("“1.17”特大象牙走私案", "Case", 1), (MEETING, "Event", 1),
        ("王辉忠", "Person", 1), ("组长", "Position", 1)]
    assert run(rdf, "meetings_by_date") == [("5月31日", MEETING, CUSTOMS, "海关总署召开动员会")]
    assert run(rdf, "meetings_held", org=CUSTOMS) == [(MEETING, hostile, "ATTENDED"),
                                                        (MEETING, "王辉忠", "SPOKE_AT")]
    assert [row[:2] for row in run(rdf, "fulltext", text="总署")] == [("海关总署", "Organization")]
    assert run(rdf, "provenance", head="总署", tail="动员会") == [
        ("held", "海关总署召开动员会", "examples/d1.txt", "海关总署召开“不忘初心、牢记使命”主题教育动员会", 0, 24,
         Decimal("0.9"))]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_queries_agree_with_the_graph(name: str, small_rdf, example_rdf) -> None:
    params = QUERIES[name].params
    for graph, rdf in (small_rdf, example_rdf):
        assert answers(rdf, name, params) == expected(graph, name, params)
    assert answers(example_rdf[1], name, params), f"{name}: its example parameters find nothing"


@pytest.mark.parametrize(("name", "param"), [("fulltext", "text"), ("commended_cases", "org"),
                                             ("positions", "person"), ("provenance", "head")])
def test_an_unbound_parameter_matches_everything(name: str, param: str, small_rdf, example_rdf) -> None:
    """As the file says: a parameter left unbound matches every entity."""
    params = {**QUERIES[name].params, param: None}
    for graph, rdf in (small_rdf, example_rdf):
        assert answers(rdf, name, params) == expected(graph, name, params)
    assert answers(example_rdf[1], name, params)


def test_positions_name_an_organization_the_relation_has(small_graph, tmp_path, example_rdfs) -> None:
    """On one format (a query per person: slow); the formats agree by the tests above."""
    for graph, rdf in ((small_graph, exported(small_graph, tmp_path, "turtle")), example_rdfs["turtle"]):
        for person in {e.name for e in graph.entities.values() if e.type == "Person"}:
            for position, org, _ in run(rdf, "positions", person=person):
                orgs = {r.properties.get("organization") for h, r, t in _edges(graph, "HOLDS_POSITION")
                        if h.name == person and t.name == position}
                assert org in orgs


def test_the_seed_article_answers(example_rdf) -> None:
    """Facts of examples/000_c7b28c63f9a93491.txt, as a user asks for them."""
    _, rdf = example_rdf
    assert ("王辉忠", "SPOKE_AT", MEETING) in {row[:3] for row in run(rdf, "meeting_roles")}
    assert "“1.17”特大象牙走私案" in {row[0] for row in run(rdf, "commended_cases", org=CUSTOMS)}
    held = [row for row in run(rdf, "provenance", head=CUSTOMS, tail=MEETING) if row[0] == "held"]
    assert held, "海关总署 HELD the mobilisation meeting, with its evidence"
    _, article, source, evidence, start, end, confidence = held[0]
    assert article.startswith(CUSTOMS) and source.endswith("000_c7b28c63f9a93491.txt")
    assert "召开" in evidence and 0 <= start < end
    assert 0 < confidence <= 1
    shared = run(rdf, "co_mentioned", name=CUSTOMS)
    assert MEETING in {row[0] for row in shared}
    assert [row[2] for row in shared] == sorted((row[2] for row in shared), reverse=True)
