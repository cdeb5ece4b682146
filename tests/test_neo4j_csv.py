"""The neo4j-admin CSV export: file contents, and a real ``neo4j-admin database import full`` (run
from the same Maven jars by ``scripts/neo4j admin``) served by a second server, which must hold
the same graph as the Bolt loader writes."""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

import pytest
from conftest import HOSTILE, ROOT
from neo4j_support import clear, config, run, shape

from kg.sinks.neo4j import Neo4jConfig, load_graph
from kg.sinks.neo4j_csv import ARRAY_DELIMITER, import_arguments, write_csv
from kg.sinks.neo4j_rows import GraphDataError


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_header_annotated_files_hold_every_value(tmp_path, small_graph):
    small_graph.relations[2].properties["organization"] = "中央第二十五指导组"
    paths = write_csv(small_graph, tmp_path)

    assert [p.name for p in paths] == ["documents.csv", "entities.csv", "mentioned_in.csv", "relations.csv"]
    entities = read(tmp_path / "entities.csv")
    assert entities[0] == ["id:ID(Entity)", "name", "aliases:string[]", "mentions:int", ":LABEL"]
    evil = next(row for row in entities if row[1] == HOSTILE)
    assert evil[2].split(ARRAY_DELIMITER) == [HOSTILE + "2", 'a"b>c%d\ne']
    assert evil[4].split(ARRAY_DELIMITER) == ["Entity", "Organization"]
    relations = read(tmp_path / "relations.csv")
    assert relations[0][-1] == "organization"
    assert relations[3][:3] == ["Person:王辉忠", "Position:组长", "HOLDS_POSITION"]
    assert relations[3][-1] == "中央第二十五指导组"
    assert len(relations) == 1 + len(small_graph.relations)
    assert len(read(tmp_path / "mentioned_in.csv")) == 1 + sum(len(e.docs) for e in small_graph.entities.values())
    assert "CREATE FULLTEXT INDEX entity_names" in (tmp_path / "schema.cypher").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*(p.name for p in paths), "schema.cypher"])


def test_a_graph_outside_the_schema_writes_nothing(tmp_path, small_graph):
    small_graph.entities[next(iter(small_graph.entities))].type = "Spaceship"
    with pytest.raises(GraphDataError, match="Spaceship"):
        write_csv(small_graph, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if text in cmdline.read_text(errors="replace"):
                found.append(cmdline.parent.name)
        except OSError:  # the process ended meanwhile
            continue
    return found


def _server(home: Path) -> tuple[dict[str, str], Neo4jConfig]:
    env = {**os.environ, "KG_NEO4J_HOME": str(home), "NEO4J_BOLT_PORT": "7688", "NEO4J_HTTP_PORT": "7475",
           "NEO4J_HEAP": "512m", "NEO4J_PAGECACHE": "64m"}
    return env, Neo4jConfig(uri="bolt://127.0.0.1:7688", password=env.get("NEO4J_PASSWORD", config().password))


@pytest.mark.neo4j
def test_neo4j_admin_import_gives_the_same_graph_as_the_bolt_loader(tmp_path, example_graph):
    """Also checks scripts/neo4j on a second home: start twice, stop, and a refused password."""
    graph = example_graph[0]
    clear()
    load_graph(graph, config())
    expected = shape()
    write_csv(graph, tmp_path / "csv")
    env, imported = _server(tmp_path / "home")
    script = str(ROOT / "scripts" / "neo4j")

    done = subprocess.run(["bash", script, "admin", *import_arguments(tmp_path / "csv")], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "IMPORT DONE" in done.stdout
    try:
        subprocess.run(["bash", script, "start"], env=env, check=True, timeout=600)
        again = subprocess.run(["bash", script, "start"], env=env, capture_output=True, text=True, timeout=60)
        assert again.returncode == 0 and "already running" in again.stdout
        assert shape(imported) == expected
        for statement in (tmp_path / "csv" / "schema.cypher").read_text(encoding="utf-8").split(";\n")[:-1]:
            run(statement, imported)
        run("CALL db.awaitIndexes(300)", imported)
        hits = run("CALL db.index.fulltext.queryNodes('entity_names', '海关总署') YIELD node "
                   "RETURN node.name AS name, node.aliases AS aliases LIMIT 1", imported)
        assert hits == [{"name": "海关总署", "aliases": graph.entities["Organization:海关总署"].aliases}]
        position = "MATCH (:Person {name: '黄晓薇'})-[r:HOLDS_POSITION]->(p) RETURN p.name AS p, r {.*} AS r " \
                   "ORDER BY p, r.start"
        assert run(position, imported) == run(position)
    finally:
        subprocess.run(["bash", script, "stop"], env=env, check=True, timeout=300)
    status = subprocess.run(["bash", script, "status"], env=env, capture_output=True, text=True)
    assert (status.returncode, status.stdout) == (3, "neo4j: stopped\n")
    assert not _processes_mentioning(str(tmp_path / "home"))

    wrong = subprocess.run(["bash", script, "start"], env={**env, "NEO4J_PASSWORD": "not-the-first-one"},
                           capture_output=True, text=True, timeout=600)
    assert wrong.returncode == 1
    assert wrong.stderr.endswith("the server rejects NEO4J_PASSWORD: it keeps the password of its first start "
                                 "('scripts/neo4j reset' wipes it)\n")
    assert not _processes_mentioning(str(tmp_path / "home"))
