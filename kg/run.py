"""The run loop: articles in, one merged graph out — on one core, on every core, or on a Dask cluster.

Articles stream from the inputs (:mod:`kg.inputs`); each is looked up in the build cache
(:mod:`kg.cache`) if there is one, and those not found are extracted in chunks by an
:class:`~kg.parallel.Backend`. Results are merged in input order, whatever finishes first, so the
graph is the same for any number of workers; only a bounded number of chunks is in flight, so memory
is bounded by the graph, not by the input. The articles of a chunk broken by a dying worker are
extracted again one by one where a death can only be their own; the article that kills its worker
again is reported as failed and the batch goes on.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from kg.cache import BuildCache, Changes, Lookup, settings_key
from kg.ingest import Failure, Notice
from kg.inputs import articles as read_inputs
from kg.model import Article, KnowledgeGraph
from kg.parallel import Backend, InProcess, LocalPool, Outcome, failed

if TYPE_CHECKING:
    from kg.pipeline import Pipeline

#: at most this many articles wait in one chunk (cached ones included), so progress keeps moving
MAX_CHUNK_ARTICLES = 256
#: chunks waiting to be merged, extracted or not (the backend's window bounds those in flight)
MAX_CHUNKS_WAITING = 64


@dataclass
class BuildResult:
    """What a run produced: the merged graph, the inputs that failed, those kept with a warning, and totals."""

    graph: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    articles: int = 0
    chars: int = 0
    seconds: float = 0.0
    #: articles extracted by this run (the others came from the build cache)
    extracted: int = 0
    #: new, changed, unchanged and removed articles, when a build cache was used
    changes: Changes | None = None
    #: the build cache, which tells in-place sinks (Neo4j) what they received before (a kg.sinks.Loaded)
    cache: BuildCache | None = None


@dataclass
class _Item:
    """One input in order: a failure, or an article with its graph (from the cache, or once extracted)."""

    article: Article | None = None
    failure: Failure | None = None
    found: Lookup | None = None
    outcome: Outcome | None = None


@dataclass
class _Chunk:
    items: list[_Item] = field(default_factory=list)
    chars: int = 0  # of the articles still to extract
    future: Future[list[Outcome]] | None = None

    @property
    def todo(self) -> list[_Item]:
        return [i for i in self.items if i.article is not None and i.outcome is None]


def run(pipeline: Pipeline, paths: Iterable[str | Path], *, workers: int = 1, cluster: str | None = None,
        cache: str | Path | None = None, progress: bool | Console = False) -> BuildResult:
    """:meth:`kg.pipeline.Pipeline.run`: pick the backend and the cache, then :func:`execute`."""
    if workers < 1:
        raise ValueError(f"the number of workers must be positive, not {workers}")
    if cluster:
        from kg.cluster import DaskCluster

        backend: Backend = DaskCluster(pipeline.spec, cluster)
    else:
        backend = LocalPool(pipeline.spec, workers) if workers > 1 else InProcess(pipeline)
    store = None
    try:
        store = BuildCache(Path(cache), settings_key(pipeline.spec.engine_name(), pipeline.schema)) if cache else None
        result = execute(paths, backend, cache=store, progress=progress)
        if store is not None and store.problem is not None:
            result.warnings.insert(0, store.problem)
    finally:
        backend.close()
        if store is not None:
            store.close()
    result.cache = store
    return result


def execute(paths: Iterable[str | Path], backend: Backend, *, cache: BuildCache | None = None,
            progress: bool | Console = False) -> BuildResult:
    """Build the graph of every article under ``paths`` with ``backend``; failures are collected."""
    started = time.perf_counter()
    result = BuildResult()
    pending: deque[_Chunk] = deque()
    chunk = _Chunk()
    with _Progress(progress) as bar:
        for item in _items(read_inputs(paths, result.warnings.append), cache):
            chunk.items.append(item)
            if item.article is not None and item.outcome is None:
                chunk.chars += len(item.article.text)
            if chunk.chars >= backend.chunk_chars or len(chunk.items) >= MAX_CHUNK_ARTICLES:
                pending.append(_submit(backend, chunk))
                chunk = _Chunk()
                while pending and (pending[0].future.done() or len(pending) > MAX_CHUNKS_WAITING
                                   or sum(not c.future.done() for c in pending) > backend.window):
                    _merge(pending.popleft(), backend, result, cache, bar)
        pending.append(_submit(backend, chunk))
        while pending:
            _merge(pending.popleft(), backend, result, cache, bar)
    if cache is not None and result.articles:  # no article read (a mistyped path?) leaves the cache alone
        result.changes = cache.finish()
    result.seconds = time.perf_counter() - started
    return result


def _items(inputs: Iterator[Article | Failure], cache: BuildCache | None) -> Iterator[_Item]:
    for thing in inputs:
        if isinstance(thing, Failure):
            yield _Item(failure=thing)
            continue
        found = cache.lookup(thing) if cache is not None else None
        yield _Item(thing, found=found, outcome=found.graph if found is not None else None)


def _submit(backend: Backend, chunk: _Chunk) -> _Chunk:
    todo = chunk.todo
    if todo:
        chunk.future = backend.submit([i.article for i in todo])
    else:
        chunk.future = Future()
        chunk.future.set_result([])
    return chunk


def _outcomes(backend: Backend, articles: list[Article], future: Future[list[Outcome]]) -> list[Outcome]:
    """The chunk's outcomes; if its worker died, each article again on its own (the culprit fails)."""
    try:
        return future.result()
    except Exception as exc:  # a broken worker, or a failure of the executor itself
        if not backend.lost(exc):
            return [failed(exc)] * len(articles)
        return [backend.alone(a) for a in articles]


def _merge(chunk: _Chunk, backend: Backend, result: BuildResult, cache: BuildCache | None,
           bar: _Progress) -> None:
    todo = chunk.todo
    for item, outcome in zip(todo, _outcomes(backend, [i.article for i in todo], chunk.future), strict=True):
        item.outcome = outcome
    result.extracted += len(todo)
    for item in chunk.items:
        article, outcome = item.article, item.outcome
        if article is None:
            result.failures.append(item.failure)
        elif isinstance(outcome, str):
            result.failures.append(Failure(f"{article.source} ({article.id})", outcome))
        else:
            result.graph.merge(outcome)
            result.articles += 1
            result.chars += len(article.text)
            if cache is not None:
                cache.keep(article, item.found, outcome)
            bar.advance(article)


class _Progress:
    """A live count of the articles and characters done (silent when disabled), drawn on ``progress``
    if it is a console, else on the terminal."""

    def __init__(self, progress: bool | Console) -> None:
        self.enabled = progress is not False
        self.console = progress if isinstance(progress, Console) else None
        self._bar = self._task = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(SpinnerColumn(), TextColumn("[bold]extracting"),
                                 TextColumn("{task.completed:,.0f} articles, {task.fields[chars]:,} characters"),
                                 TextColumn("({task.fields[rate]:,.0f} characters/s)"), TimeElapsedColumn(),
                                 TextColumn("{task.description}"), console=self.console, transient=False)
            self._bar.start()
            self._task = self._bar.add_task("", total=None, chars=0, rate=0.0)
            self._started = time.perf_counter()
        return self

    def advance(self, article: Article) -> None:
        if self._bar is not None:
            chars = self._bar.tasks[0].fields["chars"] + len(article.text)
            rate = chars / max(time.perf_counter() - self._started, 1e-9)
            self._bar.update(self._task, advance=1, chars=chars, rate=rate, description=article.source)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
