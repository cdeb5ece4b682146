/* The kg graph page: draws #kg-data with vis-network and wires search, legend, tooltips and details.
   Graph text only ever reaches the DOM through textContent: it is never parsed as HTML. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);

  /** An element with optional class and text (set as text, never as HTML). */
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  const types = new Map(data.types.map((t) => [t.name, t]));
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const relZh = (type) => data.relations[type] || type;
  const typeLabel = (type) => (types.has(type) ? types.get(type).zh : type);
  const docTitle = (doc) => (data.docs[doc] && data.docs[doc].title) || doc;
  const shorten = (s) => (s.length > 18 ? s.slice(0, 17) + "…" : s);
  /** The first ``n`` items, then how many more there are. */
  const firstOf = (items, n) => (items.length > n ? [...items.slice(0, n), `… 另 ${items.length - n} 项`] : items);

  const edgesOf = new Map();
  data.edges.forEach((e, i) => {
    for (const end of [e.from, e.to]) {
      if (!edgesOf.has(end)) edgesOf.set(end, []);
      edgesOf.get(end).push(i);
    }
  });
  const idsByType = new Map();
  for (const n of data.nodes) {
    if (!idsByType.has(n.type)) idsByType.set(n.type, []);
    idsByType.get(n.type).push(n.id);
  }

  const nodes = new vis.DataSet(data.nodes.map((n) => {
    const t = types.get(n.type);
    const item = {
      id: n.id, label: shorten(n.name), shape: t.shape, color: t.color,
      value: 1 + n.mentions + (edgesOf.get(n.id) || []).length,
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  // Big pages label (and give arrows to) only the edges of the selected node: thousands of labels and
  // arrowheads are unreadable and cost most of each frame.
  const edges = new vis.DataSet(data.edges.map((e, i) => {
    const item = { id: i, from: e.from, to: e.to, label: data.physics ? relZh(e.type) : "" };
    if (e.rank > 0) item.smooth = { enabled: true, type: "curvedCW", roundness: 0.2 * e.rank };
    return item;
  }));

  // -- details and tooltips ------------------------------------------------------------
  function row(dl, key, value) {
    if (value === "" || value === undefined) return;
    dl.append(el("dt", key));
    const dd = el("dd");
    if (value instanceof Node) dd.append(value); else dd.textContent = String(value);
    dl.append(dd);
  }

  function docList(docs) {
    const ul = el("ul");
    for (const d of firstOf(docs, 20)) {
      const li = el("li", docTitle(d));
      if (data.docs[d]) li.append(el("div", data.docs[d].source, "kg-meta"));
      ul.append(li);
    }
    return ul;
  }

  function nodeSummary(n) {
    const t = types.get(n.type);
    return [
      el("div", n.name, "kg-tip-title"),
      el("div", `类型 ${t.zh} (${t.en})`, "kg-tip-row"),
      el("div", n.aliases.length ? `别名 ${firstOf(n.aliases, 8).join("、")}` : "", "kg-tip-row"),
      el("div", `文档 ${firstOf(n.docs.map(docTitle), 3).join("；")}`, "kg-tip-row"),
    ];
  }

  function edgeSummary(e) {
    return [
      el("div", `${byId.get(e.from).name} —${relZh(e.type)}→ ${byId.get(e.to).name}`, "kg-tip-title"),
      el("div", `“${e.evidence}”`, "kg-tip-row"),
      el("div", `来源 ${docTitle(e.doc)}`, "kg-tip-row"),
    ];
  }

  const details = $("kg-details");
  function showNodeDetails(id) {
    const n = byId.get(id);
    const t = types.get(n.type);
    const dl = el("dl");
    row(dl, "类型 type", `${t.zh} (${t.en})`);
    row(dl, "别名 aliases", n.aliases.join("、"));
    row(dl, "提及 mentions", n.mentions);
    row(dl, "文档 documents", docList(n.docs));
    const rels = edgesOf.get(id) || [];
    const ul = el("ul");
    for (const i of rels.slice(0, 40)) {
      const e = data.edges[i];
      const other = byId.get(e.from === id ? e.to : e.from);
      const li = el("li", `${e.from === id ? "→" : "←"} ${relZh(e.type)} · ${other.name}`);
      li.append(el("blockquote", e.evidence));
      ul.append(li);
    }
    if (rels.length > 40) ul.append(el("li", `… 另 ${rels.length - 40} 条`));
    row(dl, `关系 relations (${rels.length})`, rels.length ? ul : "");
    details.replaceChildren(el("h2", n.name), dl);
    details.hidden = false;
  }

  function showEdgeDetails(i) {
    const e = data.edges[i];
    const dl = el("dl");
    row(dl, "证据 evidence", el("blockquote", e.evidence));
    row(dl, "来源文章 source article", docList([e.doc]));
    row(dl, "置信度 confidence", e.confidence);
    details.replaceChildren(
      el("h2", `${byId.get(e.from).name} —${relZh(e.type)}→ ${byId.get(e.to).name}`), dl);
    details.hidden = false;
  }

  const tip = $("kg-tooltip");
  function showTip(children, pointer) {
    tip.replaceChildren(...children.filter((c) => c.textContent));
    tip.hidden = false;
    const box = $("kg-main").getBoundingClientRect();
    const x = Math.min(pointer.DOM.x + 14, box.width - tip.offsetWidth - 4);
    const y = Math.min(pointer.DOM.y + 14, box.height - tip.offsetHeight - 4);
    tip.style.left = `${Math.max(x, 4)}px`;
    tip.style.top = `${Math.max(y, 4)}px`;
  }
  const hideTip = () => { tip.hidden = true; };

  // -- the network ----------------------------------------------------------------------
  let network = null;
  const visible = new Set(types.keys());

  function setTypeVisible(type, show) {
    if (show) visible.add(type); else visible.delete(type);
    nodes.update((idsByType.get(type) || []).map((id) => ({ id, hidden: !show })));
    const box = document.querySelector(`#kg-legend input[data-type="${CSS.escape(type)}"]`);
    if (box) box.checked = show;
  }

  let labelled = [];
  function labelAround(ids) {
    if (data.physics) return;
    const now = ids.flatMap((n) => edgesOf.get(n) || []);
    const off = labelled.filter((id) => !now.includes(id));
    labelled = now;
    // one update: vis rescans every edge after each one
    edges.update([
      ...off.map((id) => ({ id, label: "", arrows: { to: { enabled: false } } })),
      ...now.map((id) => ({ id, label: relZh(data.edges[id].type), arrows: { to: { enabled: true } } })),
    ]);
  }

  function focusNode(id) {
    const type = byId.get(id).type;
    if (!visible.has(type)) setTypeVisible(type, true);
    network.selectNodes([id]);
    labelAround([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
    showNodeDetails(id);
  }

  function buildLegend() {
    const legend = $("kg-legend");
    for (const t of data.types) {
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.type = t.name;
      box.addEventListener("change", () => setTypeVisible(t.name, box.checked));
      const glyph = el("span", t.glyph, "kg-glyph");
      glyph.style.color = t.color;
      const en = el("span", t.en);
      en.lang = "en";
      const label = el("label");
      label.append(box, glyph, el("span", t.zh), en, el("span", t.count, "kg-count"));
      legend.append(label);
    }
  }

  // -- search -----------------------------------------------------------------------------
  const norm = (s) => s.normalize("NFKC").toLowerCase()
    .replace(/[“”„「」『』〝〞]/g, "\"").replace(/[‘’]/g, "'").replace(/\s+/g, "");
  const index = data.nodes.map((n) => ({ node: n, keys: [n.name, ...n.aliases].map(norm) }));

  function search(query) {
    const q = norm(query);
    if (!q) return [];
    const hits = [];
    for (const { node, keys } of index) {
      let best = null;
      keys.forEach((k, i) => {
        const rank = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : null;
        if (rank !== null && (best === null || rank + (i ? 0.5 : 0) < best.score)) {
          best = { score: rank + (i ? 0.5 : 0), alias: i ? node.aliases[i - 1] : null };
        }
      });
      if (best) hits.push({ node, ...best });
    }
    hits.sort((a, b) => a.score - b.score || b.node.mentions - a.node.mentions);
    return hits.slice(0, 20);
  }

  const input = $("kg-search");
  const results = $("kg-results");
  let hits = [];
  let active = 0;

  function renderResults() {
    results.replaceChildren();
    if (input.value.trim() && !hits.length) results.append(el("li", "无匹配 / no match", "kg-meta"));
    hits.forEach((h, i) => {
      const li = el("li", h.node.name);
      li.setAttribute("role", "option");
      li.dataset.node = h.node.id;
      if (i === active) li.className = "active";
      const meta = `${typeLabel(h.node.type)}${h.alias !== null ? ` · 别名 ${h.alias}` : ""}`;
      li.append(el("span", meta, "kg-meta"));
      li.addEventListener("click", () => focusNode(h.node.id));
      results.append(li);
    });
  }

  input.addEventListener("input", () => { hits = search(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", (ev) => {
    if (!hits.length) return;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      renderResults();
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      focusNode(hits[active].node.id);
      ev.preventDefault();
    }
  });

  // -- start ------------------------------------------------------------------------------
  function ready() {
    document.body.dataset.state = "ready";
  }

  function start() {
    network = new vis.Network($("kg-network"), { nodes, edges }, data.options);
    window.kgNetwork = network;
    network.on("hoverNode", (p) => showTip(nodeSummary(byId.get(p.node)), p.pointer));
    network.on("hoverEdge", (p) => showTip(edgeSummary(data.edges[p.edge]), p.pointer));
    for (const ev of ["blurNode", "blurEdge", "dragStart", "zoom"]) network.on(ev, hideTip);
    $("kg-network").addEventListener("mouseleave", hideTip);
    network.on("select", (p) => labelAround(p.nodes));
    network.on("click", (p) => {
      if (p.nodes.length) showNodeDetails(p.nodes[0]);
      else if (p.edges.length) showEdgeDetails(p.edges[0]);
      else details.hidden = true;
    });
    if (!data.nodes.length) {
      $("kg-network").append(el("p", "图中没有实体 / the graph is empty", "kg-hint"));
      ready();
    } else if (data.physics) {
      network.once("stabilizationIterationsDone", () => {
        network.setOptions({ physics: false });
        network.fit({ maxZoomLevel: 1.6 });
        ready();
      });
    } else {
      network.once("afterDrawing", ready);
    }
  }

  buildLegend();
  requestAnimationFrame(() => setTimeout(start, 0));
})();
