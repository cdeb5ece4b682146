"""Sentence splitting that keeps character offsets into the article text.

:func:`split_sentences` cuts exactly where HanLP's ``hanlp.utils.rules.split_sentence``
does (after 。！？? and …… unless a closing quote follows, after a closing quote that
ends a sentence, at newlines, and after an English ``.!?`` followed by whitespace), but
returns ``(start, end)`` spans instead of copies, never drops text, and further cuts any
sentence longer than ``max_len`` so a pathological article still yields bounded pieces.
"""

from __future__ import annotations

import re

# HanLP's four break rules: a break goes between group 1 and group 2 of each match.
# Applied one after the other with re.sub semantics (a match consumes group 2).
_BREAKS = (
    re.compile(r"([。！？?])([^”’])"),
    re.compile(r"(\.{6})([^”’])"),
    re.compile(r"(…{2})([^”’])"),
    re.compile(r"([。！？?][”’])([^，。！？?])"),
)
# HanLP's "best" mode inside a chunk: English sentences end at .!? before whitespace,
# except after abbreviations such as "Mr." or "U.S." (masked to keep lengths equal).
_ENGLISH = re.compile(r"(\S.+?[.!?])(?=\s+|$)|(\S.+?)(?=\n|$)")
_ABBREVIATIONS = (re.compile(r"([A-Z][a-z]{1,2}\.)\s(\w)"), re.compile(r"(\.[a-zA-Z]\.)\s(\w)"))
# Where an over-long sentence is cut, best first: clause ends, then phrase breaks, then spaces.
_SOFT_BREAKS = ("；;", "，,、：:", " \t\u3000")


def _hanlp_chunks(text: str) -> list[tuple[int, int]]:
    """Spans of the newline-separated chunks HanLP's rules produce, whitespace stripped."""
    marked = text
    for rule in _BREAKS:
        marked = rule.sub("\\1\n\\2", marked)
    spans = []
    pos = 0
    for piece in marked.split("\n"):
        # A piece is either followed by an original newline or by an inserted one.
        end = pos + len(piece)
        stripped = piece.strip()
        if stripped:
            start = pos + piece.index(stripped[0])
            spans.append((start, start + len(stripped)))
        pos = end + 1 if text.startswith("\n", end) else end
    return spans


def _english(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` after English sentence ends, as HanLP's best mode does."""
    chunk = text[start:end]
    if not any(c in chunk for c in ".!?"):
        return [(start, end)]
    for rule in _ABBREVIATIONS:
        chunk = rule.sub("\\1@\\2", chunk)
    spans = []
    pos = 0
    for match in _ENGLISH.finditer(chunk):
        spans.append((start + match.start(), start + match.end()))
        pos = match.end()
    rest = chunk[pos:]
    if rest.strip():
        first = pos + len(rest) - len(rest.lstrip())
        spans.append((start + first, end))
    return spans


def _bounded(text: str, start: int, end: int, max_len: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``max_len`` characters at the best breaks."""
    spans = []
    while end - start > max_len:
        window = text[start + max_len // 2 : start + max_len]
        cut = start + max_len
        for breaks in _SOFT_BREAKS:
            found = max(window.rfind(c) for c in breaks)
            if found >= 0:
                cut = start + max_len // 2 + found + 1
                break
        piece = text[start:cut].rstrip()
        if piece:
            spans.append((start, start + len(piece)))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))
    return spans


def split_sentences(text: str, *, max_len: int = 256) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``: non-empty, stripped, at most ``max_len`` long.

    >>> text = "会议指出，要提高站位。王辉忠说：“好！”\\n会上表彰了先进。"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['会议指出，要提高站位。', '王辉忠说：“好！”', '会上表彰了先进。']
    """
    if max_len < 1:
        raise ValueError("max_len must be positive")
    spans = []
    for start, end in _hanlp_chunks(text):
        for s, e in _english(text, start, end):
            spans.extend(_bounded(text, s, e, max_len))
    return spans
