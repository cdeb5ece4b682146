"""Export a trained :class:`~kg.nlp.hanlp_ner.CharNER` directory for ONNX Runtime (needs torch and onnx).

The exported directory (what :class:`kg.nlp.hanlp_ner_onnx.OnnxNER` reads) holds:

* ``model.onnx`` — the network without its CRF, opset :data:`OPSET`. Inputs ``chars`` int64
  ``[batch, length]`` (character ids, 0 = padding after the end of a shorter sentence) and ``bigrams``
  int64 ``[batch, length + 1]`` (bigram ids, padded the same way); output ``emissions`` float32
  ``[batch, length, tags]``. Batch and length are dynamic; padding does not change a sentence's
  emissions (the BiLSTM runs on packed sequences: ONNX ``LSTM`` with ``sequence_lens``). The two
  embedding tables are stored in float16, as ``model.pt`` stores them, and cast to float32 after the lookup.
* ``vocabs.json`` — ``{"char": [...], "bigram": [...], "tag": [...]}``, index = id; id 0 is padding and
  id 1 the unknown character/bigram.
* ``meta.json`` — the CRF (``transitions[from][to]``, ``start``, ``end``), the opset, and the SHA-256
  of the ``model.pt`` it was made from: the ``.pt`` stays the source of truth.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

import torch
from torch import nn

from kg.nlp.hanlp_ner import CharBigramTagger, load_ner

#: ONNX opset of the exported graph (ONNX Runtime 1.16+ runs it).
OPSET = 17


class _Emissions(nn.Module):
    """The tagger's own ``forward`` with plain tensor inputs: ids in, emissions out."""

    def __init__(self, tagger: CharBigramTagger) -> None:
        super().__init__()
        self.tagger = tagger

    def forward(self, chars: torch.Tensor, bigrams: torch.Tensor) -> torch.Tensor:
        return self.tagger(chars, {"bigram_id": bigrams})[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _embeddings_in_half(graph_file: Path, names: list[str]) -> Any:
    """The ONNX model with the named float32 tables stored as float16 and cast back at load."""
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(graph_file))
    tables = {t.name: t for t in model.graph.initializer}
    casts = []
    for name in names:
        half = numpy_helper.to_array(tables[name]).astype(np.float16)
        model.graph.initializer.remove(tables[name])
        model.graph.initializer.append(numpy_helper.from_array(half, f"{name}.fp16"))
        casts.append(helper.make_node("Cast", [f"{name}.fp16"], [name], to=onnx.TensorProto.FLOAT))
    for node in reversed(casts):
        model.graph.node.insert(0, node)
    onnx.checker.check_model(model)
    return model


def export(model_dir: str | Path, out_dir: str | Path) -> Path:
    """Write the ONNX graph, vocabularies and CRF of the CharNER in ``model_dir`` to ``out_dir``."""
    import onnx

    model_dir, out_dir = Path(model_dir), Path(out_dir)
    ner = load_ner(model_dir)
    tagger: CharBigramTagger = ner.model
    tagger.eval()
    vocabs = {key: list(ner.vocabs[key].idx_to_token) for key in ("char", "bigram", "tag")}
    chars = torch.tensor([[2, 3, 4, 5], [6, 7, 0, 0]])
    bigrams = torch.tensor([[2, 3, 4, 5, 6], [7, 8, 9, 0, 0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        raw = Path(work) / "raw.onnx"
        torch.onnx.export(
            _Emissions(tagger), (chars, bigrams), str(raw), dynamo=False, opset_version=OPSET,
            input_names=["chars", "bigrams"], output_names=["emissions"],
            dynamic_axes={"chars": {0: "batch", 1: "length"}, "bigrams": {0: "batch", 1: "length_plus_1"},
                          "emissions": {0: "batch", 1: "length"}},
        )
        graph = _embeddings_in_half(raw, ["tagger.char_embed.weight", "tagger.bigram_embed.weight"])
    onnx.save(graph, str(out_dir / "model.onnx"))
    crf = tagger.crf
    meta = {
        "opset": OPSET,
        "source_sha256": sha256(model_dir / "model.pt"),
        "transitions": crf.transitions.tolist(),
        "start": crf.start_transitions.tolist(),
        "end": crf.end_transitions.tolist(),
    }
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    (out_dir / "vocabs.json").write_text(json.dumps(vocabs, ensure_ascii=False) + "\n", encoding="utf-8")
    return out_dir
