"""Beyond one machine: a real Dask cluster (a scheduler and two worker processes) builds the serial graph."""

from __future__ import annotations

import ctypes
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from engines import EXIT, HostileEngine

from kg.cli import main
from kg.model import KnowledgeGraph
from kg.parallel import WORKER_DIED
from kg.pipeline import Pipeline

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOME = ["000_c7b28c63f9a93491.txt", "customs_05.txt", "gov_01.txt"]


@pytest.fixture(scope="module")
def scheduler():
    """The address of a local cluster: one scheduler, two worker processes with one thread each; a task
    whose worker dies is given up after one more try."""
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def kg(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_the_cluster_builds_the_serial_graph_byte_for_byte(scheduler, tmp_path):
    serial = kg("build", EXAMPLES, "--out", tmp_path / "serial", "--workers", "1", "--no-html", "--no-cache")
    clustered = kg("build", EXAMPLES, "--out", tmp_path / "cluster", "--cluster", scheduler, "--no-html",
                   "--no-cache")
    assert serial.exit_code == clustered.exit_code == 0, clustered.output
    for name in ("graph.json", "kg.ttl"):
        assert (tmp_path / "cluster" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes()
    assert len(KnowledgeGraph.read_json(tmp_path / "cluster").documents) == 21


def test_fsspec_urls_are_read_by_the_client_and_extracted_on_the_cluster(scheduler, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name in SOME:
        shutil.copy(EXAMPLES / name, news / name)
    with Pipeline(nlp="lac") as pipeline:
        local = pipeline.run([news])
        remote = pipeline.run([news.as_uri()], cluster=scheduler)
    assert remote.failures == [] and remote.articles == 3
    assert remote.graph.entities == local.graph.entities
    assert remote.graph.relations == local.graph.relations
    assert sorted(d.source for d in remote.graph.documents.values()) == [f"{news.as_uri()}/{n}" for n in SOME]


def test_an_article_that_kills_its_worker_fails_alone(scheduler, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name in SOME[:2]:
        shutil.copy(EXAMPLES / name, news / name)
    (news / "b_exit.txt").write_text(f"海关总署召开会议\n会议指出，{EXIT}。", encoding="utf-8")
    with Pipeline(nlp=HostileEngine()) as pipeline:
        result = pipeline.run([news], cluster=scheduler)
    assert [(f.source, f.reason) for f in result.failures] == [(f"{news / 'b_exit.txt'} (b_exit)", WORKER_DIED)]
    assert sorted(result.graph.documents) == ["000_c7b28c63f9a93491", "customs_05"]


class _MallInfo(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                     "fsmblks", "uordblks", "fordblks", "keepcost")]


def _worker_malloc() -> tuple[str | None, int | None]:
    """In a worker: its MALLOC_TRIM_THRESHOLD_ and, once it has built a pipeline, how many mmapped blocks
    of its own a 1 MiB malloc gets (glibc)."""
    from kg.parallel import _pipelines

    trim = os.environ.get("MALLOC_TRIM_THRESHOLD_")
    if not _pipelines:
        return trim, None
    libc = ctypes.CDLL(None)
    libc.mallinfo2.restype, libc.malloc.restype = _MallInfo, ctypes.c_void_p
    before = libc.mallinfo2().hblks
    block = libc.malloc(1 << 20)
    try:
        return trim, libc.mallinfo2().hblks - before
    finally:
        libc.free(ctypes.c_void_p(block))


def test_workers_keep_big_allocations_on_the_heap_despite_the_nannys_malloc_setting(scheduler, tmp_path):
    """A Dask nanny gives its workers MALLOC_TRIM_THRESHOLD_, which stops glibc from raising its mmap
    threshold: every allocation above 128 KiB was mapped and unmapped, a third of extraction's time."""
    if not hasattr(ctypes.CDLL(None), "mallinfo2"):
        pytest.skip("needs glibc 2.33 or newer")
    with Pipeline(nlp="lac") as pipeline:
        assert pipeline.run([EXAMPLES / SOME[1]], cluster=scheduler).articles == 1
    with distributed.Client(scheduler) as client:
        trims, mappings = zip(*client.run(_worker_malloc).values(), strict=True)
    assert set(trims) == {"65536"}
    assert 0 in mappings and set(mappings) <= {0, None}


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path):
    result = kg("build", EXAMPLES / "customs_05.txt", "--out", tmp_path, "--cluster", "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert result.stderr.count("\n") == 1
