"""The ``attendees`` rule: a list opened by 出席会议的还有 / 参加会议的有 names people and units who
attended the article's own event (出席会议的还有张三、李四等 → ATTENDED(张三), ATTENDED(李四)); at a feedback
meeting, the group that gives its findings and the body it gives them to attend (巡察组向|办公室党组|反馈)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate, Mention
from kg.extract.discourse import AT_MEETING, told
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.trigger import clause_end, clause_start
from kg.schema import RelationType

#: a group's findings given to a body (向…反馈, 向…进行了现场反馈), and what a feedback meeting's name holds
_FEEDBACK = re.compile(r"向[^，,。；;：:]{2,30}?(?:进行了?|作了?)?(?:现场|集中|专项)?反馈")
_FEEDBACK_WORD = "反馈"
#: a clause of a sentence
_CLAUSE = re.compile(r"[^，,；;。：:]+")
#: what joins units listed as one subject
_UNIT_JOINERS = ("、", "和", "及")
#: what a unit does at a meeting it attends: reports, speaks, briefs (汇报了…情况, 作了重点发言, 通报了…)
_REPORTS = re.compile(r"汇报|通报|发言|报告|介绍|述职")
#: a speech, which only a meeting hears
_SPEECH = "发言"
#: reports given in turn (分别汇报了…), which only a meeting hears
_IN_TURN = re.compile(r"(?:分别|先后|依次|相继)(?:作了?|进行了?)?(?=" + _REPORTS.pattern + ")")
#: a count of the units just listed (…、渝州监狱|7个单位, …|等5个部门)
_COUNTED_UNITS = re.compile(r"等?[0-9０-９一二三四五六七八九十两]+个(?:单位|部门)")
#: what may follow an item of an attendee list
_LIST_ENDS = ("", "、", "，", ",", "。", "；", ";", "和", "及", "等", "与")


@rule("attendees")
def attendees(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    rel, event = rc.relations.get("ATTENDED"), doc.own_event
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    if rel is None or event is None:
        return
    yield from _feedback(doc, i, rel, event)
    yield from _reporting(doc, i, rel, event, rc.lexicon.leader_nouns)
    yield from _counted(doc, i, rel, event)
    opener = rc.lexicon.attendee_opener_re.search(text)
    if opener is None:
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


def _reporting(doc: ArticleDoc, i: int, rel: RelationType, event: Mention,
               leaders: tuple[str, ...]) -> Iterator[Candidate]:
    """Units that open a clause of what happened at the meeting (会上，…) and report there, themselves or by their
    heads (会上，市商务委、重庆海关汇报了…，统计局负责人通报了…): they attended it; units that speak (县公安局、县林业局
    作了交流发言) or whose heads report in turn (市发改委、市商务局等部门的负责同志，分别汇报了…) attended it wherever
    the sentence is told."""
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    at_meeting = told(text) == AT_MEETING
    units = {m.start - base: m for m in doc.mentions[i] if m.type == "Organization" and m.source.named
             and rel.allows(m.type, event.type)}
    titles = {m.start - base for m in doc.mentions[i] if m.type == "Position"}
    for clause in _CLAUSE.finditer(text):
        at, run = clause.start(), []
        while (m := units.get(at)) is not None:  # the units the clause opens with, listed
            run.append(m)
            at = m.end - base + (text[m.end - base:m.end - base + 1] in _UNIT_JOINERS)
        said = _REPORTS.search(text, at, clause.end())
        in_turn = run and not said and text[at:clause.end()].endswith(leaders) and \
            _IN_TURN.match(text, clause.end() + 1)
        if in_turn:
            said = _REPORTS.match(text, in_turn.end())  # …等部门的负责同志，|分别|汇报了
        if run and said and at not in titles and (at_meeting or in_turn or said.group() == _SPEECH):  # (揭阳市应急
            # 管理局|局长柳沐荣介绍了…: the unit only says whose title it is; its head reports)
            for m in run:
                yield Candidate(m, "ATTENDED", event, sent, 0.7, said.group())


def _counted(doc: ArticleDoc, i: int, rel: RelationType, event: Mention) -> Iterator[Candidate]:
    """Units listed and counted as units before they report (市教委、…、渝州监狱7个单位作交流发言): they attended the
    meeting, wherever the sentence is told."""
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    for count in _COUNTED_UNITS.finditer(text):
        start, end = clause_start(text, count.start()), clause_end(text, count.end())
        said = _REPORTS.search(text, count.end(), end)
        units = [m for m in doc.mentions[i] if m.type == "Organization" and m.source.named
                 and start <= m.start - base and m.end - base <= count.start() and rel.allows(m.type, event.type)]
        if said and len(units) > 1:
            for m in units:
                yield Candidate(m, "ATTENDED", event, sent, 0.7, said.group())


def _feedback(doc: ArticleDoc, i: int, rel: RelationType, event: Mention) -> Iterator[Candidate]:
    """The unit opening a clause that gives its findings to another (巡察组向|党组|反馈了巡察情况), and that other, at a
    feedback meeting the article is about."""
    if _FEEDBACK_WORD not in event.text:
        return
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    for hit in _FEEDBACK.finditer(text):
        start = clause_start(text, hit.start())
        units = [m for m in doc.mentions[i] if m.type == "Organization" and m.source.named
                 and start <= m.start - base and m.end - base <= hit.end()]
        for m in units:
            if rel.allows(m.type, event.type):
                yield Candidate(m, "ATTENDED", event, sent, 0.7, _FEEDBACK_WORD)
