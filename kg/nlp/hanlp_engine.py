"""The HanLP engine: a pretrained multi-task model (default) or any HanLP model directory.

``--nlp hanlp`` loads ``CLOSE_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_SMALL_ZH``; ``--nlp hanlp:<id | dir>``
another one. A multi-task model runs only the tasks :mod:`kg` reads (tokens, CTB POS, one NER tagset,
SRL, dependencies) over batches of sentences. A directory holding a single NER model (such as one made by
``scripts/train_ner.py``) is combined with LAC tokens and POS, as ``hanlp-ner`` does. To use several
cores, run the pipeline with workers (``kg build --workers N``): each worker process loads the model once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hanlp_common.document import Document

from kg.nlp import EngineError
from kg.nlp.hanlp_doc import spread, to_batched
from kg.nlp.hanlp_models import require

#: Tasks read from a multi-task model, in preference order per group; the first NER tagset present wins.
TASKS = ("tok/fine", "pos/ctb", "srl", "dep")
NER_TASKS = ("ner/msra", "ner/ontonotes", "ner/pku")


def _load(identifier: str, name: str) -> Any:
    """``hanlp.load`` of an identifier :func:`~kg.nlp.hanlp_models.require` has checked; ``name``, the
    model as the user gave it, is what errors show."""
    import hanlp

    try:
        return hanlp.load(identifier, verbose=False)
    except Exception as exc:  # HanLP surfaces download, version and file errors as anything
        raise EngineError(f"HanLP model {name}: cannot load: {exc}") from exc


def tasks_of(model: Any) -> list[str]:
    """The tasks to ask a multi-task model for: those of :data:`TASKS` it has, plus one NER tagset."""
    have = set(model.tasks)
    ner = next((t for t in NER_TASKS if t in have), None)
    return [t for t in TASKS if t in have] + ([ner] if ner else [])


class _Runner:
    """Annotates batches with one loaded model."""

    def __init__(self, identifier: str, name: str, batch_size: int) -> None:
        model = _load(identifier, name)
        self.batch_size = batch_size
        if hasattr(model, "tasks"):  # MultiTaskLearning
            self._model, self._tasks, self._local = model, tasks_of(model), None
        elif "ner" in type(model).__module__:
            from kg.nlp.hanlp_ner import TorchNER
            from kg.nlp.on_lac import NerOnLac

            self._model, self._tasks, self._local = None, [], NerOnLac("hanlp", TorchNER(model))
        else:
            raise EngineError(f"HanLP model {name}: a {type(model).__name__} is neither a multi-task "
                              "nor an NER model")

    def annotate(self, sentences: Sequence[str]) -> Document:
        if self._local is not None:
            return self._local.annotate(sentences)
        keep = [i for i, s in enumerate(sentences) if s.strip()]
        doc = to_batched(self._model([sentences[i] for i in keep], tasks=self._tasks,
                                     batch_size=self.batch_size)) if keep else Document({"tok/fine": []})
        return spread(doc, keep, len(sentences))


class HanLPEngine:
    """HanLP in this process."""

    name = "hanlp"

    def __init__(self, model: str | None = None, *, batch_size: int = 32) -> None:
        self.model = model
        self.batch_size = batch_size
        identifier = require(model)  # checked first: a missing model fails in seconds
        self._runner: _Runner | None = _Runner(identifier, model or identifier, batch_size)

    def annotate(self, sentences: Sequence[str]) -> Document:
        if self._runner is None:
            raise EngineError("the HanLP engine was closed")
        return self._runner.annotate(sentences)

    def close(self) -> None:
        """Let go of the model (its memory is freed once nothing else holds it)."""
        self._runner = None
