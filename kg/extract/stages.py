"""Extraction as a sequence of registered stages over one :class:`ArticleDoc`.

A stage is registered with :func:`stage` under a name, declaring the ``ArticleDoc`` fields it
``requires`` and ``assigns`` (as spaCy's ``Language.factory`` components do). Its factory is called
once per :class:`Extractor` with a :class:`Context` (schema, lexicon, engine) and returns the
callable applied to every article. :class:`Extractor` checks that each stage's inputs are assigned
by an earlier one, then runs them in order::

    annotate → mentions → discourse → relations → resolve
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module

from kg.extract.base import ArticleDoc
from kg.extract.lexicon import Lexicon
from kg.model import Article, KnowledgeGraph
from kg.nlp import Engine
from kg.schema import Schema

StageFn = Callable[[ArticleDoc], None]


@dataclass(frozen=True)
class Context:
    """What a stage factory may use: the schema, its compiled lexicon and the NLP engine."""

    schema: Schema
    lexicon: Lexicon
    engine: Engine | None = None


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[[Context], StageFn]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


#: stage name -> its registration; filled when the stage modules are imported
STAGES: dict[str, StageInfo] = {}
#: the modules that register the default stages, imported on first use (like the engine table)
_MODULES = ("kg.extract.annotate", "kg.extract.mentions", "kg.extract.discourse", "kg.extract.relations",
            "kg.resolve")
DEFAULT_STAGES = ("annotate", "mentions", "discourse", "relations", "resolve")


def stage(name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()):
    """Register a stage factory ``factory(context) -> fn(doc)`` under ``name``."""

    def register(factory: Callable[[Context], StageFn]) -> Callable[[Context], StageFn]:
        STAGES[name] = StageInfo(name, factory, tuple(requires), tuple(assigns))
        return factory

    return register


def get_stage(name: str) -> StageInfo:
    if name not in STAGES:
        for module in _MODULES:
            import_module(module)
    try:
        return STAGES[name]
    except KeyError:
        raise ValueError(f"unknown extraction stage {name!r}; registered: {', '.join(STAGES)}") from None


class Extractor:
    """Runs the named stages, in order, over one article at a time."""

    def __init__(self, context: Context, names: Sequence[str] = DEFAULT_STAGES) -> None:
        self.infos = [get_stage(n) for n in names]
        assigned = {"article"}
        for info in self.infos:
            missing = set(info.requires) - assigned
            if missing:
                raise ValueError(f"stage {info.name!r} needs {sorted(missing)}, which no earlier stage assigns")
            assigned |= set(info.assigns)
        self.stages = [(info.name, info.factory(context)) for info in self.infos]

    def doc(self, article: Article) -> ArticleDoc:
        """The article's :class:`ArticleDoc` after every stage."""
        doc = ArticleDoc(article)
        for _, fn in self.stages:
            fn(doc)
        return doc

    def __call__(self, article: Article) -> KnowledgeGraph:
        doc = self.doc(article)
        if doc.graph is None:
            raise ValueError("no stage assigned the graph (add the 'resolve' stage)")
        return doc.graph
