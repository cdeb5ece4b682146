"""The sink seam: one interface, a lazy registry, one schema check, atomic files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import sinks
from kg.cli import main
from kg.model import KnowledgeGraph
from kg.schema import Schema, load_schema
from kg.sinks import RDF_SUFFIXES, SINKS, GraphDataError, SinkOptions, check, file_sinks, get, register

ROOT = Path(__file__).resolve().parent.parent


class Summary:
    """A plugin sink, as a user would register one: it writes how many entities there are."""

    filename = "summary.txt"

    def __init__(self, name: str) -> None:
        self.name = name

    def write(self, graph: KnowledgeGraph, target: Path, options: SinkOptions) -> str:
        Path(target).write_text(f"{len(graph.entities)} entities\n", encoding="utf-8")
        return f"wrote {target} (summary)"


def test_every_registered_sink_has_one_interface():
    assert list(SINKS) == ["json", *RDF_SUFFIXES, "neo4j-csv", "html", "neo4j"]
    for name in SINKS:
        sink = get(name)
        assert sink.name == name and callable(sink.write)
    assert [get(name).filename for name in file_sinks()] == [
        "graph.json", "kg.ttl", "kg.trig", "kg.nt", "kg.jsonld", "neo4j-csv", "graph.html"]
    assert get("neo4j").filename is None


def test_the_registry_imports_a_sink_only_when_it_is_used():
    code = ("import sys, kg.sinks as s; s.get('json'); "
            "print(sorted(m for m in ('kg.sinks.rdf', 'kg.sinks.html', 'kg.sinks.neo4j') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"


def test_a_registered_plugin_is_found_by_name(monkeypatch, small_graph, tmp_path):
    monkeypatch.setattr(sinks, "SINKS", dict(SINKS))  # this test's registrations end with it
    register("summary", f"{__name__}:Summary")
    sink = get("summary")
    assert sink.write(small_graph, tmp_path / "s.txt", SinkOptions(load_schema())).endswith("(summary)")
    assert (tmp_path / "s.txt").read_text(encoding="utf-8") == "7 entities\n"
    assert "summary" not in SINKS
    with pytest.raises(ValueError, match="unknown sink 'nowhere'"):
        get("nowhere")
    with pytest.raises(ValueError, match="not 'module:attribute'"):
        register("bad", "no-colon")


def test_the_graph_is_checked_once_and_then_every_file_sink_writes_it(small_graph, tmp_path, monkeypatch):
    calls = 0
    original = Schema.is_entity_type

    def counted(self, name):
        nonlocal calls
        calls += 1
        return original(self, name)

    monkeypatch.setattr(Schema, "is_entity_type", counted)
    options = SinkOptions(load_schema())
    check(small_graph, options.schema)
    for name in file_sinks():
        get(name).write(small_graph, tmp_path / get(name).filename, options)
    assert calls == len(small_graph.entities)  # by check, not again by any sink
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(get(n).filename for n in file_sinks())


def test_check_names_the_first_problem(small_graph):
    small_graph.relations[0].type = "DETACH_DELETE"
    with pytest.raises(GraphDataError, match="'DETACH_DELETE' is not in the schema"):
        check(small_graph, load_schema())


def test_file_sinks_replace_old_files_and_leave_no_temporary_file(small_graph, tmp_path):
    options = SinkOptions(load_schema())
    for name in file_sinks():
        target = tmp_path / get(name).filename
        if name == "neo4j-csv":
            target.mkdir()
            (target / "entities.csv").write_text("old", encoding="utf-8")
        else:
            target.write_text("old", encoding="utf-8")
        get(name).write(small_graph, target, options)
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.startswith(".")]
    assert leftovers == []
    assert (tmp_path / "neo4j-csv" / "entities.csv").read_text(encoding="utf-8") != "old"
    assert all((tmp_path / get(n).filename).read_bytes() != b"old" for n in file_sinks() if n != "neo4j-csv")


def test_a_build_removes_what_a_killed_build_left_and_nothing_of_a_live_one(tmp_path):
    """A build killed while writing leaves ``.graph.json.PID.tmp``; the next build removes it, but not
    the temporary file of a writer still running."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a process that no longer exists
    out = tmp_path / "out"
    out.mkdir()
    killed = [out / f".{name}.{gone.pid}.tmp" for name in ("graph.json", "kg.ttl", "graph.html")]
    running = out / f".graph.json.{os.getppid()}.tmp"
    for tmp in [*killed, running]:
        tmp.write_text("half written", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(ROOT / "examples" / "customs_05.txt"), "--out", str(out),
                                       "--nlp", "lac", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp")) == [running.name]


def test_kg_export_writes_through_any_file_sink(small_graph, tmp_path):
    small_graph.write_json(tmp_path / "out" / "graph.json")
    result = CliRunner().invoke(main, ["export", "--format", "html", str(tmp_path / "page.html"),
                                       "--graph", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {tmp_path / 'page.html'} (interactive page)\n"
    assert "王辉忠" in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_the_rdf_formats_are_listed_once():
    from kg.cli.export import RDF_FORMATS
    from kg.sinks import rdf

    assert RDF_FORMATS == rdf.FORMATS == tuple(sinks.RDF_SUFFIXES)
    assert rdf.SUFFIXES is sinks.RDF_SUFFIXES


def test_graph_json_is_exactly_networkx_node_link_data_one_record_per_line(small_graph, tmp_path):
    import json

    import networkx as nx

    from kg.model import Relation

    first = small_graph.relations[0]
    small_graph.relations.append(Relation(first.source, first.target, "HELD", "又一次", "d1", 99, 101, 0.5,
                                          {"organization": "总署"}))  # a second edge between the same pair
    small_graph.relations.append(Relation(first.source, "Person:无名", "HELD", "", "d1", 1, 2, 0.5))  # dangling
    small_graph.write_json(tmp_path / "graph.json")
    text = (tmp_path / "graph.json").read_text(encoding="utf-8")
    assert json.loads(text) == nx.node_link_data(small_graph.to_networkx(), edges="links")
    nodes = len(small_graph.entities) + 1  # the dangling end becomes a node, as networkx makes it
    assert len(text.splitlines()) == 6 + len(small_graph.documents) + nodes + len(small_graph.relations)
