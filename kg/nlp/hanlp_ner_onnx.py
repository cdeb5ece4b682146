"""Engine ``hanlp-ner``: our HanLP NER model on ONNX Runtime, with no torch at run time.

``scripts/export_ner_onnx.py`` turns the trained model (``kg/data/ner/charner``, HanLP/PyTorch) into
``kg/data/ner/charner-onnx`` (see :mod:`kg.nlp.ner_export` for the files). Here the network runs on a
single-thread ONNX Runtime session over length-sorted batches, and its CRF is decoded by the numpy
Viterbi LAC's engine uses; the tags are those of the model under torch (``tests/test_ner_onnx.py``).
The entities go on LAC's tokens, POS and dates as :class:`~kg.nlp.on_lac.NerOnLac` describes.
``hanlp-ner:<dir>`` runs another exported model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from kg.nlp import EngineError
from kg.nlp.bio import Entity, bio_spans, features
from kg.nlp.crf import viterbi
from kg.nlp.on_lac import NerOnLac

#: The shipped model under HanLP/PyTorch (the source of truth), and its export (what ``hanlp-ner`` runs).
SOURCE = Path(__file__).resolve().parent.parent / "data" / "ner" / "charner"
SHIPPED = SOURCE.with_name("charner-onnx")
FILES = ("model.onnx", "vocabs.json", "meta.json")
#: At most this many characters (sentences x longest length) per network run.
BATCH_CHARS = 512
UNK = 1


class OnnxNER:
    """The exported network + CRF: sentences in, BIO tags or ``(begin, end, label)`` entities out."""

    def __init__(self, folder: str | Path = SHIPPED) -> None:
        import onnxruntime as ort

        folder = Path(folder)
        missing = _missing(folder)
        if missing:
            raise EngineError(f"{folder}: not an exported NER model (missing {', '.join(missing)}); "
                              "make one with: python scripts/export_ner_onnx.py")
        try:
            vocabs = json.loads((folder / "vocabs.json").read_text(encoding="utf-8"))
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            self._chars = {c: i for i, c in enumerate(vocabs["char"])}
            self._bigrams = {b: i for i, b in enumerate(vocabs["bigram"])}
            self.tagset: list[str] = vocabs["tag"]
            self._crf = [np.asarray(meta[key], dtype=np.float32) for key in ("transitions", "start", "end")]
            options = ort.SessionOptions()
            options.intra_op_num_threads = 1  # as LAC's: one thread per engine, no spinning pool
            options.inter_op_num_threads = 1
            self._session: ort.InferenceSession | None = ort.InferenceSession(
                str(folder / "model.onnx"), sess_options=options, providers=["CPUExecutionProvider"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise EngineError(f"{folder}: broken exported NER model: {exc}") from exc
        except Exception as exc:  # onnxruntime's own errors (an unreadable or invalid graph)
            raise EngineError(f"{folder}/model.onnx: ONNX Runtime cannot load it: {exc}") from exc

    def _ids(self, sentence: str) -> tuple[list[int], list[int]]:
        chars, bigrams = features(sentence)
        return [self._chars.get(c, UNK) for c in chars], [self._bigrams.get(b, UNK) for b in bigrams]

    def _emissions(self, sentences: Sequence[str], width: int) -> np.ndarray:
        """The network's emissions of a batch of non-empty sentences, padded to ``width`` steps."""
        if self._session is None:
            raise EngineError("the NER engine is closed")
        longest = max(len(s) for s in sentences)
        chars = np.zeros((len(sentences), longest), dtype=np.int64)
        bigrams = np.zeros((len(sentences), longest + 1), dtype=np.int64)
        for i, sentence in enumerate(sentences):
            c, b = self._ids(sentence)
            chars[i, : len(c)] = c
            bigrams[i, : len(b)] = b
        emissions = self._session.run(None, {"chars": chars, "bigrams": bigrams})[0]
        return np.pad(emissions, ((0, 0), (0, width - longest), (0, 0)))

    def tags(self, sentences: Sequence[str]) -> list[list[str]]:
        """BIO tags, one per character, of each sentence (empty ones get none).

        The network runs on batches of sentences of similar length (at most :data:`BATCH_CHARS`
        padded characters each); the CRF is decoded once for all of them.
        """
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        out: list[list[str]] = [[] for _ in sentences]
        if not order:
            return out
        lengths = np.array([len(sentences[i]) for i in order])
        width = int(lengths[-1])
        parts, begin = [], 0
        while begin < len(order):
            end = begin + 1  # in length order: the last sentence of a batch is its longest
            while end < len(order) and (end + 1 - begin) * lengths[end] <= BATCH_CHARS:
                end += 1
            parts.append(self._emissions([sentences[i] for i in order[begin:end]], width))
            begin = end
        for i, ids in zip(order, viterbi(np.concatenate(parts), lengths, *self._crf), strict=True):
            out[i] = [self.tagset[t] for t in ids]
        return out

    def __call__(self, sentences: Sequence[str]) -> list[list[Entity]]:
        return [bio_spans(tags) for tags in self.tags(sentences)]

    def close(self) -> None:
        """Release the ONNX Runtime session."""
        self._session = None


def _missing(folder: Path) -> list[str]:
    """The files of an export that ``folder`` lacks."""
    return [name for name in FILES if not (folder / name).is_file()]


def status() -> tuple[bool, str]:
    """Whether the shipped export is in place (``kg models``)."""
    missing = _missing(SHIPPED)
    if missing:
        return False, f"{SHIPPED}: missing {', '.join(missing)} (python scripts/export_ner_onnx.py)"
    return True, f"model {SHIPPED}"


def hanlp_ner_engine(folder: str | None = None) -> NerOnLac:
    """Engine ``hanlp-ner[:<exported model dir>]``: the model's entities on LAC's tokens, POS and dates."""
    return NerOnLac("hanlp-ner", OnnxNER(folder or SHIPPED))
