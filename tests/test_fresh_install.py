"""A fresh virtual environment with plain ``pip install .`` (no extras): no torch, and hanlp-ner builds a real graph.

The repository's committed files (``git archive HEAD``, what a clean clone holds) are installed into a new
venv without system site-packages; pip may take the dependencies from its cache. About a minute.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_c7b28c63f9a93491.txt"
PROBE = """
import json, sys
from kg.nlp import get_engine
doc = get_engine("hanlp-ner").annotate(["中央第二十五指导组组长王辉忠出席会议并讲话。"])
print(json.dumps({"ner": doc["ner/charner"][0], "torch": "torch" in sys.modules}, ensure_ascii=False))
"""


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``bin/`` of a new venv into which the committed tree was ``pip install``-ed without extras."""
    if not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout (the test installs what HEAD holds)")
    work = tmp_path_factory.mktemp("fresh")
    tree = subprocess.run(["git", "archive", "--format=tar", "HEAD"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(tree.stdout)) as archive:
        archive.extractall(work / "src", filter="data")
    done = run(sys.executable, "-m", "venv", work / "env", cwd=work)
    assert done.returncode == 0, done.stderr
    done = run(work / "env" / "bin" / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check",
               work / "src", cwd=work)
    assert done.returncode == 0, done.stderr[-3000:]
    return work / "env" / "bin"


def test_the_core_install_has_no_torch(venv: Path, tmp_path: Path) -> None:
    done = run(venv / "python", "-c", "import torch", cwd=tmp_path)
    assert done.returncode != 0 and "No module named 'torch'" in done.stderr


def test_hanlp_ner_runs_without_torch_and_builds_the_seed_articles_graph(venv: Path, tmp_path: Path) -> None:
    probe = run(venv / "python", "-c", PROBE, cwd=tmp_path)
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert not found["torch"]
    assert {(text, label) for text, label, _, _ in found["ner"]} >= {("王辉忠", "PER")}

    done = run(venv / "kg", "build", SEED, "--out", tmp_path / "out", "--nlp", "hanlp-ner", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    names = {(node["type"], node["name"]) for node in graph["nodes"]}
    assert {("Person", "王辉忠"), ("Person", "习近平"), ("Organization", "海关总署")} <= names
    assert len(graph["links"]) >= 10
    assert (tmp_path / "out" / "graph.html").is_file() and (tmp_path / "out" / "kg.ttl").is_file()
