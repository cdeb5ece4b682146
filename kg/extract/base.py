"""Types shared by the extraction stages: annotated sentences, mentions, relation candidates and
:class:`ArticleDoc`, the one object every stage reads and writes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.discourse import Voice
    from kg.model import Article, KnowledgeGraph

#: the title of a document in title marks (《关于召开…的建议》): a name, whose words say nothing of the text
DOCUMENT_TITLE = re.compile(r"《[^《》\n]{1,120}》")
#: the code an operation is given, before the words that name it (代号为“HP2020-03”的|打击走私…专项行动)
CODE_GIVEN = re.compile(r"(?:(?<=代号)|(?<=代号[为是]))[“\"][^“”\"\n]{1,20}[”\"](?=的)")
#: what stands right before a mention that opens its clause (…，|澧县召开…)
_CLAUSE_OPENERS = "，,。；;：:\n"


@cache
def _hosted(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """What a place opening its clause does when a meeting is held there (澧县|召开, 宁远县|组织召开)."""
    held = "|".join(sorted((v for v in verbs if not v.startswith("主持")), key=len, reverse=True))
    return re.compile(f"(?:在[^，,。；;]{{1,20}}?)?(?:组织|隆重)?(?:{held})")


def hosting(text: str, ms: list[Mention], k: int, verbs: tuple[str, ...], base: int = 0) -> re.Match[str] | None:
    """The verb by which the place ``ms[k]`` (sorted; ``text`` starts at offset ``base``) holds a meeting when it
    opens its clause (澧县|召开…, 12月30日，|宁远县|组织召开…, 文楼镇|在该镇政府六楼会议室召开…), else None."""
    m = ms[k]
    at = m.start - base
    opens = at == 0 or text[at - 1] in _CLAUSE_OPENERS or (
        k > 0 and ms[k - 1].type == "Date" and ms[k - 1].end == m.start)
    return _hosted(verbs).match(text, m.end - base) if opens else None


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


class Source(StrEnum):
    """Which rule found a mention; ``GENERIC`` and ``OTHER`` are references, not names."""

    NER = "ner"
    LEXICON = "lexicon"
    CASE = "case"
    DATE = "date"
    TITLE = "title"
    SUFFIX = "suffix"
    QUOTE = "quote"
    LIST = "list"
    #: a transliterated or minority name written with a middle dot (阿不都热依木·阿不力米提)
    DOTTED = "dotted"
    #: the dateline and byline opening an article (新华社广州5月14日电（记者魏蒙）)
    BYLINE = "byline"
    #: a generic word (会议, 该案) that refers to something named elsewhere in the article
    GENERIC = "generic"
    #: a generic word that refers to something other than the article's own event (…的会议)
    OTHER = "other"

    @property
    def named(self) -> bool:
        return self not in (Source.GENERIC, Source.OTHER)


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span of the article text; ``source`` says which rule found it."""

    start: int
    end: int
    text: str
    type: str
    source: Source = Source.NER

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def shifted(self, by: int) -> Mention:
        """The same mention with offsets moved by ``by`` (sentence → article offsets)."""
        return Mention(self.start + by, self.end + by, self.text, self.type, self.source)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation found in one sentence, before resolution to entities."""

    head: Mention
    type: str
    tail: Mention
    sentence: Sentence
    confidence: float
    trigger: str = ""


@dataclass
class ArticleDoc:
    """One article as it moves through the extraction stages; each stage fills the fields it assigns.

    ``mentions[i]`` are the mentions of ``sentences[i]`` (article offsets); ``voices[i]`` is the
    :class:`~kg.extract.discourse.Voice` (who speaks, with which word) of sentence ``i``; ``refers`` maps a
    generic mention (会议, 该案) to the named mention it refers to.
    """

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)
    own_event: Mention | None = None
    voices: list[Voice | None] = field(default_factory=list)
    refers: dict[Mention, Mention] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    graph: KnowledgeGraph | None = None

    @property
    def all_mentions(self) -> list[Mention]:
        return [m for ms in self.mentions for m in ms]

    def paragraph_starts(self) -> list[bool]:
        """Whether each sentence opens a paragraph (a newline since the previous sentence)."""
        text, out, prev = self.article.text, [], 0
        for s in self.sentences:
            out.append(prev == 0 or "\n" in text[prev:s.start])
            prev = s.end
        return out
