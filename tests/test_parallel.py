"""Every core: worker processes give the serial graph, survive a dying worker, stream, and show progress."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from engines import EXIT, FAIL, HostileEngine
from rich.console import Console

from kg.cli import main
from kg.model import KnowledgeGraph, Relation
from kg.parallel import WORKER_DIED, LocalPool, PipelineSpec, WorkersDying
from kg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOME = ["000_c7b28c63f9a93491.txt", "customs_05.txt", "gov_01.txt", "dev_gov_03.txt"]


def build(*args: str | Path) -> None:
    result = CliRunner().invoke(main, ["build", *map(str, args)])
    assert result.exit_code == 0, result.output


def test_any_number_of_workers_writes_the_serial_graph_byte_for_byte(tmp_path):
    for n in (1, 2, 3):
        build(EXAMPLES, "--out", tmp_path / str(n), "--workers", n, "--no-html", "--no-cache")
    serial = [(tmp_path / "1" / name).read_bytes() for name in ("graph.json", "kg.ttl")]
    assert len(KnowledgeGraph.read_json(tmp_path / "1").documents) == 21
    for n in (2, 3):
        assert [(tmp_path / str(n) / name).read_bytes() for name in ("graph.json", "kg.ttl")] == serial


def test_a_worker_that_dies_and_an_article_that_fails_are_failures_and_the_batch_completes(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name in SOME:
        shutil.copy(EXAMPLES / name, news / name)
    good = Pipeline(nlp="lac").run([news])  # HostileEngine is LAC on ordinary text
    (news / "b_exit.txt").write_text(f"海关总署召开会议\n会议指出，{EXIT}。", encoding="utf-8")
    (news / "c_fail.txt").write_text(f"海关总署召开会议\n会议强调，{FAIL}。", encoding="utf-8")
    with Pipeline(nlp=HostileEngine()) as pipeline:
        result = pipeline.run([news], workers=2)
    assert sorted((f.source, f.reason) for f in result.failures) == [
        (f"{news / 'b_exit.txt'} (b_exit)", WORKER_DIED),
        (f"{news / 'c_fail.txt'} (c_fail)", "extraction failed: the engine gave up on this text"),
    ]
    assert result.articles == len(SOME)
    assert result.graph.to_json_data() == good.graph.to_json_data()


def test_workers_that_cannot_start_stop_the_run_with_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(LocalPool, "MAX_RESTARTS", 1)
    (tmp_path / "a.txt").write_text(f"海关总署召开会议\n{EXIT}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"海关总署召开会议\n{EXIT}", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"海关总署召开会议\n{EXIT}", encoding="utf-8")
    with Pipeline(nlp=HostileEngine()) as pipeline, pytest.raises(WorkersDying, match="died 2 times in a row"):
        pipeline.run([tmp_path], workers=2)


def test_an_engine_that_cannot_travel_to_workers_is_refused_up_front():
    class Local(HostileEngine):  # defined in a function: spawned processes cannot import it
        pass

    with pytest.raises(ValueError, match="cannot be sent to worker processes"):
        PipelineSpec(Local()).check_picklable()


def test_bad_worker_counts_are_refused(tmp_path):
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--out", str(tmp_path), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.stderr
    with Pipeline() as pipeline, pytest.raises(ValueError, match="must be positive"):
        pipeline.run([EXAMPLES], workers=0)


def test_progress_counts_articles_and_characters_of_one_jsonl(tmp_path):
    texts = [(EXAMPLES / name).read_text(encoding="utf-8").split("\n", 1) for name in SOME[:3]]
    lines = [json.dumps({"id": f"a{i}", "title": t, "text": body}, ensure_ascii=False) for i, (t, body) in
             enumerate(texts)]
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    screen = io.StringIO()
    with Pipeline() as pipeline:
        result = pipeline.run([tmp_path / "crawl.jsonl"], progress=Console(file=screen, width=200))
    assert result.articles == 3
    assert f"3 articles, {result.chars:,} characters" in screen.getvalue()


def test_pipeline_closes_its_engine_on_leaving_the_block():
    from kg.nlp import EngineError
    from kg.nlp.lac import LacEngine

    with Pipeline(nlp="lac") as pipeline:
        assert isinstance(pipeline.engine, LacEngine)
        pipeline.engine.annotate(["海关总署召开会议"])
    with pytest.raises(EngineError, match="closed"):
        pipeline.engine.annotate(["海关总署召开会议"])


def test_merging_is_linear_in_the_edges_merged(monkeypatch):
    """Each merge looks at the keys of the edges it brings, not of every edge merged before."""
    calls = 0
    key = Relation.key

    def counted(self):
        nonlocal calls
        calls += 1
        return key.fget(self)

    monkeypatch.setattr(Relation, "key", property(counted))
    merged = KnowledgeGraph()
    for i in range(400):
        part = KnowledgeGraph()
        part.relations.append(Relation("a", "b", "HELD", "", f"d{i}", 0, 1, 1.0))
        part.relations.append(Relation("a", "b", "HELD", "", f"d{i}", 0, 1, 1.0))  # a duplicate, dropped
        merged.merge(part)
    assert len(merged.relations) == 400
    assert calls <= 3 * 800
    merged.relations.append(Relation("a", "b", "HELD", "", "d0", 5, 6, 1.0))  # appended by hand: still indexed
    again = KnowledgeGraph(relations=[Relation("a", "b", "HELD", "", "d0", 5, 6, 1.0)])
    merged.merge(again)
    assert len(merged.relations) == 401
