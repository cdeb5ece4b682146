#!/usr/bin/env python
"""Benchmark: chars/s of every NLP engine on the same >= 1 MB of sentences, in one process.

The example articles are repeated until the text is at least ``--mb`` MB (UTF-8) and split into
sentences; each engine annotates them in batches of 64, as the pipeline does. LAC is the baseline:
each engine's speed is printed with its ratio to LAC's. An engine that cannot run here (no model,
no network) is reported with the reason instead of a number.

    python scripts/bench_engines.py                      # lac, hanlp-local, hanlp, hanlp-api
    python scripts/bench_engines.py --engine lac --engine hanlp:/path/to/model
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

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
        return sum(len(s) for b in batches for s in b) / (time.perf_counter() - began)
    except EngineError as exc:
        return str(exc).splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0, help="input size in MB (UTF-8)")
    parser.add_argument("--engine", action="append", help="engine spec (repeatable); lac always runs first")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch

    torch.set_num_threads(1)
    text = sentences(args.mb)
    batches = [text[i : i + BATCH] for i in range(0, len(text), BATCH)]
    chars = sum(map(len, text))
    specs = ["lac", *[s for s in args.engine or ["hanlp-local", "hanlp", "hanlp-api"] if s != "lac"]]
    with Progress(transient=True) as progress:
        results = {spec: run(spec, batches, progress) for spec in specs}
    size = sum(len(s.encode("utf-8")) for s in text) / 1e6
    print(f"input: {len(text):,} sentences, {chars:,} chars ({size:.2f} MB), batches of {BATCH}, 1 thread")
    print("| engine | chars/s | vs lac |")
    print("|---|---:|---:|")
    base = results["lac"]
    for spec, result in results.items():
        if isinstance(result, str):
            print(f"| {spec} | not run: {result} | |")
        else:
            ratio = f"{result / base:.2f}x" if isinstance(base, float) else ""
            print(f"| {spec} | {result:,.0f} | {ratio} |")


if __name__ == "__main__":
    main()
