"""Loading into the real Neo4j server: model, idempotence, merging, per-article replacement, safety,
full-text search, errors, and the load/query/search commands."""

from __future__ import annotations

import copy
import csv
import io
import json
from itertools import pairwise

import pytest
from click.testing import CliRunner
from conftest import HOSTILE
from neo4j_support import clear, config, counts, run, shape

from kg.cli import main
from kg.model import DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id
from kg.schema import load_schema
from kg.sinks.neo4j import Neo4jConfig, Neo4jLoadError, load_graph

pytestmark = pytest.mark.neo4j


@pytest.fixture(autouse=True)
def empty_database():
    clear()


def kg(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def relations_of(doc: str) -> set[tuple[str, str, str]]:
    rows = run("MATCH (a)-[r]->(b) WHERE r.doc = $doc RETURN a.name AS a, type(r) AS t, b.name AS b", doc=doc)
    return {(r["a"], r["t"], r["b"]) for r in rows}


def test_model_labels_properties_documents_and_mentions(small_graph):
    small_graph.relations[2].properties["organization"] = "中央第二十五指导组"
    summary = load_graph(small_graph, config())

    assert (summary.entities, summary.documents, summary.relationships) == (7, 2, 6)
    org = run("MATCH (n:Entity:Organization {id: $id}) RETURN n {.*} AS n",
              id=entity_id("Organization", "海关总署"))
    assert org == [{"n": {"id": "Organization:海关总署", "name": "海关总署", "aliases": ["总署"],
                          "mentions": 5}}]
    held = run("MATCH (:Organization {name: '海关总署'})-[r:HELD]->(e:Event) RETURN r {.*} AS r, e.name AS e")
    assert held == [{"e": "“不忘初心、牢记使命”主题教育动员会", "r": {
        "evidence": "海关总署召开“不忘初心、牢记使命”主题教育动员会", "doc": "d1", "start": 0, "end": 24,
        "confidence": 0.9}}]
    position = run("MATCH (:Person {name: '王辉忠'})-[r:HOLDS_POSITION]->(p) "
                   "RETURN r.organization AS o, p.name AS p")
    assert position == [{"o": "中央第二十五指导组", "p": "组长"}]
    doc = run("MATCH (d:Document {id: 'd1'}) RETURN d.title AS title, d.source AS source, d.sha256 AS sha")
    assert doc == [{"title": "海关总署召开动员会", "source": "examples/d1.txt", "sha": "0" * 64}]
    # count: the event's relations in d1 (HELD, SPOKE_AT, OCCURRED_ON); its ATTENDED is in d2
    mentioned = run("MATCH (e:Event)-[m:MENTIONED_IN]->(d:Document) RETURN d.id AS d, m.count AS c")
    assert mentioned == [{"d": "d1", "c": 3}]


def test_every_label_has_a_uniqueness_constraint_and_names_have_a_cjk_fulltext_index(small_graph):
    load_graph(small_graph, config())
    constraints = {(r["labels"][0], r["properties"][0]) for r in run(
        "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type WHERE type = 'UNIQUENESS' "
        "RETURN labels, properties")}
    expected = {*load_schema().entity_types, "Entity", "Document"}
    assert {(label, "id") for label in expected} <= constraints
    index = run("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options "
                "WHERE name = 'entity_names' RETURN *")
    assert index[0]["properties"] == ["name", "aliases"]
    assert index[0]["options"]["indexConfig"]["fulltext.analyzer"] == "cjk"


def test_hostile_text_is_stored_as_text(small_graph):
    load_graph(small_graph, config())
    assert counts() == (9, 13)  # 7 entities + 2 documents; 6 relations + 7 mentions
    evil = run("MATCH (n:Organization {id: $id}) RETURN n.name AS name, n.aliases AS aliases",
               id=entity_id("Organization", HOSTILE))
    assert evil == [{"name": HOSTILE, "aliases": [HOSTILE + "2", 'a"b>c%d\ne']}]
    assert run("MATCH ()-[r:ATTENDED]->() RETURN r.evidence AS e") == [{"e": HOSTILE}]
    assert run("MATCH (d:Document {id: 'd2'}) RETURN d.title AS t") == [{"t": HOSTILE}]


def test_loading_the_same_output_twice_changes_no_counts(example_graph):
    graph, _ = example_graph
    first = load_graph(graph, config())
    after_first = shape()
    second = load_graph(graph, config(), batch_size=7)  # many small batches and delete rounds

    assert shape() == after_first
    assert counts() == (len(graph.entities) + len(graph.documents), first.relationships + first.mentions)
    assert first.nodes_created == len(graph.entities) + len(graph.documents)
    assert second.nodes_created == 0
    assert second.relationships_deleted == first.relationships + first.mentions


def _dump() -> tuple[set[str], set[str]]:
    """Every node and relationship with its labels or type and all properties."""
    def text(rows: list[dict]) -> set[str]:
        return {json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows}

    nodes = run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p")
    rels = run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS p")
    return text([{**r, "labels": sorted(r["labels"])} for r in nodes]), text(rels)


def test_parallel_workers_write_exactly_what_one_worker_writes(example_graph):
    graph, _ = example_graph
    one = load_graph(graph, config(), workers=1)
    expected = _dump()
    clear()
    three = load_graph(graph, config(), workers=3, batch_size=5)  # many rounds of small batches

    assert _dump() == expected
    assert three.nodes_created == one.nodes_created == len(graph.entities) + len(graph.documents)
    assert len(expected[1]) == one.relationships + one.mentions


def _article(doc: str, org_aliases: list[str], rels: list[tuple[str, str, str, str, str]]) -> KnowledgeGraph:
    """A one-article graph: ``rels`` are (head type, head, type, tail type, tail)."""
    g = KnowledgeGraph()
    g.documents[doc] = DocumentInfo(doc, f"title {doc}", f"{doc}.txt", doc * 8, 100)
    g.add_entity(Entity(entity_id("Organization", "海关总署"), "海关总署", "Organization", org_aliases,
                        [doc], 1))
    for i, (ht, head, type_, tt, tail) in enumerate(rels):
        for t, name in ((ht, head), (tt, tail)):
            g.add_entity(Entity(entity_id(t, name), name, t, [], [doc], 1))
        g.relations.append(Relation(entity_id(ht, head), entity_id(tt, tail), type_, f"{head}{tail}", doc,
                                    i * 10, i * 10 + 5, 0.9))
    return g


def test_a_second_article_set_merges_into_existing_entities():
    one = _article("a1", ["总署"], [("Organization", "海关总署", "HELD", "Event", "动员会")])
    two = _article("a2", ["海关"], [("Organization", "海关总署", "COMMENDED", "Case", "象牙走私案")])
    load_graph(one, config())
    load_graph(two, config())

    org = run("MATCH (n:Organization {name: '海关总署'}) RETURN n.aliases AS aliases, "
              "[(n)-[:MENTIONED_IN]->(d) | d.id] AS docs")
    assert len(org) == 1
    assert org[0]["aliases"] == ["总署", "海关"]
    assert sorted(org[0]["docs"]) == ["a1", "a2"]
    assert relations_of("a1") == {("海关总署", "HELD", "动员会")}
    assert relations_of("a2") == {("海关总署", "COMMENDED", "象牙走私案")}


def test_reloading_a_changed_article_replaces_only_its_relationships():
    load_graph(_article("a1", [], [("Organization", "海关总署", "HELD", "Event", "动员会"),
                                   ("Person", "王辉忠", "SPOKE_AT", "Event", "动员会")]), config())
    load_graph(_article("a2", [], [("Organization", "海关总署", "COMMENDED", "Case", "象牙走私案")]),
               config())
    changed = _article("a1", [], [("Person", "王辉忠", "CHAIRED", "Event", "动员会")])

    load_graph(changed, config())

    assert relations_of("a1") == {("王辉忠", "CHAIRED", "动员会")}
    assert relations_of("a2") == {("海关总署", "COMMENDED", "象牙走私案")}
    mentions = run("MATCH (e)-[:MENTIONED_IN]->(d:Document {id: 'a1'}) RETURN e.name AS e ORDER BY e")
    assert [m["e"] for m in mentions] == ["动员会", "海关总署", "王辉忠"]


def test_a_graph_outside_the_schema_is_refused_before_writing(small_graph):
    bad = copy.deepcopy(small_graph)
    bad.relations[0].type = "DETACH_DELETE"
    with pytest.raises(Neo4jLoadError, match="'DETACH_DELETE' is not in the schema"):
        load_graph(bad, config())
    bad = copy.deepcopy(small_graph)
    bad.relations[0].properties["x` = 1 //"] = "v"
    with pytest.raises(Neo4jLoadError, match="property name"):
        load_graph(bad, config())
    assert counts() == (0, 0)


def test_a_batch_the_server_rejects_stops_the_parallel_load_with_one_line():
    g = KnowledgeGraph()
    g.documents["d"] = DocumentInfo("d", "t", "d.txt", "0" * 64, 10)
    for i in range(60):
        g.add_entity(Entity(entity_id("Person", f"人物{i}"), f"人物{i}", "Person", [], ["d"], 1))
    run("CREATE (:Entity:Organization {id: $id})", id=entity_id("Person", "人物0"))  # the first id is taken

    with pytest.raises(Neo4jLoadError, match="already exists") as error:
        load_graph(g, config(), batch_size=1, workers=2)
    assert "\n" not in str(error.value)
    # the other worker stopped too: without the stop, all 59 other batches would be written
    assert run("MATCH (n:Person) RETURN count(n) AS n")[0]["n"] < 30


@pytest.mark.parametrize(("change", "message"), [
    ({"uri": "bolt://127.0.0.1:1"}, "cannot reach Neo4j at bolt://127.0.0.1:1: is the server running?"),
    ({"password": "not-the-password"}, "refused user 'neo4j': wrong password?"),
    ({"database": "nosuchdb"}, "has no database 'nosuchdb'"),
    ({"uri": "foo://127.0.0.1"}, "bad Neo4j URI 'foo://127.0.0.1': URI scheme 'foo' is not supported"),
])
def test_connection_errors_are_one_line_and_write_nothing(small_graph, change, message):
    cfg = Neo4jConfig(**{**config().__dict__, **change})
    with pytest.raises(Neo4jLoadError) as error:
        load_graph(small_graph, cfg)
    assert message in str(error.value)
    assert "\n" not in str(error.value)
    assert cfg.password not in str(error.value)
    assert counts() == (0, 0)


def test_password_comes_from_env_or_config_file_and_is_never_shown(tmp_path, monkeypatch, small_graph):
    real = config().password
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.setenv("KG_CONFIG", str(tmp_path / "kg.toml"))
    (tmp_path / "kg.toml").write_text('[neo4j]\npassword = "wrong-secret-123"\n', encoding="utf-8")
    assert "wrong-secret-123" not in repr(Neo4jConfig.from_env())

    code, out, err = kg("load", str(_graph_file(tmp_path, small_graph)))
    assert code == 1
    assert err.count("\n") == 1 and "wrong password" in err
    assert "wrong-secret-123" not in out + err

    (tmp_path / "kg.toml").write_text(f"[neo4j]\npassword = {json.dumps(real)}\n", encoding="utf-8")
    code, out, err = kg("load", str(tmp_path))
    assert code == 0, err
    assert counts() == (9, 13)


def _graph_file(tmp_path, graph: KnowledgeGraph):
    return graph.write_json(tmp_path / "graph.json")


def test_kg_load_reports_and_bad_input_fails_with_one_line(tmp_path, small_graph):
    code, out, err = kg("load", str(_graph_file(tmp_path, small_graph)), "--workers", "3", "--batch-size", "2")
    assert code == 0, err
    assert "loaded 7 entities, 6 relations, 2 documents" in out
    assert counts()[0] == 9
    assert run("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN count(r) AS n") == [{"n": 6}]
    code, _, err = kg("load", str(tmp_path), "--workers", "0")
    assert code == 2 and "--workers" in err

    code, _, err = kg("load", str(tmp_path / "missing.json"))
    assert code == 2
    assert err.startswith("error: ") and str(tmp_path / "missing.json") in err and err.count("\n") == 1
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    code, _, err = kg("load", str(tmp_path / "bad.json"))
    assert code == 1 and "bad.json" in err and err.count("\n") == 1

    code, _, err = kg("load", str(tmp_path), "--uri", "bolt://127.0.0.1:1")
    assert code == 1 and "cannot reach Neo4j" in err and err.count("\n") == 1


def test_kg_search_ranks_chinese_matches(example_graph):
    load_graph(example_graph[0], config())
    code, out, err = kg("search", "海关", "--format", "json", "--limit", "200")
    assert code == 0, err
    hits = json.loads(out)
    code, out, _ = kg("search", "海关", "--format", "json")
    assert json.loads(out) == hits[:10]  # the default shows the best ten
    assert all(a["mentions"] >= b["mentions"] for a, b in pairwise(hits)
               if a["score"] == b["score"])  # ties on score go to the most mentioned
    assert {"海关总署", "全国海关", "海关总署党委扩大会议"} <= {h["name"] for h in hits}
    assert all("海关" in h["name"] or any("海关" in a for a in h["aliases"]) for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)

    code, out, _ = kg("search", "海关", "--type", "Event", "--format", "json")
    events = [h["name"] for h in json.loads(out)]
    assert "海关总署党委扩大会议" in events and all("海关" in e for e in events)
    code, out, _ = kg("search", "总署 会议", "--format", "json")  # words: either may match
    assert {"海关总署", "海关总署党委扩大会议"} <= {h["name"] for h in json.loads(out)}


def test_kg_search_treats_lucene_syntax_as_text(small_graph):
    load_graph(small_graph, config())
    for text in ("*:*", 'a"b', "AND", "\\", "动员会 OR (", "x~2"):
        code, out, err = kg("search", text, "--format", "json")
        assert code == 0, (text, err)
        assert all(h["name"] != "王辉忠" for h in json.loads(out)), text


def test_kg_query_table_json_csv_and_params(small_graph):
    load_graph(small_graph, config())
    cypher = "MATCH (o:Organization {name: $name})-[r]->(x) WHERE type(r) <> 'MENTIONED_IN' " \
             "RETURN type(r) AS rel, x.name AS target, x AS node ORDER BY rel"

    code, out, _ = kg("query", cypher, "-p", "name=海关总署", "--format", "json")
    rows = json.loads(out)
    assert [(r["rel"], r["target"]) for r in rows] == [
        ("COMMENDED", "“1.17”特大象牙走私案"), ("HELD", "“不忘初心、牢记使命”主题教育动员会")]
    assert rows[0]["node"]["labels"] == ["Case", "Entity"]

    code, out, _ = kg("query", cypher, "-p", "name=海关总署", "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["rel", "target", "node"] and table[1][:2] == ["COMMENDED", "“1.17”特大象牙走私案"]

    code, out, err = kg("query", "MATCH (n:Organization) RETURN n.name AS name ORDER BY name DESC")
    assert code == 0 and HOSTILE.split("<img")[0] in out and "海关总署" in out and "2 row(s)" in err

    code, out, _ = kg("query", "RETURN $n + 1 AS n, $s AS s, $l AS l", "-p", "n=41", "-p", "s=海关",
                      "-p", "l=[1,2]", "--format", "json")
    assert json.loads(out) == [{"n": 42, "s": "海关", "l": [1, 2]}]


def test_kg_query_errors_are_one_line(tmp_path):
    code, _, err = kg("query", "MATC (n) RETURN n")
    assert code == 1 and err.startswith("error: Neo4j rejected the query: Invalid input 'MATC'")
    assert err.count("\n") == 1
    code, _, err = kg("query", "RETURN 1", "--database", "nosuchdb")
    assert code == 1 and "has no database 'nosuchdb'" in err
    code, _, err = kg("query", "RETURN 1", "-p", "no-equals")
    assert code == 2 and "NAME=VALUE" in err
    (tmp_path / "q.cypher").write_text("// == one: a question\nRETURN 1 AS one;\n", encoding="utf-8")
    code, _, err = kg("query", "-f", str(tmp_path / "q.cypher"), "two")
    assert code == 2 and "no query named 'two'; it has: one" in err
    code, out, _ = kg("query", "-f", str(tmp_path / "q.cypher"), "one", "--format", "json")
    assert json.loads(out) == [{"one": 1}]


def test_kg_search_before_any_load_says_what_to_do(small_graph):
    run("DROP INDEX entity_names IF EXISTS")
    code, _, err = kg("search", "海关")
    assert code == 1
    assert err == "error: the database has no full-text index 'entity_names' yet: load a graph with kg load\n"
    load_graph(small_graph, config())  # puts the index back
    assert json.loads(kg("search", "海关", "--format", "json")[1])[0]["name"] == "海关总署"
