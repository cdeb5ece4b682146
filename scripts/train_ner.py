"""Reproduce the shipped NER model: HanLP's RNN NER trainer (our ``CharNER``) on the *_train.bio files only.

The shipped model kg/data/ner/charner was made by these two runs (see docs/NER.md):

    python scripts/train_ner.py --corpus msra --epochs 3 --out /tmp/charner-msra
    python scripts/train_ner.py --init-from /tmp/charner-msra --epochs 4    # msra + pd1998 -> kg/data/ner/charner

The data is described in ../shared/data/ner/README.md. Test files are never read here: report F1 on them
with ``python scripts/eval_ner.py``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import torch

from kg.nlp.hanlp_ner import train

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ner"
OUT = ROOT / "kg" / "data" / "ner" / "charner"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="folder with <corpus>_train.bio files")
    parser.add_argument("--corpus", action="append", choices=["msra", "pd1998"],
                        help="training corpus (repeatable; default: msra and pd1998)")
    parser.add_argument("--out", type=Path, default=OUT, help="model directory to write")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rnn-hidden", type=int, default=100)
    parser.add_argument("--init-from", type=Path, help="continue from this model's vocabularies and weights")
    parser.add_argument("--limit", type=int, help="use only the first N sentences (smoke runs)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 avoids oversubscription)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    files = [args.data / f"{name}_train.bio" for name in args.corpus or ["msra", "pd1998"]]
    args.out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    train(files, args.out, limit=args.limit, seed=args.seed, epochs=args.epochs, batch_size=args.batch_size,
          rnn_hidden=args.rnn_hidden, init_from=str(args.init_from) if args.init_from else None)
    size = sum(p.stat().st_size for p in args.out.iterdir()) / 2**20
    print(f"trained on {', '.join(f.name for f in files)} in {time.perf_counter() - began:.0f} s; "
          f"{args.out} holds {size:.1f} MiB")


if __name__ == "__main__":
    main()
