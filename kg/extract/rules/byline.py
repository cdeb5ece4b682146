"""The ``byline`` rule: reporters named in a dateline hold their title (记者), and are members of
the one agency the dateline names (新华社广州5月14日电（记者魏蒙）→ MEMBER_OF(魏蒙, 新华社))."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.dateline import parse_dateline
from kg.extract.rules import RuleContext, rule


@rule("byline")
def byline(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent = doc.sentences[i]
    base = sent.start
    at = {(m.start - base, m.end - base, m.type): m for m in doc.mentions[i]}
    line = parse_dateline(sent.text, rc.lexicon, [(b, e) for b, e, t in at if t == "Location"])
    if line is None:
        return
    titles = [at.get((b, e, "Position")) for b, e in line.titles]
    agencies = [at.get((b, e, "Organization")) for b, e in line.agencies]
    for b, e, title in line.persons:
        person, position = at.get((b, e, "Person")), titles[title] if title is not None else None
        if person is None or position is None:
            continue
        if "HOLDS_POSITION" in rc.relations:
            yield Candidate(person, "HOLDS_POSITION", position, sent, 0.9, "")
        if "MEMBER_OF" in rc.relations and len(agencies) == 1 and agencies[0] is not None:
            yield Candidate(person, "MEMBER_OF", agencies[0], sent, 0.8, "")
