"""Train our HanLP NER model (``CharNER``, HanLP's RNN NER trainer) on the *_train.bio files only.

    python scripts/train_ner.py                   # the recipe of the shipped model -> kg/data/ner/charner
    python scripts/train_ner.py --corpus msra --epochs 1 --out /tmp/ner        # one run of your own

The recipe is four runs, each continuing the previous one (``--init-from``), then the shipped model's ONNX
export (``kg/data/ner/charner-onnx``, what ``--nlp hanlp-ner`` runs); see docs/NER.md. Every
run holds out every 50th sentence for model selection. Test files are never read here: score a model
with ``python scripts/eval_ner.py``. The data is described in ../shared/data/ner/README.md.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import torch

from kg.nlp.hanlp_ner import train
from kg.nlp.hanlp_ner_onnx import SHIPPED, SOURCE
from kg.nlp.ner_export import export

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ner"
OUT = SOURCE
BOTH = ("msra", "pd1998")
#: The shipped model: MSRA first, then both corpora, then synthetic name lists, then a lower learning rate.
RECIPE: list[dict[str, Any]] = [
    {"corpus": ("msra",), "epochs": 3},
    {"corpus": BOTH, "epochs": 4},
    {"corpus": BOTH, "epochs": 2, "lists": 2000},
    {"corpus": BOTH, "epochs": 2, "lists": 2000, "lr": 0.0005},
]


def run(data: Path, out: Path, corpus: tuple[str, ...], init_from: Path | None = None, **options: Any) -> None:
    files = [data / f"{name}_train.bio" for name in corpus]
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    train(files, out, init_from=str(init_from) if init_from else None, **options)
    size = sum(p.stat().st_size for p in out.iterdir()) / 2**20
    print(f"trained on {', '.join(f.name for f in files)} in {time.perf_counter() - began:.0f} s; "
          f"{out} holds {size:.1f} MiB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="folder with <corpus>_train.bio files")
    parser.add_argument("--out", type=Path, help=f"model directory to write [recipe default: {OUT}]")
    parser.add_argument("--corpus", action="append", choices=BOTH, help="one run on these corpora (repeatable)")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=0.002, help="Adam learning rate")
    parser.add_argument("--name-lists", type=int, default=0,
                        help="add N synthetic lists of training-set names written without separators")
    parser.add_argument("--init-from", type=Path, help="continue from this model's vocabularies and weights")
    parser.add_argument("--limit", type=int, help="use only the first N sentences (smoke runs)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 avoids oversubscription)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.corpus:
        if args.out is None:
            parser.error("--out is required for a run of your own (the default is the shipped model's folder)")
        run(args.data, args.out, tuple(args.corpus), args.init_from, epochs=args.epochs, lr=args.lr,
            lists=args.name_lists, limit=args.limit, seed=args.seed)
        return
    with tempfile.TemporaryDirectory() as work:
        previous = None
        for i, stage in enumerate(RECIPE, 1):
            out = (args.out or OUT) if i == len(RECIPE) else Path(work) / f"stage{i}"
            print(f"stage {i}/{len(RECIPE)}: {stage}", flush=True)
            run(args.data, out, init_from=previous, limit=args.limit, seed=args.seed, **stage)
            previous = out
    if args.out is None:  # the shipped model: its ONNX export (what hanlp-ner runs) follows it
        print(f"exported for ONNX Runtime to {export(OUT, SHIPPED)}", flush=True)
    else:
        print(f"export it for ONNX Runtime with: python scripts/export_ner_onnx.py {args.out} --out DIR", flush=True)


if __name__ == "__main__":
    main()
