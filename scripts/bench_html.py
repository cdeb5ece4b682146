"""Benchmark the interactive page in headless Chromium: kg's page vs the naive pyvis default.

Builds a synthetic news-shaped graph (events as hubs, organisations and people reused
with a heavy tail) of 5,000 entities and 10,000 relations, writes it both ways and opens
each page in Debian's Chromium with every outside request blocked, in the same process:

* build: Python time to write the page (kg's includes the precomputed layout);
* open: navigation until the graph is drawn and still (kg: ``body[data-state=ready]``;
  pyvis: its physics stabilisation finished);
* respond: a zoom and a pan until the next frame is drawn, and (kg only) a search that
  selects and focuses a node.

The naive page (pyvis ``Network(cdn_resources="in_line")``, its default physics) gets
``--cap`` seconds to settle; if it has not, its progress is read and the ratio is a lower
bound. A second table opens smaller graphs with in-browser physics and with the
precomputed layout, which is how ``PHYSICS_LIMIT`` was chosen.

    python scripts/bench_html.py [--nodes 5000] [--edges 10000] [--cap 180]
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import click
from playwright.sync_api import Browser, Error
from pyvis.network import Network
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from kg.model import DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id
from kg.schema import load_schema
from kg.sinks import html as page
from kg.sinks.html_browser import OfflinePage, chromium, open_offline

#: (relation, head type, tail type) used by the generator, all allowed by the schema.
PATTERNS = [("HELD", "Organization", "Event"), ("CHAIRED", "Person", "Event"), ("SPOKE_AT", "Person", "Event"),
            ("ATTENDED", "Person", "Event"), ("ATTENDED", "Organization", "Event"),
            ("EMPHASIZES", "Event", "Concept"), ("IMPLEMENTS", "Organization", "Concept"),
            ("HOLDS_POSITION", "Person", "Position"), ("LOCATED_IN", "Event", "Location"),
            ("COMMENDED", "Organization", "Case"), ("CRACKED", "Organization", "Case")]
SHARES = {"Event": 0.2, "Organization": 0.2, "Person": 0.3, "Concept": 0.08, "Position": 0.08,
          "Location": 0.06, "Case": 0.08}


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 0) -> KnowledgeGraph:
    """A news-shaped graph: each relation comes from one event's article; reused entities are heavy-tailed."""
    rng = random.Random(seed)
    g = KnowledgeGraph()
    pools: dict[str, list[str]] = {}
    for type_, share in SHARES.items():
        for i in range(max(1, round(n_nodes * share))):
            name = f"{type_}{i}号"
            pools.setdefault(type_, []).append(g.add_entity(Entity(entity_id(type_, name), name, type_)).id)

    def pick(type_: str) -> str:
        """A heavy tail: the first 1% of a pool gets about 10% of the picks."""
        pool = pools[type_]
        return pool[int(len(pool) * rng.random() ** 2)]

    for k in range(n_edges):
        event = pools["Event"][k % len(pools["Event"])]
        doc = f"d{k % len(pools['Event'])}"
        g.documents.setdefault(doc, DocumentInfo(doc, f"文章{doc}", f"corpus/{doc}.txt", "0" * 64, 1000))
        rel, head, tail = rng.choice(PATTERNS)
        source = event if head == "Event" else pick(head)
        target = event if tail == "Event" else pick(tail)
        g.relations.append(Relation(source, target, rel, f"第{k}句证据。", doc, k, k + 5, rng.random()))
        for end in (source, target):
            entity = g.entities[end]
            entity.mentions += 1
            if doc not in entity.docs:
                entity.docs.append(doc)
    return g


# -- the two pages ---------------------------------------------------------------------------
def naive_page(graph: KnowledgeGraph, path: Path) -> None:
    """What pyvis gives by default: inlined vis-network, default physics, Bootstrap from a CDN."""
    relations = {name: rel.zh for name, rel in load_schema().relation_types.items()}
    net = Network(directed=True, cdn_resources="in_line")
    for e in graph.entities.values():
        net.add_node(e.id, label=e.name, title=e.name, group=e.type)
    for r in graph.relations:
        net.add_edge(r.source, r.target, label=relations[r.type], title=r.evidence)
    path.write_text(net.generate_html(), encoding="utf-8")


def timed(write: Callable[[KnowledgeGraph, Path], object], graph: KnowledgeGraph, path: Path) -> float:
    start = time.perf_counter()
    write(graph, path)
    return time.perf_counter() - start


#: Changes the view and draws the frame at once (``redraw`` is synchronous; animation frames are not
#: dependable in headless Chromium, which stops producing them when nothing else changes).
CHANGE = """change => { const net = window.kgNetwork || window.network;
  if (change === 'zoom') net.moveTo({scale: net.getScale() * 2});
  else { const p = net.getViewPosition(); net.moveTo({position: {x: p.x + 300, y: p.y + 200}}); }
  net.redraw(); return true; }"""
#: Types a name into kg's search box, presses Enter (selects it, starts the focus) and draws the frame.
SEARCH = """name => { const input = document.getElementById('kg-search');
  input.value = name; input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'})); kgNetwork.redraw(); return true; }"""
NAIVE_DONE = "(document.getElementById('loadingBar') || {style: {}}).style.opacity === '0'"
NAIVE_PROGRESS = "(document.getElementById('text') || {}).textContent || '0%'"


def until_drawn(opened: OfflinePage, script: str, arg: str, timeout_s: float) -> float | None:
    """Wall-clock seconds from asking for ``script`` until it has run and drawn (None: timed out).

    ``wait_for_function`` rather than ``evaluate``: a page whose main thread is busy with physics
    cannot answer, and this way the wait is bounded.
    """
    start = time.perf_counter()
    try:
        opened.page.wait_for_function(script, arg=arg, timeout=timeout_s * 1000, polling=20)
    except Error:
        return None
    return time.perf_counter() - start


def respond(opened: OfflinePage, timeout_s: float) -> dict[str, float | None]:
    """Seconds for a zoom and a pan to be drawn."""
    return {change: until_drawn(opened, CHANGE, change, timeout_s) for change in ("zoom", "pan")}


def run_kg(browser: Browser, path: Path, probe: str) -> dict[str, float | None]:
    start = time.perf_counter()
    opened = open_offline(browser, path)
    result: dict[str, float | None] = {"open": time.perf_counter() - start}
    result |= respond(opened, 120)
    result["search"] = until_drawn(opened, SEARCH, probe, 120)
    selected = opened.page.evaluate("kgNetwork.getSelectedNodes()")
    assert selected == [opened.page.evaluate(f"JSON.parse(document.getElementById('kg-data').textContent)"
                                             f".nodes.findIndex(n => n.name === {probe!r})")], selected
    result["outside requests"] = len(opened.outside_requests)
    opened.close()
    return result


def run_naive(browser: Browser, path: Path, cap: float) -> dict[str, float | None]:
    start = time.perf_counter()
    opened = open_offline(browser, path, ready=False, timeout_ms=cap * 1000)
    result: dict[str, float | None] = {"open": None}
    try:
        opened.page.wait_for_function(NAIVE_DONE, polling=500, timeout=cap * 1000)
        result["open"] = time.perf_counter() - start
    except Error:
        try:
            progress = opened.page.wait_for_function(NAIVE_PROGRESS, timeout=120_000).json_value()
            result["progress"] = float(progress.rstrip("%") or 0) / 100
        except Error:
            result["progress"] = None
    result |= respond(opened, 120)
    result["outside requests"] = len(opened.outside_requests)
    opened.close()
    return result


def physics_table(browser: Browser, sizes: list[int], folder: Path, cap: float) -> Table:
    """Open time with in-browser physics vs the precomputed layout, by graph size."""
    table = Table(title="Open time by strategy (s)", title_justify="left")
    for column in ("entities", "relations", "physics in browser", "precomputed (build + open)"):
        table.add_column(column, justify="right")
    limit = page.PHYSICS_LIMIT
    try:
        for n in sizes:
            graph = synthetic_graph(n, 2 * n, seed=n)
            cells = []
            for physics_limit in (10**9, 0):
                page.PHYSICS_LIMIT = physics_limit
                path = folder / f"size{n}-{physics_limit}.html"
                build = timed(page.write_html, graph, path)
                start = time.perf_counter()
                try:
                    open_offline(browser, path, timeout_ms=cap * 1000).close()
                    opened = time.perf_counter() - start
                    cells.append(f"{opened:.2f}" if physics_limit else f"{build:.2f} + {opened:.2f}")
                except Error:
                    cells.append(f"> {cap:.0f}")
            table.add_row(f"{n:,}", f"{2 * n:,}", *cells)
    finally:
        page.PHYSICS_LIMIT = limit
    return table


def seconds(value: float | None, cap: float) -> str:
    return f"> {cap:.0f}" if value is None else f"{value:.3f}" if value < 1 else f"{value:.2f}"


@click.command()
@click.option("--nodes", default=5000, show_default=True)
@click.option("--edges", default=10000, show_default=True)
@click.option("--cap", default=180.0, show_default=True, help="Seconds the naive page gets to settle.")
@click.option("--sizes", default="100,300,1000", show_default=True, help="Sizes for the strategy table.")
def main(nodes: int, edges: int, cap: float, sizes: str) -> None:
    console = Console()
    graph = synthetic_graph(nodes, edges)
    probe = next(e.name for e in graph.entities.values() if e.type == "Person")
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser, Progress(console=console) as bar:
        folder = Path(tmp)
        task = bar.add_task("pages", total=3)
        kg_build = timed(page.write_html, graph, folder / "kg.html")
        kg = run_kg(browser, folder / "kg.html", probe)
        bar.advance(task)
        naive_build = timed(naive_page, graph, folder / "naive.html")
        naive = run_naive(browser, folder / "naive.html", cap)
        bar.advance(task)
        strategies = physics_table(browser, [int(s) for s in sizes.split(",")], folder, cap)
        bar.advance(task)

    table = Table(title=f"{nodes:,} entities, {edges:,} relations (s)", title_justify="left")
    for column in ("", "kg page", "naive pyvis", "naive / kg"):
        table.add_column(column, justify="right")
    settled = naive["open"] is not None
    naive_open, bound = (naive["open"], "") if settled else (cap, "≥ ")
    table.add_row("build (Python)", f"{kg_build:.2f}", f"{naive_build:.2f}", f"{naive_build / kg_build:.2f}")
    table.add_row("open until drawn and still", f"{kg['open']:.2f}", seconds(naive["open"], cap),
                  f"{bound}{naive_open / kg['open']:.1f}")
    table.add_row("build + open", f"{kg_build + kg['open']:.2f}",
                  f"{'' if settled else '> '}{naive_build + naive_open:.2f}",
                  f"{bound}{(naive_build + naive_open) / (kg_build + kg['open']):.1f}")
    for change in ("zoom", "pan"):
        ratio = "" if None in (naive[change], kg[change]) else f"{naive[change] / kg[change]:.1f}"
        table.add_row(f"{change} to next frame", seconds(kg[change], 120), seconds(naive[change], 120), ratio)
    table.add_row("search to focused frame", seconds(kg["search"], 120), "no search box", "")
    table.add_row("outside requests attempted", str(kg["outside requests"]), str(naive["outside requests"]))
    console.print(table)
    if naive.get("progress"):
        console.print(f"naive page after {cap:.0f} s: physics stabilisation {naive['progress']:.0%} done "
                      f"(at that pace ≈ {cap / naive['progress']:,.0f} s in all)")
    elif "progress" in naive:
        console.print(f"naive page after {cap:.0f} s: still busy, its progress could not be read within 120 s")
    console.print(strategies)


if __name__ == "__main__":
    main()
