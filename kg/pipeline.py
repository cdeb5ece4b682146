"""The pipeline: ingest → annotate → extract → resolve → graph, one article at a time.

Each article is read, split into sentences (offsets kept), annotated by the chosen
engine in batches, searched for mentions and relations, and resolved into a small
graph that is merged into the result. A bad file is reported and skipped.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.annotate import to_sentences
from kg.extract.base import Candidate, Mention, Sentence
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import MentionFinder
from kg.extract.relations import RelationFinder
from kg.ingest import Failure, Source, discover, read_articles
from kg.model import Article, KnowledgeGraph
from kg.nlp import Engine, get_engine
from kg.resolve import Resolver
from kg.schema import load_schema
from kg.sentences import split_sentences

#: sentences sent to the engine at once
BATCH = 64
_MEETING_VERBS = ("召开", "主持", "举行", "举办")


@dataclass
class BuildResult:
    """What a run produced: the merged graph, the files that failed, and totals."""

    graph: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    failures: list[Failure] = field(default_factory=list)
    articles: int = 0
    chars: int = 0
    seconds: float = 0.0


class Pipeline:
    """Articles in, one knowledge graph out. ``nlp`` names the engine (see :mod:`kg.nlp`)."""

    def __init__(self, nlp: str | Engine = "lac", schema_files: Iterable[str | Path] = ()) -> None:
        self.schema = load_schema(schema_files)
        self.lexicon = Lexicon.from_schema(self.schema)
        self.engine = get_engine(nlp) if isinstance(nlp, str) else nlp
        self.mentions = MentionFinder(self.lexicon)
        self.relations = RelationFinder(self.schema, self.lexicon)
        self.resolver = Resolver(self.lexicon)

    def run(self, paths: Iterable[str | Path], *, progress: bool = False) -> BuildResult:
        """Build the graph of every article under ``paths``; failures are collected, not raised."""
        started = time.perf_counter()
        files, failures = discover(paths)
        result = BuildResult(failures=list(failures))
        with _Progress(files, enabled=progress) as bar:
            for source in files:
                for item in read_articles(source):
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
        sentences = list(self.annotate(article))
        per_sentence = [self.mentions.find(s) for s in sentences]
        mentions = [m for ms in per_sentence for m in ms]
        own = self._own_event(article, per_sentence)
        candidates: list[Candidate] = []
        voice, prev_end = None, 0
        for sent, ms in zip(sentences, per_sentence, strict=True):
            if prev_end == 0 or "\n" in article.text[prev_end:sent.start]:
                voice = self._paragraph_voice(sent)
            prev_end = sent.end
            candidates += self.relations.find(sent, ms, own, voice)
        return self.resolver.resolve(article, mentions, candidates, own)

    def annotate(self, article: Article) -> Iterator[Sentence]:
        """The article's sentences, annotated by the engine in batches."""
        spans = split_sentences(article.text)
        for i in range(0, len(spans), BATCH):
            chunk = spans[i:i + BATCH]
            texts = [article.text[b:e] for b, e in chunk]
            yield from to_sentences(texts, [b for b, _ in chunk], self.engine.annotate(texts))

    @staticmethod
    def _own_event(article: Article, per_sentence: list[list[Mention]]) -> Mention | None:
        """The article's own meeting: named in the title, else the first one held or chaired, else the first."""
        named = [m for ms in per_sentence for m in ms if m.type == "Event" and m.source != "generic"]
        if not named:
            return None
        title_end = len(article.title)
        in_title = [m for m in named if m.end <= title_end]
        if in_title:
            return in_title[0]
        held = [m for m in named if article.text[max(0, m.start - 4):m.start].endswith(_MEETING_VERBS)]
        return (held or named)[0]

    def _paragraph_voice(self, first: Sentence) -> str | None:
        """The meeting voice (强调/要求) a paragraph opens with; it carries over the paragraph."""
        for opener in self.lexicon.meeting_voice:
            if first.text.startswith(opener):
                word = opener.removeprefix("会议").removeprefix("会上")
                return word if word in ("强调", "要求") else None
        return None


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
