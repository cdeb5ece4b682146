"""Rules of operations.

* ``operation_case``: an operation named after a case (“飓风18”号专案集中收网行动) is how the case was cracked,
  so whoever held the operation cracked the case, which is an entity of its own;
* ``operation_frame``: a unit that acts inside a named operation (A在“X”行动中…, 在“X”行动中，A查获…, “X”期间，A…)
  holds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate, Mention, Source
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.trigger import CLAUSE_BREAK

#: the trigger of what the frame gives: acting inside an operation says nothing of when it was held
FRAME = "在…中"
#: what stands between the frame around an operation and the subject after it (在“X”行动中|，|黄埔海关…)
_CLAUSE_GAP = ("，", ",")
#: how long the task an operation is named after may be, between the frame's 在 and the name
_FRAME_TASK_MAX = 10
#: what ends the span between the frame's 在 and the operation: a clause's end, or a list's 、
_FRAME_BREAK = CLAUSE_BREAK + "、"
#: the quotes around an operation named by its code alone (“龙腾行动2023”)
_QUOTES_AROUND = re.compile(r"[“”\"]|[0-9０-９]+(?=[”\"]$)")


@rule("operation_case")
def operation_case(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    for c in found:
        opening = rc.lexicon.case_re.match(c.tail.text) if c.type == "HELD" else None
        if opening is None:
            continue
        case = Mention(c.tail.start, c.tail.start + opening.end(), opening.group(), "Case", Source.CASE)
        for name in rc.relations:
            yield Candidate(c.head, name, case, c.sentence, c.confidence, c.trigger)


@rule("operation_frame")
def operation_frame(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    lex, sent = rc.lexicon, doc.sentences[i]
    text, base = sent.text, sent.start
    units = [m for m in doc.mentions[i] if m.type == "Organization" and m.source.named]
    for m in doc.mentions[i]:
        if m.type != "Event" or not m.source.named or \
                not _QUOTES_AROUND.sub("", m.text).endswith(lex.quoted_suffixes["Event"]):
            continue  # (an operation: “龙腾行动2023”, …“五大战役”行动)
        b, e = m.start - base, m.end - base
        inside = next((w for w in lex.operation_frame_ends if text.startswith(w, e)), None)
        opens = max(text.rfind(w, max(0, b - _FRAME_TASK_MAX - len(w)), b) for w in lex.operation_frame_opens)
        if opens < 0 and (b == 0 or text[b - 1] in _FRAME_BREAK):
            opens = b  # “龙腾行动2023”期间，A…: the frame may open its clause without 在
        if inside is None or opens < 0 or any(ch in _FRAME_BREAK for ch in text[opens:b]):
            continue  # (在|强化监管打私|“五大战役”行动中: the task the operation is named after may stand between)
        after = e + len(inside) + (text[e + len(inside):e + len(inside) + 1] in _CLAUSE_GAP)
        head = next((u for u in units if u.end - base == opens), None) or \
            next((u for u in units if u.start - base == after), None)  # A在X中 or 在X中，A
        if head is not None:
            for name in rc.relations:
                yield Candidate(head, name, m, sent, 0.8, FRAME)
