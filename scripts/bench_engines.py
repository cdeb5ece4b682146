#!/usr/bin/env python
"""Benchmark: chars/s of every NLP engine, of our NER network on ONNX Runtime vs torch, and of kg end to end.

The example articles are repeated until the text is at least ``--mb`` MB (UTF-8), in one process on one
core (ONNX Runtime and torch on one thread). Three tables:

1. engines: each engine annotates the sentences in batches of 64, as the pipeline does; LAC is the
   baseline, each engine's speed is printed with its ratio to LAC's. An engine that cannot run here
   (no model, no network) is reported with the reason instead of a number;
2. network: the shipped NER model alone (characters in, BIO tags out) on ONNX Runtime with the numpy
   Viterbi (``hanlp-ner``'s) against the same model under HanLP/torch, same sentences (needs torch);
3. end to end: ``Pipeline.extract`` with the default engine (splitting, NLP, extraction, resolution,
   merging), wall and CPU chars/s.

    python scripts/bench_engines.py                      # lac, hanlp-ner, hanlp, hanlp-api
    python scripts/bench_engines.py --engine lac --engine hanlp:/path/to/model
    python scripts/bench_engines.py --mb 0.05 --engine hanlp-ner   # smoke run
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

from bench_extract import corpus
from rich.progress import Progress

ROOT = Path(__file__).resolve().parent.parent
BATCH = 64


def sentences(mb: float) -> list[str]:
    from kg.sentences import split_sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    out, size, i = [], 0, 0
    while size < mb * 1_000_000:
        text = texts[i % len(texts)]
        out += [text[b:e] for b, e in split_sentences(text) if text[b:e].strip()]
        size += len(text.encode("utf-8"))
        i += 1
    return out


def run(spec: str, batches: list[list[str]], progress: Progress) -> float | str:
    """chars/s of the engine named ``spec`` (loading excluded), or why it cannot run."""
    from kg.nlp import EngineError, get_engine

    try:
        engine = get_engine(spec)
        engine.annotate(batches[0])  # warm-up: lazy initialisation is not annotation speed
        task = progress.add_task(spec, total=len(batches))
        began = time.perf_counter()
        for batch in batches:
            engine.annotate(batch)
            progress.advance(task)
        speed = sum(len(s) for b in batches for s in b) / (time.perf_counter() - began)
        engine.close()
        return speed
    except EngineError as exc:
        return str(exc).splitlines()[0]


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``work()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def network(batches: list[list[str]]) -> None:
    """Table 2: the NER model alone, ONNX Runtime + numpy Viterbi vs HanLP/torch."""
    from kg.nlp.hanlp_ner_onnx import SOURCE, OnnxNER

    onnx = OnnxNER()
    chars = sum(len(s) for b in batches for s in b)
    print("\n| NER model alone (chars -> BIO tags) | chars/s wall | chars/s CPU | vs torch (CPU) |")
    print("|---|---:|---:|---:|")
    if find_spec("torch") is None:
        wall, cpu = timed(lambda: [onnx.tags(b) for b in batches])
        print(f"| ONNX Runtime | {chars / wall:,.0f} | {chars / cpu:,.0f} | torch not installed |")
        return
    from kg.nlp.hanlp_ner import TorchNER, load_ner

    torch_model = TorchNER(load_ner(SOURCE))
    for model in (onnx, torch_model):
        model.tags(batches[0])  # warm-up
    results = {name: timed(lambda m=model: [m.tags(b) for b in batches])
               for name, model in (("torch (HanLP)", torch_model), ("ONNX Runtime", onnx))}
    base = results["torch (HanLP)"][1]
    for name, (wall, cpu) in results.items():
        print(f"| {name} | {chars / wall:,.0f} | {chars / cpu:,.0f} | {base / cpu:.2f}x |")


def end_to_end(mb: float) -> None:
    """Table 3: kg end to end with the default engine."""
    from kg.model import KnowledgeGraph
    from kg.nlp import DEFAULT_ENGINE
    from kg.pipeline import Pipeline

    articles = corpus(mb)
    chars = sum(len(a.text) for a in articles)
    pipeline = Pipeline(nlp=DEFAULT_ENGINE)
    pipeline.extract(articles[0])  # warm-up
    graph = KnowledgeGraph()
    wall, cpu = timed(lambda: [graph.merge(pipeline.extract(a)) for a in articles])
    pipeline.engine.close()
    print(f"\n| kg end to end ({len(articles)} articles, {chars:,} chars) | chars/s wall | chars/s CPU |")
    print("|---|---:|---:|")
    print(f"| default engine `{DEFAULT_ENGINE}` | {chars / wall:,.0f} | {chars / cpu:,.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0, help="input size in MB (UTF-8)")
    parser.add_argument("--engine", action="append", help="engine spec (repeatable); lac always runs first")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if find_spec("torch") is not None:
        import torch

        torch.set_num_threads(1)
    text = sentences(args.mb)
    batches = [text[i : i + BATCH] for i in range(0, len(text), BATCH)]
    chars = sum(map(len, text))
    specs = ["lac", *[s for s in args.engine or ["hanlp-ner", "hanlp", "hanlp-api"] if s != "lac"]]
    with Progress(transient=True) as progress:
        results = {spec: run(spec, batches, progress) for spec in specs}
    size = sum(len(s.encode("utf-8")) for s in text) / 1e6
    print(f"input: {len(text):,} sentences, {chars:,} chars ({size:.2f} MB), batches of {BATCH}, 1 thread, "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| engine | chars/s | vs lac |")
    print("|---|---:|---:|")
    base = results["lac"]
    for spec, result in results.items():
        if isinstance(result, str):
            print(f"| {spec} | not run: {result} | |")
        else:
            ratio = f"{result / base:.2f}x" if isinstance(base, float) else ""
            print(f"| {spec} | {result:,.0f} | {ratio} |")

    network(batches)
    end_to_end(args.mb)


if __name__ == "__main__":
    main()
