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


@click.command()
def models() -> None:
    """List the NLP engines (--nlp) and the HanLP models available on this machine (HANLP_HOME)."""
    from kg.nlp import DEFAULT_ENGINE, ENGINES
    from kg.nlp.hanlp_ner_onnx import SOURCE

    engines = Table(title="NLP engines (--nlp)")
    for column in ("engine", "what", "needs", "ready here"):
        engines.add_column(column, overflow="fold")
    for name, info in ENGINES.items():
        ready, detail = info.check()
        label = f"{name} (default)" if name == DEFAULT_ENGINE else name
        here = ("yes" if ready else "no") + (f": {detail}" if detail else "")
        engines.add_row(*map(Text, (label, info.summary, info.needs, here)))
    console.print(engines)

    from kg.nlp.hanlp_models import hanlp_home

    found = [("charner (shipped; under torch: --nlp hanlp:<folder>)", SOURCE)] if SOURCE.is_dir() else []
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
