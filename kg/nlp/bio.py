"""Character BIO data without torch: ``.bio`` files, tag sequences to spans, and the NER model's input features.

Shared by the model's training (:mod:`kg.nlp.hanlp_ner`, under torch) and its serving on ONNX Runtime
(:mod:`kg.nlp.hanlp_ner_onnx`), so both read a sentence the same way: characters mapped to full width
(whitespace to a comma), then the ``n + 1`` character bigrams of the sentence between the :data:`BOS` and
:data:`EOS` sentinels.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

#: sentinel characters around a sentence for its boundary bigrams.
BOS, EOS = "\u0002", "\u0003"
#: what whitespace reads as (see :func:`model_char`).
SEPARATOR = "，"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")

Entity = tuple[int, int, str]  # (start, end, type) in characters, end exclusive


class BioError(ValueError):
    """A ``.bio`` file does not follow the one ``char<TAB>tag`` per line format."""


def read_bio(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Read a ``char<TAB>tag`` file with blank lines between sentences into ``(chars, tags)`` pairs."""
    sentences: list[tuple[list[str], list[str]]] = []
    chars: list[str] = []
    tags: list[str] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise BioError(f"{path}: cannot read: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line:
            if chars:
                sentences.append((chars, tags))
                chars, tags = [], []
            continue
        char, sep, tag = line.partition("\t")
        if not sep or len(char) != 1 or tag not in TAGS:
            raise BioError(f"{path}:{number}: expected one character, a tab and one of {', '.join(TAGS)}")
        chars.append(char)
        tags.append(tag)
    if chars:
        sentences.append((chars, tags))
    return sentences


def to_full_width(char: str) -> str:
    """Map a printable ASCII character to its full-width form (one character to one character)."""
    code = ord(char)
    return chr(code + 0xFEE0) if 0x21 <= code <= 0x7E else char


def model_char(char: str) -> str:
    """A character as the model reads it: full width, and whitespace as a comma.

    The training corpora hold no whitespace at all, so the model never learnt what a space means; in
    news it separates (记者 兰锋 周琳), which a comma tells the model. Offsets do not move (one for one).
    """
    return SEPARATOR if char.isspace() else to_full_width(char)


def features(tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    """The model's input of a sentence: its characters (:func:`model_char`) and their ``n + 1`` boundary bigrams."""
    chars = [model_char(c) for c in tokens]
    padded = [BOS, *chars, EOS]
    return chars, [a + b for a, b in pairwise(padded)]


def bio_spans(tags: Sequence[str]) -> list[Entity]:
    """``(begin, end, type)`` of the entities of a BIO (IOB2) tag sequence; an ``I-X`` that continues
    nothing starts an entity (as HanLP's ``bio_tags_to_spans`` reads it)."""
    spans: list[Entity] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if kind and not (prefix == "I" and label == kind):
            spans.append((start, i, kind))
            kind = ""
        if prefix == "B" or (prefix == "I" and not kind):
            start, kind = i, label
    return spans
