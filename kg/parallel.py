"""Where articles are extracted: in this process, in a pool of local worker processes, or on a cluster.

Each place is a :class:`Backend`: it takes a chunk of articles and returns, in a future, one
:data:`Outcome` per article — its graph, or the one-line reason it failed. Worker processes are
started with the ``spawn`` method and build their :class:`~kg.pipeline.Pipeline` once, from a
picklable :class:`PipelineSpec`. A worker that dies breaks only the chunks in flight: the run loop
(:mod:`kg.run`) has their articles extracted again one by one (:meth:`Backend.alone`), and the one
that kills a worker again is a failure like any other.

A worker process whose environment sets ``MALLOC_TRIM_THRESHOLD_`` (a Dask nanny sets it for its
workers, and in its own process, so that later local workers inherit it too) would lose glibc's
adaptive mmap threshold: every allocation above 128 KiB gets its own ``mmap``, unmapped when freed, and
extraction (ONNX Runtime's tensors) spends a third of its time in the kernel mapping pages. Such a
worker gets a fixed mmap threshold of 32 MiB, the ceiling glibc's adaptation climbs to, when it builds
its pipeline (docs/BENCHMARKS.md, Scale D).
"""

from __future__ import annotations

import ctypes
import os
import pickle
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kg.model import Article, KnowledgeGraph
from kg.nlp import DEFAULT_ENGINE

if TYPE_CHECKING:
    from kg.nlp import Engine
    from kg.pipeline import Pipeline

#: An article's graph, or why it could not be extracted (one line).
Outcome = KnowledgeGraph | str
#: The reason given for an article whose worker process died on it.
WORKER_DIED = "extraction failed: the worker process died while extracting it"
#: About this many characters of articles go to a worker at once (a second or two of work).
CHUNK_CHARS = 20_000


@dataclass(frozen=True)
class PipelineSpec:
    """How to build a pipeline anywhere: the engine (a spec such as ``"hanlp-ner"``, or a picklable engine) and
    the schema files (which must be readable where the pipeline is built)."""

    nlp: str | Engine = DEFAULT_ENGINE
    schema_files: tuple[str, ...] = ()

    def build(self) -> Pipeline:
        from kg.pipeline import Pipeline

        return Pipeline(nlp=self.nlp, schema_files=self.schema_files)

    def engine_name(self) -> str:
        """The engine as the cache keys it: the spec string, or the engine's class and name."""
        if isinstance(self.nlp, str):
            return self.nlp
        return f"{type(self.nlp).__module__}.{type(self.nlp).__qualname__}:{self.nlp.name}"

    def check_picklable(self) -> None:
        """Raise ``ValueError`` if the spec cannot be sent to worker processes."""
        try:
            pickle.dumps(self)
        except Exception as exc:  # pickling raises many types
            raise ValueError(f"the engine {self.engine_name()} cannot be sent to worker processes ({exc}); "
                             "name it by its spec (e.g. 'lac') or use one worker") from exc

    @classmethod
    def of(cls, nlp: str | Engine, schema_files: Sequence[str | Path]) -> PipelineSpec:
        return cls(nlp, tuple(str(Path(f).resolve()) for f in schema_files))


def usable_cores() -> int:
    """The cores this process may run on (``sched_getaffinity``; all cores where that is missing, as on macOS)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def extract_all(pipeline: Pipeline, articles: Sequence[Article]) -> list[Outcome]:
    """Each article's graph, or why it failed; one bad article never stops the others."""
    outcomes: list[Outcome] = []
    for article in articles:
        try:
            outcomes.append(pipeline.extract(article))
        except Exception as exc:  # one bad article never stops a batch
            outcomes.append(failed(exc))
    return outcomes


def failed(exc: BaseException) -> str:
    """The one-line reason given for an article whose extraction raised ``exc``."""
    return f"extraction failed: {' '.join(str(exc).split()) or type(exc).__name__}"


#: glibc's ``M_MMAP_THRESHOLD`` (malloc.h), and the most its adaptive threshold reaches on 64-bit systems
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024


def adapt_malloc() -> None:
    """Give this process a fixed mmap threshold if its environment fixed malloc's trim threshold but not
    that (see the module doc); nothing where there is no ``mallopt`` (macOS)."""
    if "MALLOC_TRIM_THRESHOLD_" in os.environ and "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
        if mallopt is not None:
            mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


_pipelines: dict[PipelineSpec, Pipeline] = {}


def worker_pipeline(spec: PipelineSpec) -> Pipeline:
    """This worker process's one pipeline for ``spec``, built on first use (malloc adapted first)."""
    pipeline = _pipelines.get(spec)
    if pipeline is None:
        adapt_malloc()
        pipeline = _pipelines[spec] = spec.build()
    return pipeline


def warm_up(spec: PipelineSpec) -> None:
    """Build this worker's pipeline now, before its first chunk."""
    worker_pipeline(spec)


def extract_chunk(spec: PipelineSpec, articles: Sequence[Article]) -> list[Outcome]:
    """:func:`extract_all` in a worker process, with the worker's one pipeline for ``spec``."""
    return extract_all(worker_pipeline(spec), articles)


class Backend(Protocol):
    """Runs chunks of articles somewhere."""

    #: how many chunks to keep in flight, and roughly how many characters make a chunk
    window: int
    chunk_chars: int

    def submit(self, articles: list[Article]) -> Future[list[Outcome]]:
        """Start extracting ``articles``; a future (``concurrent.futures`` or Dask) of their outcomes."""
        ...

    def lost(self, exc: BaseException) -> bool:
        """Whether ``exc``, raised by a future, means the worker running it died."""
        ...

    def alone(self, article: Article) -> Outcome:
        """Extract one article of a chunk whose worker died, where a death can only be its own:
        its graph, or :data:`WORKER_DIED` if it kills its worker again."""
        ...

    def close(self) -> None: ...


class InProcess:
    """Extracts each chunk at once, with the caller's own pipeline (one core, no worker processes)."""

    window = 1
    chunk_chars = 1

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def submit(self, articles: list[Article]) -> Future[list[Outcome]]:
        future: Future[list[Outcome]] = Future()
        future.set_result(extract_all(self.pipeline, articles))
        return future

    def lost(self, exc: BaseException) -> bool:
        return False

    def alone(self, article: Article) -> Outcome:
        return extract_all(self.pipeline, [article])[0]

    def close(self) -> None:
        """Nothing to stop: the pipeline belongs to the caller."""


def _ignore(future: Future[object]) -> None:
    """A warm-up's result: a pipeline that cannot be built fails each chunk instead, with its reason."""
    future.exception()


class WorkersDying(RuntimeError):
    """Worker processes die again and again without finishing anything (they cannot start)."""


class LocalPool:
    """``workers`` spawned processes on this machine, each with one pipeline; restarted if a worker dies.

    Articles of a chunk broken by a dying worker are extracted again one at a time in one more process
    of their own, so that the article that kills it is known. Like every use of ``spawn``, a script that
    runs this must guard its entry point with ``if __name__ == "__main__":``."""

    chunk_chars = CHUNK_CHARS
    #: worker deaths in a row with nothing finished in between, before giving up
    MAX_RESTARTS = 5

    def __init__(self, spec: PipelineSpec, workers: int) -> None:
        spec.check_picklable()
        self.spec, self.workers, self.window = spec, workers, 2 * workers + 1
        self._restarts = 0
        self._pool = self._start(workers)
        self._single: ProcessPoolExecutor | None = None

    def _start(self, workers: int) -> ProcessPoolExecutor:
        """``workers`` processes, started now and building their pipelines while the caller reads input."""
        pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
        for _ in range(workers):
            pool.submit(warm_up, self.spec).add_done_callback(_ignore)
        return pool

    def _died(self) -> None:
        self._restarts += 1
        if self._restarts > self.MAX_RESTARTS:
            raise WorkersDying(f"worker processes died {self._restarts} times in a row without finishing "
                               "anything; run with one worker to see why")

    def _finished(self, future: Future[list[Outcome]]) -> None:
        if not future.cancelled() and future.exception() is None:
            self._restarts = 0

    def submit(self, articles: list[Article]) -> Future[list[Outcome]]:
        try:
            future = self._pool.submit(extract_chunk, self.spec, articles)
        except BrokenProcessPool:  # a worker died: the chunks it broke are redone by the caller
            self._died()
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start(self.workers)
            future = self._pool.submit(extract_chunk, self.spec, articles)
        future.add_done_callback(self._finished)
        return future

    def lost(self, exc: BaseException) -> bool:
        return isinstance(exc, BrokenProcessPool)

    def alone(self, article: Article) -> Outcome:
        if self._single is None:
            self._single = self._start(1)
        future = self._single.submit(extract_chunk, self.spec, [article])
        try:
            outcome = future.result()[0]
        except BrokenProcessPool:
            self._single.shutdown(wait=False, cancel_futures=True)
            self._single = None
            self._died()
            return WORKER_DIED
        self._restarts = 0
        return outcome

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
        if self._single is not None:
            self._single.shutdown(cancel_futures=True)
