"""The interactive graph page: one self-contained HTML file that never touches the network.

vis-network (shipped inside the pyvis wheel) and the page's own script and style
are inlined; a Content-Security-Policy admits only those scripts, by hash. All
graph text travels as JSON in a non-executable ``<script type="application/json">``
block and reaches the DOM through ``textContent`` only, so names and evidence are
always shown as text. Small graphs settle with in-browser physics which then stops;
big ones get a precomputed layout (:mod:`kg.sinks.html_layout`) and no physics;
past :data:`MAX_NODES` / :data:`MAX_EDGES` the page shows the best-connected part
and says what was left out.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, deque
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2
import numpy as np

from kg.atomic import replacing
from kg.model import KnowledgeGraph, Relation
from kg.normalize import normalize_name
from kg.schema import Schema, load_schema
from kg.sinks.html_layout import force_layout

MAX_NODES = 5000
MAX_EDGES = 10000
#: Up to this many nodes the browser lays the graph out with physics (then stops it).
PHYSICS_LIMIT = 200
#: Pixels per unit of the precomputed layout (its ideal edge length).
LAYOUT_SCALE = 140.0
VIS_JS = "templates/lib/vis-9.1.2/vis-network.min.js"

#: Colour and vis-network shape per schema entity type; other types cycle through FALLBACK.
STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#e15759", "dot"),
    "Organization": ("#4e79a7", "square"),
    "Position": ("#f28e2b", "triangle"),
    "Event": ("#59a14f", "diamond"),
    "Case": ("#b07aa1", "triangleDown"),
    "Concept": ("#d4a017", "hexagon"),
    "Location": ("#76b7b2", "star"),
    "Date": ("#9c755f", "dot"),
}
FALLBACK = ("#7f7f7f", "#bcbd22", "#17becf", "#ff9da7")
GLYPHS = {"dot": "●", "square": "■", "triangle": "▲", "diamond": "◆", "triangleDown": "▼",
          "hexagon": "⬢", "star": "★"}


# -- focusing -------------------------------------------------------------------
def _doc_ids(graph: KnowledgeGraph, wanted: Iterable[str]) -> set[str]:
    """Document ids for ``wanted`` given as ids, source paths, file names or file stems."""
    names: dict[str, str] = {}
    for doc in graph.documents.values():
        source = Path(doc.source)
        for key in (doc.id, doc.source, source.name, source.stem):
            names.setdefault(key, doc.id)
    out = set()
    for want in wanted:
        if want not in names:
            raise ValueError(f"no document {want!r} in the graph ({len(graph.documents)} documents)")
        out.add(names[want])
    return out


def _named(graph: KnowledgeGraph, name: str) -> list[str]:
    """Ids of the entities whose name or an alias is ``name`` (compared normalised)."""
    key = normalize_name(name).casefold()
    return [e.id for e in graph.entities.values()
            if any(normalize_name(n).casefold() == key for n in (e.name, *e.aliases))]


def _reach(relations: list[Relation], start: list[str], hops: int, allowed: set[str]) -> set[str]:
    """Entities within ``hops`` of ``relations`` from ``start`` (either direction), inside ``allowed``."""
    adjacent: dict[str, set[str]] = {}
    for r in relations:
        if r.source in allowed and r.target in allowed:
            adjacent.setdefault(r.source, set()).add(r.target)
            adjacent.setdefault(r.target, set()).add(r.source)
    seen = set(start)
    frontier = deque((s, 0) for s in start)
    while frontier:
        node, dist = frontier.popleft()
        if dist == hops:
            continue
        for nxt in adjacent.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append((nxt, dist + 1))
    return seen


def subgraph(graph: KnowledgeGraph, *, types: Iterable[str] = (), docs: Iterable[str] = (),
             around: str | None = None, hops: int = 1) -> KnowledgeGraph:
    """The part of ``graph`` to show: entities of ``types``, from ``docs``, within ``hops`` of ``around``.

    ``around`` matches a name or an alias; the matched entities are kept whatever their type.
    Raises ``ValueError`` naming what did not match.
    """
    types, docs = set(types), list(docs)
    relations = graph.relations
    keep = set(graph.entities)
    if docs:
        doc_ids = _doc_ids(graph, docs)
        relations = [r for r in relations if r.doc in doc_ids]
        keep = {e.id for e in graph.entities.values() if doc_ids & set(e.docs)}
        keep |= {end for r in relations for end in (r.source, r.target)}
    centres: list[str] = []
    if around is not None:
        centres = [c for c in _named(graph, around) if c in keep]
        if not centres:
            raise ValueError(f"no entity named {around!r} in the graph (names and aliases are searched)")
        keep = _reach(relations, centres, max(hops, 0), keep)
    if types:
        keep = {k for k in keep if graph.entities[k].type in types} | set(centres)
    out = KnowledgeGraph(entities={k: e for k, e in graph.entities.items() if k in keep})
    out.relations = [r for r in relations if r.source in keep and r.target in keep]
    used = {d for e in out.entities.values() for d in e.docs} | {r.doc for r in out.relations}
    out.documents = {k: d for k, d in graph.documents.items() if k in used}
    return out


# -- the page ---------------------------------------------------------------------
def over_limit(graph: KnowledgeGraph) -> bool:
    """Whether the page would show only part of ``graph`` (see :func:`_limit`)."""
    return len(graph.entities) > MAX_NODES or len(graph.relations) > MAX_EDGES


def _limit(graph: KnowledgeGraph) -> tuple[KnowledgeGraph, dict[str, int] | None]:
    """The best-connected :data:`MAX_NODES` entities and most confident :data:`MAX_EDGES` relations,
    and how many entities and relations that leaves out (None: nothing)."""
    if not over_limit(graph):
        return graph, None
    n, m = len(graph.entities), len(graph.relations)
    degree = Counter(end for r in graph.relations for end in (r.source, r.target))
    ranked = sorted(graph.entities.values(), key=lambda e: (-(degree[e.id] + e.mentions), e.id))
    keep = {e.id for e in ranked[:MAX_NODES]}
    relations = [r for r in graph.relations if r.source in keep and r.target in keep]
    relations = sorted(relations, key=lambda r: -r.confidence)[:MAX_EDGES]
    shown = KnowledgeGraph({k: e for k, e in graph.entities.items() if k in keep}, relations, graph.documents)
    return shown, {"nodes": n - len(keep), "edges": m - len(relations)}


def _style(type_name: str, index: int) -> tuple[str, str]:
    return STYLES.get(type_name, (FALLBACK[index % len(FALLBACK)], "dot"))


def _options(physics: bool) -> dict[str, Any]:
    """vis-network options: settle-then-stop physics for small graphs, static drawing for big ones."""
    options: dict[str, Any] = {
        "autoResize": True,
        "nodes": {"font": {"face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1,
                  # Label "scaling" on (at one size): vis then skips labels too small to read instead
                  # of laying them out, which is most of a zoomed-out frame of a big graph otherwise.
                  "scaling": {"min": 8, "max": 28, "label": {"enabled": True, "min": 14, "max": 14,
                                                             "drawThreshold": 6}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#a0a7b4", "highlight": "#1f2a44", "hover": "#1f2a44"},
                  "font": {"size": 12, "color": "#3b4252", "strokeWidth": 4, "align": "horizontal"},
                  "width": 1.2, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 80,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
        "layout": {"randomSeed": 7, "improvedLayout": False},
    }
    if physics:
        options["physics"] = {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 110, "springConstant": 0.06,
                                 "avoidOverlap": 0.6},
            "stabilization": {"iterations": 250, "fit": True},
        }
        options["edges"]["smooth"] = {"type": "continuous"}
    else:
        options["physics"] = False
        options["edges"]["smooth"] = False
        options["edges"]["arrows"]["to"]["enabled"] = False  # the page adds them around the selection
        options["interaction"].update(hideEdgesOnDrag=True, hideEdgesOnZoom=True)
    return options


def page_data(graph: KnowledgeGraph, schema: Schema) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-able data."""
    shown, omitted = _limit(graph)
    ids = {eid: i for i, eid in enumerate(shown.entities)}
    physics = len(ids) <= PHYSICS_LIMIT
    counts = Counter(e.type for e in shown.entities.values())
    order = [t for t in schema.entity_types if t in counts] + sorted(set(counts) - set(schema.entity_types))
    types = []
    for i, name in enumerate(order):
        known = schema.entity_types.get(name)
        color, shape = _style(name, i)
        types.append({"name": name, "zh": known.zh if known else name, "en": known.en if known else name,
                      "color": color, "shape": shape, "glyph": GLYPHS[shape], "count": counts[name]})
    nodes = [{"id": ids[e.id], "name": e.name, "type": e.type, "aliases": e.aliases, "docs": e.docs,
              "mentions": e.mentions} for e in shown.entities.values()]
    parallel: Counter[frozenset[str]] = Counter()
    edges = []
    for r in shown.relations:
        pair = frozenset((r.source, r.target))
        edges.append({"from": ids[r.source], "to": ids[r.target], "type": r.type, "evidence": r.evidence,
                      "doc": r.doc, "confidence": round(r.confidence, 3), "rank": parallel[pair]})
        parallel[pair] += 1
    if not physics and nodes:
        pairs = np.array([(e["from"], e["to"]) for e in edges], dtype=np.int64).reshape(-1, 2)
        for node, (x, y) in zip(nodes, force_layout(len(nodes), pairs) * LAYOUT_SCALE, strict=True):
            node["x"], node["y"] = round(float(x)), round(float(y))
    used = {d for n in nodes for d in n["docs"]} | {e["doc"] for e in edges}
    return {
        "types": types,
        "relations": {name: rel.zh for name, rel in schema.relation_types.items()},
        "docs": {k: {"title": d.title, "source": d.source} for k, d in shown.documents.items() if k in used},
        "nodes": nodes,
        "edges": edges,
        "omitted": omitted,
        "options": _options(physics),
        "physics": physics,
    }


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("kg", "assets"), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def render_html(graph: KnowledgeGraph, *, title: str = "kg", schema: Schema | None = None) -> str:
    """The page for ``graph`` as a string."""
    schema = schema or load_schema()
    data = page_data(graph, schema)
    assets = files("kg") / "assets"
    scripts = [(files("pyvis") / VIS_JS).read_text(encoding="utf-8"),
               (assets / "graph.js").read_text(encoding="utf-8")]
    return _environment().get_template("graph.html.j2").render(
        title=title,
        data=data,
        scripts=scripts,
        style=(assets / "graph.css").read_text(encoding="utf-8"),
        csp_scripts=" ".join(_csp_hash(s) for s in scripts),
        stats={"nodes": len(graph.entities), "edges": len(graph.relations), "docs": len(graph.documents)},
        omitted=data["omitted"],
        shown={"nodes": len(data["nodes"]), "edges": len(data["edges"])},
    )


def write_html(graph: KnowledgeGraph, path: Path, *, title: str = "kg", schema: Schema | None = None) -> Path:
    """Write the interactive page for ``graph`` to ``path`` (atomically) and return the path."""
    path = Path(path)
    html = render_html(graph, title=title, schema=schema)
    with replacing(path) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return path
