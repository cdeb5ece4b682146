"""The interactive page in Debian's headless Chromium, with every outside request blocked."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import HOSTILE, ROOT
from playwright.sync_api import Browser
from test_html import chain_graph

from kg.model import Entity, KnowledgeGraph, Relation, entity_id
from kg.sinks import html as page
from kg.sinks.html_browser import OfflinePage, chromium, open_offline

pytestmark = pytest.mark.browser

#: JavaScript: the page's node id for a name.
NODE_ID = """name => JSON.parse(document.getElementById('kg-data').textContent)
  .nodes.find(n => n.name === name).id"""
#: JavaScript: where on the page (CSS pixels) a canvas point is drawn.
ON_PAGE = """p => { const d = kgNetwork.canvasToDOM(p);
  const r = document.getElementById('kg-network').getBoundingClientRect();
  return [r.left + d.x, r.top + d.y]; }"""
DRAWN = "[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]"
#: Payloads that would set a flag if the page ever ran them.
PAYLOADS = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=2</script>",
            '"><svg onload="window.__pwned=3">', "<iframe src=javascript:window.__pwned=4>"]
#: axe-core (npm), installed by scripts/test into a git-ignored folder
AXE = Path(os.environ.get("KG_AXE", ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture
def show(browser, tmp_path) -> Iterator[Callable[..., OfflinePage]]:
    """Write a graph's page, open it offline, and check afterwards that it stayed offline and error-free."""
    opened: list[OfflinePage] = []

    def open_graph(graph: KnowledgeGraph, title: str = "kg") -> OfflinePage:
        path = page.write_html(graph, tmp_path / f"page{len(opened)}.html", title=title)
        opened.append(open_offline(browser, path))
        return opened[-1]

    yield open_graph
    for o in opened:
        assert o.requests == [o.url], "the page asked for something besides itself"
        assert o.errors == []
        assert o.dialogs == []
        o.close()


def node_point(o: OfflinePage, name: str) -> tuple[float, float]:
    node = o.page.evaluate(NODE_ID, name)
    return tuple(o.page.evaluate(ON_PAGE, o.page.evaluate("id => kgNetwork.getPosition(id)", node)))


def edge_point(o: OfflinePage, index: int) -> tuple[float, float]:
    middle = o.page.evaluate("i => kgNetwork.body.edges[i].edgeType.getPoint(0.5)", index)
    return tuple(o.page.evaluate(ON_PAGE, middle))


def test_draws_every_node_and_edge_offline(show, small_graph):
    o = show(small_graph)
    assert o.page.evaluate(DRAWN) == [len(small_graph.entities), len(small_graph.relations)]
    assert o.page.evaluate("document.querySelectorAll('[src], link, img, iframe, object, embed').length") == 0
    legend = o.page.locator("#kg-legend label").all_inner_texts()
    assert any("人物" in t and t.strip().endswith("1") for t in legend)
    assert any("机构" in t and t.strip().endswith("2") for t in legend)


def test_the_example_articles_graph(show, example_graph):
    graph, _ = example_graph
    o = show(graph, title="examples")
    assert o.page.evaluate(DRAWN) == [len(graph.entities), len(graph.relations)]
    legend = o.page.evaluate("[...document.querySelectorAll('#kg-legend input')].map(i => i.dataset.type)")
    assert sorted(legend) == sorted(graph.counts()[0])


def test_layout_settles_then_stops(show, small_graph):
    o = show(small_graph)
    before = o.page.evaluate("kgNetwork.getPositions()")
    o.page.wait_for_timeout(700)
    assert o.page.evaluate("kgNetwork.getPositions()") == before
    assert o.page.evaluate("kgNetwork.physics.physicsEnabled") is False


def test_big_graph_comes_laid_out_and_still(show):
    graph = chain_graph(page.PHYSICS_LIMIT)
    o = show(graph)
    assert o.page.evaluate(DRAWN) == [len(graph.entities), len(graph.relations)]
    drawn = o.page.evaluate("kgNetwork.getPositions()")
    planned = o.page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).nodes")
    assert all(drawn[str(n["id"])] == {"x": n["x"], "y": n["y"]} for n in planned)
    assert o.page.evaluate("kgNetwork.physics.physicsEnabled") is False
    labels = "kgNetwork.body.data.edges.get().filter(e => e.label).map(e => e.label).sort()"
    assert o.page.evaluate(labels) == []  # a big page labels only the selection's edges
    o.page.fill("#kg-search", "人5")
    o.page.press("#kg-search", "Enter")
    assert o.page.evaluate(labels) == ["出席", "讲话"]  # 人5 attended 会5 and spoke at 会4


def test_search_by_alias_focuses_the_node(show, small_graph):
    o = show(small_graph)
    o.page.fill("#kg-search", "总署")
    first = o.page.locator("#kg-results li").first
    assert first.inner_text().startswith("海关总署") and "别名 总署" in first.inner_text()
    o.page.press("#kg-search", "Enter")
    node = o.page.evaluate(NODE_ID, "海关总署")
    o.page.wait_for_function("""id => { const p = kgNetwork.getPosition(id), v = kgNetwork.getViewPosition();
        return Math.hypot(p.x - v.x, p.y - v.y) < 1; }""", arg=node)
    assert o.page.evaluate("kgNetwork.getSelectedNodes()") == [node]
    assert o.page.locator("#kg-details h2").inner_text() == "海关总署"


def test_search_by_name_click_and_no_match(show, small_graph):
    o = show(small_graph)
    o.page.fill("#kg-search", "象牙")
    o.page.locator("#kg-results li", has_text="“1.17”特大象牙走私案").click()
    node = o.page.evaluate(NODE_ID, "“1.17”特大象牙走私案")
    assert o.page.evaluate("kgNetwork.getSelectedNodes()") == [node]
    o.page.fill("#kg-search", "不存在的名字")
    assert o.page.locator("#kg-results li").all_inner_texts() == ["无匹配 / no match"]


def test_type_checkboxes_hide_and_show(show, small_graph):
    o = show(small_graph)
    person = o.page.locator("#kg-legend label", has_text="人物").locator("input")
    person.uncheck()
    assert o.page.evaluate(DRAWN) == [6, 4]  # 王辉忠 and his two relations
    person.check()
    assert o.page.evaluate(DRAWN) == [7, 6]
    person.uncheck()
    o.page.fill("#kg-search", "王辉忠")
    o.page.press("#kg-search", "Enter")  # finding a hidden node shows its type again
    assert o.page.evaluate(DRAWN) == [7, 6] and person.is_checked()


def test_hover_and_click_show_node_and_evidence(show, small_graph):
    o = show(small_graph)
    o.page.mouse.move(*node_point(o, "王辉忠"))
    tip = o.page.locator("#kg-tooltip")
    tip.wait_for(state="visible")
    assert all(text in tip.inner_text() for text in ("王辉忠", "人物", "海关总署召开动员会"))
    o.page.mouse.move(5, 5)  # off the graph: the tooltip goes
    tip.wait_for(state="hidden")
    commended = next(i for i, r in enumerate(small_graph.relations) if r.type == "COMMENDED")
    o.page.mouse.move(*edge_point(o, commended))
    o.page.wait_for_function("document.getElementById('kg-tooltip').textContent.includes('表彰')")
    assert "表彰了侦破“1.17”特大象牙走私案的有功集体和个人" in tip.inner_text()
    o.page.mouse.click(*edge_point(o, commended))
    details = o.page.locator("#kg-details")
    assert details.locator("h2").inner_text() == "海关总署 —表彰→ “1.17”特大象牙走私案"
    assert details.locator("blockquote").inner_text() == "表彰了侦破“1.17”特大象牙走私案的有功集体和个人"
    assert "海关总署召开动员会" in details.inner_text() and "examples/d1.txt" in details.inner_text()


def test_hostile_article_runs_nothing_and_shows_its_text(show, small_graph):
    g = small_graph
    event = entity_id("Event", "“不忘初心、牢记使命”主题教育动员会")
    for i, payload in enumerate(PAYLOADS):
        evil = g.add_entity(Entity(entity_id("Person", payload), payload, "Person", [payload + "2"], ["d2"]))
        g.relations.append(Relation(evil.id, event, "ATTENDED", payload, "d2", i, i + 1, 0.5))
    o = show(g, title=PAYLOADS[0])
    for name in (HOSTILE, *PAYLOADS):
        o.page.mouse.move(*node_point(o, name))
        o.page.wait_for_function("n => document.getElementById('kg-tooltip').textContent.includes(n)",
                                 arg=name)
        o.page.mouse.click(*node_point(o, name))
        assert o.page.locator("#kg-details h2").inner_text() == name
    o.page.fill("#kg-search", "<script>")
    assert o.page.locator("#kg-results li").first.inner_text().startswith("<script>")
    assert o.page.title() == PAYLOADS[0]
    assert o.page.evaluate("window.__pwned") is None
    assert o.page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert o.page.evaluate("document.scripts.length") == 3


def test_past_the_limit_the_banner_says_how_to_focus(show, monkeypatch):
    monkeypatch.setattr(page, "MAX_NODES", 40)
    o = show(chain_graph(30, isolated=20))
    assert o.page.evaluate(DRAWN)[0] == 40
    banner = o.page.locator("#kg-omitted").inner_text()
    assert "另有 39 个实体" in banner and "--around" in banner


def serious_accessibility_violations(o: OfflinePage) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now, one line each."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: bash scripts/test installs axe-core there (npm)")
    o.page.evaluate(AXE.read_text(encoding="utf-8"))
    result = o.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:5]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_axe_finds_no_serious_accessibility_violation(show, small_graph, monkeypatch):
    o = show(small_graph)
    o.page.fill("#kg-search", "海关")  # search results open
    commended = next(i for i, r in enumerate(small_graph.relations) if r.type == "COMMENDED")
    o.page.mouse.click(*edge_point(o, commended))  # the evidence panel opens
    o.page.locator("#kg-details blockquote").wait_for()
    assert serious_accessibility_violations(o) == []
    monkeypatch.setattr(page, "MAX_NODES", 40)
    assert serious_accessibility_violations(show(chain_graph(30, isolated=20))) == []  # with the banner
