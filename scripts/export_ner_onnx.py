"""Export our HanLP NER model (a directory ``scripts/train_ner.py`` writes) for ONNX Runtime.

    python scripts/export_ner_onnx.py                          # kg/data/ner/charner -> kg/data/ner/charner-onnx
    python scripts/export_ner_onnx.py /tmp/ner --out /tmp/ner-onnx
    kg build examples/ --nlp hanlp-ner:/tmp/ner-onnx           # run an export of your own

Writes ``model.onnx`` (opset 17; inputs ``chars`` [batch, length] and ``bigrams`` [batch, length + 1],
int64; output ``emissions`` [batch, length, tags], float32; batch and length dynamic), ``vocabs.json`` and
``meta.json`` (the CRF's transitions, start and end scores, and the SHA-256 of the source ``model.pt``).
Needs the ``[hanlp]`` extra (torch, HanLP, onnx); serving the export needs only onnxruntime and numpy.
Re-run it after every retraining: a test fails while the export is older than ``model.pt``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.nlp.hanlp_ner_onnx import SHIPPED, SOURCE
from kg.nlp.ner_export import export


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", type=Path, nargs="?", default=SOURCE, help=f"HanLP model directory [{SOURCE}]")
    parser.add_argument("--out", type=Path, default=SHIPPED, help=f"directory to write [{SHIPPED}]")
    args = parser.parse_args()
    out = export(args.model, args.out)
    size = sum(p.stat().st_size for p in out.iterdir()) / 2**20
    print(f"{args.model} -> {out} ({size:.1f} MiB)")


if __name__ == "__main__":
    main()
