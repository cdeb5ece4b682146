"""``kg validate FILE``: conforms, violations, unreadable input, extra schemas."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kg.cli import main
from kg.cli.export import RDF_FORMATS
from kg.model import Entity, KnowledgeGraph, Relation, entity_id
from kg.schema import load_schema
from kg.sinks.ontology import KG
from kg.sinks.rdf import FORMATS, SUFFIXES, entity_iri, write_rdf


def test_the_cli_offers_every_rdf_format() -> None:
    assert RDF_FORMATS == FORMATS


def _validate(*args: str):
    return CliRunner().invoke(main, ["validate", *args])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_kg_export_conforms(fmt: str, small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / f"kg{SUFFIXES[fmt]}"
    write_rdf(small_graph, path, fmt)
    result = _validate(str(path))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_violations_are_printed_and_exit_1(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    write_rdf(small_graph, tmp_path / "kg.ttl")
    g = Graph().parse(tmp_path / "kg.ttl", format="turtle")
    person = URIRef(entity_iri(small_graph.entities[entity_id("Person", "王辉忠")]))
    g.add((person, KG.commended, URIRef("https://elsewhere.example/x")))
    g.serialize(tmp_path / "edited.ttl", format="turtle")
    result = _validate(str(tmp_path / "edited.ttl"))
    assert result.exit_code == 1
    assert "https://elsewhere.example/x is not an instance of an ontology class" in result.output
    assert "does not conform" in result.output


def test_the_installed_command(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    kg = shutil.which("kg")
    assert kg, "the kg command is installed with the package"
    write_rdf(small_graph, tmp_path / "kg.nt", "nt")
    ok = subprocess.run([kg, "validate", str(tmp_path / "kg.nt")], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == f"{tmp_path / 'kg.nt'}: conforms to the kg shapes and ontology"
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> ", encoding="utf-8")
    bad = subprocess.run([kg, "validate", str(broken)], capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stdout == ""
    (line,) = bad.stderr.strip().splitlines()
    assert line.startswith(f"error: {broken}: not valid turtle")


def test_unknown_suffix_and_format_override(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.rdf"
    write_rdf(small_graph, path, "trig")
    result = _validate(str(path))
    assert result.exit_code == 1
    assert "graph.rdf: unknown RDF format" in result.output
    result = _validate(str(path), "--format", "trig")
    assert result.exit_code == 0, result.output
    result = _validate(str(path), "--format", "nt")
    assert result.exit_code == 1
    assert "not valid nt" in result.output


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = _validate(str(tmp_path / "nope.ttl"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_extra_schema_types_validate_with_schema(small_graph: KnowledgeGraph, tmp_path: Path) -> None:
    extra = tmp_path / "visits.yaml"
    extra.write_text("entity_types:\n  Facility: {zh: 设施, en: facility}\n"
                     "relation_types:\n  VISITED: {zh: 视察, en: visited, head: [Person], tail: [Facility]}\n",
                     encoding="utf-8")
    port = small_graph.add_entity(Entity(entity_id("Facility", "洋山港"), "洋山港", "Facility", docs=["d1"]))
    person = small_graph.entities[entity_id("Person", "王辉忠")]
    small_graph.relations.append(Relation(person.id, port.id, "VISITED", "王辉忠视察洋山港", "d1", 5, 12, 0.7))
    with pytest.raises(ValueError, match="not in the schema"):
        write_rdf(small_graph, tmp_path / "kg.ttl")
    write_rdf(small_graph, tmp_path / "kg.ttl", schema=load_schema([extra]))
    plain = _validate(str(tmp_path / "kg.ttl"))
    assert plain.exit_code == 1
    assert "Predicate https://kg.example.org/ontology#visited is not declared" in plain.output
    extended = _validate(str(tmp_path / "kg.ttl"), "--schema", str(extra))
    assert extended.exit_code == 0, extended.output
