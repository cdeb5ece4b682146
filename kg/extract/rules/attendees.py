"""The ``attendees`` rule: a list opened by 出席会议的还有 / 参加会议的有 names people and units who
attended the article's own event (出席会议的还有张三、李四等 → ATTENDED(张三), ATTENDED(李四))."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.rules import RuleContext, rule

#: what may follow an item of an attendee list
_LIST_ENDS = ("", "、", "，", ",", "。", "；", ";", "和", "及", "等", "与")


@rule("attendees")
def attendees(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    rel, event = rc.relations.get("ATTENDED"), doc.own_event
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    opener = rc.lexicon.attendee_opener_re.search(text)
    if rel is None or event is None or opener is None:
        return
    after = base + opener.end()
    for m in doc.mentions[i]:
        if m.start >= after and m.source.named and m.type in rel.head and rel.allows(m.type, event.type):
            after_unit = text[m.end - base:]
            if m.type == "Organization" and after_unit[:1] not in _LIST_ENDS and \
                    (not after_unit.startswith(rc.lexicon.leader_nouns) or "各" in m.text):
                continue  # 总署|各司局主要负责人: the unit only says whose people came (市医保局|主要领导 came,
                # but not 市委各部门|负责人: every department, none named)
            yield Candidate(m, "ATTENDED", event, sent, 0.8, opener.group())

