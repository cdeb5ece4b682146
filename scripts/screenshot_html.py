"""Screenshot a kg page in Debian's headless Chromium (offline), e.g. docs/graph.png.

    kg build examples/000_c7b28c63f9a93491.txt --out /tmp/seed
    python scripts/screenshot_html.py /tmp/seed docs/graph.png --select 海关总署
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.model import KnowledgeGraph
from kg.sinks.html import write_html
from kg.sinks.html_browser import chromium, open_offline

#: Clicks the node with this name, as a user would, to open its details.
CLICK_NODE = """name => {
  const id = JSON.parse(document.getElementById('kg-data').textContent).nodes.find(n => n.name === name).id;
  const d = kgNetwork.canvasToDOM(kgNetwork.getPosition(id));
  const r = document.getElementById('kg-network').getBoundingClientRect();
  return [r.left + d.x, r.top + d.y]; }"""


@click.command()
@click.argument("out_dir", type=click.Path(exists=True, path_type=Path))
@click.argument("png", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--select", metavar="NAME", help="Click this entity first, to show its details.")
@click.option("--title", default="海关总署召开“不忘初心、牢记使命”主题教育动员会", show_default=True)
def main(out_dir: Path, png: Path, select: str | None, title: str) -> None:
    page = write_html(KnowledgeGraph.read_json(out_dir), out_dir / "screenshot.html", title=title)
    with chromium() as browser:
        opened = open_offline(browser, page, size=(1400, 860))
        if select:
            opened.page.mouse.click(*opened.page.evaluate(CLICK_NODE, select))
            opened.page.mouse.move(0, 0)
        opened.page.screenshot(path=png)
        problems = opened.outside_requests + opened.errors + opened.dialogs
        opened.close()
    page.unlink()
    if problems:
        raise click.ClickException(f"{page}: {problems}")
    click.echo(f"wrote {png}")


if __name__ == "__main__":
    main()
