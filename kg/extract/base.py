"""Types shared by the extraction steps: annotated sentences, mentions and relation candidates."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Sentence:
    """One annotated sentence; every offset is a character offset into the article text.

    ``spans[i]`` is the ``(start, end)`` of ``tokens[i]``; ``ner`` holds the engine's raw
    ``(text, label, begin, end)`` token spans of every ``ner/*`` task; ``srl`` and ``dep``
    are the engine's structures (token offsets), empty when the engine has none.
    """

    text: str
    start: int
    tokens: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    ner: list[tuple[str, str, int, int]] = field(default_factory=list)
    srl: list[list[tuple[str, str, int, int]]] = field(default_factory=list)
    dep: list[tuple[int, str]] = field(default_factory=list)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def token_chars(self, begin: int, end: int) -> tuple[int, int]:
        """Character span of tokens ``[begin, end)``."""
        return self.spans[begin][0], self.spans[end - 1][1]


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span of the article text; ``source`` says which step found it."""

    start: int
    end: int
    text: str
    type: str
    source: str = "ner"

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation found in one sentence, before resolution to entities."""

    head: Mention
    type: str
    tail: Mention
    sentence: Sentence
    confidence: float
    trigger: str = ""
