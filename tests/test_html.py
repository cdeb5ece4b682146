"""The interactive page without a browser: focusing, escaping, offline markup, limits, layout, ``kg view``."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import HOSTILE

from kg.cli import main
from kg.model import DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id
from kg.sinks import html as page
from kg.sinks.html_layout import force_layout

KG = [sys.executable, "-c", "from kg.cli import main; main()"]


class Parsed(HTMLParser):
    """Tags with their attributes and the text of every ``<script>``."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


def page_json(html: str) -> dict:
    (data,) = [text for attrs, text in Parsed(html).scripts if attrs.get("type") == "application/json"]
    return json.loads(data)


def names(graph: KnowledgeGraph) -> set[str]:
    return {e.name for e in graph.entities.values()}


def chain_graph(n: int, *, isolated: int = 0) -> KnowledgeGraph:
    """``n`` people in a path (each knows the next through one shared event), plus ``isolated`` loners."""
    g = KnowledgeGraph()
    g.documents["d"] = DocumentInfo("d", "长文", "corpus/long.txt", "0" * 64, 10)
    people = [g.add_entity(Entity(entity_id("Person", f"人{i}"), f"人{i}", "Person", [], ["d"], 1))
              for i in range(n)]
    for i in range(isolated):
        g.add_entity(Entity(entity_id("Concept", f"理念{i}"), f"理念{i}", "Concept", [], ["d"], 1))
    for i, (a, b) in enumerate(itertools.pairwise(people)):
        event = g.add_entity(Entity(entity_id("Event", f"会{i}"), f"会{i}", "Event", [], ["d"], 1))
        g.relations.append(Relation(a.id, event.id, "ATTENDED", f"{a.name}出席", "d", i, i + 1, 0.9))
        g.relations.append(Relation(b.id, event.id, "SPOKE_AT", f"{b.name}讲话", "d", i, i + 1, 0.8))
    return g


# -- subgraph --------------------------------------------------------------------------------
def test_subgraph_around_an_alias_follows_hops(small_graph):
    one = page.subgraph(small_graph, around="动员会", hops=1)
    assert names(one) == {"“不忘初心、牢记使命”主题教育动员会", "海关总署", "王辉忠", "5月31日", HOSTILE}
    assert {r.type for r in one.relations} == {"HELD", "SPOKE_AT", "OCCURRED_ON", "ATTENDED"}
    two = page.subgraph(small_graph, around="动员会", hops=2)
    assert names(two) == names(small_graph)
    assert len(two.relations) == len(small_graph.relations)


def test_subgraph_types_keep_the_centre(small_graph):
    people = page.subgraph(small_graph, types=["Person"], around="总署", hops=2)
    assert names(people) == {"海关总署", "王辉忠"}
    assert people.relations == []


def test_subgraph_by_document_id_or_file_name(small_graph):
    by_name = page.subgraph(small_graph, docs=["evil.html"])
    assert names(by_name) == {HOSTILE, "“不忘初心、牢记使命”主题教育动员会"}
    assert [r.type for r in by_name.relations] == ["ATTENDED"]
    assert set(by_name.documents) == {"d1", "d2"}  # the event is also in d1
    assert names(page.subgraph(small_graph, docs=["d2"])) == names(by_name)


def test_subgraph_says_what_did_not_match(small_graph):
    with pytest.raises(ValueError, match="no entity named '不存在'"):
        page.subgraph(small_graph, around="不存在")
    with pytest.raises(ValueError, match=r"no document 'nope\.txt'"):
        page.subgraph(small_graph, docs=["nope.txt"])


# -- the markup --------------------------------------------------------------------------------
def test_hostile_text_never_reaches_the_markup_raw(small_graph, tmp_path):
    html = page.write_html(small_graph, tmp_path / "g.html", title=HOSTILE).read_text(encoding="utf-8")
    for fragment in ("<script>alert", "<img", "<svg", "onload=alert(3)>"):
        assert fragment not in html
    parsed = Parsed(html)
    assert [t for t, _ in parsed.tags].count("script") == 3  # the data, vis-network, the page script
    assert not any(t in ("img", "svg", "iframe", "object", "link") for t, _ in parsed.tags)
    data = page_json(html)
    evil = next(n for n in data["nodes"] if n["name"] == HOSTILE)
    assert evil["aliases"] == [HOSTILE + "2", 'a"b>c%d\ne']
    assert HOSTILE in {e["evidence"] for e in data["edges"]}
    assert data["docs"]["d2"]["title"] == HOSTILE
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_page_loads_nothing_from_outside(small_graph, tmp_path):
    html = page.write_html(small_graph, tmp_path / "g.html").read_text(encoding="utf-8")
    parsed = Parsed(html)
    assert not [(t, a) for t, a in parsed.tags if {"src", "href", "srcset", "action"} & set(a)]
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "@import" not in html


def test_content_security_policy_admits_exactly_the_inline_scripts(small_graph):
    html = page.render_html(small_graph)
    parsed = Parsed(html)
    (csp,) = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv")]
    assert "default-src 'none'" in csp
    code = [text for attrs, text in parsed.scripts if "type" not in attrs]
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(c.encode()).digest()).decode() + "'" for c in code}
    allowed = set(re.search(r"script-src ([^;]*)", csp).group(1).split())
    assert allowed == hashes and len(hashes) == 2


def test_legend_and_edge_labels_come_from_the_schema(small_graph):
    data = page.page_data(small_graph, page.load_schema())
    legend = {t["name"]: (t["zh"], t["count"]) for t in data["types"]}
    assert legend == {"Person": ("人物", 1), "Organization": ("机构", 2), "Position": ("职务", 1),
                      "Event": ("事件", 1), "Case": ("案件", 1), "Date": ("时间", 1)}
    assert data["relations"]["COMMENDED"] == "表彰" and data["relations"]["CHAIRED"] == "主持"
    assert len({(t["color"], t["shape"]) for t in data["types"]}) == len(data["types"])


def test_parallel_edges_are_told_apart(small_graph):
    org = entity_id("Organization", "海关总署")
    event = entity_id("Event", "“不忘初心、牢记使命”主题教育动员会")
    small_graph.relations.append(Relation(org, event, "ATTENDED", "海关总署出席", "d1", 99, 105, 0.7))
    ranks = [e["rank"] for e in page.page_data(small_graph, page.load_schema())["edges"]
             if {e["from"], e["to"]} == {0, 1}]
    assert sorted(ranks) == [0, 1]


# -- size strategies -------------------------------------------------------------------------------
def test_small_graphs_settle_in_the_browser_big_ones_come_laid_out():
    small = page.page_data(chain_graph(10), page.load_schema())
    assert small["physics"] and "x" not in small["nodes"][0] and small["options"]["physics"]["stabilization"]
    big = page.page_data(chain_graph(page.PHYSICS_LIMIT), page.load_schema())
    assert not big["physics"] and big["options"]["physics"] is False
    xy = np.array([(n["x"], n["y"]) for n in big["nodes"]])
    assert np.isfinite(xy).all() and len(np.unique(xy.round(1), axis=0)) == len(xy)


def test_past_the_limit_the_page_says_what_was_left_out(monkeypatch):
    monkeypatch.setattr(page, "MAX_NODES", 40)
    graph = chain_graph(30, isolated=20)  # 30 people, 29 events, 20 loners; 58 relations
    html = page.render_html(graph)
    data = page_json(html)
    assert len(data["nodes"]) == 40
    assert all(n["name"].startswith(("人", "会")) for n in data["nodes"])  # the loners are left out
    assert data["omitted"] == {"nodes": 39, "edges": 58 - len(data["edges"])}
    assert "另有 39 个实体" in html and "--around" in html and "--type" in html
    assert "id=\"kg-omitted\"" not in page.render_html(chain_graph(5))


def test_layout_keeps_neighbours_close_and_nodes_apart():
    rng = np.random.default_rng(1)
    n = 810
    group = np.arange(n) // 40  # 20 groups of 40, each with 120 inner edges, 40 edges between; 10 loners
    inner = rng.integers(0, 40, (20, 120, 2)) + 40 * np.arange(20)[:, None, None]
    edges = np.vstack([inner.reshape(-1, 2), rng.integers(0, 800, (40, 2))])
    pos = force_layout(n, edges)
    assert np.isfinite(pos).all()
    linked = np.isin(np.arange(n), edges[edges[:, 0] != edges[:, 1]])
    centres = np.array([pos[linked & (group == g)].mean(axis=0) for g in range(20)])
    spread = np.mean([np.linalg.norm(pos[linked & (group == g)] - centres[g], axis=1).mean()
                      for g in range(20)])
    between = np.linalg.norm(centres[:, None] - centres[None], axis=2)[np.triu_indices(20, 1)].mean()
    assert spread * 2 < between
    gaps = np.linalg.norm(pos[:, None] - pos[None], axis=2) + np.eye(n) * 1e9
    assert gaps.min() > 0.1
    assert (pos[~linked, 1] > pos[linked, 1].max()).all()  # loners in rows below
    assert np.array_equal(pos, force_layout(n, edges))


# -- kg view ---------------------------------------------------------------------------------------
@pytest.fixture
def out_dir(small_graph, tmp_path) -> Path:
    small_graph.write_json(tmp_path / "graph.json")
    return tmp_path


def test_view_writes_the_whole_graph_or_a_focus(out_dir):
    runner = CliRunner()
    result = runner.invoke(main, ["view", str(out_dir)])
    assert result.exit_code == 0, result.output
    assert len(page_json((out_dir / "graph.html").read_text(encoding="utf-8"))["nodes"]) == 7
    result = runner.invoke(main, ["view", str(out_dir), "--around", "总署", "--hops", "2", "--type", "人物"])
    assert result.exit_code == 0, result.output
    assert "2 of 7 entities" in result.output
    data = page_json((out_dir / "view.html").read_text(encoding="utf-8"))
    assert {n["name"] for n in data["nodes"]} == {"海关总署", "王辉忠"}


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--type", "Persn"], 2, "unknown entity type 'Persn'"),
    (["--around", "无此人"], 1, "no entity named '无此人'"),
    (["--doc", "missing.txt"], 1, "no document 'missing.txt'"),
    (["--type", "Location"], 1, "nothing matches"),
])
def test_view_rejects_a_focus_that_matches_nothing(out_dir, args, code, message):
    result = CliRunner().invoke(main, ["view", str(out_dir), *args])
    assert result.exit_code == code
    assert message in result.output
    assert not (out_dir / "view.html").exists()


def test_view_bad_input_is_one_line_and_writes_nothing(tmp_path):
    (tmp_path / "graph.json").write_text('{"nodes": [{"id": 1}]', encoding="utf-8")
    result = CliRunner().invoke(main, ["view", str(tmp_path)])
    assert result.exit_code == 1
    assert str(tmp_path / "graph.json") in result.output and len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]
    result = CliRunner().invoke(main, ["view", str(tmp_path / "absent")])
    assert result.exit_code == 2 and "no graph file" in result.output


def test_view_open_hands_the_page_to_the_browser(out_dir, tmp_path):
    opened = tmp_path / "opened.txt"
    record = f"import sys; open('{opened}', 'w').write(sys.argv[1])"
    env = {**os.environ, "BROWSER": f'{sys.executable} -c "{record}" %s'}
    subprocess.run([*KG, "view", str(out_dir), "--open"], env=env, check=True,
                   capture_output=True, timeout=120)
    assert opened.read_text() == (out_dir / "graph.html").resolve().as_uri()


def test_view_serve_serves_the_page_and_nothing_else(out_dir):
    proc = subprocess.Popen([*KG, "view", str(out_dir), "--serve", "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() + proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        with urllib.request.urlopen(url, timeout=30) as response:
            body = response.read().decode("utf-8")
            assert response.headers["Content-Type"] == "text/html; charset=utf-8"
        assert body == (out_dir / "graph.html").read_text(encoding="utf-8")
        with pytest.raises(urllib.error.HTTPError, match="404"):
            urllib.request.urlopen(url + "graph.json", timeout=30)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
