"""NLP engines behind one interface: sentences in, a HanLP ``Document`` out.

Every engine returns a :class:`hanlp_common.document.Document` in HanLP's
batched shape, one entry per input sentence:

* ``tok/fine``: ``[[token, ...], ...]`` — tokens in order; concatenated they
  spell the sentence (whitespace may be dropped);
* ``pos/<tagset>``: ``[[tag, ...], ...]`` (``pos/ctb`` for HanLP, ``pos/lac`` for LAC);
* ``ner/<tagset>``: ``[[(text, label, begin, end), ...], ...]`` with token offsets,
  ``end`` exclusive (``ner/msra``, ``ner/ontonotes``, ``ner/pku``, ``ner/lac``);
* ``srl`` (optional): ``[[[(text, role, begin, end), ...] per predicate], ...]``;
* ``dep`` (optional): ``[[(head, relation), ...], ...]`` with 1-based heads.

Nothing downstream knows which engine ran. Engines are chosen by a spec string:
``lac``, ``hanlp``, ``hanlp:<pretrained id | model dir>``, ``hanlp-api``, ``hanlp-local``.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import Protocol, runtime_checkable

from hanlp_common.document import Document

__all__ = ["ENGINES", "Document", "Engine", "EngineError", "get_engine"]


class EngineError(RuntimeError):
    """An engine cannot be loaded or run; the message says what to do."""


@runtime_checkable
class Engine(Protocol):
    """An NLP engine: ``annotate`` sentences into a batched HanLP ``Document``."""

    name: str

    def annotate(self, sentences: Sequence[str]) -> Document: ...


#: engine name -> "module:factory"; a factory takes the text after ``name:`` (or None).
ENGINES: dict[str, str] = {
    "lac": "kg.nlp.lac:LacEngine",
    "hanlp": "kg.nlp.hanlp_engine:HanLPEngine",
    "hanlp-api": "kg.nlp.hanlp_api:HanLPRestfulEngine",
    "hanlp-local": "kg.nlp.hanlp_local:HanLPLocalEngine",
}


def get_engine(spec: str = "lac") -> Engine:
    """Create the engine named by ``spec`` (``name`` or ``name:argument``)."""
    name, _, arg = spec.partition(":")
    target = ENGINES.get(name)
    if target is None:
        raise EngineError(f"unknown NLP engine {name!r}; choose one of: {', '.join(ENGINES)}")
    module, _, factory = target.partition(":")
    try:
        cls = getattr(import_module(module), factory)
    except ImportError as exc:
        raise EngineError(
            f"engine {name!r} needs packages that are not installed ({exc.name}); "
            "install them with: pip install -e '.[hanlp]'"
        ) from exc
    return cls(arg or None)
