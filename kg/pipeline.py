"""The pipeline: ingest → annotate → extract → resolve → graph, one article at a time.

Each article is read, split into sentences (offsets kept), annotated by the chosen
engine in batches, searched for mentions and relations, and resolved into a small
graph that is merged into the result. A bad file is reported and skipped.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.base import ArticleDoc
from kg.extract.lexicon import Lexicon
from kg.extract.stages import DEFAULT_STAGES, Context, Extractor
from kg.ingest import Failure, Notice, Source, discover, read_articles
from kg.model import Article, KnowledgeGraph
from kg.nlp import DEFAULT_ENGINE, Engine, get_engine
from kg.schema import load_schema


@dataclass
class BuildResult:
    """What a run produced: the merged graph, the files that failed, those kept with a warning, and totals."""

    graph: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    articles: int = 0
    chars: int = 0
    seconds: float = 0.0


class Pipeline:
    """Articles in, one knowledge graph out. ``nlp`` names the engine (see :mod:`kg.nlp`)."""

    def __init__(self, nlp: str | Engine = DEFAULT_ENGINE, schema_files: Iterable[str | Path] = (),
                 stages: Sequence[str] = DEFAULT_STAGES) -> None:
        self.schema = load_schema(schema_files)
        self.lexicon = Lexicon.from_schema(self.schema)
        self.engine = get_engine(nlp) if isinstance(nlp, str) else nlp
        self.extractor = Extractor(Context(self.schema, self.lexicon, self.engine), stages)

    def run(self, paths: Iterable[str | Path], *, progress: bool = False) -> BuildResult:
        """Build the graph of every article under ``paths``; failures are collected, not raised."""
        started = time.perf_counter()
        files, failures = discover(paths)
        result = BuildResult(failures=list(failures))
        with _Progress(files, enabled=progress) as bar:
            for source in files:
                for item in read_articles(source, result.warnings.append):
                    if isinstance(item, Failure):
                        result.failures.append(item)
                        continue
                    try:
                        result.graph.merge(self.extract(item))
                    except Exception as exc:  # one bad article never stops a batch
                        result.failures.append(Failure(f"{item.source} ({item.id})", f"extraction failed: {exc}"))
                        continue
                    result.articles += 1
                    result.chars += len(item.text)
                bar.advance(source)
        result.seconds = time.perf_counter() - started
        return result

    def extract(self, article: Article) -> KnowledgeGraph:
        """The graph of one article."""
        return self.extractor(article)

    def analyse(self, article: Article) -> ArticleDoc:
        """One article after every extraction stage: sentences, mentions, discourse, candidates, graph."""
        return self.extractor.doc(article)


class _Progress:
    """A rich progress bar over files (silent when disabled)."""

    def __init__(self, files: list[Source], *, enabled: bool) -> None:
        self.files, self.enabled, self._bar, self._task = files, enabled and len(files) > 1, None, None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), TextColumn("{task.description}"), transient=False)
            self._bar.start()
            self._task = self._bar.add_task("", total=len(self.files))
        return self

    def advance(self, source: Source) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=source.name)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
