"""Exact-span F1 (PER/LOC/ORG) of NLP engines and of HanLP character NER models on the NER test files.

    python scripts/eval_ner.py                    # engines lac, hanlp-local and the shipped model alone
    python scripts/eval_ner.py --engine lac --model /tmp/ner --test msra

Prints one Markdown table (the one in docs/NER.md).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.progress import track

from kg.nlp.hanlp_local import SHIPPED
from kg.nlp.ner_eval import TYPES, engine_tagger, evaluate, hanlp_tagger

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="folder with the *_test.bio files")
    parser.add_argument("--model", type=Path, action="append", help="HanLP model folder (repeatable)")
    parser.add_argument("--engine", action="append", help="engine spec (repeatable; default: lac, hanlp-local)")
    parser.add_argument("--test", action="append", choices=["msra", "pd1998"], help="test set (repeatable)")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)  # one thread: no oversubscription on a shared machine
    engines = args.engine or ([] if args.model else ["lac", "hanlp-local"])
    taggers = [(f"engine {spec}", lambda spec=spec: engine_tagger(spec)) for spec in engines]
    taggers += [(f"model {m.name} alone", lambda m=m: hanlp_tagger(m)) for m in args.model or [SHIPPED]]
    tests = args.test or ["msra", "pd1998"]
    print("| engine | test set | P | R | F1 | " + " | ".join(f"F1 {t}" for t in TYPES) + " | chars/s |")
    print("|---|---|---:|---:|---:|" + "---:|" * len(TYPES) + "---:|")
    for name, make in taggers:
        tagger = make()
        for test in track(tests, description=name, transient=True):
            path = args.data / f"{test}_test.bio"
            began = time.perf_counter()
            score = evaluate(tagger, path)
            seconds = time.perf_counter() - began
            speed = sum(1 for line in path.open(encoding="utf-8") if line.strip()) / seconds
            p, r, f = score.prf()
            per_type = " | ".join(f"{score.prf(t)[2]:.3f}" for t in TYPES)
            print(f"| {name} | {path.name} | {p:.3f} | {r:.3f} | **{f:.3f}** | {per_type} | {speed:,.0f} |")


if __name__ == "__main__":
    main()
