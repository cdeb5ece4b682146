"""The ``structure`` rule: how units belong to one another, as the text writes it.

* A下属/所属/直属B (杭州海关缉私局下属台州分局), or A referred to right before B (该支队|岳圩边境派出所) →
  MEMBER_OF(B, A); A隶属于B → MEMBER_OF(A, B);
* a unit stationed somewhere, named after its parent (深圳海关驻三门岛办事处) → MEMBER_OF(unit, 深圳海关)
  and LOCATED_IN(unit, 三门岛);
* the members a body lists (代表团成员还有A，B等) and who leads it (由A率领的代表团) → MEMBER_OF(A, body).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from kg.extract.base import ArticleDoc, Candidate, Mention, Source
from kg.extract.rules import RuleContext, rule

#: 隶属 makes the next unit a subordinate only in customs' 隶属海关 (拱北海关隶属横琴海关, …隶属大铲海关缉私分局);
#: elsewhere the unit belongs to the next one (华东院隶属中国电建集团)
_BELONGS, _CUSTOMS = "隶属", "海关"
#: the shortest parent or place name inside a stationed unit's name, and the longest place name
_MIN_PART, _MAX_PLACE = 2, 4
#: what opens the list of a body's members after its name (代表团|成员还有|A、B)
_MEMBERS = re.compile(r"成员(?:还|主要)?(?:有|包括|为)[：:]?")
#: what stands between the units listed and the body they make up (A、B等10个部委|组成的|联合验收小组)
_COMPOSED = re.compile(r"(?:等(?:[0-9０-９一二三四五六七八九十两]+[个家])?[\u4e00-\u9fff]{0,6}?)?(?:共同)?组成的?")
#: what opens a list of the units a body is made up of, which may then name one unit (由|贵阳海关等10家…组成的)
_MADE_BY = "由"
#: what parts the items of a list
_LIST_MARKS = ("、", "和", "及", "与")
#: what stands between a leader and the body led (由A|率领的|代表团)
_LEADS = ("率领的", "带领的")


@rule("structure")
def structure(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent, lex = doc.sentences[i], rc.lexicon
    text, base = sent.text, sent.start
    units = sorted((m for m in doc.mentions[i] if m.type == "Organization" and m.source.named), key=lambda m: m.start)
    member, located = "MEMBER_OF" in rc.relations, "LOCATED_IN" in rc.relations
    unit_suffixes = lex.suffixes.get("Organization", ())
    referring = [m for m in doc.mentions[i] if m.type == "Organization" and m in doc.refers]
    for first, second in pairwise(sorted(units + referring, key=lambda m: m.start)):
        between = text[first.end - base:second.start - base]
        parent, child = doc.refers.get(first, first), doc.refers.get(second, second)  # 该关|隶属…: the unit named
        belongs = between in lex.superior_words or (between == _BELONGS and _CUSTOMS not in child.text)
        under = not between and first is not parent and second is child  # 该支队|岳圩边境派出所: a unit of the one
        if member and (between in lex.subordinate_words or under) and not belongs:  # referred to
            yield Candidate(child, "MEMBER_OF", parent, sent, 0.85, between)
        elif member and belongs:
            yield Candidate(parent, "MEMBER_OF", child, sent, 0.85, between)
    if member:
        yield from _listed_members(doc, i, units)
        yield from _composed_of(doc, i, units)
    for unit in units:
        at = next((unit.text.find(w) for w in lex.stationed_words if w in unit.text), -1)
        suffix = next((s for s in unit_suffixes if unit.text.endswith(s)), "")
        place_end = len(unit.text) - len(suffix)
        if at < _MIN_PART or not suffix or not unit.text[:at].endswith(unit_suffixes):
            continue
        if member:
            yield Candidate(unit, "MEMBER_OF", Mention(unit.start, unit.start + at, unit.text[:at], "Organization",
                                                       Source.SUFFIX), sent, 0.85, "")
        place = unit.text[at + 1:place_end]  # 驻|三门岛|办事处; 驻|省商务|厅 is stationed in a unit, not a place
        if located and _MIN_PART <= len(place) <= _MAX_PLACE and len(suffix) >= _MIN_PART and \
                not place.endswith(unit_suffixes):  # 驻|香港特区联络|办公室: a task, not only a place
            yield Candidate(unit, "LOCATED_IN", Mention(unit.start + at + 1, unit.start + place_end, place, "Location",
                                                        Source.SUFFIX), sent, 0.8, "")


def _listed_members(doc: ArticleDoc, i: int, units: list[Mention]) -> Iterator[Candidate]:
    """The persons a body lists as its members (代表团成员还有A，B等), up to a semicolon, and the one who leads
    it (由A率领的|代表团)."""
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    persons = sorted((m for m in doc.mentions[i] if m.type == "Person" and m.source.named), key=lambda m: m.start)
    by_end = {u.end - base: u for u in units}
    for x in _MEMBERS.finditer(text):
        body = by_end.get(x.start())
        if body is None:
            continue
        end = min((k for k in (text.find("；", x.end()), text.find(";", x.end())) if k >= 0), default=len(text))
        for p in persons:
            if x.end() <= p.start - base < end:
                yield Candidate(p, "MEMBER_OF", body, sent, 0.8, x.group())
    for p in persons:
        for word in _LEADS:
            at = text.find(word, p.end - base)
            body = next((u for u in units if u.start - base == at + len(word)), None)
            if at >= 0 and body is not None and _titles_only(doc, i, p.end - base, at):
                yield Candidate(p, "MEMBER_OF", body, sent, 0.8, word)


def _composed_of(doc: ArticleDoc, i: int, units: list[Mention]) -> Iterator[Candidate]:
    """The units listed before 组成(的) and the body they make up (海关总署、发改委…等10个部委|组成的|联合验收小组;
    由|贵阳海关等10家省级相关部门|组成的|预验收工作小组): each is a member of the body."""
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    by_end = {u.end - base: u for u in units}
    for x in _COMPOSED.finditer(text):
        body = next((u for u in units if u.start - base == x.end()), None)  # (…组成的|联合验收小组)
        listed, at = [], x.start()
        while (m := by_end.get(at)) is not None and m is not body:
            listed.append(m)
            at = m.start - base - (text[m.start - base - 1:m.start - base] in _LIST_MARKS)
        one = len(listed) == 1 and text.endswith(_MADE_BY, 0, listed[0].start - base)
        for m in listed if body is not None and (len(listed) > 1 or one) else ():
            yield Candidate(m, "MEMBER_OF", body, sent, 0.8, x.group())


def _titles_only(doc: ArticleDoc, i: int, b: int, e: int) -> bool:
    """Whether the sentence's text from ``b`` to ``e`` is empty or only titles (A|书记|率领的)."""
    base = doc.sentences[i].start
    rest = doc.sentences[i].text[b:e]
    for m in doc.mentions[i]:
        if m.type == "Position" and b <= m.start - base and m.end - base <= e:
            rest = rest.replace(m.text, "", 1)
    return not rest
