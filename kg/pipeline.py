"""The pipeline: ingest → annotate → extract → resolve → graph, one article at a time.

Each article is read, split into sentences (offsets kept), annotated by the chosen
engine in batches, searched for mentions and relations, and resolved into a small
graph that is merged into the result. A bad file is reported and skipped. The run
loop itself (worker processes, a Dask cluster, the build cache) is :mod:`kg.run`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from rich.console import Console

from kg.extract.base import ArticleDoc
from kg.extract.lexicon import Lexicon
from kg.extract.stages import DEFAULT_STAGES, Context, Extractor
from kg.model import Article, KnowledgeGraph
from kg.nlp import DEFAULT_ENGINE, Engine, get_engine
from kg.parallel import PipelineSpec
from kg.run import BuildResult
from kg.run import run as run_articles
from kg.schema import load_schema

__all__ = ["BuildResult", "Pipeline"]


class Pipeline:
    """Articles in, one knowledge graph out. ``nlp`` names the engine (see :mod:`kg.nlp`).

    A context manager: leaving the block closes the engine."""

    def __init__(self, nlp: str | Engine = DEFAULT_ENGINE, schema_files: Iterable[str | Path] = (),
                 stages: Sequence[str] = DEFAULT_STAGES) -> None:
        schema_files = list(schema_files)
        self.schema = load_schema(schema_files)
        self.lexicon = Lexicon.from_schema(self.schema)
        self.engine = get_engine(nlp) if isinstance(nlp, str) else nlp
        self.extractor = Extractor(Context(self.schema, self.lexicon, self.engine), stages)
        #: how worker processes and cluster workers build the same pipeline
        self.spec = PipelineSpec.of(nlp, schema_files)

    def run(self, paths: Iterable[str | Path], *, workers: int = 1, cluster: str | None = None,
            cache: str | Path | None = None, progress: bool | Console = False) -> BuildResult:
        """Build the graph of every article under ``paths``; failures are collected, not raised.

        ``workers`` > 1 extracts in that many spawned processes on this machine; ``cluster`` (a Dask
        scheduler address such as ``tcp://host:8786``) on the workers of a Dask cluster instead. The
        graph is the same either way. ``cache``, an output folder, keeps every article's graph there and
        extracts only new and changed articles (see :mod:`kg.cache`). ``progress`` shows a live count
        (on the given console, if one)."""
        return run_articles(self, paths, workers=workers, cluster=cluster, cache=cache, progress=progress)

    def close(self) -> None:
        """Release the engine (its model and sessions)."""
        close = getattr(self.engine, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def extract(self, article: Article) -> KnowledgeGraph:
        """The graph of one article."""
        return self.extractor(article)

    def analyse(self, article: Article) -> ArticleDoc:
        """One article after every extraction stage: sentences, mentions, discourse, candidates, graph."""
        return self.extractor.doc(article)
