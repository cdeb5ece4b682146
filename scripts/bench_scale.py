#!/usr/bin/env python
"""Benchmark: how kg build scales — workers, corpus size, incremental rebuilds, Dask, streaming memory.

Every ratio is measured in this one run, against a baseline of the same run:

A. ``--workers 2`` vs ``--workers 1``: extraction (``Pipeline.run``) of a corpus of at least ``--mb`` MB;
B. ``--large`` vs ``--small`` articles (10x by default), whole builds with ``--workers 2`` (extraction and
   graph.json, kg.ttl, graph.html written through the sinks, as ``kg build`` does);
C. an incremental build after changing ``--changed`` of ``--incremental`` articles vs the full build of
   the same corpus (build cache in the output folder, outputs rewritten);
D. a Dask ``LocalCluster`` (2 worker processes, one thread each; started before the clock) vs
   ``--workers 2`` on corpus A;
E. peak RSS of ``kg build`` streaming one ``.jsonl`` of ``--stream`` short articles (title and first
   paragraph) vs one tenth of it: the main process (which merges) and its largest worker.

Articles are the examples' texts varied (digits shifted, paragraphs rotated), realistic in length;
the engine is the default one unless ``--nlp``. ``--smoke`` runs tiny sizes to prove the script works.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SINKS = ("json", "turtle", "html")


def base_articles() -> list[tuple[str, list[str]]]:
    """The examples as (title, paragraphs)."""
    from kg.ingest import Failure, discover, read_articles

    sources, _ = discover([ROOT / "examples"])
    out = []
    for source in sources:
        for a in read_articles(source):
            if not isinstance(a, Failure):
                title, *paragraphs = a.text.split("\n")
                out.append((title, paragraphs))
    return out


def varied(n: int, *, short: bool = False, start: int = 0) -> list[dict[str, str]]:
    """``n`` distinct articles: example ``i`` with every digit shifted and its paragraphs rotated."""
    base = base_articles()
    out = []
    for i in range(start, start + n):
        title, paragraphs = base[i % len(base)]
        k = i // len(base)
        shift = str.maketrans("0123456789", "".join(str((d + k) % 10) for d in range(10)))
        body = paragraphs[k % len(paragraphs):] + paragraphs[:k % len(paragraphs)] if paragraphs else []
        body = body[:1] if short else body
        out.append({"id": f"a{i:07d}", "title": title.translate(shift), "text": "\n".join(body).translate(shift)})
    return out


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def write_folder(folder: Path, records: list[dict[str, str]]) -> Path:
    """One crawler-style .txt per article (title on line 1), as nightly crawls deliver them."""
    folder.mkdir(parents=True, exist_ok=True)
    for r in records:
        (folder / f"{r['id']}.txt").write_text(f"{r['title']}\n{r['text']}\n", encoding="utf-8")
    return folder


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def build(pipeline, inputs: list[Path], out: Path, *, workers: int = 2):
    """What ``kg build`` does: run (with the build cache in ``out``), check once, write graph.json, kg.ttl
    and graph.html."""
    from kg.sinks import SinkOptions, check, get

    result = pipeline.run(inputs, workers=workers, cache=out)
    check(result.graph, pipeline.schema)
    options = SinkOptions(pipeline.schema, title="bench")
    for name in SINKS:
        get(name).write(result.graph, out / get(name).filename, options)
    return result


def row(label: str, seconds: float, detail: str) -> None:
    print(f"  {label:<46} {seconds:9.1f} s   {detail}", flush=True)


def bench_workers(pipeline, corpus: Path, chars: int) -> float:
    print(f"A. workers: {corpus.stat().st_size / 1e6:.2f} MB, {chars:,} characters (extraction only)")
    one, r1 = timed(lambda: pipeline.run([corpus], workers=1))
    row("--workers 1", one, f"{chars / one:,.0f} chars/s")
    two, r2 = timed(lambda: pipeline.run([corpus], workers=2))
    row("--workers 2", two, f"{chars / two:,.0f} chars/s")
    assert r1.graph.to_json_data() == r2.graph.to_json_data(), "the graphs differ"
    print(f"  => speed-up {one / two:.2f}x (target >= 1.7x)")
    return two


def bench_dask(pipeline, corpus: Path, chars: int, local_two: float) -> None:
    from distributed import LocalCluster

    print("D. Dask LocalCluster, 2 worker processes, vs --workers 2 (corpus A; cluster started beforehand)")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        t, _ = timed(lambda: pipeline.run([corpus], cluster=cluster.scheduler_address))
    row("--workers 2 (A)", local_two, f"{chars / local_two:,.0f} chars/s")
    row("Dask, 2 workers", t, f"{chars / t:,.0f} chars/s")
    print(f"  => overhead {100 * (t / local_two - 1):+.1f} % vs --workers 2 (target <= 25 %)")


def bench_size(pipeline, tmp: Path, small: int, large: int) -> None:
    print(f"B. corpus size: {small:,} vs {large:,} articles, whole builds with --workers 2")
    times = {}
    for n in (small, large):
        folder = write_folder(tmp / f"size{n}", varied(n))
        times[n], result = timed(lambda folder=folder, n=n: build(pipeline, [folder], tmp / f"out-size{n}"))
        row(f"{n:,} articles ({result.chars:,} chars)", times[n], f"{result.chars / times[n]:,.0f} chars/s")
    print(f"  => {large / small:.0f}x the articles cost {times[large] / times[small]:.2f}x the time (target <= 11x)")


def bench_incremental(pipeline, tmp: Path, n: int, changed: float) -> None:
    records = varied(n)
    folder = write_folder(tmp / "incremental", records)
    out = tmp / "out-incremental"
    print(f"C. incremental: {n:,} articles, then {changed:.0%} of them changed")
    full, _ = timed(lambda: build(pipeline, [folder], out))
    row("full build (empty cache)", full, "")
    step = max(1, round(1 / changed))
    edited = records[::step]
    for r in edited:
        (folder / f"{r['id']}.txt").write_text(f"{r['title']}\n{r['text']}\n会议强调，要狠抓落实。\n", encoding="utf-8")
    again, result = timed(lambda: build(pipeline, [folder], out))
    row(f"after changing {len(edited):,} articles", again, f"{result.extracted:,} extracted")
    print(f"  => {100 * again / full:.1f} % of the full build (target <= 5 %)")


def _rss_child(jsonl: str, out: str, nlp: str) -> None:
    """Run in a subprocess: the build of one .jsonl, then the peak RSS (MB) of this process and of the
    largest worker process."""
    from kg.pipeline import Pipeline

    with Pipeline(nlp=nlp) as pipeline:
        result = pipeline.run([jsonl], workers=2)
        result.graph.write_json(Path(out) / "graph.json")
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"main_mb": me, "worker_mb": workers, "articles": result.articles,
                      "entities": len(result.graph.entities), "relations": len(result.graph.relations)}))


def bench_stream(tmp: Path, n: int, nlp: str) -> None:
    print("E. streaming memory: one .jsonl of short articles, --workers 2, graph.json written")
    for size in (n // 10, n):
        jsonl = write_jsonl(tmp / f"stream{size}.jsonl", varied(size, short=True))
        (tmp / f"out-stream{size}").mkdir()
        t, done = timed(lambda jsonl=jsonl, size=size: subprocess.run(
            [sys.executable, __file__, "--rss-child", str(jsonl), str(tmp / f"out-stream{size}"), nlp],
            capture_output=True, text=True, check=True))
        m = json.loads(done.stdout.strip().splitlines()[-1])
        row(f"{size:,} articles ({jsonl.stat().st_size / 1e6:,.0f} MB input)", t,
            f"peak RSS main {m['main_mb']:,.0f} MB, largest worker {m['worker_mb']:,.0f} MB; graph "
            f"{m['entities']:,} entities, {m['relations']:,} relations")


def main() -> None:
    from kg.nlp import DEFAULT_ENGINE
    from kg.parallel import usable_cores

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size for A and D, MB of UTF-8 (2)")
    parser.add_argument("--small", type=int, default=1000, help="B: the smaller corpus, articles (1000)")
    parser.add_argument("--large", type=int, default=10000, help="B: the larger corpus, articles (10000)")
    parser.add_argument("--incremental", type=int, default=5000, help="C: corpus, articles (5000)")
    parser.add_argument("--changed", type=float, default=0.01, help="C: share of articles changed (0.01)")
    parser.add_argument("--stream", type=int, default=100_000, help="E: short articles in one .jsonl (100000)")
    parser.add_argument("--nlp", default=DEFAULT_ENGINE, help=f"engine ({DEFAULT_ENGINE})")
    parser.add_argument("--only", default="ABCDE", help="sections to run, e.g. AD (ABCDE)")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: prove the script runs")
    parser.add_argument("--rss-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        _rss_child(*args.rss_child)
        return
    if args.smoke:
        args.mb, args.small, args.large, args.incremental, args.stream = 0.05, 20, 200, 100, 2000
    from kg.pipeline import Pipeline

    print(f"kg scale benchmark: engine {args.nlp}, {usable_cores()} usable cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as folder, Pipeline(nlp=args.nlp) as pipeline:
        tmp = Path(folder)
        local_two = None
        if "A" in args.only or "D" in args.only:
            records, size = [], 0
            while size < args.mb * 1_000_000:
                records += varied(50, start=len(records))
                size = sum(len(json.dumps(r, ensure_ascii=False).encode("utf-8")) for r in records)
            corpus = write_jsonl(tmp / "corpus.jsonl", records)
            chars = sum(len(r["title"]) + 1 + len(r["text"]) for r in records)
            local_two = bench_workers(pipeline, corpus, chars) if "A" in args.only else None
            if "D" in args.only:
                if local_two is None:
                    local_two, _ = timed(lambda: pipeline.run([corpus], workers=2))
                bench_dask(pipeline, corpus, chars, local_two)
        if "B" in args.only:
            bench_size(pipeline, tmp, args.small, args.large)
        if "C" in args.only:
            bench_incremental(pipeline, tmp, args.incremental, args.changed)
        if "E" in args.only:
            bench_stream(tmp, args.stream, args.nlp)


if __name__ == "__main__":
    main()
