"""A test-only engine: LAC, except on marked text, where it fails or makes its whole process exit.

Importable by spawned worker processes (pytest puts ``tests/`` on ``sys.path`` and spawn passes
it on), and picklable: the LAC model is opened in each process on first use.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from hanlp_common.document import Document

#: a sentence holding this makes the process exit at once (as a crash in native code would)
EXIT = "KG-TEST-EXIT"
#: a sentence holding this makes the engine raise
FAIL = "KG-TEST-FAIL"


class HostileEngine:
    name = "lac"

    def __init__(self) -> None:
        self._lac = None

    def annotate(self, sentences: Sequence[str]) -> Document:
        if any(EXIT in s for s in sentences):
            os._exit(70)
        if any(FAIL in s for s in sentences):
            raise RuntimeError("the engine gave up on this text")
        if self._lac is None:
            from kg.nlp.lac import LacEngine

            self._lac = LacEngine()
        return self._lac.annotate(sentences)

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self._lac = None
