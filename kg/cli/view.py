"""``kg view``: the interactive page for a whole graph or a focused part, written, opened or served."""

from __future__ import annotations

import webbrowser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import click

from kg.cli._common import console, fail, read_graph, say
from kg.model import KnowledgeGraph
from kg.schema import Schema, SchemaError, load_schema


def _type_names(requested: tuple[str, ...], graph: KnowledgeGraph, schema: Schema) -> set[str]:
    """Entity type names for ``--type`` values given in English, by schema name or in Chinese."""
    names: dict[str, str] = {e.type.casefold(): e.type for e in graph.entities.values()}
    for t in schema.entity_types.values():
        names.update({t.name.casefold(): t.name, t.en.casefold(): t.name, t.zh: t.name})
    unknown = [r for r in requested if r.casefold() not in names]
    if unknown:
        known = ", ".join(f"{t.name} ({t.zh})" for t in schema.entity_types.values())
        raise click.BadParameter(f"unknown entity type {unknown[0]!r}; known: {known}", param_hint="--type")
    return {names[r.casefold()] for r in requested}


def _handler(page: bytes, name: str) -> type[BaseHTTPRequestHandler]:
    class PageHandler(BaseHTTPRequestHandler):
        """Serves the one page at ``/`` and ``/NAME``; nothing else (no directory listing)."""

        def do_GET(self) -> None:
            if self.path.split("?")[0] not in ("/", f"/{name}"):
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the page is the only thing served."""

    return PageHandler


def _serve(path: Path, port: int, open_browser: bool) -> None:
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), _handler(path.read_bytes(), path.name))
    except OSError as exc:
        fail(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}")
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    say(f"Serving {path} at {url} (Ctrl-C to stop)")
    if open_browser:
        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say("Stopped.")
    finally:
        server.server_close()


@click.command()
@click.argument("out_dir", metavar="OUT_DIR", type=click.Path(path_type=Path))
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Only entities of this type (Person, person or 人物); repeatable.")
@click.option("--doc", "docs", multiple=True, metavar="DOC",
              help="Only what comes from this article (document id, file name or path); repeatable.")
@click.option("--around", metavar="NAME", help="Only entities near the one with this name or alias.")
@click.option("--hops", type=click.IntRange(0, 10), default=1, show_default=True,
              help="How many relations away from --around to go.")
@click.option("--out", "out_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Page to write [default: OUT_DIR/graph.html, or OUT_DIR/view.html when focused].")
@click.option("--schema", "schema_files", multiple=True, type=click.Path(dir_okay=False),
              help="Extra schema YAML the graph was built with (type names and colours); repeatable.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@click.option("--serve", is_flag=True, help="Serve the page on http://127.0.0.1:PORT/ until Ctrl-C.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port for --serve (0 picks a free one).")
def view(out_dir: Path, types: tuple[str, ...], docs: tuple[str, ...], around: str | None, hops: int,
         out_file: Path | None, schema_files: tuple[str, ...], open_browser: bool, serve: bool,
         port: int) -> None:
    """Write the interactive page for the graph in OUT_DIR (a kg build folder or its graph.json).

    \b
    kg view out                                  the whole graph: out/graph.html
    kg view out --around 海关总署 --hops 2          two relations around one entity: out/view.html
    kg view out --type Person --type 机构 --open   only people and organisations, opened in a browser
    kg view out --doc 000_c7b28c63f9a93491 --serve one article, served on http://127.0.0.1:8000/
    """
    from kg.sinks.html import MAX_EDGES, MAX_NODES, over_limit, subgraph, write_html

    try:
        schema = load_schema(schema_files)
    except SchemaError as exc:
        fail(" ".join(str(exc).split()), code=2)
    graph = read_graph(out_dir)
    focused = bool(types or docs or around is not None)
    try:
        shown = subgraph(graph, types=_type_names(types, graph, schema), docs=docs, around=around, hops=hops)
    except ValueError as exc:
        fail(str(exc))
    if focused and not shown.entities:
        fail("nothing matches --type/--doc/--around; widen the focus")
    folder = out_dir if out_dir.is_dir() else out_dir.parent
    path = out_file or folder / ("view.html" if focused else "graph.html")
    title = f"kg · {around or ', '.join(types) or ', '.join(docs) or folder.resolve().name}"
    try:
        with console.status(f"Laying out {len(shown.entities):,} entities…"):
            write_html(shown, path, title=title, schema=schema)
    except OSError as exc:
        fail(f"{path}: cannot write: {exc.strerror or exc}")
    say(f"Wrote {path} ({len(shown.entities):,} of {len(graph.entities):,} entities, "
        f"{len(shown.relations):,} of {len(graph.relations):,} relations)")
    if over_limit(shown):
        say(f"The page draws the best-connected {MAX_NODES:,} entities and {MAX_EDGES:,} relations; "
            "focus with --around NAME, --type TYPE or --doc DOC to see the rest.")
    if serve:
        _serve(path, port, open_browser)
    elif open_browser:
        webbrowser.open(path.resolve().as_uri())
