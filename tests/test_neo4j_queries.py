"""Every question in ``examples/queries.cypher``, run on the real server over the graph built from
``examples/``, with answers a reader of those articles expects (each is in the gold annotations)."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES
from neo4j_support import clear, config, run

from kg.cli.neo4j import _parse_params, read_queries
from kg.schema import load_schema
from kg.sinks.neo4j import load_graph

pytestmark = pytest.mark.neo4j

QUERIES = read_queries(EXAMPLES / "queries.cypher")


@pytest.fixture(scope="module")
def answer(example_graph):
    """Load the example graph once; ``answer(name, **params)`` runs a named query."""
    clear()
    load_graph(example_graph[0], config())

    def ask(name: str, **params: str) -> list[dict]:
        query = QUERIES[name]
        return run(query.cypher, **{**_parse_params(query.params), **params})

    return ask


def test_the_file_has_the_questions_users_ask():
    assert len(QUERIES) >= 8
    assert all(q.question.endswith("?") and q.cypher and not q.cypher.endswith(";") for q in QUERIES.values())
    assert set(QUERIES) == {t.removeprefix("test_") for t in globals() if t.startswith("test_")} - {
        "the_file_has_the_questions_users_ask"}, "every example query has a test below"


def test_meeting_roles(answer):
    rows = {(r["person"], r["role"], r["meeting"]) for r in answer("meeting_roles")}
    assert {("王辉忠", "SPOKE_AT", "“不忘初心、牢记使命”主题教育动员会"),
            ("倪岳峰", "CHAIRED", "海关总署党委扩大会议"),
            ("黄晓薇", "CHAIRED", "学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会"),
            ("刘金国", "CHAIRED", "中央和国家机关干部队伍教育整顿工作推进会"),
            ("李干杰", "SPOKE_AT", "中央和国家机关干部队伍教育整顿工作推进会")} <= rows
    assert {role for _, role, _ in rows} == {"CHAIRED", "SPOKE_AT"}


def test_commended_cases(answer):
    rows = answer("commended_cases")
    assert [r["case"] for r in rows] == ["“1.17”特大象牙走私案", "“7.5”象牙走私案"]
    assert all("表彰" in r["evidence"] and r["document"] == "000_c7b28c63f9a93491" for r in rows)
    assert answer("commended_cases", org="总署") == rows  # an alias finds the same body
    assert answer("commended_cases", org="全国妇联") == []


def test_positions(answer):
    rows = answer("positions")
    assert {"党组书记", "副主席", "书记处第一书记", "组长"} <= {r["position"] for r in rows}
    assert all(r["documents"] == ["gov_01"] for r in rows)
    assert {r["position"] for r in answer("positions", person="倪岳峰")} >= {"党委书记", "署长"}


def test_co_mentioned(answer):
    rows = answer("co_mentioned")
    names = [r["entity"] for r in rows]
    assert "海关总署" not in names
    assert {"全国海关", "习近平"} <= set(names)
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    assert rows[0]["articles"] >= 2


def test_meetings_by_date(answer):
    rows = {(r["date"], r["meeting"]): r for r in answer("meetings_by_date")}
    assert ("5月31日", "“不忘初心、牢记使命”主题教育工作会议") in rows
    assert ("2月23日下午", "海关总署党委扩大会议") in rows
    women = rows["4月10日", "学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会"]
    assert women["held_by"] == ["全国妇联"]


def test_meetings_held(answer):
    rows = {(r["participant"], r["role"]) for r in answer("meetings_held")}
    assert {("黄晓薇", "CHAIRED"), ("刘家义", "SPOKE_AT")} <= rows
    held = {r["meeting"] for r in answer("meetings_held", org="海关总署")}
    assert "“不忘初心、牢记使命”主题教育动员会" in held


def test_path_between_people(answer):
    [row] = answer("path_between_people")
    assert row["names"][0] == "王辉忠" and row["names"][-1] == "倪岳峰"
    assert row["hops"] == len(row["relations"]) >= 2
    assert "MENTIONED_IN" not in row["relations"]
    assert set(row["relations"]) <= set(load_schema().relation_types)


def test_fulltext(answer):
    rows = answer("fulltext")
    assert {"海关总署", "全国海关"} <= {r["name"] for r in rows}
    assert all("海关" in r["name"] + "".join(r["aliases"]) for r in rows)
    assert {r["name"] for r in answer("fulltext", text="象牙")} == {"“1.17”特大象牙走私案", "“7.5”象牙走私案"}


def test_provenance(answer):
    rows = answer("provenance")
    assert {r["source"].rpartition("/")[2] for r in rows} >= {"000_c7b28c63f9a93491.txt", "customs_01.txt"}
    assert all(r["relation"] == "HOLDS_POSITION" and "习近平总书记" in r["evidence"] for r in rows)
    assert all(0 <= r["start"] < r["end"] for r in rows)


def test_most_mentioned(answer, example_graph):
    top = {r["type"]: [t["name"] for t in r["top"]] for r in answer("most_mentioned")}
    graph = example_graph[0]
    for type_, names in top.items():  # the order networkx gives: articles, then mentions, then name
        ranked = sorted((e for e in graph.entities.values() if e.type == type_),
                        key=lambda e: (-len(e.docs), -e.mentions, e.name))
        assert names == [e.name for e in ranked[:3]], type_
    assert top["Person"][0] == "习近平" and "海关总署" in top["Organization"]
