"""A Neo4j server killed with -9 while kg loads into it: a second server of our own from the project's
jars (never the shared one on 7687). ``kg load`` says one line and exits 1; ``scripts/neo4j start`` right
after waits for the dead server's ports; the same load then gives exactly the counts of a clean load.
Every phase of a load stops at the first failed statement, with no retry of a lost connection."""

from __future__ import annotations

import importlib.util
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from neo4j_support import clear, config, shape

from kg.schema import load_schema
from kg.sinks.neo4j import (
    DOCUMENTS,
    Neo4jConfig,
    Neo4jLoadError,
    _Writer,
    connect,
    delete_relationships_query,
    load_graph,
    schema_statements,
)
from kg.sinks.neo4j_rows import property_graph
from kg.sinks.neo4j_schedule import independent

pytestmark = pytest.mark.neo4j

SCRIPT = ROOT / "scripts" / "neo4j"
BOLT, HTTP = 7691, 7478  # not 7687 (the shared server) nor 7688 (tests/test_neo4j_csv.py)
URI = f"bolt://127.0.0.1:{BOLT}"
LOST = f"lost the connection to Neo4j at {URI} (server stopped or network down): batches already committed " \
       "stay; run the same command again once it is back"
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def _synthetic_graph():
    spec = importlib.util.spec_from_file_location("bench_neo4j", ROOT / "scripts" / "bench_neo4j.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_graph


class Server:
    """``scripts/neo4j`` on its own home and ports."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.config = Neo4jConfig(uri=URI, password=config().password)
        self.env = {**os.environ, "KG_NEO4J_HOME": str(home), "NEO4J_BOLT_PORT": str(BOLT),
                    "NEO4J_HTTP_PORT": str(HTTP), "NEO4J_HEAP": "512m", "NEO4J_PAGECACHE": "64m",
                    "NEO4J_URI": URI, "NEO4J_PASSWORD": self.config.password}

    def script(self, command: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(SCRIPT), command], env=self.env, capture_output=True, text=True,
                              timeout=600)

    def ensure_running(self) -> None:
        if self.script("status").returncode != 0:
            started = self.script("start")
            assert started.returncode == 0, started.stdout + started.stderr

    def kill(self) -> None:
        os.kill(int((self.home / "run" / "kg-neo4j.pid").read_text()), signal.SIGKILL)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    own = Server(tmp_path_factory.mktemp("neo4j-kill"))
    own.ensure_running()
    try:
        yield own
    finally:
        own.script("stop")


def _hold_port(port: int) -> socket.socket:
    """A listening socket on ``port``, once the killed server has let go of it."""
    holder = socket.socket()
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    for _ in range(600):
        try:
            holder.bind(("127.0.0.1", port))
            break
        except OSError:
            time.sleep(0.1)
    holder.listen()
    return holder


def test_a_server_killed_mid_load_gives_one_line_and_a_rerun_gives_a_clean_load(server, tmp_path):
    graph = _synthetic_graph()(load_schema(), 8000, 30000, 100)
    path = graph.write_json(tmp_path / "graph.json")
    clear(server.config)
    load_graph(graph, server.config)
    clean = shape(server.config)
    clear(server.config)

    load = subprocess.Popen([*KG, "load", str(path)], env=server.env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    while not any(v for k, v in shape(server.config).items() if "+" not in k and k != "Document"):
        assert load.poll() is None, "the load ended before any relationship was written"
        time.sleep(0.05)
    assert load.poll() is None, "the load ended before the kill: make the graph bigger"
    server.kill()
    out, err = load.communicate(timeout=300)
    assert load.returncode == 1
    assert err == f"error: {path}: {LOST}\n"  # no driver log line, no retry message, no traceback
    assert "Failed" not in out

    # The dead server may still hold its Bolt port: start waits for it instead of failing.
    holder = _hold_port(BOLT)
    start = subprocess.Popen(["bash", str(SCRIPT), "start"], env=server.env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    first = start.stdout.readline()
    holder.close()
    out, err = start.communicate(timeout=600)
    assert first.startswith("neo4j: waiting up to 60s for the previous server"), first + err
    assert start.returncode == 0, out + err

    again = subprocess.run([*KG, "load", str(path)], env=server.env, cwd=ROOT, capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 0, again.stderr
    assert shape(server.config) == clean


def test_start_without_a_killed_server_of_its_own_refuses_a_busy_port(server, tmp_path):
    other = Server(tmp_path / "home")  # a home that never ran a server: the port belongs to someone else
    holder = _hold_port(BOLT + 100)
    try:
        refused = subprocess.run(["bash", str(SCRIPT), "start"], env={**other.env, "NEO4J_BOLT_PORT": str(BOLT + 100)},
                                 capture_output=True, text=True, timeout=60)
    finally:
        holder.close()
    assert refused.returncode == 1
    assert refused.stderr == f"neo4j: port {BOLT + 100} is already in use by another program (set NEO4J_BOLT_PORT)\n"


@pytest.mark.parametrize("phase", ["constraints", "delete", "batches"])
def test_every_phase_of_a_load_stops_at_once_when_the_server_dies(server, small_graph, phase, caplog):
    server.ensure_running()
    rows = property_graph(small_graph, load_schema())
    caplog.set_level(logging.DEBUG, logger="neo4j")
    with pytest.raises(Neo4jLoadError) as error, connect(server.config) as driver:
        writer = _Writer(driver, server.config.database, 5000, 2, lambda n: None)
        server.kill()
        if phase == "constraints":
            writer.run(schema_statements(load_schema())["kg_Entity_id"])
        elif phase == "delete":
            writer.run(delete_relationships_query("HELD"), docs=["d1"], limit=5000)
        else:
            writer.rounds(independent([(DOCUMENTS, rows.documents)], 5000))
    assert str(error.value) == LOST
    assert not [r.getMessage() for r in caplog.records if "retried" in r.getMessage()]


@pytest.mark.parametrize(("command", "how", "seconds"), [("load", "option", "1"), ("load", "env", "2"),
                                                        ("load", "file", "3"), ("build", "option", "1")])
def test_the_connect_timeout_reaches_the_driver(tmp_path, command, how, seconds):
    """A server that accepts TCP but never answers: kg load (or kg build --neo4j) waits for the timeout
    given, then one line."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    uri = f"bolt://127.0.0.1:{silent.getsockname()[1]}"
    (tmp_path / "graph.json").write_text('{"directed": true, "multigraph": true, "graph": {}, "nodes": [], '
                                         '"links": []}', encoding="utf-8")
    (tmp_path / "kg.toml").write_text(f"[neo4j]\nconnect_timeout = {seconds}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_CONNECT_TIMEOUT", "KG_CONFIG")}
    env |= {"NEO4J_CONNECT_TIMEOUT": seconds} if how == "env" else {}
    env |= {"KG_CONFIG": str(tmp_path / "kg.toml")} if how == "file" else {}
    option = ["--connect-timeout", seconds] if how == "option" else []
    args = ["load", str(tmp_path / "graph.json")] if command == "load" else [
        "build", str(ROOT / "examples" / "customs_05.txt"), "--out", str(tmp_path / "out"), "--nlp", "lac",
        "--workers", "1", "--no-html", "--no-rdf", "--neo4j"]
    try:
        done = subprocess.run([*KG, *args, "--uri", uri, *option], env=env,
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        silent.close()
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    where = f"{tmp_path / 'graph.json'}: " if command == "load" else ""
    assert done.stderr.startswith(f"error: {where}cannot reach Neo4j at {uri}")
    assert f"(deadline Deadline(timeout={float(seconds)}))" in done.stderr
