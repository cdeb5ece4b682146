"""Benchmark: reading and sentence splitting, the project's path against plain baselines.

Writes the example articles repeated to ≥ ``--mb`` MB in three forms (the crawler's ``.txt``,
one HTML page, GB18030 ``.txt``), then, in this one process, times

* ``read``   ``kg.ingest.read_articles`` against reading and decoding the bytes only
  (``Path.read_bytes().decode()``), so the ratio is the cost of format detection and cleaning;
* ``split``  ``kg.sentences.split_sentences`` (spans, bounded length) against HanLP's
  ``hanlp.utils.rules.split_sentence`` (copies) on the cleaned text, after checking that both
  give the same sentences.

Prints characters/s and ratios; the best of ``--repeat`` runs counts.

    python scripts/bench_ingest.py [--mb 5] [--repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hanlp.utils.rules import split_sentence
from rich.console import Console
from rich.table import Table

from kg.ingest import Article, read_articles
from kg.sentences import split_sentences

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def inputs(folder: Path, mb: float) -> dict[str, Path]:
    """The examples repeated to ``mb`` MB, as a crawler file, an HTML page and a GB18030 file."""
    bodies = [p.read_text(encoding="utf-8").split("\n", 1)[1] for p in sorted(EXAMPLES.glob("*.txt"))]
    crawler = "".join(bodies)
    times = int(mb * 1_000_000 / len(crawler.encode())) + 1
    paragraphs = [line for body in bodies for line in body.splitlines() if line.strip() and "<" not in line]
    page = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    files = {
        "crawler .txt": ("180海关总署召开会议.txt\n" + crawler * times, "utf-8", "a.txt"),
        "HTML page": ("<html><head><title>会议</title><script>x()</script></head><body><nav>首页</nav>"
                      f"<article><h1>会议</h1>{page * (times * len(crawler) // len(page) + 1)}</article>"
                      "</body></html>", "utf-8", "b.html"),
        "GB18030 .txt": ("标题\n" + "\n".join(paragraphs) * (times * len(crawler) // len(page) + 1),
                         "gb18030", "c.txt"),
    }
    out = {}
    for name, (text, encoding, filename) in files.items():
        out[name] = folder / filename
        out[name].write_bytes(text.encode(encoding))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of each input in MB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    args = parser.parse_args()
    console = Console(width=110)
    table = Table(title=f"ingest, {args.mb:g} MB inputs (best of {args.repeat})")
    for column in ("input", "step", "kg chars/s", "baseline", "baseline chars/s", "kg / baseline"):
        table.add_column(column, justify="left" if column in ("input", "step", "baseline") else "right")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in inputs(Path(tmp), args.mb).items():
            encoding = "gb18030" if "GB18030" in name else "utf-8"
            (article,) = read_articles(path)
            assert isinstance(article, Article), article
            chars = len(article.text)
            raw = best(lambda p=path, e=encoding: p.read_bytes().decode(e), args.repeat)
            ours = best(lambda p=path: list(read_articles(p)), args.repeat)
            table.add_row(name, "read", f"{chars / ours:,.0f}", "bytes + decode", f"{chars / raw:,.0f}",
                          f"{raw / ours:.2f}")
            text = article.text
            spans = split_sentences(text, max_len=len(text))
            assert [text[s:e] for s, e in spans] == list(split_sentence(text)), "not HanLP's sentences"
            hanlp = best(lambda t=text: list(split_sentence(t)), args.repeat)
            ours = best(lambda t=text: split_sentences(t), args.repeat)
            table.add_row(name, "split", f"{chars / ours:,.0f}", "HanLP rules", f"{chars / hanlp:,.0f}",
                          f"{hanlp / ours:.2f}")
    console.print(table)


if __name__ == "__main__":
    main()
