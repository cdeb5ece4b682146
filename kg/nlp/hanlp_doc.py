"""HanLP ``Document`` in either shape -> the batched convention of :mod:`kg.nlp`.

HanLP returns a *flat* document for one sentence (``tok/fine: [token, ...]``) and a *nested* one, a list
per sentence, for a list of sentences or from the RESTful API. Values may be tuples (native) or lists
(JSON). Keys may carry a tagset (``ner/msra``) or not (``ner``, as in HanLP's own ``Document`` example).
:func:`to_batched` returns a nested document with the tasks :mod:`kg.nlp` uses, tuples everywhere, and
checks that every annotation fits the tokens of its sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from hanlp_common.document import Document

from kg.nlp import EngineError

#: Tagset a bare key stands for (HanLP's default tagsets of its Chinese models).
BARE = {"tok": "tok/fine", "pos": "pos/ctb", "ner": "ner/msra"}
#: Preference among token layers: annotations are relative to the first one present.
TOK_KEYS = ("tok/fine", "tok/coarse")

Span = tuple[str, str, int, int]


def _key(key: str) -> str:
    return BARE.get(key, key)


def _is_flat(tokens: Sequence[Any]) -> bool:
    return bool(tokens) and isinstance(tokens[0], str)


def _span(item: Sequence[Any], n: int, task: str) -> Span:
    if len(item) != 4:
        raise EngineError(f"HanLP {task}: expected (text, label, begin, end), got {item!r}")
    text, label, begin, end = item
    if not (isinstance(begin, int) and isinstance(end, int) and 0 <= begin < end <= n):
        raise EngineError(f"HanLP {task}: span {item!r} lies outside the sentence's {n} tokens")
    return str(text), str(label), begin, end


def _dep(item: Sequence[Any], n: int) -> tuple[int, str]:
    head, rel = item
    if not (isinstance(head, int) and 0 <= head <= n):
        raise EngineError(f"HanLP dep: head {head!r} lies outside the sentence's {n} tokens")
    return head, str(rel)


def _sentence(tokens: list[str], value: Any, task: str) -> Any:
    """Check and convert one sentence's annotation of ``task``."""
    n = len(tokens)
    if task.startswith("pos/"):
        if len(value) != n:
            raise EngineError(f"HanLP {task}: {len(value)} tags for {n} tokens")
        return [str(t) for t in value]
    if task.startswith("ner/"):
        return [_span(s, n, task) for s in value]
    if task == "srl":
        return [[_span(s, n, task) for s in predicate] for predicate in value]
    if len(value) != n:
        raise EngineError(f"HanLP dep: {len(value)} arcs for {n} tokens")
    return [_dep(arc, n) for arc in value]


def _wanted(task: str) -> bool:
    return task.startswith(("pos/", "ner/")) or task in ("srl", "dep")


def to_batched(doc: Mapping[str, Any]) -> Document:
    """Normalise a HanLP document (flat or nested) to ``{"tok/fine": [[...]], "pos/..": [[...]], ...}``."""
    named = {_key(k): v for k, v in doc.items()}
    tok_key = next((k for k in TOK_KEYS if k in named), None)
    if tok_key is None:
        raise EngineError(f"HanLP returned no tokens (keys: {', '.join(doc) or 'none'})")
    tokens = named[tok_key]
    flat = _is_flat(tokens)
    sentences = [list(tokens)] if flat else [list(s) for s in tokens]
    out: dict[str, list[Any]] = {"tok/fine": sentences}
    for task, value in named.items():
        if not _wanted(task) or value is None:
            continue
        per_sentence = [value] if flat else value
        if len(per_sentence) != len(sentences):
            raise EngineError(f"HanLP {task}: {len(per_sentence)} sentences, but {len(sentences)} tokenised")
        out[task] = [_sentence(s, v, task) for s, v in zip(sentences, per_sentence, strict=True)]
    return Document(out)


def concat(docs: Sequence[Mapping[str, Any]]) -> Document:
    """Join batched documents sentence-wise; a task missing from one document gives empty entries there."""
    tasks = list(dict.fromkeys(task for doc in docs for task in doc))
    out: dict[str, list[Any]] = {task: [] for task in tasks}
    for doc in docs:
        size = len(doc["tok/fine"])
        for task in tasks:
            out[task].extend(doc.get(task) or [[] for _ in range(size)])
    return Document(out)


def spread(doc: Mapping[str, Any], order: Sequence[int], size: int) -> Document:
    """Place the sentences of ``doc`` at positions ``order`` of ``size`` sentences; the others stay empty."""
    out = {task: [[] for _ in range(size)] for task in doc}
    for task, values in doc.items():
        for i, value in zip(order, values, strict=True):
            out[task][i] = value
    return Document(out)
