"""``kg build`` end to end: real articles and bad files in, outputs, summary and exit status out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.cli.build import build
from kg.model import KnowledgeGraph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED_DOC = "000_c7b28c63f9a93491"



def _parse(path):
    """The RDF file as users read it: rdflib, every named graph in the union."""
    from rdflib import Dataset

    formats = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".jsonld": "json-ld"}
    return Dataset(default_union=True).parse(path, format=formats[path.suffix])

def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def outputs(out: Path) -> list[str]:
    """The files a user sees in ``out`` (the build cache is the hidden .kg-cache)."""
    return sorted(p.name for p in out.iterdir() if p.name != ".kg-cache")


def edges(graph: KnowledgeGraph, doc: str) -> set[tuple[str, str, str]]:
    name = {e.id: e.name for e in graph.entities.values()}
    return {(name[r.source], r.type, name[r.target]) for r in graph.relations if r.doc == doc}


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Result, Path, Path]:
    """``kg build`` on a folder of the five examples plus bad files, and its output folder."""
    inputs = tmp_path_factory.mktemp("inputs")
    shutil.copytree(EXAMPLES, inputs / "news", ignore=shutil.ignore_patterns("gold", "*.tsv", "dev_*"))
    (inputs / "news" / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (inputs / "news" / "blank.md").write_text(" \n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    return run("build", inputs / "news", inputs / "missing.txt", "--out", out), inputs, out


def test_build_writes_every_output_and_exits_1_for_the_failed_files(batch):
    result, inputs, out = batch
    assert result.exit_code == 1, result.output
    assert outputs(out) == ["graph.html", "graph.json", "kg.ttl"]
    assert "3 input(s) failed:" in result.stderr
    for line in (f"{inputs / 'news' / 'scan.txt'}: binary file, not text",
                 f"{inputs / 'news' / 'blank.md'}: empty file",
                 f"{inputs / 'missing.txt'}: no such file or directory"):
        assert f"  {line}" in result.stderr.splitlines()


def test_build_summary_counts_types_in_chinese_and_english(batch):
    result, _, out = batch
    graph = KnowledgeGraph.read_json(out)
    entities, relations = graph.counts()
    for type_, zh in (("Organization", "机构"), ("HELD", "召开")):
        n = entities.get(type_) or relations[type_]
        row = next(line for line in result.stdout.splitlines() if f" {type_} " in line)
        assert zh in row and row.rstrip(" │").endswith(str(n))
    assert "5 article(s)" in result.stdout
    nodes, links = len(graph.entities), len(graph.relations)
    assert f"wrote {out / 'graph.json'} ({nodes} nodes, {links} links)" in result.stdout


def test_build_graph_json_is_node_link_with_the_seed_article_facts(batch):
    _, _, out = batch
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert set(data) >= {"nodes", "links", "directed", "multigraph"}
    assert {"id", "name", "type", "aliases", "docs", "mentions"} <= set(data["nodes"][0])
    link_keys = {"source", "target", "type", "evidence", "doc", "start", "end", "confidence"}
    assert link_keys <= set(data["links"][0])
    graph = KnowledgeGraph.read_json(out / "graph.json")
    assert sorted(graph.documents) == ["000_c7b28c63f9a93491", "customs_01", "customs_05", "gov_01", "gov_09"]
    meeting = "“不忘初心、牢记使命”主题教育动员会"
    assert {
        ("海关总署", "HELD", meeting),
        ("王辉忠", "SPOKE_AT", meeting),
        ("海关总署", "COMMENDED", "“1.17”特大象牙走私案"),
        ("海关总署", "COMMENDED", "“7.5”象牙走私案"),
        ("海关总署", "ESTABLISHED", "“不忘初心、牢记使命”主题教育领导小组"),
    } <= edges(graph, SEED_DOC)
    seed = graph.documents[SEED_DOC]
    assert seed.title == "海关总署召开“不忘初心、牢记使命”主题教育动员会" and seed.chars > 1800


def test_build_turtle_and_page_describe_the_same_graph(batch):
    _, _, out = batch
    graph = KnowledgeGraph.read_json(out)
    labels = {str(o) for o in _parse(out / "kg.ttl").objects()}
    assert {e.name for e in graph.entities.values()} <= labels
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "王辉忠" in page and "海关总署" in page


def test_build_without_html_and_rdf_writes_only_graph_json(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text("stale", encoding="utf-8")
    result = run("build", EXAMPLES / "customs_05.txt", "--out", out, "--no-html", "--no-rdf")
    assert result.exit_code == 0, result.output
    assert outputs(out) == ["graph.json"]
    assert list(KnowledgeGraph.read_json(out).documents) == ["customs_05"]
    assert result.stderr == ""


def test_build_reads_jsonl_and_html_inputs(tmp_path):
    seed = (EXAMPLES / "customs_05.txt").read_text(encoding="utf-8").split("\n", 1)
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"id": "c5", "title": seed[0], "text": seed[1]}, ensure_ascii=False) + "\n{oops\n",
        encoding="utf-8")
    (tmp_path / "page.html").write_bytes(
        f"<html><head><title>{seed[0]}</title><script>var x='王五';</script></head>"
        f"<body><nav>首页</nav><p>{seed[1]}</p></body></html>".encode("gb18030"))
    result = run("build", tmp_path / "batch.jsonl", tmp_path / "page.html", "--out", tmp_path / "out",
                 "--no-html", "--no-rdf")
    assert result.exit_code == 1
    assert f"{tmp_path / 'batch.jsonl'}: line 2: invalid JSON" in result.stderr
    graph = KnowledgeGraph.read_json(tmp_path / "out")
    assert sorted(graph.documents) == ["c5", "page"]
    assert edges(graph, "c5") == edges(graph, "page") != set()
    assert "Person:王五" not in graph.entities


def test_build_with_user_schema_adds_types_triggers_and_lexicon(tmp_path):
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("星河研究所召开年度座谈会\n会上，星河研究所发布了龙芯三号。张三视察星河研究所。",
                       encoding="utf-8")
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "entity_types:\n  Product: {zh: 产品, en: product}\n"
        "relation_types:\n  INSPECTED: {zh: 视察, en: inspected, head: [Person], tail: [Organization], "
        "triggers: [视察]}\n"
        "gazetteer:\n  Product: [龙芯三号]\n", encoding="utf-8")
    # The trigger and gazetteer under test, not the NER: hanlp-ner reads 张三视察星河研究所 as one organisation.
    plain = run("build", article.parent, "--out", tmp_path / "plain", "--no-html", "--no-rdf", "--nlp", "lac")
    custom = run("build", article.parent, "--out", tmp_path / "custom", "--no-html", "--no-rdf",
                 "--nlp", "lac", "--schema", extra)
    assert plain.exit_code == custom.exit_code == 0, custom.output
    before = KnowledgeGraph.read_json(tmp_path / "plain")
    after = KnowledgeGraph.read_json(tmp_path / "custom")
    assert "Product:龙芯三号" not in before.entities and "Product:龙芯三号" in after.entities
    assert ("张三", "INSPECTED", "星河研究所") in edges(after, "a") - edges(before, "a")
    row = next(line for line in custom.stdout.splitlines() if " INSPECTED " in line)
    assert "视察" in row and "inspected" in row


def test_build_with_nothing_readable_writes_nothing(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00" * 64)
    result = run("build", tmp_path / "bad.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert f"{tmp_path / 'bad.txt'}: binary file, not text" in result.stderr
    assert "error: no article could be read; nothing written" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "Missing argument 'PATHS...'"),
        (["--nlp", "spacy"], "unknown engine 'spacy'"),
        (["--schema", "no-such.yaml"], "'no-such.yaml' does not exist"),
        (["--schema", "{bad}"], "must be a YAML mapping"),
        (["--base-iri", "not an iri"], "base IRI 'not an iri' must be an absolute"),
        (["--out", "{file}"], "is a file"),
    ],
)
def test_usage_errors_exit_2_before_any_work(tmp_path, args, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- a list\n", encoding="utf-8")
    args = [a.format(bad=bad, file=EXAMPLES / "customs_05.txt") for a in args]
    result = run("build", *([EXAMPLES / "customs_05.txt"] if args else []), *args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())


def test_every_option_is_explained_in_help():
    result = run("build", "--help")
    assert result.exit_code == 0
    options = [p for p in build.params if isinstance(p, click.Option)]
    assert len(options) >= 10
    for option in options:
        assert option.help, option.name
        assert option.opts[0] in result.output


@pytest.mark.neo4j
def test_build_loads_the_graph_into_neo4j(tmp_path):
    from kg.sinks.neo4j import Neo4jConfig, connect

    result = run("build", EXAMPLES / "customs_05.txt", "--out", tmp_path, "--no-html", "--no-rdf", "--neo4j")
    assert result.exit_code == 0, result.output
    assert "loaded into Neo4j at " in result.stdout
    graph = KnowledgeGraph.read_json(tmp_path)
    with connect(Neo4jConfig.from_env()) as driver:
        records = driver.execute_query(
            "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.doc = $doc "
            "RETURN a.name AS a, type(r) AS t, b.name AS b", doc="customs_05").records
    assert {(r["a"], r["t"], r["b"]) for r in records} == edges(graph, "customs_05") != set()


def test_unreachable_neo4j_fails_after_writing_the_files(tmp_path):
    result = run("build", EXAMPLES / "customs_05.txt", "--out", tmp_path, "--no-html", "--no-rdf", "--neo4j",
                 "--uri", "bolt://127.0.0.1:1")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot reach Neo4j at bolt://127.0.0.1:1")
    assert result.stderr.count("\n") == 1
    assert KnowledgeGraph.read_json(tmp_path).documents


def test_bad_neo4j_config_file_stops_before_any_work(tmp_path, monkeypatch):
    config = tmp_path / "kg.toml"
    config.write_text("[neo4j\nuri = 1", encoding="utf-8")
    monkeypatch.setenv("KG_CONFIG", str(config))
    result = run("build", EXAMPLES / "customs_05.txt", "--out", tmp_path / "out", "--neo4j")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {config}: cannot read the configuration")
    assert not (tmp_path / "out").exists()
