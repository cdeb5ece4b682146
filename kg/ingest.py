"""Reading articles: find input files, decode them, and clean them into :class:`~kg.model.Article`.

Formats: the crawler's ``.txt`` (title on line 1, the body as ``<div><span>`` fragments with
``&nbsp;`` and full-width spaces), HTML pages (the article's text, without scripts, styles,
navigation, headers, footers and asides), plain ``.txt``/``.md``, and ``.jsonl`` with one
``{"id", "title", "text"}`` object per line. Encodings: UTF-8 with or without BOM, UTF-16 with
BOM, and GB18030/GBK. An article's ``text`` is its title and then one paragraph per line, so
every offset the pipeline reports points into it. Anything that cannot be read becomes a
:class:`Failure` with a one-line reason; the rest of the batch goes on.

A file whose text decodes apart from a few bytes (a crawl cut mid-character, stray bytes) is kept:
the bad bytes become U+FFFD and the caller gets a :class:`Notice` naming the file and the count.
"A few" is at most :data:`REPLACED_MIN` bytes plus :data:`REPLACED_PER_KB` per full KB of the
file, and never more than :data:`REPLACED_MAX`; a file with more is rejected as undecodable.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.model import Article

SUPPORTED = (".txt", ".md", ".html", ".htm", ".jsonl")


@dataclass(frozen=True)
class Problem:
    """Something about an input the user must hear of (one line)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class Failure(Problem):
    """An input that was skipped, and why."""


class Notice(Problem):
    """An input that was kept, but not quite as written (e.g. undecodable bytes replaced)."""


#: receives the :class:`Notice` of each kept-but-repaired input
Notify = Callable[[Notice], None]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Source:
    """An input file and the document id its article gets (unique within one :func:`discover`)."""

    path: Path
    id: str

    @property
    def name(self) -> str:
        """The file's name, for progress and messages."""
        return self.path.name

    def __str__(self) -> str:
        return str(self.path)


# -- discovering files ---------------------------------------------------------------------------


def _walk(folder: Path) -> Iterator[Path]:
    """Supported, non-hidden entries under ``folder``, recursively, without following linked folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(SUPPORTED):
                yield Path(root, name)


def discover(paths: Iterable[str | Path]) -> tuple[list[Source], list[Failure]]:
    """The input files under ``paths`` (files, or folders searched recursively), in a stable order.

    A file named on the command line is read whatever its extension; inside folders only
    :data:`SUPPORTED` extensions count and hidden files are skipped. The id of a file found in a
    folder is its path relative to that folder without the extension (``sub/article``); a file
    named directly gets its stem. Paths that do not exist become failures.
    """
    sources: list[Source] = []
    failures: list[Failure] = []
    seen: set[Path] = set()
    ids: set[str] = set()

    def add(path: Path, doc_id: str) -> None:
        key = path.resolve()
        if key in seen:
            return
        seen.add(key)
        unique, n = doc_id, 1
        while unique in ids:
            n += 1
            unique = f"{doc_id}~{n}"
        ids.add(unique)
        sources.append(Source(path, unique))

    for arg in map(Path, paths):
        if arg.is_dir():
            found = sorted(_walk(arg), key=lambda p: p.relative_to(arg).as_posix())
            for path in found:
                add(path, path.relative_to(arg).with_suffix("").as_posix())
        elif arg.exists() or arg.is_symlink():
            add(arg, arg.stem)
        else:
            failures.append(Failure(str(arg), "no such file or directory"))
    return sources, failures


# -- decoding ------------------------------------------------------------------------------------

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SAMPLE = 1 << 16
#: a kept file may have REPLACED_MIN undecodable bytes plus REPLACED_PER_KB per full KB, at most REPLACED_MAX
REPLACED_MIN, REPLACED_PER_KB, REPLACED_MAX = 4, 4, 256
# Undecodable bytes are first decoded to lone surrogates (one per byte; no decoder yields them), then
# counted and replaced: each run by one U+FFFD.
_MARK = "kg.ingest.mark"
_MARKED = re.compile("[\udc00-\udcff]+")


def _mark(exc: UnicodeError) -> tuple[str, int]:
    """Mark the undecodable bytes; a stray byte inside a multibyte character keeps the character."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    data, start = exc.object, exc.start
    if not exc.encoding.startswith("utf-16"):
        for width in (2, 3, 4):
            piece = data[start : start + 1] + data[start + 2 : start + 1 + width]
            try:
                char = piece.decode(exc.encoding)
            except UnicodeDecodeError:
                continue
            if len(piece) == width and len(char) == 1:
                return char + chr(0xDC00 + data[start + 1]), start + 1 + width
    return "".join(chr(0xDC00 + b) for b in data[start : exc.end]), exc.end


codecs.register_error(_MARK, _mark)


class _InputError(ValueError):
    """The reason an input cannot be used; becomes a :class:`Failure`."""


@dataclass(frozen=True)
class _Decoded:
    text: str
    encoding: str
    replaced: int = 0  # undecodable bytes, now U+FFFD


def _plausible(text: str) -> bool:
    """Whether decoded text looks like text: few private-use, unassigned or control characters."""
    sample = [c for c in text[:_SAMPLE] if c > "\x7f"]
    odd = sum(1 for c in sample if unicodedata.category(c) in ("Co", "Cn", "Cc"))
    return odd <= len(sample) // 100


def _mostly_gb2312(text: str) -> bool:
    """Whether nearly all non-ASCII characters are GB2312's (what Chinese text is made of, unlike the
    rarer GBK characters that bytes of other encodings decode to)."""
    sample = [c for c in text[:_SAMPLE] if c > "\x7f" and c != "\ufffd"]
    common = sum(1 for c in sample if c.encode("gb2312", "ignore"))
    return common >= len(sample) * 0.9


def _lenient(data: bytes, codec: str, name: str) -> _Decoded | None:
    """``data`` decoded with its undecodable bytes replaced, if they are few enough (see the module doc)."""
    text = data.decode(codec, _MARK)
    replaced = sum(map(len, _MARKED.findall(text)))
    if replaced > min(REPLACED_MAX, REPLACED_MIN + REPLACED_PER_KB * (len(data) // 1024)):
        return None
    return _Decoded(_MARKED.sub("\ufffd", text), name, replaced)


def _decode(data: bytes) -> _Decoded:
    """Decode ``data`` as UTF-8 (BOM optional), UTF-16 with BOM, or GB18030, strictly if it can be,
    else with a few bytes replaced; raise ``_InputError``."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _Decoded(data.decode("utf-16"), "UTF-16")
        except UnicodeDecodeError as exc:
            if kept := _lenient(data, "utf-16", "UTF-16"):
                return kept
            raise _InputError("not valid UTF-16 text") from exc
    head = data[:_SAMPLE]
    if b"\x00" in head or len(_CONTROL.findall(head)) > len(head) // 100:
        raise _InputError("binary file, not text")
    try:
        return _Decoded(data.decode("utf-8-sig"), "UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _plausible(text):
            return _Decoded(text, "GB18030")
    except UnicodeDecodeError:
        pass
    # Nearly UTF-8 wins a tie: real GB18030 Chinese text is never valid UTF-8 apart from a few bytes.
    gb18030 = _lenient(data, "gb18030", "GB18030")
    kept = [d for d in (_lenient(data, "utf-8-sig", "UTF-8"), gb18030 if gb18030 and _mostly_gb2312(gb18030.text)
                        else None) if d is not None and _plausible(d.text)]
    if not kept:
        raise _InputError("not UTF-8 or GB18030 text")
    return min(kept, key=lambda d: d.replaced)


def _notice(source: str, decoded: _Decoded, notify: Notify | None, line: str = "") -> None:
    """Tell ``notify`` (else the log) that ``source`` was kept with bytes replaced."""
    if decoded.replaced:
        n = decoded.replaced
        notice = Notice(source, f"{line}kept, but {n} undecodable byte{'s' * (n > 1)} replaced by U+FFFD "
                                f"(read as {decoded.encoding})")
        if notify:
            notify(notice)
        else:
            _log.warning("%s", notice)


# -- cleaning ------------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u200b\ufeff]+")
_LINE_BREAK = re.compile(r"\r\n?|\n")
# A line break inside an HTML paragraph between two Chinese characters joins them (no space).
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_CJK_WRAP = re.compile(rf"(?<=[{_CJK}])\s*\n\s*(?=[{_CJK}])")
_MARKUP = re.compile(
    r"<(?:div|span|p|br|font|strong|b|a|img|table|section)\b[^>]*>|&(?:nbsp|amp|lt|gt|quot|#\d+);",
    re.IGNORECASE,
)
_FILENAME = re.compile(r"\.(?:txt|html?|md|shtml|docx?|pdf)$", re.IGNORECASE)
# The crawler prefixes file names with a number; a number that starts a date or count stays.
_CRAWLER_PREFIX = re.compile(r"^\d+(?![\d年月日号时届次期个项条名位家件天周岁%％.．·、\s])")
_MD_LINE = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+)")
_MD_INLINE = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)|\*\*|__|`")


def _inline(text: str) -> str:
    """One line: runs of whitespace (full-width and no-break spaces too) become one space."""
    return _SPACES.sub(" ", text).strip()


class _HTMLText(HTMLParser):
    """Paragraphs of an HTML page or fragment, with its ``<title>`` and first ``<h1>``.

    Text inside :attr:`SKIP` elements is dropped. When the page has ``<article>`` or ``<main>``,
    only paragraphs inside them count.
    """

    SKIP = frozenset({"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
                      "form", "iframe", "svg", "math", "select", "button", "object", "canvas", "dialog"})
    BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
                       "h6", "tr", "table", "section", "article", "main", "blockquote", "pre", "figure",
                       "figcaption", "hr", "td", "th", "body"})
    MAIN = frozenset({"article", "main"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[str, bool]] = []
        self.title = ""
        self.h1 = ""
        self._buffer: list[str] = []
        self._skip = 0
        self._main = 0
        self._in_main_para = False
        self._capture: str | None = None  # "title" or "h1" while inside one
        self._captured: list[str] = []

    def _flush(self) -> None:
        text = _inline(_CJK_WRAP.sub("", "".join(self._buffer)))
        if text:
            self.paragraphs.append((text, self._in_main_para))
        self._buffer.clear()
        self._in_main_para = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._skip = 0  # a page that never closed its <head>
        if tag in self.BLOCK:
            self._flush()
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.MAIN:
            self._main += 1
        if tag in ("title", "h1") and self._capture is None:
            self._capture, self._captured = tag, []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCK:
            self._flush()
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.MAIN:
            self._main = max(0, self._main - 1)
        if tag == self._capture:
            text = _inline("".join(self._captured))
            if tag == "title" and not self.title:
                self.title = text
            elif tag == "h1" and not self.h1 and text:
                self.h1 = text
            self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture == "title" or (self._capture == "h1" and not self._skip):
            self._captured.append(data)
        if not self._skip:
            self._buffer.append(data)
            self._in_main_para = self._in_main_para or self._main > 0

    def close(self) -> None:
        super().close()
        self._flush()

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![…`` with a keyword the standard library rejects by an AssertionError (``<![CDAT``): text."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.handle_data(self.rawdata[i:i + 3])
            return i + 3

    def body(self) -> list[str]:
        """The article's paragraphs: those inside ``<article>``/``<main>`` if any, else all."""
        inside = [text for text, in_main in self.paragraphs if in_main]
        return inside or [text for text, _ in self.paragraphs]


def _parse_html(text: str) -> _HTMLText:
    text = _LINE_BREAK.sub("\n", text)  # every line break wraps alike (see _CJK_WRAP)
    parser = _HTMLText()
    for i in range(0, len(text), _SAMPLE):  # fed in pieces: the parser stays linear on huge pages
        parser.feed(text[i : i + _SAMPLE])
    parser.close()
    return parser


def _paragraphs(body: str, markdown: bool = False) -> list[str]:
    """Cleaned non-empty paragraphs of a plain-text or HTML-fragment body."""
    if _MARKUP.search(body):
        return _parse_html(body).body()
    lines = body.splitlines()
    if markdown:
        lines = [_MD_INLINE.sub(r"\1", _MD_LINE.sub("", line)) for line in lines]
    return [p for p in map(_inline, lines) if p]


def _title_line(line: str) -> str:
    """The title on a first line; a crawler's file name (``180海关….txt``) loses its number and extension."""
    if _MARKUP.search(line):
        line = " ".join(_parse_html(line).body())
    title = _inline(line.lstrip("#"))
    if _FILENAME.search(title):
        title = _CRAWLER_PREFIX.sub("", _FILENAME.sub("", title), count=1).strip()
    return title


def _article(doc_id: str, title: str, paragraphs: list[str], source: str) -> Article:
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not title and paragraphs:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    if not title:
        raise _InputError("empty article (no text)")
    return Article(doc_id, title, "\n".join([title, *paragraphs]), source)


def _text_article(doc_id: str, text: str, source: str, markdown: bool = False) -> Article:
    text = text.lstrip()
    match = _LINE_BREAK.search(text)
    first, body = (text[: match.start()], text[match.end() :]) if match else (text, "")
    return _article(doc_id, _title_line(first), _paragraphs(body, markdown), source)


def _html_article(doc_id: str, text: str, source: str) -> Article:
    page = _parse_html(text)
    return _article(doc_id, page.h1 or page.title, page.body(), source)


def _jsonl_articles(path: Path, stem: str, notify: Notify | None) -> Iterator[Article | Failure]:
    """One article per line of a ``.jsonl`` file; a bad line is a failure and the rest go on."""
    empty = True
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            try:
                if not raw.strip():
                    continue
                empty = False
                decoded = _decode(raw)
                record = json.loads(decoded.text)
                if not isinstance(record, dict):
                    raise _InputError("not a JSON object")
                text, title = record.get("text"), record.get("title") or ""
                if not isinstance(text, str) or not isinstance(title, str):
                    raise _InputError('"text" (and "title", if given) must be strings')
                doc_id = str(record.get("id") or f"{stem}#{number}")
                item = _article(doc_id, _inline(title), _paragraphs(text), f"{path}:{number}")
                _notice(str(path), decoded, notify, f"line {number}: ")
                yield item
            except json.JSONDecodeError as exc:
                yield Failure(str(path), f"line {number}: invalid JSON: {exc.msg} (column {exc.colno})")
            except _InputError as exc:
                yield Failure(str(path), f"line {number}: {exc}")
    if empty:
        yield Failure(str(path), "empty file")


def read_articles(source: Source | Path, notify: Notify | None = None) -> Iterator[Article | Failure]:
    """The articles in one input file (several for ``.jsonl``), or failures saying why not.

    A kept article whose bytes were not all decodable is told to ``notify`` (by default, logged)."""
    if isinstance(source, Path):
        source = Source(source, source.stem)
    path, name = source.path, str(source.path)
    if not path.is_file():
        reason = "broken symbolic link" if path.is_symlink() else "not a regular file"
        yield Failure(name, "is a directory" if path.is_dir() else reason)
        return
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _jsonl_articles(path, source.id, notify)
            return
        data = path.read_bytes()
        if not data.strip():
            raise _InputError("empty file")
        decoded = _decode(data)
        if suffix in (".html", ".htm"):
            item = _html_article(source.id, decoded.text, name)
        else:
            item = _text_article(source.id, decoded.text, name, markdown=suffix == ".md")
        _notice(name, decoded, notify)
        yield item
    except OSError as exc:
        yield Failure(name, f"cannot read: {exc.strerror or exc}")
    except _InputError as exc:
        yield Failure(name, str(exc))
