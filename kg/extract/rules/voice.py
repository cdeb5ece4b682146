"""The ``voice`` rule: what a speaker stresses (EMPHASIZES a Concept named in the statement) and
requires (REQUIRES the Organizations the statement tells to act: 要求，各级海关要…, A、B要…).

Who speaks, and from where in the sentence, is the discourse stage's :class:`Voice`. The ``remarks`` rule: who
remarks on something at the article's own meeting (会上，X介绍 at a briefing; X表示 of one present) speaks at it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate, Mention
from kg.extract.discourse import AT_MEETING, STATEMENT_BREAK, told
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.trigger import COORDINATORS

#: what makes a plan's name before it the time of its plan, not what is stressed (“十五五”|开局之年, “十四五”|时期)
_PLAN_TIME = re.compile(r"(?:规划)?(?:的)?(?:开局|收官|时期|期间|以来|末)")
#: what follows an organisation that is told to act (海关要…), within its clause
_TOLD = "要"
#: what parts a unit from the 要 after it: the unit is then whose decision it is (是中央、省委|做出的重要部署)
_WHOSE = "的"
#: what a meeting's name ends in (座谈会, 工作会议), unlike a ceremony's, a visit's or an operation's
_MEETINGS = ("会", "会议")
#: where a speaker speaks, between the name (and titles) and the voice word: at the meeting, named by a common noun
#: (X在会上|指出; not X在全国海关工作会议上指出, another meeting)
_AT_THE_MEETING = re.compile(r"[^，,。；;]{0,12}?在(?:会|会议|大会|座谈会)上")
#: how a sentence tells that a meeting was held (…在市会议中心3楼会议室召开。)
_HELD_HERE = re.compile(r"(?:召开|举行|开幕)[。！]?$")
#: a verb that holds a meeting right before its name, and a sentence that ends with the name (召开|…会议|。)
_HOLDS_LAST = re.compile(r"(?:召开|举行)了?$")
_ENDS_HERE = re.compile(r"[。！]?")
#: leaders whose words an article quotes from elsewhere, not spoken at its meeting
_QUOTED_LEADERS = ("习近平",)
#: the relations of someone present at a meeting
_PRESENT = ("ATTENDED", "CHAIRED")
#: words that start with it and tell nobody anything (区委要求 as a noun, 要点)
_NOT_TOLD = ("要求", "要点", "要素", "要害")


@rule("voice")
def voice(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    said = doc.voices[i] if i < len(doc.voices) else None
    if said is None:
        return
    sent, head = doc.sentences[i], said.speaker
    text, base = sent.text, sent.start
    conf = 0.7 if said.start else 0.5
    told = False
    placed = _AT_THE_MEETING.fullmatch(text, head.end - base, said.start - len(said.word)) is not None
    if "SPOKE_AT" in rc.relations and said.start and head.type == "Person" and \
            (placed or _at_own_meeting(doc, i, head, found)):
        yield Candidate(head, "SPOKE_AT", doc.own_event, sent, conf, said.word)
    units = [m for m in doc.mentions[i] if m.type == "Organization" and m.source.named]
    listed: list[Mention] = []  # the units coordinated so far (市应急管理局、市住房城乡建设局|要…)
    for m in sorted(doc.mentions[i], key=lambda m: m.start):
        if m.start - base == said.start and said.word == "要求" and m.type == "Organization" and \
                (unit := doc.refers.get(m, m)).source.named and "REQUIRES" in rc.relations and not told:
            told = True  # 要求|该关|继续…: whom the verb tells is its object
            yield Candidate(head, "REQUIRES", unit, sent, conf, said.word)
            continue
        if m.start - base < said.start or not m.source.named or m == head:
            continue
        if "REQUIRES" in rc.relations and m.type == "Organization" and not told:
            joined = listed and text[listed[-1].end - base:m.start - base] in COORDINATORS
            listed = [*listed, m] if joined else [m]
            clause = text[m.end - base:]
            clause = clause[:next((k for k, c in enumerate(clause) if c in STATEMENT_BREAK), len(clause))]
            at = next((k for k in range(len(clause)) if clause.startswith(_TOLD, k)
                       and not clause.startswith(_NOT_TOLD, k)), -1)  # 按照区委|要求: a noun, not a directive
            if 0 <= at < 12 and not _listed_on(m, units, text, base) and \
                    _WHOSE not in clause[:at]:  # A、|B要: B's 要 tells the whole list
                told = True
                for unit in listed:
                    yield Candidate(head, "REQUIRES", unit, sent, conf, said.word)
        elif "EMPHASIZES" in rc.relations and m.type == "Concept" and not _PLAN_TIME.match(text, m.end - base):
            yield Candidate(head, "EMPHASIZES", m, sent, conf, said.word)  # (but “十五五”|开局之年: a time, no stress)


def _at_own_meeting(doc: ArticleDoc, i: int, person: Mention, found: list[Candidate]) -> bool:
    """Whether ``person``, who speaks in sentence ``i``, speaks at the article's own meeting: a meeting (…会,
    …会议; no ceremony, visit or operation) that the person attended or chaired before or in this sentence (X出席并
    强调, in ``found``), whose holder the person's title says the person belongs to (海关总署党组召开…会议。
    海关总署党组书记、署长X强调), or that the sentence places the words at (会上，X指出); not a leader quoted from
    elsewhere (习近平总书记指出)."""
    own = doc.own_event
    if own is None or not own.text.endswith(_MEETINGS):
        return False
    if told(doc.sentences[i].text) == AT_MEETING or _opens_after_the_meeting(doc, i, person):
        return True
    every = (*doc.candidates, *found)
    holders = {c.head.text for c in every if c.type == "HELD" and doc.refers.get(c.tail, c.tail).text == own.text}
    return any(
        c.head.text == person.text and ((c.type in _PRESENT and doc.refers.get(c.tail, c.tail).text == own.text)
                                        or (c.type == "MEMBER_OF" and any(h.startswith(c.tail.text) for h in holders)))
        for c in every)  # (海关总署党组: the party group of 海关总署, whose head holds it)


def _opens_after_the_meeting(doc: ArticleDoc, i: int, person: Mention) -> bool:
    """Whether ``person``, titled or not, opens the sentence right after the one telling that the article's meeting
    was held (…推进会在市会议中心召开。|市委副书记、代市长蔡建军强调, 市政府召开…会议。|市长刘事青强调); not the
    head of party and state, quoted from elsewhere."""
    before = doc.sentences[i - 1] if i else None
    if before is None or person.text in _QUOTED_LEADERS or \
            not all(m.type == "Position" or m is person for m in doc.mentions[i] if m.start <= person.start):
        return False
    own = [m for m in doc.mentions[i - 1] if m.type == "Event" and doc.refers.get(m, m).text == doc.own_event.text]
    return bool(own) and (_HELD_HERE.search(before.text) is not None or any(  # (…会议召开。|X强调)
        _HOLDS_LAST.search(before.text, 0, m.start - before.start) and
        _ENDS_HERE.fullmatch(before.text, m.end - before.start) for m in own))  # (市政府召开…会议。|X强调)


def _listed_on(m: Mention, units: list[Mention], text: str, base: int) -> bool:
    """Whether another unit is coordinated right after ``m`` (市应急管理局、|市住建局; not 党组织和|党员干部)."""
    return any(text[m.end - base:u.start - base] in COORDINATORS for u in units if u.start >= m.end)


#: the kinds of meeting held to brief the press (新闻发布会, 例行记者会, 情况通报会)
_BRIEFINGS = ("发布会", "记者会", "通报会", "见面会", "吹风会")
#: what a speaker tells the press (X介绍, X表示)
_BRIEFING_VERBS = re.compile(r"介绍|表示|通报|透露")
#: where between the speaker and the verb a briefing is said (X在例行记者会上|表示)
_AT_A_BRIEFING = re.compile(r"[^，,。；;]{0,4}在[^，,。；;]{0,10}会上")
#: the most characters between the speaker (and titles) and the verb in a sentence told at the meeting (会上，X同志向
#: 新闻媒体全面|介绍)
_BRIEFING_GAP = 12
#: what one present at a meeting says there (康镇麟表示, 钱冠林在会上说：)
_REMARKS = re.compile(r"表示|说(?=[：:，,])")
#: what may stand between such a speaker and the verb
_HONORIFIC_GAPS = ("", "同志")
#: a deputy named by the title after the name (刘永革代表说，…) speaks at the congress the article reports
_DEPUTY = "代表"
_CONGRESS = "人大"


@rule("remarks")
def remarks(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    """Who remarks on something at the article's own meeting speaks at it: at a briefing, a person right before
    介绍/表示 (王志表示), or before it in a sentence told at the meeting (会上，郑军介绍) or placed there
    (孙志杰在例行记者会上表示); at another meeting, one present at it (出席, 主持) whose name 表示 follows
    (康镇麟表示), or who says it there (钱冠林在会上说：), or each who tells it something in a sentence told at it
    (会上，…柳沐荣介绍了…，…邓菲介绍了…); at a people's congress, a deputy (王旭代表说，)."""
    own = doc.own_event
    if own is None or "SPOKE_AT" not in rc.relations:
        return
    briefing = own.text.endswith(_BRIEFINGS)
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    opened = told(text) == AT_MEETING
    persons = [m for m in doc.mentions[i] if m.type == "Person"]
    for verb in (_BRIEFING_VERBS if briefing or opened else _REMARKS).finditer(text):
        left = [p for p in persons if p.end - base <= verb.start()]
        if not left:
            continue
        person = max(left, key=lambda m: m.end)
        gap = text[person.end - base:verb.start()]
        if (gap in _HONORIFIC_GAPS and (briefing or _at_own_meeting(doc, i, person, found))) or \
                (gap == _DEPUTY and _CONGRESS in own.text) or \
                _AT_THE_MEETING.fullmatch(gap) or (briefing and (
                _AT_A_BRIEFING.fullmatch(gap) or
                (opened and len(gap) <= _BRIEFING_GAP and not any(c in gap for c in STATEMENT_BREAK)))):
            yield Candidate(person, "SPOKE_AT", own, sent, 0.6, verb.group())
            if not opened:
                return  # (会上，A介绍了…，B介绍了…: each who tells the meeting something)
