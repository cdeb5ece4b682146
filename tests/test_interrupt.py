"""A ``kg build`` killed (or interrupted with Ctrl-C) while it writes its outputs leaves the previous
graph.json, kg.ttl and graph.html exactly as they were, and the next build completes: driven only through
the command line, on a real folder."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from rdflib import Graph

OUTPUTS = ("graph.json", "kg.ttl", "graph.html")
KG = [sys.executable, "-c", "from kg.cli import main; main()"]
COPIES = 10  # of the example articles: outputs of a few MB, each written over many milliseconds


def _interruptible() -> None:
    """Ctrl-C as in a terminal, even when the tests run in the background (where SIGINT is ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def build(inputs: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([*KG, "build", str(inputs), "--out", str(out), "--nlp", "lac"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible)


def listing(out: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of each entry of ``out`` but the build cache."""
    found = {}
    for entry in os.scandir(out):
        if entry.name.startswith(".kg-cache"):
            continue
        try:
            stat = entry.stat()
        except FileNotFoundError:  # a temporary file renamed meanwhile
            continue
        found[entry.name] = (stat.st_size, stat.st_mtime_ns)
    return found


def stop_at_first_write(process: subprocess.Popen, out: Path) -> dict[str, tuple[int, int]]:
    """Freeze ``process`` (SIGSTOP) as soon as anything in ``out`` changes; what ``out`` holds then."""
    before = listing(out)
    while process.poll() is None:
        now = listing(out)
        if now != before:
            process.send_signal(signal.SIGSTOP)
            return listing(out)
        time.sleep(0.002)
    pytest.fail(f"the build ended without writing anything: {process.communicate()}")


@pytest.fixture(scope="module")
def big_input(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for n in range(COPIES):
        for article in EXAMPLES.glob("*.txt"):
            shutil.copy(article, folder / f"copy{n}_{article.name}")
    return folder


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_a_build_stopped_while_writing_leaves_the_previous_outputs_intact(tmp_path, big_input, sig):
    out = tmp_path / "out"
    first = build(EXAMPLES, out)
    assert first.wait(timeout=600) == 0, first.communicate()
    previous = {name: (out / name).read_bytes() for name in OUTPUTS}

    second = build(big_input, out)
    frozen = stop_at_first_write(second, out)
    second.send_signal(sig)
    second.send_signal(signal.SIGCONT)
    _, err = second.communicate(timeout=120)
    assert second.returncode != 0

    assert {name: (out / name).read_bytes() for name in OUTPUTS} == previous, f"not atomic; seen: {frozen}"
    graph = json.loads(previous["graph.json"])
    assert len(graph["graph"]["documents"]) == len(list(EXAMPLES.glob("*.txt")))
    assert len(Graph().parse(data=previous["kg.ttl"].decode("utf-8"), format="turtle")) > 0
    assert previous["graph.html"].rstrip().endswith(b"</html>")
    if sig == signal.SIGINT:
        assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]  # Ctrl-C cleans up
        assert "Traceback" not in err, err

    again = build(big_input, out)
    assert again.wait(timeout=900) == 0, again.communicate()
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert len(graph["graph"]["documents"]) == COPIES * len(list(EXAMPLES.glob("*.txt")))
    assert (out / "graph.html").read_bytes().rstrip().endswith(b"</html>")
