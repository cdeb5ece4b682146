"""kg: knowledge graphs from Chinese government and party news.

>>> import kg
>>> g = kg.build(["examples/"])          # doctest: +SKIP
>>> g.number_of_nodes() > 0               # doctest: +SKIP
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    import networkx as nx

__all__ = ["build"]


def build(paths: Iterable[str | Path], nlp: str | None = None, schema: Iterable[str | Path] = ()) -> nx.MultiDiGraph:
    """Build the knowledge graph of the articles under ``paths`` as a ``networkx.MultiDiGraph``
    (``nlp``: an engine spec, default :data:`kg.nlp.DEFAULT_ENGINE`)."""
    from kg.nlp import DEFAULT_ENGINE
    from kg.pipeline import Pipeline

    return Pipeline(nlp=nlp or DEFAULT_ENGINE, schema_files=schema).run(paths).graph.to_networkx()
