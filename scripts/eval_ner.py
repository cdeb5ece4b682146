"""Exact-span F1 (PER/LOC/ORG) of NLP engines and of our NER model under torch and on ONNX Runtime.

    python scripts/eval_ner.py ../shared/data/ner/msra_test.bio ../shared/data/ner/pd1998_test.bio
    python scripts/eval_ner.py TEST.bio --engine lac --model /tmp/ner --onnx /tmp/ner-onnx

For each test file: the engines (default ``lac`` and ``hanlp-ner``), the HanLP model alone under torch
(``--model``, default the shipped one) and its ONNX export alone (``--onnx``, default the shipped one),
then how often the export gives the torch model's tag, per character and per sentence. Prints the
Markdown tables of docs/NER.md. Without torch installed, the torch rows and the agreement are skipped.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from kg.nlp.bio import read_bio
from kg.nlp.hanlp_ner_onnx import SHIPPED, SOURCE, OnnxNER
from kg.nlp.ner_eval import TYPES, Tagger, engine_tagger, evaluate


def agreement(a: Any, b: Any, sentences: list[str], batch: int = 256) -> tuple[int, int, int]:
    """``(equal characters, sentences with all tags equal, characters)`` of two taggers' BIO tags."""
    same = whole = total = 0
    for i in range(0, len(sentences), batch):
        part = sentences[i : i + batch]
        for x, y in zip(a.tags(part), b.tags(part), strict=True):
            same += sum(p == q for p, q in zip(x, y, strict=True))
            whole += x == y
            total += len(x)
    return same, whole, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tests", type=Path, nargs="+", help="test files (char<TAB>tag, blank line between sentences)")
    parser.add_argument("--engine", action="append", help="engine spec (repeatable; default: lac, hanlp-ner)")
    parser.add_argument("--model", type=Path, default=SOURCE, help=f"HanLP model folder [{SOURCE}]")
    parser.add_argument("--onnx", type=Path, default=SHIPPED, help=f"its ONNX export [{SHIPPED}]")
    args = parser.parse_args()
    data = {path: read_bio(path) for path in args.tests}  # a bad file fails here, before anything runs
    onnx = OnnxNER(args.onnx)
    taggers: list[tuple[str, Callable[[], Tagger]]] = [
        (f"engine `{spec}`", lambda spec=spec: engine_tagger(spec)) for spec in args.engine or ["lac", "hanlp-ner"]]
    torch_model = None
    if find_spec("torch") is not None:
        import torch

        from kg.nlp.hanlp_ner import TorchNER, load_ner

        torch.set_num_threads(1)  # one thread: no oversubscription on a shared machine
        torch_model = TorchNER(load_ner(args.model))
        taggers.append(("model under torch", lambda: torch_model))
    taggers.append(("model on ONNX Runtime", lambda: onnx))

    print("| tagger | test set | P | R | F1 | " + " | ".join(f"F1 {t}" for t in TYPES) + " | chars/s |")
    print("|---|---|---:|---:|---:|" + "---:|" * len(TYPES) + "---:|")
    for name, make in taggers:
        tagger = make()
        for path in args.tests:
            chars = sum(len(c) for c, _ in data[path])
            began = time.perf_counter()
            score = evaluate(tagger, path)
            speed = chars / (time.perf_counter() - began)
            p, r, f = score.prf()
            per_type = " | ".join(f"{score.prf(t)[2]:.3f}" for t in TYPES)
            print(f"| {name} | {path.name} | {p:.3f} | {r:.3f} | **{f:.3f}** | {per_type} | {speed:,.0f} |",
                  flush=True)
    if torch_model is None:
        print("\n(torch is not installed: no torch rows, no agreement)")
        return
    print("\n| test set | characters | same tag (ONNX vs torch) | sentences | all tags the same |")
    print("|---|---:|---:|---:|---:|")
    for path in args.tests:
        sentences = ["".join(chars) for chars, _ in data[path]]
        same, whole, total = agreement(onnx, torch_model, sentences)
        print(f"| {path.name} | {total:,} | {same:,} (**{100 * same / total:.3f} %**) | {len(sentences):,} | "
              f"{whole:,} ({100 * whole / len(sentences):.2f} %) |", flush=True)


if __name__ == "__main__":
    main()
