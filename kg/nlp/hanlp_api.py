"""The HanLP RESTful engine (``--nlp hanlp-api[:URL]``): HanLP's servers do the work, no GPU or model here.

The key comes from ``HANLP_AUTH`` (anonymous use is allowed but has a tight rate limit); it is sent in
the ``Authorization`` header and never printed. Sentences go in batches of at most ``batch_chars``
characters; every HTTP or network failure becomes a one-line :class:`~kg.nlp.EngineError`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from http.client import HTTPException
from urllib.error import HTTPError, URLError

from hanlp_common.document import Document

from kg.nlp import EngineError
from kg.nlp.hanlp_doc import concat, spread, to_batched

DEFAULT_URL = "https://www.hanlp.com/api"
TASKS = ["tok/fine", "pos/ctb", "ner/msra", "srl", "dep"]
#: What a status code means for the user.
STATUS = {
    400: "the server refused the request (text too long or language unsupported)",
    401: "HANLP_AUTH was rejected; check the key",
    403: "HANLP_AUTH is not allowed to use this service",
    422: "the server could not read the request",
    429: "rate limit reached (429 Too Many Requests); wait and retry, or set HANLP_AUTH to a key with a "
         "higher quota",
}


def batches(sentences: Sequence[str], limit: int) -> Iterator[list[int]]:
    """Indices of non-blank sentences, grouped so each group has at most ``limit`` characters (or one sentence)."""
    group: list[int] = []
    size = 0
    for i, sentence in enumerate(sentences):
        if not sentence.strip():
            continue
        if group and size + len(sentence) > limit:
            yield group
            group, size = [], 0
        group.append(i)
        size += len(sentence)
    if group:
        yield group


class HanLPRestfulEngine:
    """HanLP's RESTful API through ``hanlp_restful.HanLPClient``."""

    name = "hanlp-api"

    def __init__(self, url: str | None = None, *, timeout: float = 60, batch_chars: int = 2000) -> None:
        from hanlp_restful import HanLPClient

        self.url = url or DEFAULT_URL
        self.batch_chars = batch_chars
        self._client = HanLPClient(self.url, auth=os.environ.get("HANLP_AUTH") or None, language="zh",
                                   timeout=timeout)

    def _parse(self, sentences: list[str]) -> Document:
        try:
            return to_batched(self._client.parse(text=sentences, tasks=TASKS))
        except HTTPError as exc:
            reason = STATUS.get(exc.code, f"HTTP {exc.code}")
            raise EngineError(f"HanLP API {self.url}: {reason}") from exc
        except (URLError, HTTPException, OSError) as exc:
            raise EngineError(f"HanLP API {self.url}: cannot reach the server: {exc}") from exc
        except ValueError as exc:  # json.JSONDecodeError and requests' own errors
            raise EngineError(f"HanLP API {self.url}: unexpected answer: {exc}") from exc

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""

    def annotate(self, sentences: Sequence[str]) -> Document:
        groups = list(batches(sentences, self.batch_chars))
        if not groups:
            return spread(Document({"tok/fine": []}), [], len(sentences))
        docs = [self._parse([sentences[i] for i in group]) for group in groups]
        return spread(concat(docs), [i for group in groups for i in group], len(sentences))
