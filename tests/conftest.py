"""Shared fixtures: a small hand-made graph and the graph built from ``examples/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "000_c7b28c63f9a93491.txt"
HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"><svg onload=alert(3)>'}) DETACH DELETE n //"


def _entity(type_: str, name: str, aliases=(), docs=("d1",), mentions=1) -> Entity:
    return Entity(entity_id(type_, name), name, type_, list(aliases), list(docs), mentions)


@pytest.fixture
def small_graph() -> KnowledgeGraph:
    """A hand-made graph with every kind of node and edge, plus hostile text in names and evidence."""
    g = KnowledgeGraph()
    g.documents["d1"] = DocumentInfo("d1", "海关总署召开动员会", "examples/d1.txt", "0" * 64, 120)
    g.documents["d2"] = DocumentInfo("d2", HOSTILE, "evil.html", "1" * 64, 80)
    org = g.add_entity(_entity("Organization", "海关总署", ["总署"], mentions=5))
    event = g.add_entity(_entity("Event", "“不忘初心、牢记使命”主题教育动员会", ["动员会", "会议"], mentions=3))
    person = g.add_entity(_entity("Person", "王辉忠", mentions=2))
    pos = g.add_entity(_entity("Position", "组长"))
    case = g.add_entity(_entity("Case", "“1.17”特大象牙走私案"))
    date = g.add_entity(_entity("Date", "5月31日"))
    evil = g.add_entity(_entity("Organization", HOSTILE, [HOSTILE + "2", 'a"b>c%d\ne'], docs=("d2",)))
    rels = [
        (org, "HELD", event, "海关总署召开“不忘初心、牢记使命”主题教育动员会", 0, 24),
        (person, "SPOKE_AT", event, "王辉忠出席会议并讲话", 30, 40),
        (person, "HOLDS_POSITION", pos, "中央第二十五指导组组长王辉忠", 30, 44),
        (org, "COMMENDED", case, "表彰了侦破“1.17”特大象牙走私案的有功集体和个人", 50, 70),
        (event, "OCCURRED_ON", date, "5月31日，海关总署召开动员会", 80, 95),
    ]
    for head, type_, tail, ev, start, end in rels:
        g.relations.append(Relation(head.id, tail.id, type_, ev, "d1", start, end, 0.9))
    g.relations.append(Relation(evil.id, event.id, "ATTENDED", HOSTILE, "d2", 0, len(HOSTILE), 0.5))
    return g


@pytest.fixture(scope="session")
def example_graph(tmp_path_factory) -> tuple[KnowledgeGraph, Path]:
    """The graph built by ``kg build examples/`` with the default engine, and its output folder."""
    from kg.pipeline import Pipeline

    out = tmp_path_factory.mktemp("example_out")
    result = Pipeline().run([EXAMPLES])
    result.graph.write_json(out / "graph.json")
    return result.graph, out
