"""Properties that hold for any input (hypothesis): ingest never raises on any bytes or any HTML, only
reports; sentence offsets always give back the exact text; ids, IRIs and Neo4j rows built from any name
keep their format. The example budget is small so the suite stays fast."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from kg.ingest import Failure, Notice, read_articles
from kg.model import Article, DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id
from kg.normalize import normalize_name
from kg.schema import load_schema
from kg.sentences import split_sentences
from kg.sinks.neo4j_rows import GraphDataError, name_token, property_graph
from kg.sinks.rdf import DEFAULT_BASE_IRI, document_iri, entity_iri, write_rdf

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SCHEMA = load_schema()
ENTITY_TYPES = sorted(SCHEMA.entity_types)

# -- ingest --------------------------------------------------------------------------------------

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
WORDS = st.text(st.one_of(CJK, st.sampled_from("，。、：；“”《》！？ \u3000\xa0\t\r\n<>&;#'\"=/abc123")), max_size=40)
ENTITIES = st.sampled_from(["&nbsp;", "&amp;", "&lt;", "&#12288;", "&#x3000;", "&bogus;", "&", "&#99999999;"])
TAGS = st.sampled_from(["div", "span", "p", "font", "br", "strong", "a", "img", "table", "td", "script", "style",
                        "article", "main", "nav", "h1", "title", "head", "body", "svg", "x-y"])
ATTRIBUTE = st.one_of(st.text(max_size=30), st.just("x" * 200_000), st.just('"><div>'), st.just("'"))


@st.composite
def html_fragment(draw: st.DrawFn, depth: int = 3) -> str:
    """Crawler-style ``<div><span>`` fragments: nested, unclosed, mis-closed, with odd attributes."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "entity", "element", "broken"] if depth else ["text", "entity"]))
        if kind == "text":
            parts.append(draw(WORDS))
        elif kind == "entity":
            parts.append(draw(ENTITIES))
        elif kind == "element":
            tag = draw(TAGS)
            attrs = "".join(f' {name}="{draw(ATTRIBUTE)}"' for name in draw(st.lists(
                st.sampled_from(["style", "class", "font-size", "data-x", "href"]), max_size=2)))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{draw(TAGS)}>"]))
            parts.append(f"<{tag}{attrs}>{draw(html_fragment(depth - 1))}{close}")
        else:
            parts.append(draw(st.sampled_from(["<div", "</span", "<!--", "-->", "<![CDATA[", "<", "</>", "<div/>",
                                               "<span style='", "<!DOCTYPE html>", "<?xml?>"])))
    return "".join(parts)


@st.composite
def crawler_file(draw: st.DrawFn) -> bytes:
    title = draw(st.one_of(WORDS, st.just("180海关总署召开动员会.txt")))
    text = title + draw(st.sampled_from(["\n", "\r\n", "\r"])) + draw(html_fragment())
    data = text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"])))
    cut = draw(st.integers(0, 3))  # a crawl cut mid-character
    return data[: len(data) - cut] if cut < len(data) else data


def _read(data: bytes, suffix: str) -> tuple[list[Article | Failure], list[Notice]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, f"input{suffix}")
        path.write_bytes(data)
        notices: list[Notice] = []
        items = list(read_articles(path, notices.append))
        for item in [*items, *notices]:
            if not isinstance(item, Article):
                assert item.source == str(path) and item.reason and "\n" not in item.reason
    return items, notices


def _well_formed(item: Article | Failure) -> None:
    assert isinstance(item, Article | Failure)
    if isinstance(item, Article):
        lines = item.text.split("\n")
        assert lines[0] == item.title != ""
        assert all(line and line == line.strip() for line in lines)
        assert "\r" not in item.text


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".md", ".jsonl", ".bin"]))
def test_any_bytes_are_read_or_reported_never_raised(data, suffix):
    items, _ = _read(data, suffix)
    assert items
    for item in items:
        _well_formed(item)


@FAST
@given(data=crawler_file(), suffix=st.sampled_from([".txt", ".html"]))
def test_any_crawler_html_is_read_or_reported_never_raised(data, suffix):
    items, notices = _read(data, suffix)
    assert len(items) == 1
    _well_formed(items[0])
    assert all(isinstance(n, Notice) for n in notices)


# -- sentences -----------------------------------------------------------------------------------

SENTENCE_TEXT = st.text(st.one_of(CJK, st.sampled_from("。！？?!.…，；;、：:”’“‘ \u3000\t\nMrU.Sabc1")), max_size=600)


@FAST
@given(text=SENTENCE_TEXT, max_len=st.integers(1, 300))
def test_sentence_offsets_give_back_the_exact_text(text, max_len):
    spans = split_sentences(text, max_len=max_len)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)  # in order, never overlapping, never empty
        assert end - start <= max_len
        assert text[start:end] == text[start:end].strip()
        covered.update(range(start, end))
        previous_end = end
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered  # no character is dropped


# -- ids, IRIs, Neo4j rows -----------------------------------------------------------------------

NAMES = st.text(min_size=1, max_size=40)
ENTITY_IRI = re.compile(rf"{re.escape(DEFAULT_BASE_IRI)}entity/[A-Za-z]+/[0-9a-f]{{16}}")
DOCUMENT_IRI = re.compile(rf"{re.escape(DEFAULT_BASE_IRI)}document/[A-Za-z0-9%._~-]+")


@FAST
@given(type_=st.sampled_from(ENTITY_TYPES), name=NAMES)
def test_entity_ids_are_the_type_and_the_normalised_name(type_, name):
    id_ = entity_id(type_, name)
    assert id_ == f"{type_}:{normalize_name(name)}"
    assert not any(c.isspace() for c in id_)


@pytest.mark.xfail(strict=True, reason="kg.normalize removes the space NFKC makes of a spacing accent (´ -> "
                                       "space + U+0301) after composing, so a second pass composes A+U+0301")
def test_normalising_a_normalised_name_changes_nothing():
    """Found by hypothesis; Chinese names are not affected. Left to the owner of kg/normalize.py."""
    assert normalize_name(normalize_name("A´")) == normalize_name("A´")


@FAST
@given(type_=st.sampled_from(ENTITY_TYPES), name=NAMES, doc=NAMES)
def test_iris_from_any_name_are_opaque_ascii_and_reversible(type_, name, doc):
    entity = Entity(entity_id(type_, name), name, type_, [], [doc])
    assert ENTITY_IRI.fullmatch(entity_iri(entity))
    assert DOCUMENT_IRI.fullmatch(document_iri(doc))
    assert unquote(document_iri(doc).removeprefix(f"{DEFAULT_BASE_IRI}document/")) == doc


def _pair(head: str, tail: str, doc: str, evidence: str) -> KnowledgeGraph:
    """An organisation that held an event, stated in one document: every string is ``st.text``."""
    g = KnowledgeGraph()
    g.documents[doc] = DocumentInfo(doc, evidence, f"{doc}.txt", "0" * 64, len(evidence))
    org = g.add_entity(Entity(entity_id("Organization", head), head, "Organization", [tail], [doc]))
    event = g.add_entity(Entity(entity_id("Event", tail), tail, "Event", [head], [doc]))
    g.relations.append(Relation(org.id, event.id, "HELD", evidence, doc, 0, len(evidence), 0.5))
    return g


@settings(max_examples=30, deadline=None, database=None)
@given(head=NAMES, tail=NAMES, doc=NAMES, evidence=st.text(max_size=80))
@example(head="0", tail="0", doc=".", evidence="")  # found by hypothesis: a dot-segment, written doc:\.
@example(head="0", tail="0", doc="报告..", evidence="")
def test_any_names_survive_an_rdf_round_trip(head, tail, doc, evidence):
    graph = _pair(head, tail, doc, evidence)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "kg.trig")
        write_rdf(graph, path, "trig")
        rdf = Dataset(default_union=True)
        rdf.parse(path, format="trig")
    for entity in graph.entities.values():
        assert set(rdf.objects(URIRef(entity_iri(entity)), RDFS.label)) == {Literal(entity.name, lang="zh")}
    assert (URIRef(document_iri(doc)), None, None) in rdf


@FAST
@given(head=NAMES, tail=NAMES, doc=NAMES, evidence=st.text(max_size=80))
def test_neo4j_rows_carry_any_names_unchanged_as_parameters(head, tail, doc, evidence):
    graph = _pair(head, tail, doc, evidence)
    rows = property_graph(graph, SCHEMA)
    names = {row["id"]: row["name"] for nodes in rows.nodes.values() for row in nodes}
    assert names == {e.id: e.name for e in graph.entities.values()}
    (edge,) = rows.relationships
    assert (edge["evidence"], edge["doc"], edge["type"]) == (evidence, doc, "HELD")
    assert {d["id"] for d in rows.documents} == {doc}


@FAST
@given(name=st.text(max_size=20))
def test_a_label_is_spliced_only_as_a_plain_backquoted_identifier(name):
    try:
        token = name_token(name)
    except GraphDataError as exc:
        assert "\n" not in str(exc) or "\n" in name
        return
    assert token == f"`{name}`" and name.isidentifier() and "`" not in name
