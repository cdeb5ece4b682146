"""Incremental rebuilds: only new and changed articles are extracted, removed ones leave every output,
and the result is byte for byte a clean build; Neo4j receives only the difference."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.model import KnowledgeGraph
from kg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIRST = ["000_c7b28c63f9a93491.txt", "customs_05.txt", "gov_01.txt", "gov_09.txt", "dev_gov_03.txt"]
OUTPUTS = ("graph.json", "kg.ttl", "graph.html")


def kg(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def build(corpus: Path, out: Path, *more: str) -> Result:
    result = kg("build", corpus, "--out", out, "--nlp", "lac", "--workers", "1", *more)
    assert result.exit_code == 0, result.output
    return result


def corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def edit(path: Path) -> None:
    """Drop the article's last paragraph: a real change of content."""
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")


def same_outputs(a: Path, b: Path) -> bool:
    return all((a / name).read_bytes() == (b / name).read_bytes() for name in OUTPUTS)


def test_an_unchanged_corpus_extracts_nothing_and_writes_the_same_outputs(tmp_path):
    news = corpus(tmp_path / "news", FIRST)
    build(news, tmp_path / "out")
    first = {name: (tmp_path / "out" / name).read_bytes() for name in OUTPUTS}
    again = build(news, tmp_path / "out")
    assert "articles: 0 new, 0 changed, 5 unchanged, 0 removed, 0 failed (0 extracted)" in again.stdout
    assert {name: (tmp_path / "out" / name).read_bytes() for name in OUTPUTS} == first


def test_changed_added_and_removed_articles_give_a_clean_build(tmp_path):
    news = corpus(tmp_path / "news", FIRST)
    build(news, tmp_path / "out")
    edit(news / "gov_01.txt")
    (news / "gov_09.txt").unlink()
    shutil.copy(EXAMPLES / "customs_01.txt", news / "customs_01.txt")
    result = build(news, tmp_path / "out")
    assert "articles: 1 new, 1 changed, 3 unchanged, 1 removed, 0 failed (2 extracted)" in result.stdout
    build(news, tmp_path / "clean", "--no-cache")
    assert same_outputs(tmp_path / "out", tmp_path / "clean")
    graph = KnowledgeGraph.read_json(tmp_path / "out")
    assert "gov_09" not in graph.documents
    assert all(r.doc != "gov_09" for r in graph.relations)
    assert all("gov_09" not in e.docs for e in graph.entities.values())
    assert "gov_09" not in (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")


def test_the_python_api_reports_what_it_extracted(tmp_path):
    news = corpus(tmp_path / "news", FIRST[:3])
    with Pipeline(nlp="lac") as pipeline:
        first = pipeline.run([news], cache=tmp_path / "out")
        edit(news / "customs_05.txt")
        second = pipeline.run([news], cache=tmp_path / "out")
        clean = pipeline.run([news])
    assert (first.extracted, second.extracted) == (3, 1)
    assert second.changes.changed == ["customs_05"] and second.changes.unchanged == 2
    assert second.graph.to_json_data() == clean.graph.to_json_data()


def test_a_jsonl_whose_lines_moved_is_unchanged_and_names_its_new_lines(tmp_path):
    records = []
    for name in FIRST[:3]:
        title, body = (EXAMPLES / name).read_text(encoding="utf-8").split("\n", 1)
        records.append(json.dumps({"id": name, "title": title, "text": body}, ensure_ascii=False))
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(records) + "\n", encoding="utf-8")
    build(crawl, tmp_path / "out")
    crawl.write_text("\n".join(["", *reversed(records)]) + "\n", encoding="utf-8")
    result = build(crawl, tmp_path / "out")
    assert "0 new, 0 changed, 3 unchanged" in result.stdout
    build(crawl, tmp_path / "clean", "--no-cache")
    assert same_outputs(tmp_path / "out", tmp_path / "clean")


def test_other_settings_extract_everything_again(tmp_path):
    news = corpus(tmp_path / "news", FIRST[:2])
    build(news, tmp_path / "out")
    extra = tmp_path / "extra.yaml"
    extra.write_text("gazetteer:\n  Organization: [某某研究会]\n", encoding="utf-8")
    result = build(news, tmp_path / "out", "--schema", str(extra))
    assert "every article was extracted" in result.stdout
    assert "0 new, 2 changed, 0 unchanged" in result.stdout
    assert "0 new, 0 changed, 2 unchanged" in build(news, tmp_path / "out", "--schema", str(extra)).stdout


def test_an_article_that_fails_is_not_kept_and_is_retried(tmp_path):
    news = corpus(tmp_path / "news", FIRST[:2])
    build(news, tmp_path / "out")
    (news / "customs_05.txt").write_bytes(b"\x00" * 64)  # now unreadable
    result = kg("build", news, "--out", tmp_path / "out", "--nlp", "lac", "--workers", "1")
    assert result.exit_code == 1
    assert "0 new, 0 changed, 1 unchanged, 1 removed, 1 failed" in result.stdout
    assert list(KnowledgeGraph.read_json(tmp_path / "out").documents) == ["000_c7b28c63f9a93491"]


def test_nothing_readable_leaves_the_cache_as_it_was(tmp_path):
    news = corpus(tmp_path / "news", FIRST[:2])
    build(news, tmp_path / "out")
    assert kg("build", tmp_path / "typo", "--out", tmp_path / "out", "--nlp", "lac").exit_code == 1
    assert "0 new, 0 changed, 2 unchanged, 0 removed" in build(news, tmp_path / "out").stdout


# -- Neo4j --------------------------------------------------------------------------------------


def _database() -> dict[str, set]:
    """Everything a user can query."""
    from neo4j_support import run

    return {
        "entities": {(r["id"], r["name"], r["mentions"], tuple(sorted(r["aliases"]))) for r in run(
            "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.mentions AS mentions, e.aliases AS aliases")},
        "documents": {(r["id"], r["title"]) for r in run("MATCH (d:Document) RETURN d.id AS id, d.title AS title")},
        "relations": {tuple(r.values()) for r in run(
            "MATCH (a:Entity)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.doc AS doc, r.start AS start, "
            "properties(r).count AS count")},
    }


@pytest.mark.neo4j
def test_neo4j_receives_only_what_changed_and_ends_like_a_fresh_load(tmp_path):
    from neo4j_support import clear, config

    from kg.sinks.neo4j import load_graph

    clear()
    news = corpus(tmp_path / "news", FIRST)
    first = build(news, tmp_path / "out", "--neo4j", "--no-html", "--no-rdf")
    assert "loaded into Neo4j at" in first.stdout and "only what changed" not in first.stdout
    aliases_before = {e: set(a) for e, _, _, a in _database()["entities"]}
    edit(news / "gov_01.txt")
    (news / "gov_09.txt").unlink()
    shutil.copy(EXAMPLES / "customs_01.txt", news / "customs_01.txt")
    second = build(news, tmp_path / "out", "--neo4j", "--no-html", "--no-rdf")
    assert "only what changed: 2 new or changed and 1 removed document(s)" in second.stdout
    graph = KnowledgeGraph.read_json(tmp_path / "out")
    updated = _database()
    assert "gov_09" not in {d for d, _ in updated["documents"]}
    assert all(doc != "gov_09" for *_, doc, _, _ in updated["relations"])
    clear()
    load_graph(graph, config())
    assert updated == _database()
    assert {e for e, *_ in updated["entities"]} == set(graph.entities)  # none left without a document
    # a spelling seen only in the dropped paragraph (妇联 for 全国妇联 with lac) is no longer an alias
    assert any(aliases_before[e] - set(a) for e, _, _, a in updated["entities"] if e in aliases_before)
    again = [build(news, tmp_path / "out", "--neo4j", "--no-html", "--no-rdf").stdout for _ in range(2)]
    assert "5 new or changed and 0 removed" in again[0]  # loaded by hand above, without build keys
    assert "0 new or changed and 0 removed" in again[1]


def test_a_damaged_cache_is_started_afresh_with_a_warning(tmp_path):
    news = corpus(tmp_path / "news", FIRST[:2])
    build(news, tmp_path / "out")
    cache = tmp_path / "out" / ".kg-cache" / "cache.sqlite"
    for part in cache.parent.iterdir():
        part.write_bytes(b"not a database" * 100)
    result = build(news, tmp_path / "out")
    assert f"warning: {cache}: unreadable build cache" in result.stderr
    assert "2 new, 0 changed, 0 unchanged" in result.stdout
    assert "0 new, 0 changed, 2 unchanged" in build(news, tmp_path / "out").stdout


def _load_by_hand(out: Path) -> None:
    assert kg("load", out).exit_code == 0


@pytest.mark.neo4j
def test_kg_load_between_two_builds_does_not_fool_the_next_update(tmp_path):
    """The database, not the cache's record, says which documents it holds as built: a document that
    ``kg load`` overwrote (here with another build's version of it) is loaded again."""
    from neo4j_support import clear, config

    from kg.sinks.neo4j import load_graph

    clear()
    news = corpus(tmp_path / "news", FIRST[:3])
    build(news, tmp_path / "out", "--neo4j", "--no-html", "--no-rdf")
    other = corpus(tmp_path / "other", FIRST[1:2])
    edit(other / FIRST[1])
    build(other, tmp_path / "other-out", "--no-html", "--no-rdf")
    _load_by_hand(tmp_path / "other-out")
    again = build(news, tmp_path / "out", "--neo4j", "--no-html", "--no-rdf")
    assert "only what changed: 1 new or changed and 0 removed document(s)" in again.stdout
    updated = _database()
    clear()
    load_graph(KnowledgeGraph.read_json(tmp_path / "out"), config())
    assert updated == _database()


@pytest.mark.neo4j
def test_a_database_emptied_since_the_last_load_gets_everything_again(tmp_path):
    from neo4j_support import clear

    clear()
    news = corpus(tmp_path / "news", FIRST[:3])
    build(news, tmp_path / "out", "--neo4j", "--no-html", "--no-rdf")
    loaded = _database()
    clear()
    again = build(news, tmp_path / "out", "--neo4j", "--no-html", "--no-rdf")
    assert "only what changed: 3 new or changed and 0 removed document(s)" in again.stdout
    assert _database() == loaded


@pytest.mark.neo4j
def test_an_update_leaves_an_entity_only_the_aliases_of_the_graph(tmp_path):
    """A spelling that came from a removed article is no longer an alias (a plain load gathers them)."""
    from neo4j_support import clear, config, run

    from kg.model import DocumentInfo, Entity, Relation
    from kg.sinks.neo4j import update_graph

    def graph(*docs: str) -> KnowledgeGraph:
        g = KnowledgeGraph()
        aliases = ["总署"] if "a2" in docs else []  # 总署 is how a2 names it
        org = g.add_entity(Entity("Organization:海关总署", "海关总署", "Organization", aliases, list(docs), len(docs)))
        for doc in docs:
            g.documents[doc] = DocumentInfo(doc, f"{doc} 标题", f"{doc}.txt", doc * 32, 20)
            event = g.add_entity(Entity(f"Event:{doc}会议", f"{doc}会议", "Event", [], [doc], 1))
            g.relations.append(Relation(org.id, event.id, "HELD", f"海关总署召开{doc}会议", doc, 0, 10, 0.9))
        return g

    clear()
    keys = {"a1": "k1", "a2": "k2"}
    update_graph(graph("a1", "a2"), keys, [], config())
    assert run("MATCH (e:Organization) RETURN e.aliases AS aliases") == [{"aliases": ["总署"]}]
    summary = update_graph(graph("a1"), {"a1": "k1"}, ["a2"], config())
    assert (summary.documents, summary.documents_deleted, summary.entities_deleted) == (0, 1, 1)
    assert run("MATCH (e:Organization) RETURN e.aliases AS aliases, e.mentions AS mentions") == [
        {"aliases": [], "mentions": 1}]
