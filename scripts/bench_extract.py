#!/usr/bin/env python
"""Benchmark: end-to-end extraction speed against the engine alone, in one process.

The example articles are repeated until the corpus is at least ``--mb`` MB; the
baseline runs the bare engine (default: the default engine) over the same sentences; the pipeline run adds
sentence splitting, extraction, resolution and graph merging. Prints chars/s for
both and the ratio (the pipeline's share of time spent outside LAC).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from kg.ingest import Failure, read_articles
from kg.model import Article, KnowledgeGraph
from kg.nlp import DEFAULT_ENGINE
from kg.pipeline import Pipeline
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def corpus(mb: float) -> list[Article]:
    base = [a for p in sorted((ROOT / "examples").glob("*.txt")) for a in read_articles(p)
            if not isinstance(a, Failure)]
    out, size, i = [], 0, 0
    while size < mb * 1_000_000:
        a = base[i % len(base)]
        out.append(Article(f"{a.id}#{i}", a.title, a.text, a.source))
        size += len(a.text.encode("utf-8"))
        i += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (UTF-8)")
    parser.add_argument("--nlp", default=DEFAULT_ENGINE, help="engine for the pipeline run")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    articles = corpus(args.mb)
    chars = sum(len(a.text) for a in articles)
    pipeline = Pipeline(nlp=args.nlp)
    engine = pipeline.engine

    wall, cpu = time.perf_counter(), time.process_time()
    for a in articles:
        texts = [a.text[b:e] for b, e in split_sentences(a.text)]
        engine.annotate(texts)
    engine_s, engine_cpu = time.perf_counter() - wall, time.process_time() - cpu

    wall, cpu = time.perf_counter(), time.process_time()
    graph = KnowledgeGraph()
    for a in articles:
        graph.merge(pipeline.extract(a))
    pipe_s, pipe_cpu = time.perf_counter() - wall, time.process_time() - cpu

    print(f"corpus: {len(articles)} articles, {chars:,} chars ({args.mb} MB), engine {engine.name}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'':16}{'wall chars/s':>14}{'CPU chars/s':>14}")
    print(f"{engine.name + ' alone':16}{chars / engine_s:>14,.0f}{chars / engine_cpu:>14,.0f}")
    print(f"{'kg end-to-end':16}{chars / pipe_s:>14,.0f}{chars / pipe_cpu:>14,.0f}")
    print(f"ratio kg/{engine.name}: wall {engine_s / pipe_s:.2f}, CPU {engine_cpu / pipe_cpu:.2f} "
          "(1.00 = extraction costs nothing beyond the engine)")
    print(f"graph: {len(graph.entities)} entities, {len(graph.relations)} relations")


if __name__ == "__main__":
    main()
