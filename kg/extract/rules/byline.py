"""The ``byline`` rule: reporters named in a dateline hold their title (记者), and are members of
the one agency the dateline names (新华社广州5月14日电（记者魏蒙）→ MEMBER_OF(魏蒙, 新华社)) or of the agency
their title is written after ((黄冈日报记者 汪秀玲 周伟) closing an article); a correspondent (通讯员) writes from a
unit of their own and is the agency's only when the title is written right after it.

The mentions stage marks what the dateline names with :attr:`Source.BYLINE`, in text order: the
agencies, then titles each followed by the names they stand before.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate, Source
from kg.extract.rules import RuleContext, rule

#: titles of those who write for a paper from a unit of their own: of an agency only when written right after it
_CORRESPONDENTS = ("通讯员", "特约通讯员")


@rule("byline")
def byline(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent = doc.sentences[i]
    named = sorted((m for m in doc.mentions[i] if m.source == Source.BYLINE), key=lambda m: m.start)
    agencies = [m for m in named if m.type == "Organization"]
    ends = {a.end: a for a in agencies}
    written_after = any(m.type == "Position" and m.start in ends for m in named)
    title, agency = None, None
    for m in named:
        if m.type == "Position":
            title = m  # the agency the title is written after (黄冈日报|记者; then 通讯员 X has none), or the only one
            agency = ends.get(m.start) if written_after or m.text in _CORRESPONDENTS else \
                agencies[0] if len(agencies) == 1 else None
        elif m.type == "Person" and title is not None:
            if "HOLDS_POSITION" in rc.relations:
                yield Candidate(m, "HOLDS_POSITION", title, sent, 0.9, "")
            if "MEMBER_OF" in rc.relations and agency is not None:
                yield Candidate(m, "MEMBER_OF", agency, sent, 0.8, "")
