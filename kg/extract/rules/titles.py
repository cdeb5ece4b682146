"""The ``title`` rule: titles written next to a person give HOLDS_POSITION, and an organisation
written before the title gives MEMBER_OF.

* 海关总署党委书记、署长倪岳峰 → HOLDS_POSITION(倪岳峰, 党委书记), (倪岳峰, 署长),
  MEMBER_OF(倪岳峰, 海关总署);
* 副部长张三、李四 → every listed person holds the chain of titles;
* 袁宝成市长 → HOLDS_POSITION(袁宝成, 市长); 上海海关黄胜强关长 → MEMBER_OF(黄胜强, 上海海关) too;
* 该局局长孙强 → MEMBER_OF(孙强, the unit 该局 refers to);
* 招商局集团领导傅育宁、李建红 → MEMBER_OF of each, and no title;
* 选举任克礼为省人大常委会主任，张德广、马宪章(回族)为副主任; 张业遂兼任大会发言人 → each elected or appointed
  person holds the title after 为, 当选, 兼任 … (and is a member of the unit before it);
* elected team: 选出了以A为主席，B、C为副主席的|中山市科协|第六届领导班子 → each of them is a member of that unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from kg.extract.base import ArticleDoc, Candidate, Mention, Sentence, Source
from kg.extract.lexicon import Lexicon
from kg.extract.rules import RuleContext, rule

#: what may join persons that share a chain of titles
LIST_JOINERS = ("、", "和", "及", " ")
#: what joins to a titled person others of the unit who do not share the titles (董事长徐国兵及|尹显东等领导)
_OTHERS_JOINER = "及"
#: a department's head written short, the department's name whole in it (市委|宣传部|长, 市|公安局|长)
_DEPARTMENT_HEAD = re.compile(r"((?:[省市县区州]委)?(?:组织|宣传|统战|武装)部|"
                              r"(?:[省市县区州]|自治区)?公安[厅局])长")
#: what opens a title only one person holds (常务副区长), which a list after it does not share
_SOLE = "常务副"
#: what may part two titled items of one list (A局长X、|副局长Y; 副主席X、Y，|秘书长Z)
_ITEM_GAPS = ("、", "，", ",")


@rule("title")
def titles(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent = doc.sentences[i]
    ms = sorted(doc.mentions[i], key=lambda m: m.start)
    text, base = sent.text, sent.start
    holds, member = "HOLDS_POSITION" in rc.relations, "MEMBER_OF" in rc.relations
    for k, m in enumerate(ms):
        if m.type != "Person" or m.source == Source.BYLINE:
            continue  # (a byline's reporters are the byline rule's: 记者李淑霞|通讯员王胜军)
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt and nxt.type == "Position" and nxt.start == m.end:
            if holds:
                yield Candidate(m, "HOLDS_POSITION", nxt, sent, 0.95, "")
            prev = ms[k - 1] if k else None  # 上海海关|黄胜强|关长: the unit before the name and its title
            if member and prev and prev.type == "Organization" and prev.end == m.start and prev.source.named:
                yield Candidate(m, "MEMBER_OF", prev, sent, 0.85, "")
            elif member and (unit := _unit_of_pair(text, base, ms, k)) is not None:
                yield Candidate(m, "MEMBER_OF", unit, sent, 0.85, "")
        if k > 0 and ms[k - 1].type == "Person" and text[ms[k - 1].end - base:m.start - base] in LIST_JOINERS:
            continue  # a later person in a list: its chain was handled with the first
        chain, orgs = position_chain(text, base, ms, k, doc.refers, rc.lexicon)
        if not chain:
            orgs = _led_by(rc, text, base, ms, k)
        elif not orgs:
            orgs = _unit_of_list(rc.lexicon, text, base, ms, ms.index(chain[-1]), doc.refers)
        persons = [m]
        j = k + 1
        sharing = 0  # how many of the persons share the titles (the others only the unit)
        while j < len(ms) and ms[j].type == "Person" and \
                (joint := _NOTE.sub("", text[persons[-1].end - base:ms[j].start - base])) in LIST_JOINERS:
            sharing = sharing or (len(persons) if joint == _OTHERS_JOINER else 0)
            persons.append(ms[j])
            j += 1
        if any(title.text.startswith(_SOLE) for title in chain):
            sharing = 1  # 常务副区长王铮、袁景涛、王伟等…领导: one holds it, the others are listed
        titled, others = (persons[:sharing], persons[sharing:]) if sharing else (persons, [])
        appointed = _appointed_to(rc.lexicon, text, base, ms, titled, doc.refers)
        if not chain and not orgs:
            chain, orgs = appointed
        elif appointed[0]:
            yield from _held(holds, member, sent, titled, *appointed)  # 选举副市长毛正彩|为会长: one title more
        yield from _held(holds, member, sent, titled, chain, orgs)
        yield from _held(holds, member, sent, others, [], orgs)  # 省港务集团董事长徐国兵及|尹显东、李建红等领导
        if (counted := _AND_OTHERS.match(text, persons[-1].end - base)) is not None:
            unit = next((u for u in ms if u.type == "Organization" and u.source.named and
                         u.start - base == counted.end()), None)  # A、B等|县政府|党组成员: whose title it is
            at = unit.end - base if unit is not None else counted.end()
            titles = [p for p in ms if p.type == "Position" and p.start - base == at]  # A、B等23名|委员
            yield from _held(holds, member and unit is not None, sent, persons, titles, [unit] if unit else [])
    subject = _profiled(rc.lexicon, doc, i)
    if subject is not None:
        link = next(w for w in rc.lexicon.office_links if text.startswith(w))
        yield from _held(holds, member, sent, [subject], *_offices(text, base, ms, len(link)))


def _held(holds: bool, member: bool, sent: Sentence, persons: list[Mention], chain: list[Mention],
          orgs: list[Mention]) -> Iterator[Candidate]:
    """HOLDS_POSITION of every title and MEMBER_OF of every unit, for each person; a department's head written
    short (宣传部长, 市委组织部长, 市公安局长) holds 部长 (局长) and is a member of the department."""
    heads = [(pos, dept) for pos in chain if (dept := _DEPARTMENT_HEAD.fullmatch(pos.text))]
    chain = [pos for pos in chain if all(pos is not head for head, _ in heads)] + [
        Mention(pos.end - 2, pos.end, pos.text[-2:], "Position", pos.source) for pos, _ in heads]
    orgs = orgs + [Mention(pos.start, pos.start + dept.end(1), dept.group(1), "Organization", pos.source)
                   for pos, dept in heads]
    for p in persons:
        if holds:
            for pos in chain:
                yield Candidate(p, "HOLDS_POSITION", pos, sent, 0.9, "")
        if member:
            for org in orgs:
                yield Candidate(p, "MEMBER_OF", org, sent, 0.85, "")


def _profiled(lex: Lexicon, doc: ArticleDoc, i: int) -> Mention | None:
    """The person a profile is about when sentence ``i`` opens with an office (任…, 现任…) right after a
    sentence that opens with the person's name and sex (陆克华，男，汉族，…。任重庆市委常委…)."""
    if i == 0 or not doc.sentences[i].text.startswith(lex.office_links):
        return None
    prev = doc.sentences[i - 1]
    first = min(doc.mentions[i - 1], key=lambda m: m.start, default=None)
    if first is None or first.type != "Person" or first.start != prev.start:
        return None
    return first if _SEX.match(prev.text, first.end - prev.start) else None


def _offices(text: str, base: int, ms: list[Mention], at: int) -> tuple[list[Mention], list[Mention]]:
    """The titles and units listed from ``at`` on (重庆市委常委、市委政法委书记，市法学会党组书记、会长)."""
    chain: list[Mention] = []
    orgs: list[Mention] = []
    for m in ms:
        if m.start - base < at:
            continue
        if m.start - base != at and text[at:m.start - base] not in _OFFICE_GAPS:
            break
        if m.type == "Position":
            chain.append(m)
        elif m.type == "Organization" and m.source.named:
            orgs.append(m)
        elif m.type != "Location":
            break
        at = m.end - base
    return chain, orgs


def _unit_of_list(lex: Lexicon, text: str, base: int, ms: list[Mention], first: int,
                  refers: Mapping[Mention, Mention]) -> list[Mention]:
    """The unit of the item before a titled name that a list adds with no unit of its own, when the title is
    one of that unit's ranks (海关总署署长于广洲、|副署长孙毅彪: 孙毅彪 is a member of 海关总署 too; after a comma
    too: 县政协副主席吴其珍、胡宁，|秘书长张良利) or names no unit of its own (省农垦集团董事长、党委书记田文俊、|
    副总经理程军; not 市人大常委会副主任朱政英、|副市长萧菡,
    whose 市长 is the head of a level's government). The item before may have no unit of its own (省政协副主席赵金，
    党组副书记石玉钢，|副主席高峰: the one before it has)."""
    rank = _rank(ms[first].text)
    while first > 0 and ms[first - 1].type == "Person" and \
            text[ms[first - 1].end - base:ms[first].start - base] in _ITEM_GAPS:
        head = first - 1
        while head > 0 and ms[head - 1].type == "Person" and \
                text[ms[head - 1].end - base:ms[head].start - base] == "、":
            head -= 1  # the list's first person, whose titles the others share
        chain, orgs = position_chain(text, base, ms, head, refers, lex)
        if not chain:
            return []
        if orgs:
            return orgs if _rank(chain[0].text) == rank or not rank.startswith(lex.levels) else []
        first = ms.index(chain[-1])
    return []


def _unit_of_pair(text: str, base: int, ms: list[Mention], k: int) -> Mention | None:
    """The unit before the name-and-title pair that the pair at ``ms[k]`` is listed after, when both titles are of
    one rank (国务院|温家宝总理|和|回良玉副总理: 回良玉 is of 国务院 too)."""
    if k < 3:
        return None
    unit, first, title = ms[k - 3:k]
    if unit.type != "Organization" or not unit.source.named or first.type != "Person" or title.type != "Position":
        return None
    if unit.end != first.start or first.end != title.start or text[title.end - base:ms[k].start - base] not in \
            LIST_JOINERS:
        return None
    return unit if _rank(title.text) == _rank(ms[k + 1].text) else None


def _rank(title: str) -> str:
    """A title without the prefixes of its grade (副署长, 常务副署长 → 署长)."""
    return title.removeprefix("常务").removeprefix("副")


def _appointed_to(lex: Lexicon, text: str, base: int, ms: list[Mention], persons: list[Mention],
                  refers: Mapping[Mention, Mention]) -> tuple[list[Mention], list[Mention]]:
    """The titles a list of persons is elected or appointed to (选举A、B为副省长, when a verb of election or
    appointment opens the part of the sentence; A当选为主席, B兼任发言人; 孙虎为新一届|文联|主席, the unit named
    before), and the units that qualify them."""
    end = _after_note(text, persons[-1].end - base)
    end = others.end() if (others := _AND_OTHERS.match(text, end)) else end  # 刘炳光|等18人|为荣誉主席
    part = text[max(text.rfind(ch, 0, persons[0].start - base) for ch in "；;。") + 1:end]
    link = next((w for w in lex.office_links if text.startswith(w, end)), None)
    if link is None and any(v in part for v in lex.appointment_verbs):
        link = next((w for w in lex.appointment_links if text.startswith(w, end)), None)
        if link is None and others and any(m.start - base == end and m.type == "Position" for m in ms):
            link = ""  # 选举产生了杨丽春等8名|党委委员: the title the counted ones were elected to
    if link is None:
        return [], []
    at, chain, orgs = end + len(link), [], []
    at = term.end() if (term := _NEW_TERM.match(text, at)) else at  # 为|新一届|文联主席
    for m in ms:
        if m.start - base < at:
            continue
        if m.start - base != at and not (chain and text[at:m.start - base] in ("、", "兼")) and \
                not (orgs and not chain and lex.organ_re.fullmatch(text, at, m.start - base)):
            break  # (为廊坊市红十字会|第一届监事会|监事长: the society's title)
        if m.type == "Position":
            chain.append(m)
        elif m.type == "Organization" and not chain:
            if refers.get(m, m).source.named:  # (a bare kind no unit is named for qualifies the title only)
                orgs.append(refers.get(m, m))
        elif m.type != "Location":
            break
        at = m.end - base
    return chain, orgs if chain else []


def _after_note(text: str, at: int) -> int:
    """Where the text goes on after a note in parentheses at ``at`` (马宪章|(回族)|为)."""
    note = _NOTE.match(text, at)
    return note.end() if note else at


def _led_by(rc: RuleContext, text: str, base: int, ms: list[Mention], i: int) -> list[Mention]:
    """The named unit whose leaders person ``ms[i]`` opens a list of (招商局集团领导|傅育宁、李建红): a
    member of it, with no title of its own."""
    before = text[:ms[i].start - base]
    noun = next((w for w in rc.lexicon.leader_nouns if before.endswith(w)), None)
    if noun is None:
        return []
    at = len(before) - len(noun) + base
    return [m for m in ms[:i] if m.end == at and m.type == "Organization" and m.source.named]


def position_chain(text: str, base: int, ms: list[Mention], i: int, refers: Mapping[Mention, Mention],
                   lex: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """Titles written right before person ``ms[i]`` ([Org|Place]Pos、[Org|Place]Pos Person) and the
    named organisations standing right before those titles (or words that refer to one: 该局|局长).
    Groups of titles a comma separates belong to the name when they open the clause
    (省打私办副主任，武汉海关党委委员、缉私局局长范钦扬); a meeting may qualify a title
    (联席会议|召集人); a title may open where its holder is stationed (党组成员、驻署|纪检组组长); a colon may
    stand between a title and the names it heads (副理事长：李东梅、钟秀明).
    """
    chain: list[Mention] = []
    orgs: list[Mention] = []
    groups: list[tuple[int, int]] = []  # how much of the chain and orgs lies after each comma crossed
    end = ms[i].start
    k = i - 1
    while k >= 0:
        m = ms[k]
        gap = text[m.end - base:end - base]
        if m.type == "Position" and chain and k and ms[k - 1].type == "Person" and ms[k - 1].end == m.start:
            break  # 黄少萍|市长、|副市长付朝阳: the title written after the name before is that one's
        if m.type == "Position" and (gap in _CONCURRENT or (not chain and gap in _LISTING) or (chain and (
                gap in _CHAIN_GAPS or lex.stationed_item(gap) or _placed_item(lex, gap, chain[-1])))):
            if gap in _CLAUSE_GAPS:
                groups.append((len(chain), len(orgs)))
            chain.append(m)
        elif m.type in ("Organization", "Location", "Event") and chain and (
                gap in _FORMER or (m.type == "Organization" and _BRANCH_PLACE.fullmatch(gap)) or
                (m.type == "Organization" and lex.organ_re.fullmatch(gap)) or  # 廊坊市红十字会|第四届理事会|会长
                (m.type == "Organization" and gap == "、" and orgs and orgs[-1].start == end) or
                _DUTY.fullmatch(gap)):  # 北京市|市长: no body; 民进|洛阳市|主委: the party's committee of a place the
            # tagger did not name; 市工商联、|市总商会|党委书记: units listed before the title they share;
            # 中央财办|分管日常工作的|副主任: the title's duty
            if m.type == "Organization" and (m.source.named or m in refers):
                orgs.append(m)
        else:
            break
        end = m.start
        k -= 1
    if groups and text[:end - base].rstrip()[-1:] not in _CLAUSE_OPENERS:
        c, o = groups[-1]  # the first group does not open the clause: 任命为副市长，|市长李四
        chain, orgs = chain[:c], orgs[:o]
    return chain, orgs


def _placed_item(lex: Lexicon, gap: str, title: Mention) -> bool:
    """Whether ``gap`` is a list's 、 and the place glued to the next item's title of a level
    (广东省委副书记、|深圳|市委书记王伟中), or the level glued to a committee's title (县委常委、|县|政法委书记刘军)."""
    return gap[:1] == "、" and ((2 <= len(gap) - 1 <= 4 and _CJK.fullmatch(gap[1:]) is not None and
                                 title.text.startswith(lex.levels)) or gap[1:] in lex.levels)


_CJK = re.compile(r"[\u4e00-\u9fff]+")
#: others after the names listed, counted or not (刘炳光等18人为…, 孙红川10人当选…, 颜剑彬等|省人大代表)
_COUNT_OF_PEOPLE = r"[0-9０-９一二三四五六七八九十百]+(?:人|名|位)(?:同志)?"
_AND_OTHERS = re.compile(rf"等(?:{_COUNT_OF_PEOPLE})?|{_COUNT_OF_PEOPLE}")
#: the team those elected with their titles form, after the unit it leads (…的中山市科协|第六届领导班子)
_TEAM = re.compile(r"(?:第[0-9０-９一二三四五六七八九十]+届|新一届)?(?:领导班子|领导集体|班子)")
#: the term an appointment is for, before the unit or title (为|新一届|文联主席)
_NEW_TERM = re.compile(r"(?:新|上|本|下)?一届")
#: a note in parentheses after a name (马宪章(回族), 赵燕(女))
_NOTE = re.compile(r"[（(][^（）()]{1,8}[）)]")
#: the place of a unit's branch between the unit and a title (民进|洛阳市|主委)
_BRANCH_PLACE = re.compile(r"[\u4e00-\u9fff]{1,3}[省市县区州]")
#: what may stand between a unit and the title it qualifies (市政协|原|党组书记: a former one)
_FORMER = ("", "原", "前")
#: the duty a unit's title is for, between the unit and the title (中央财办|分管日常工作的|副主任)
_DUTY = re.compile(r"分管[\u4e00-\u9fff]{1,8}的")
_CLAUSE_GAPS = ("，", ",")
#: what may stand between a title and the names of those who hold it (副理事长：李东梅、钟秀明; a caption's
#: space: 黄埔海关缉私局局长 王彬：…; those listed as holding it: 就座的大会执行主席有：王文涛、…,
#: 担任大会执行主席的有：…, 闭幕会议执行主席是李强、尹弘)
_LISTING = ("：", ":", " ", "\u3000", "有：", "有:", "有", "的有：", "的有:", "是", "是：", "是:", "还有：", "还有:")
#: a person's sex right after the name that opens a profile (陆克华，男，)
_SEX = re.compile(r"[，,]\s*[男女][，,]")
#: what may stand between the offices a profile lists
_OFFICE_GAPS = ("", "、", "，", ",")
#: what may stand between a title and the next, or its holder: nothing, or a note that it is held besides
#: another (总医院党委书记(兼)佘锦)
_CONCURRENT = ("", "(兼)", "（兼）")
#: 兼 joins two titles one person holds (副组长兼办公室主任, 省委常委兼秘书长)
_CHAIN_GAPS = ("、", "兼", *_CLAUSE_GAPS)
#: what a clause opens after (a sentence's start is one too)
_CLAUSE_OPENERS = ("", "，", ",", "。", "；", ";", "：", ":", "（", "(", "）", ")")


@rule("elected team")
def elected_team(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    opening = text.find("以")
    if opening < 0 or not any(v in text[:opening] for v in rc.lexicon.appointment_verbs):
        return
    for unit in doc.mentions[i]:
        if unit.type == "Organization" and unit.source.named and text[unit.start - base - 1:unit.start - base] == \
                "的" and _TEAM.match(text, unit.end - base):
            for c in found:
                if c.type == "HOLDS_POSITION" and opening < c.head.start - base < unit.start - base:
                    yield Candidate(c.head, "MEMBER_OF", unit, sent, 0.8, "")
