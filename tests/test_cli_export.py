"""``kg export``: a built graph.json rewritten in every format, and clear errors for bad graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import HOSTILE

from kg.cli import main
from kg.cli.export import RDF_FORMATS
from kg.model import Entity, KnowledgeGraph, entity_id
from kg.sinks import rdf


def _parse(path):
    """The RDF file as users read it: rdflib, every named graph in the union."""
    from rdflib import Dataset

    formats = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".jsonld": "json-ld"}
    return Dataset(default_union=True).parse(path, format=formats[path.suffix])

def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["export", *map(str, args)])


@pytest.fixture
def built(tmp_path, small_graph) -> Path:
    """An output folder as kg build leaves it."""
    small_graph.write_json(tmp_path / "out" / "graph.json")
    return tmp_path / "out"


def test_rdf_formats_are_those_of_the_rdf_sink():
    assert RDF_FORMATS == rdf.FORMATS


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_export_keeps_every_name_as_a_literal(built, small_graph, fmt):
    dest = built / f"kg{rdf.SUFFIXES[fmt]}"
    result = run("--format", fmt, dest, "--graph", built)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"wrote {dest} (")
    labels = {str(o) for o in _parse(dest).objects()}
    assert {e.name for e in small_graph.entities.values()} <= labels
    assert HOSTILE in labels


def test_base_iri_is_used_for_every_entity(built):
    dest = built / "kg.nt"
    result = run("--format", "nt", dest, "--graph", built / "graph.json", "--base-iri", "urn:x-test:kg/")
    assert result.exit_code == 0, result.output
    subjects = {str(s) for s in _parse(dest).subjects()}
    entities = {s for s in subjects if "/entity/" in s}
    assert len(entities) == 7 and all(s.startswith("urn:x-test:kg/entity/") for s in entities)


def test_json_export_round_trips(built, small_graph, tmp_path):
    dest = tmp_path / "copy.json"
    assert run("--format", "json", dest, "--graph", built).exit_code == 0
    copy = KnowledgeGraph.read_json(dest)
    assert copy.entities == small_graph.entities
    assert sorted(copy.relations, key=repr) == sorted(small_graph.relations, key=repr)


def test_neo4j_csv_export_writes_a_folder(built, tmp_path):
    dest = tmp_path / "csv"
    result = run("--format", "neo4j-csv", dest, "--graph", built)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {dest} (4 CSV files for neo4j-admin database import)\n"
    assert sorted(p.name for p in dest.glob("*.csv")) == [
        "documents.csv", "entities.csv", "mentioned_in.csv", "relations.csv"]
    assert "王辉忠" in (dest / "entities.csv").read_text(encoding="utf-8")


def test_missing_graph_is_a_usage_error(tmp_path):
    result = run("--format", "turtle", tmp_path / "kg.ttl", "--graph", tmp_path / "nowhere")
    assert result.exit_code == 2
    missing = tmp_path / "nowhere"
    assert result.stderr == (f"error: {missing}: no graph file "
                             "(run kg build first, or name a graph.json or the folder holding it)\n")
    assert not (tmp_path / "kg.ttl").exists()


@pytest.mark.parametrize("content", ['{"nodes": [', '{"nodes": [{"id": "x"}], "links": []}', "[]"])
def test_invalid_graph_is_one_line_error_and_nothing_written(tmp_path, content):
    graph = tmp_path / "graph.json"
    graph.write_text(content, encoding="utf-8")
    result = run("--format", "turtle", tmp_path / "kg.ttl", "--graph", graph)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {graph}: not a kg graph.json")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "kg.ttl").exists()


def test_bad_format_and_base_iri_are_usage_errors(built):
    assert run("--format", "xml", built / "x", "--graph", built).exit_code == 2
    result = run("--format", "turtle", built / "x.ttl", "--graph", built, "--base-iri", "http://x/<y>/")
    assert result.exit_code == 2
    assert "--base-iri" in result.stderr


def test_a_graph_with_user_types_needs_the_same_schema(built, small_graph, tmp_path):
    small_graph.add_entity(Entity(entity_id("Product", "龙芯三号"), "龙芯三号", "Product", [], ["d1"], 1))
    small_graph.write_json(built / "graph.json")
    extra = tmp_path / "extra.yaml"
    extra.write_text("entity_types:\n  Product: {zh: 产品, en: product}\n", encoding="utf-8")
    for fmt, dest in (("turtle", tmp_path / "kg.ttl"), ("neo4j-csv", tmp_path / "csv")):
        result = run("--format", fmt, dest, "--graph", built)
        assert result.exit_code == 2
        assert result.stderr == (f"error: {built}: type(s) Product not in the schema; "
                                 "pass the --schema files the graph was built with\n")
        assert not dest.exists()
        result = run("--format", fmt, dest, "--graph", built, "--schema", extra)
        assert result.exit_code == 0, result.output
        assert "龙芯三号" in (dest.read_text(encoding="utf-8") if dest.is_file() else
                           (dest / "entities.csv").read_text(encoding="utf-8"))
