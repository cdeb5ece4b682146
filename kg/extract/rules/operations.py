"""The ``operation_case`` rule: an operation named after a case (“飓风18”号专案集中收网行动) is how the
case was cracked, so whoever held the operation cracked the case, which is an entity of its own."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate, Mention, Source
from kg.extract.rules import RuleContext, rule


@rule("operation_case")
def operation_case(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    for c in found:
        opening = rc.lexicon.case_re.match(c.tail.text) if c.type == "HELD" else None
        if opening is None:
            continue
        case = Mention(c.tail.start, c.tail.start + opening.end(), opening.group(), "Case", Source.CASE)
        for name in rc.relations:
            yield Candidate(c.head, name, case, c.sentence, c.confidence, c.trigger)
