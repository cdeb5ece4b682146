"""The ``trigger`` rule: a trigger word of a relation (召开, 主持, 出席, 讲话, 表彰 …) links the
subject on its left to the object on its right, inside one clause, by the types the schema allows.

The head is the nearest mention on the left whose type the relation allows (with its coordinated
list: 胡伟、王令浚…出席, and the persons of comma-separated groups of titles and names before it:
党委书记、关长A，副关长B出席; or every name of an attendee list before a final 出席/参加), with the
units joined to it as co-agents (A联合B开展, A会同B…); a clause with no subject of its own takes the
organisation the sentence or a reported statement opens with (A会同B统筹…，联合C持续开展X: A, B and C
held X; X指出：A坚持…，落实Y), unless it is told to act (A要…). The tail is the nearest allowed mention on
the right (past the unit whose plan it is: 落实|安庆市委|“456”总体部署), or the article's own event when
the text refers to it (出席并讲话, 会议); in Y由X… the named event Y is the object, in S对O予以V the
objects O fronted with 对; in V O的S (侦破X的Y) the unit or person S after 的 is the subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from kg.extract.base import DOCUMENT_TITLE, ArticleDoc, Candidate, Mention, Sentence, Source
from kg.extract.discourse import OUTSIDE_MEETING, told
from kg.extract.lexicon import Lexicon
from kg.extract.rules import RuleContext, rule
from kg.schema import RelationType

CLAUSE_BREAK = "，,；;：:。！？!?"
#: what joins the items of a coordinated list of subjects or objects
COORDINATORS = ("、", "和", "及", "与")
#: mention types that are never the subject of a trigger
_NOT_SUBJECTS = ("Position", "Date", "Location", "Concept", "Case")
#: what stands between a unit and a class of its units (县委|5个|巡察组)
_COUNT_GAP = re.compile(r"[0-9０-９一二三四五六七八九十百两]*个?")
#: a verb of a relative clause (圆满完成…侦破任务的)
_CLAUSE_VERB = re.compile(r"完成|侦破|破获|查获|参与|参加|作出|做出|取得")
#: prepositions whose object a relative clause may describe (向|出席仪式的|嘉宾)
_TO_WHOM = ("向", "对", "给")
#: the delegates a relative clause may describe (出席…党代会的|代表)
_DELEGATES = "代表"
#: verbs of leading a group, whose leader is the subject of what the group does (郑建国带领|督导组…到会)
_LEADING = ("带领", "率领")
#: the article's meeting or activity as a verb's object (出席|会议, 参加|活动, 出席|上述活动, 列席|有关议题)
_THIS_EVENT = re.compile(r"(?:上述|本次|此次|这次)?(?:会议|活动)|(?:有关|相关)议题")
#: the venues before a verb of attending, or the rest after one named (分别在省厅主会场和各地分会场|出席会议)
_VENUE_BEFORE = re.compile(r"^(?:(?:分别|同时)?在)?[^，,。；;并]{0,30}(?:会场|会议室|现场)")
#: where one is seated before a verb of being seated (主持大会并|在主席台前排|就座)
_ROSTRUM = re.compile(r"在(?:大会)?主席台(?:前排|上)?$")
#: the study a study session is (参加|学习。), where the article's event is one (…中心组集体学习)
_STUDY = "学习"
_STUDIES = re.compile(_STUDY + r"(?=[，,。；;并])")
#: the talks a 座谈会 holds (分别参加|座谈。), where the article's event is one
_TALKS_MEETING = "座谈会"
_TALKS = re.compile(r"座谈(?=[，,。；;并]|$)")
#: arriving at the meeting (到会巡听旁听, 到会指导): the own one
_ARRIVED = "到会"
#: verbs of passing something on to the meeting (传达了…精神, 通报了…情况, 汇报了…工作): what follows is what is
#: passed on, and a meeting named in it is where it came from; the meeting they are done at is the own one
_PASSED_ON = ("传达", "通报", "汇报", "领学")
#: the preposition of whom one speaks or reports to (向|大会作报告)
_TOWARD = "向"
#: the object a trigger word may end with (主持会议, 出席会议): the meeting the article is about
_MEETING_OBJECT = "会议"
#: what dates from an event the trigger itself holds or joins (开展|…专项行动|以来): the event, not its spirit
_SINCE_HELD = "以来"
#: verbs of going somewhere: the unit after them is where the subject acts (巡察组进驻|县委编办|召开…动员会)
_DESTINATIONS = ("进驻", "赴", "来到", "深入")
#: words of saying right after a verb of speaking (讲话|指出)
_VOICED = ("指出", "强调", "要求", "表示")
#: on whose behalf someone acts (受市委书记李惠文的委托): no subject inside
_ENTRUSTED = re.compile(r"受[^，,。；;]{1,30}?委托")
#: the verb that ends a relative clause before a trigger's object (召开了|主任参加的|工作会议)
_RELATIVE_TRIGGER = re.compile(r"(?:参加|出席|参与|列席|主办|承办|协办|举办|主持)的")
#: the departments or member units of a unit (县政府|有关部门, 市老龄委|成员单位, 县人大常委会|办事机构,
#: 国家宗教局|各司室)
_DEPARTMENTS = ("有关部门", "相关部门", "各部门", "所属部门", "直属部门", "各有关部门", "成员单位", "办事机构",
                "各司局", "各司室")
#: light verbs between objects fronted with 对 or 为 and the verb (对X予以表彰, 为…功臣们举行表彰大会)
_FRONTING_VERBS = ("予以", "给予", "进行", "举行", "召开")
#: mention types that make a clause's subject
_SUBJECTS = ("Person", "Organization", "Event")
#: a few characters of a place or unit glued to the title after them (建瓯|市委常委), which no mention covers
_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{1,4}")
#: the leaders of a level, opening a group of their names (市领导|张习庆、费洪海，…院长宫斌出席)
_LEVEL_LEADERS = re.compile(r"(?:[省市县区州]|自治区)领导")


@rule("trigger")
def triggers(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent, lex = doc.sentences[i], rc.lexicon
    ms = sorted(doc.mentions[i], key=lambda m: m.start)
    text, base = sent.text, sent.start
    tok_starts = {b - base for b, _ in sent.spans} | {m.end - base for m in ms if m.type == "Person"}  # (朱军作/nr
    # 总结讲话: a verb the tagger glued to a name)
    tok_starts |= {x.end() for w in lex.leader_nouns for x in re.finditer(re.escape(w), text)}  # 负责人参会/n: a verb
    # glued to whom it is said of
    tok_ends = {e - base for _, e in sent.spans}
    names = [(t.start(), t.end()) for t in DOCUMENT_TITLE.finditer(text)]
    names += [(m.start - base - 1, m.end - base) for m in ms if m.source.named and m.type == "Organization"]
    names += [(m.start - base, m.end - base) for m in ms if m.source.named and m.type == "Event"]
    hits = [h for h in lex.trigger_hits(text, tok_starts, tok_ends) if h[0] in tok_starts and h[1] in tok_ends
            and not any(nb < h[0] < ne for nb, ne in names)]  # 提交《关于召开…》, 党委|组织|宣传部, …|授予|关衔…大会
    hits = [h for h in hits if not _NOMINAL.search(text, 0, h[0]) and not _HEARD.search(text, 0, h[0])]
    # 对大会的胜利|召开|表示祝贺: a noun; 认真听取大家|发言: others' words
    nouns = {(b - base, e - base) for (b, e), pos in zip(sent.spans, sent.pos, strict=False) if pos == "n"}
    trigger_starts = [h[0] for h in hits]
    verbs = frozenset(b - base for (b, _), pos in zip(sent.spans, sent.pos, strict=False) if pos[:1] == "v")
    acted: list[Mention] = []  # who did what the sentence said last: a clause opening with 并 goes on with them
    for b, e, rel_names in hits:
        word = text[b:e]
        de = text.rfind("的", e, clause_end(text, e))
        if text.endswith(_TO_WHOM, 0, b) and de > 0 and \
                not any(m.start - base == de + 1 and m.source.named for m in ms):
            continue  # 向|出席签约仪式的|各位嘉宾: whom the verb describes, no one named (not 对侦破…的|深圳海关缉私局)
        for name in rel_names:
            rel = rc.relations.get(name)
            if rel is None or ((b, e) in nouns and "Person" not in rel.head):
                continue  # (及|组织/n|系统干部参加会议: no unit's act; but 讲话/n is a person's)
            fronted = _fronted_objects(text, base, ms, b, rel)
            verb_at = fronted[0] if fronted else b  # where the predicate starts: at 对 when it fronts the objects
            heads = [h for h in _heads(lex, text, base, ms, verb_at, rel, trigger_starts, verbs, doc.refers)
                     if not _departments_of(text, base, ms, h)]
            if "Organization" in rel.head:
                heads = _co_agents(lex, text, base, ms, heads)
            said = doc.voices[i]  # in X指出：A坚持…，落实Y the statement opens after the speaking verb
            if not heads and text.startswith("并", clause_start(text, verb_at)):
                heads = [h for h in acted if h.type in rel.head]  # A、B…出席座谈会，并|围绕…作交流发言: A and B
            if _opens_clause(lex, text, base, ms, heads, verb_at) and (said is None or said.start) and \
                    not text.startswith("的", e):  # 主任参加的|会议: a relative clause names its own subject
                opens = said.start if said else 0
                heads += [h for h in _shared_subject(lex, text, base, ms, opens, verb_at, rel, doc.refers)
                          if h not in heads and not _own_people(lex, text, base, h, verb_at, trigger_starts)]
            if not heads:
                continue
            done_by = _passive_object(text, base, ms, min(heads, key=lambda h: h.start), doc.refers)
            if fronted:
                tails = fronted[1]
            elif done_by is not None and done_by.type in rel.tail:
                tails = [(done_by, 0.85)]
            else:
                # what the own meeting says of someone's speech (会议指出，习近平…发表重要讲话) is no speech at it
                reported = said is not None and said.speaker is doc.own_event and b >= said.start
                outside = told(text) in OUTSIDE_MEETING  # 视频会后，X…提出要求: not at the meeting
                tails = _tails(lex, sent, ms, b, e, rel, None if reported or outside else doc.own_event, heads[0])
            doer = _relative_subject(text, base, ms, tails, rel)
            if doer is None and _describes_people(lex, text, base, tails):
                continue  # 汝城县出席郴州市第三次党代会的|代表: who attends is the delegates, none named
            heads = [doer] if doer is not None else heads
            acted = heads if tails else acted
            for head in heads:
                for tail, conf in tails:
                    if head is not tail and rel.allows(head.type, tail.type):
                        yield Candidate(head, name, tail, sent, conf, word)


def _heads(lex: Lexicon, text: str, base: int, ms: list[Mention], b: int, rel: RelationType,
           trigger_starts: list[int], verbs: frozenset[int], refers: Mapping[Mention, Mention]) -> list[Mention]:
    """The subject left of the trigger in its clause (with its coordinated list), if ``rel`` allows it.

    The nearest person, organization or event is the subject (or a word that refers to one: 该局); titles
    and dates are skipped.
    Another trigger in between ends the search unless joined by 并 (出席并讲话).
    """
    b = _purpose(lex, text, base, ms, b)
    end = clause_end(text, b)
    if any(_purpose(lex, text, base, ms, v) < b for w in lex.meeting_verbs if (v := text.find(w, b + 1, end)) > 0):
        return []  # 省政府为|侦破…案的功臣们|举行: a verb of the purpose, which the unit did not do
    left = [m for m in ms if m.end - base <= b]
    listed = _attendee_list(lex, text, base, left, b, rel, trigger_starts, verbs)
    if len(listed) > 1:
        return listed
    asked = [x.span() for x in _ENTRUSTED.finditer(text, clause_start(text, b), b)]
    for idx in range(len(left) - 1, -1, -1):
        m = left[idx]
        if any(ab <= m.start - base < ae for ab, ae in asked):
            continue  # 李白云受|市委书记李惠文、市长谢少谋的委托|在会上讲话: who asked, not who speaks
        between = text[m.end - base:b]
        if any(ch in between for ch in CLAUSE_BREAK):
            return []
        if any(m.end - base <= t < b and not _inside_meeting(t, base, left) for t in trigger_starts) and \
                not _joined(lex, between, m.end, left) and not between.lstrip(_SUBJECT_ADVERBS).startswith(_TOPIC):
            return []  # (but 在|启动仪式|上发表讲话: the verb a kind of meeting opens with is no other act;
            # X|就贯彻落实会议精神|提出要求: the verbs of what X speaks about)
        if m.type == "Event" and text.startswith(_NOMINAL_OPENERS, m.end - base):
            continue  # 全会|的胜利召开对于…贯彻: the meeting a noun is about is no subject
        at = _dated(m, left) - base  # (在|11月3日全署干部大会|讲话: the date written before it)
        skip = m.type in _NOT_SUBJECTS or not (m.source.named or m in refers) or _spoken_for(text, base, m, left) \
            or text[at - 1:at] in lex.venue_prepositions or text.endswith(_DESTINATIONS, 0, at)  # 在|X召开,
        # X代表|Y作报告, 巡察组进驻|县委编办|召开: where the subject went
        if skip and not (m.type == "Event" and m.source == Source.GENERIC and "Event" in rel.head):
            continue  # titles, dates, places: not the subject
        if m.type in rel.tail and m.type not in rel.head:
            if text[m.end - base:m.end - base + 1] in ("上", "中") or _and_then(between) == "并" or \
                    text[m.start - base - 1:m.start - base] == _TOWARD or \
                    (idx + 1 < len(left) and left[idx + 1].type == m.type and
                     text[m.end - base:left[idx + 1].start - base] in COORDINATORS):
                continue  # 在…会议上: where, not who (在A、B及C上: each); 向|大会作报告: whom one speaks to;
                # 出席会议并(分别)讲话: the object of the verb before
            return []  # the object comes first: 推进会12日在京召开
        if m.type not in rel.head:
            return []
        if m.type == "Organization" and any(p.type == "Position" and m.start < p.start <= m.end for p in left):
            continue  # 市委|候补委员出席: the unit names a title, not who acts
        if text.endswith(_LEADING, 0, m.start - base):
            continue  # 郑建国带领|第三督导组全体成员到会: who leads them acts
        if m.type == "Organization" and any(g.type == "Organization" and not g.source.named and m.end <= g.start
                                            and _COUNT_GAP.fullmatch(text, m.end - base, g.start - base)
                                            for g in left):
            return []  # 县委|5个巡察组|召开: the owner of the units that act, unnamed
        if m.type == "Organization" and text.startswith(tuple(lex.subordinate_words), m.end - base):
            continue  # …中心组成员及|支队|所属各单位负责人参加: the owner of the units that act, unnamed
        if m.type == "Organization" and text.endswith("等", 0, m.start - base) and \
                text.startswith(lex.leader_nouns, m.end - base):
            continue  # 郭杰等|县委常委会组成人员出席: the persons listed before 等 act
        heads, cursor, read = [m], m.start, m  # cursor: where the list read so far begins, at mention read
        for prev in reversed(left[:idx]):
            gap = text[prev.end - base:cursor - base]
            titled = gap == "" and read.type == "Position" and text.startswith(COORDINATORS, read.end - base)
            glued = gap == "" and prev.type == read.type == "Person"  # 冯飞|李军出席: a headline's names, unparted
            if prev.type == m.type and (gap in COORDINATORS or lex.stationed_item(gap) or titled or glued):
                heads.append(prev)  # 署长A、|驻署|纪检组组长B: B's title opens where B is stationed; A书记、|B校长
            elif not ((prev.type in ("Position", "Organization") and gap in ("", "、", _CONCURRENTLY))
                      or (prev.type == "Location" and gap == "")):
                break  # an item's titles (市长周华、集团董事长王伟, 福建省副省长倪岳峰, 副会长兼秘书长X) are read over
            cursor, read = prev.start, prev
        return heads + _earlier_groups(lex, text, base, left, cursor) if m.type == "Person" else heads
    return listed


def _dated(m: Mention, left: list[Mention]) -> int:
    """Where ``m`` starts with the date written right before it (在|11月3日全署干部大会|讲话)."""
    return next((d.start for d in left if d.type == "Date" and d.end == m.start), m.start)


def _inside_meeting(at: int, base: int, ms: list[Mention]) -> bool:
    """Whether a trigger at ``at`` opens or stands inside a meeting's mention (启动|仪式)."""
    return any(m.type == "Event" and m.start - base <= at < m.end - base for m in ms)


def _departments_of(text: str, base: int, ms: list[Mention], m: Mention) -> bool:
    """Whether the departments of unit ``m`` act, not the unit (郎溪县委|县政府|有关部门领导同志出席)."""
    if m.type != "Organization":
        return False
    at = m.end - base
    while (glued := next((o for o in ms if o.type == "Organization" and o.start - base == at), None)) is not None:
        at = glued.end - base
    return text.startswith(_DEPARTMENTS, _COUNT_GAP.match(text, at).end())  # (…关工委|23个|成员单位)


def _relative_head(text: str, base: int, ms: list[Mention], e: int) -> Mention | None:
    """The unit a relative clause right after a verb describes (嘉奖|圆满完成…任务的|重庆市公安局): named right
    after the last 的 of the verb's clause, when a verb of doing stands between."""
    end = clause_end(text, e)
    de = text.rfind("的", e, end)
    if de < 0 or not _CLAUSE_VERB.search(text, e, de):
        return None
    return next((m for m in ms if m.start - base == de + 1 and m.type == "Organization" and m.source.named), None)


def _purpose(lex: Lexicon, text: str, base: int, ms: list[Mention], b: int) -> int:
    """Where the subject of a meeting verb ends: before the purpose written after a unit (省委、省政府|为侦破…案的
    功臣们|举行表彰大会), else at the verb ``b``."""
    at = text.rfind("为", clause_start(text, b), b)
    if at > 0 and text.startswith(lex.meeting_verbs, b) and \
            any(m.end - base == at and m.type == "Organization" and m.source.named for m in ms):
        return at
    return b


def _fronted_objects(text: str, base: int, ms: list[Mention], b: int,
                     rel: RelationType) -> tuple[int, list[tuple[Mention, float]]] | None:
    """S对O予以V, S对OV, S为OV: the objects put before the verb with 对 or 为 (省委对黄埔海关、张三等予以表彰, 公安部
    对缉私局记一等功, 海警局为烈士汪晓龙追记一等功), and where 对 or 为 stands (the subject is left of it)."""
    if not text[:b].endswith(_FRONTING_VERBS) and not any(m.end - base == b and m.type in rel.tail for m in ms):
        return None
    start = clause_start(text, b)
    at = max(text.rfind("对", start, b), text.rfind("为", start, b))
    if at < 0:
        return None
    objects = [(m, 0.8) for m in ms if at < m.start - base and m.end - base <= b and m.type in rel.tail
               and m.source.named]
    return (at, objects) if objects else None


def _relative_subject(text: str, base: int, ms: list[Mention], tails: list[tuple[Mention, float]],
                      rel: RelationType) -> Mention | None:
    """V O的S: the unit or person right after 的 did it (侦破“3·15”走私案的深圳海关缉私局)."""
    if not tails:
        return None
    end = max(t.end for t, _ in tails) - base
    if text[end:end + 1] != "的":
        return None
    return next((m for m in ms if m.start - base == end + 1 and m.type in rel.head and m.source.named), None)


def _describes_people(lex: Lexicon, text: str, base: int, tails: list[tuple[Mention, float]]) -> bool:
    """V O的N with N a common noun for people (出席…党代会的|代表): the clause tells who N are."""
    end = max((t.end for t, _ in tails), default=0) - base
    return bool(tails) and text.startswith("的", end) and text.startswith((*lex.people_nouns, _DELEGATES), end + 1)


def _passive_object(text: str, base: int, ms: list[Mention], agent: Mention,
                    refers: Mapping[Mention, Mention]) -> Mention | None:
    """Y由X…: the event written right before 由, named or referred to, is what the agent did (此次“蓝天”专项行动由
    深圳海关组织实施, …工作会议由省委书记X主持, 大会举行第二次全体会议。会议由X主持)."""
    at = agent.start - base
    if text[at - 1:at] != "由":
        return None
    return next((m for m in ms if m.type == "Event" and (m.source.named or m in refers) and m.end - base == at - 1),
                None)


def _earlier_groups(lex: Lexicon, text: str, base: int, left: list[Mention], cursor: int) -> list[Mention]:
    """The persons of the comma-separated groups before a listed subject (党委书记、关长A，副关长B|出席):
    each group is a clause of nothing but units, titles and persons (副主席兼秘书长A: two titles of one), or units'
    leaders (省委、省政府领导同志A、B，|…在主席台就座)."""
    out: list[Mention] = []
    while text[cursor - base - 1:cursor - base] in ("，", ","):
        end = cursor - base - 1
        start = clause_start(text, end)
        group = [m for m in left if start <= m.start - base and m.end - base <= end]
        spans = [(m.start - base, m.end - base) for m in group]
        spans += [(q, p.start - base) for p in group if p.type == "Position"  # 建瓯|市委常委: a place glued to a title
                  if _QUALIFIER.fullmatch(text, q := max(start, text.rfind("、", 0, p.start - base) + 1),
                                          p.start - base)]
        rest = "".join(ch for k, ch in enumerate(text[start:end], start) if not any(b <= k < e for b, e in spans))
        rest = rest[leaders.end():] if (leaders := _LEVEL_LEADERS.match(rest)) else rest
        for word in lex.leader_nouns:
            rest = rest.replace(word, "")
        persons = [m for m in group if m.type == "Person"]  # (a place before a title: 建瓯市|副市长雷佩兰)
        titles_only = not persons and any(m.type == "Position" for m in group)  # 市委常委、常务副市长，|…组长吴烨
        if rest.strip("、" + _CONCURRENTLY) or not (persons or titles_only) or \
                any(m.type not in ("Person", "Position", "Organization", "Location") for m in group):
            break
        out += persons
        cursor = start + base
    return out


def _next_group(text: str, base: int, ms: list[Mention], end: int, verb: int) -> list[Mention]:
    """The persons that open the clause after a subject's clause of nothing but titled persons (厅长A，|海关
    关长B|举行会谈): a second group of the subject, written after a comma, when the verb at ``verb`` is later."""
    if text[end:end + 1] not in ("，", ","):
        return []
    start = end + 1
    if clause_end(text, start) >= verb:
        return []
    out, at = [], start
    for m in sorted((m for m in ms if m.start - base >= start), key=lambda m: m.start):
        if m.start - base != at and not (at != start and text[at:m.start - base] in COORDINATORS):
            break  # (省委副书记、|代省长B: titles listed)
        if m.type not in ("Person", "Position", "Organization"):
            break
        if m.type == "Person":
            out.append(m)
        at = m.end - base
    return out


def clause_start(text: str, b: int) -> int:
    """Where the clause holding offset ``b`` starts."""
    return max((text.rfind(ch, 0, b) for ch in CLAUSE_BREAK), default=-1) + 1


def clause_end(text: str, at: int) -> int:
    """Where the clause going on from offset ``at`` ends."""
    return min((k for ch in CLAUSE_BREAK if (k := text.find(ch, at)) >= 0), default=len(text))


def _co_agents(lex: Lexicon, text: str, base: int, ms: list[Mention], heads: list[Mention]) -> list[Mention]:
    """``heads`` with the units written before them as co-agents (珠海警方联合多地市、拱北海关缉私局开展)."""
    if not heads:
        return heads
    out = list(heads)
    first = min(heads, key=lambda m: m.start)
    for prev in sorted((m for m in ms if m.end <= first.start), key=lambda m: -m.start):
        gap = text[prev.end - base:first.start - base]
        word = next((w for w in lex.co_agents if gap.startswith(w)), None)
        if word is None or len(gap) - len(word) > _CO_AGENT_GAP or any(ch in gap for ch in CLAUSE_BREAK):
            break
        if prev.type != "Organization" or not prev.source.named:
            break
        out.append(prev)
        first = prev
    return out


#: characters that may stand between a co-agent word and the next unit (联合|多地市、|拱北海关缉私局)
_CO_AGENT_GAP = 6


def _opens_clause(lex: Lexicon, text: str, base: int, ms: list[Mention], heads: list[Mention], b: int) -> bool:
    """Whether the trigger's clause has no subject of its own, or only co-agents (，联合C开展)."""
    start = clause_start(text, b)
    if not heads:  # a meeting after 在 is where, one before 并 what the verb before did (出席X并讲话), and a
        # unit after 代表 whom one speaks for: none of them is the clause's own subject
        return not any(m.type in _SUBJECTS and m.source.named and start <= m.start - base < b
                       and text[m.start - base - 1:m.start - base] not in lex.venue_prepositions
                       and text[m.end - base:b] != "并"
                       and not _spoken_for(text, base, m, ms) for m in ms)
    first = min(heads, key=lambda m: m.start)
    lead = text[start:first.start - base]
    return first.start - base >= start and any(lead == w for w in lex.co_agents)


def _shared_subject(lex: Lexicon, text: str, base: int, ms: list[Mention], start: int, verb: int,
                    rel: RelationType, refers: Mapping[Mention, Mention]) -> list[Mention]:
    """The organisation a sentence (or the statement from ``start`` on) opens with, as the subject of its
    later clauses, with its co-agents and coordinated units, or the person it opens with (习近平总书记高度
    重视…，…，5月31日在…会议上发表重要讲话); nothing when it opens with an event or a subject of a type
    ``rel`` does not take.

    Clauses that open with an adverbial (在…指挥下，, 授衔仪式上，) and dates come before the subject, and the
    dateline (东南网6月28日讯(记者 X)) before all; the subject comes before the clause of the verb at
    ``verb`` (会议以视频形式召开，省政府设主会场: 省政府 held nothing).
    """
    line = lex.dateline_re.match(text)
    start = max(start, line.end() if line else 0)
    while text[start:start + 1] in (":", "：", "，", ",", " "):
        start += 1
    while True:
        end = clause_end(text, start)
        if start > verb:
            return []
        clause = [m for m in ms if start <= m.start - base < end and m.type in _SUBJECTS
                  and (m.source.named or m in refers)]  # (该局将…，开展X: the unit 该局 refers to)
        at_event = text[start:end].endswith(("上", "中")) and all(m.type == "Event" for m in clause)
        if clause and not text.startswith(lex.adverbial_openers, start) and not at_event and \
                not text[start:end].endswith(lex.speech_verbs):
            break  # 授衔仪式上，: where, not who; 记者从…会议上获悉，: whence the news
        if end >= len(text) or text[end] not in "，,":
            return []
        start = end + 1
    subject = clause[0]
    if subject.type == "Organization" and any(m.type == "Position" and subject.start < m.start <= subject.end
                                              for m in ms):
        subject = next((m for m in clause if m.type == "Person" and m.start > subject.start), None)
        if subject is None:
            return []  # 生态环境部|总工程师，…参会: the unit names a title, whose holder is the subject
    lead = text[start:subject.start - base]
    for m in ms:  # dates, places, a person's titles and their units come before the subject (市委书记|张三到县里
        # 调研, 国务委员、公安部部长|孟建柱14日签署…，通令嘉奖…)
        if m.type in ("Date", "Location", "Position", "Organization") and \
                start <= m.start - base < subject.start - base:
            lead = lead.replace(m.text, "", 1)
    lead = lead.replace("、", "").replace(_CONCURRENTLY, "")  # (副主席|兼|秘书长A: titles held together)
    if subject.type not in rel.head or subject.type == "Event" or lead.strip() or \
            any(w in text[start:end] for w in lex.speech_verbs):
        return []  # X负责人介绍，…: what follows is reported, with subjects of its own
    if text.startswith(_DIRECTIVES, subject.end - base):
        return []  # 会议强调，全国海关要落实…，推进…开展: told to act, not reported as acting
    heads = [subject]
    for m in clause[1:]:
        if subject.type == "Person" and m.type in ("Organization", "Location"):
            continue  # (the unit or place of the next person's title)
        gap = text[heads[-1].end - base:m.start - base]
        if subject.type == "Person":  # A|副关长、边检站|B
            gap = _without(gap, heads[-1].end - base, base, ms, ("Position", "Organization", "Location"))
        if m.type == subject.type and (gap in COORDINATORS or (m.type == "Organization" and gap in lex.co_agents)):
            heads.append(m)  # A联合B…，开展X; 副市长叶磊、高勤…，作交流发言
        else:
            break
    while subject.type == "Person" and heads[-1].end - base == end and \
            (group := _next_group(text, base, ms, end, verb)):
        heads += group  # 厅长A，|海关关长B|举行会谈，并共同出席…: A and B (and C after B's clause: A，B，C、D，分别…)
        end = clause_end(text, end + 1)
    while subject.type == "Organization" and text[end:end + 1] in ("，", ","):
        opens, end = end + 1, clause_end(text, end + 1)  # the clauses between the subject's and the verb's
        if end > verb:
            break
        if text.startswith(lex.co_agents, opens):  # A在…下，联合B、C，在…下，破获X: B and C did it with A
            heads += [m for m in ms if opens <= m.start - base < end and m.type == "Organization" and m.source.named]
    return heads


#: what may follow a verb whose object is the own meeting, unnamed: a clause's end (a subtitle's clauses are parted by
#: spaces: 卢展明作工作报告|␣张宏伟主持), 并 and what goes on, 中 and 时 (讲话|中指出)
_OWN_AFTER = ("并", "", "，", ",", "。", "：", ":", "；", ";", " ", "\u3000", "中", "时")
#: a second speech joined to the first (沈晓明作报告|和说明)
_MORE_SPEECH = re.compile(r"[和及](?:说明|讲话|报告|总结讲话)")
#: what makes a verb after it a noun (大会的胜利|召开)
_NOMINAL_OPENERS = ("的胜利", "的顺利", "的成功", "的隆重")
_NOMINAL = re.compile(f"(?:{'|'.join(_NOMINAL_OPENERS)})$")
#: hearing what others say: the speech after it is theirs (听取大家|发言; not 听取汇报后|作讲话)
_HEARD = re.compile(r"听取了?[^，,。；;：:后并作]{0,8}$")
#: adverbs that give a verb to every item of the list before it (A、B，以及C|分别|发言)
_EACH = ("分别", "先后", "依次", "相继")
#: how many characters may follow a list's sentence-final verb (参加|了本次座谈会。)
_LIST_VERB_TAIL = 10
#: what joins two titles one person holds (副会长|兼|秘书长)
_CONCURRENTLY = "兼"
#: adverbs between a subject and its verb (负责人|均|参加)
_SUBJECT_ADVERBS = "均都也分别一同共同还"
#: prepositions of what a speech is about (X|就|贯彻落实会议精神提出要求, X|围绕|…作报告)
_TOPIC = ("就", "围绕", "针对")
#: what makes a clause a directive rather than a report (海关要…, 各地必须…)
_DIRECTIVES = ("要", "必须", "务必", "应当", "应")


def _without(gap: str, at: int, base: int, ms: list[Mention], types: tuple[str, ...]) -> str:
    """``gap`` (the text from offset ``at``) without the mentions of ``types`` inside it: what joins two names once
    the titles after one and the units before the next are taken out (孟庆捷|副关长、边检站|周延 → 、)."""
    for m in sorted((m for m in ms if m.type in types), key=lambda m: -m.start):
        if at <= m.start - base and m.end - base <= at + len(gap):
            gap = gap[:m.start - base - at] + gap[m.end - base - at:]
    return gap


def _own_people(lex: Lexicon, text: str, base: int, subject: Mention, b: int, trigger_starts: list[int]) -> bool:
    """Whether the verb at ``b`` has people named by a common noun as its subject while the sentence's
    subject acted in a clause of its own (X召开…，…主持会议，全体班子成员|参加: the members attend, not X;
    but 副组长A及有关同志，B镇领导班子成员|出席: A's clause has no verb, A is listed with them)."""
    own = text[clause_start(text, b):b].rstrip(_SUBJECT_ADVERBS).endswith((*lex.leader_nouns, *lex.people_nouns))
    at = subject.end - base
    return own and any(at <= t < clause_end(text, at) for t in trigger_starts)


def _spoken_for(text: str, base: int, m: Mention, ms: list[Mention]) -> bool:
    """Whether ``m`` follows 代表, alone or after the units it is listed with: whom someone speaks for, not who acts
    (X代表|Y作报告, X代表区委|区政府|做了讲话)."""
    at = m.start - base
    while (unit := next((u for u in ms if u.type == "Organization" and u.end - base in (at, at - 1) and
                         text[u.end - base:at] in ("", *COORDINATORS)), None)) is not None:
        at = unit.start - base
    return text.endswith("代表", 0, at)


def _joined(lex: Lexicon, between: str, at: int, ms: list[Mention]) -> bool:
    """Whether ``between`` (the text from offset ``at`` to a trigger) is only other triggers and the events
    they take, joined by 并 and perhaps an adverb or a topic (出席|签约仪式|并|讲话, 出席会议并|分别|讲话,
    出席会议并|就…工作|提出要求), after the title written after a name (吴新雄|常务副省长|出席…并作报告), at the
    venues written before them (在…分会场, 主持大会并|在主席台前排|就座)."""
    rest = _without(between, at, 0, ms, ("Event", "Position"))
    for b, e, _ in reversed(lex.trigger_hits(rest)):
        rest = rest[:b] + rest[e:]
    rest = _VENUE_BEFORE.sub("", rest)
    for word in lex.generic.get("Event", ()):
        rest = rest.replace(word, "")
    rest = _and_then(rest)
    return rest.endswith("并") and len(rest) <= 3


def _and_then(gap: str) -> str:
    """``gap`` up to the 并 it ends with, without what may stand between 并 and the next verb: an adverb (并|分别|讲话),
    the rostrum one is seated on (并|在主席台前排|就座), what one speaks about (并|就…工作|提出要求)."""
    gap = _ROSTRUM.sub("", gap).rstrip(_SUBJECT_ADVERBS)
    topic = max((gap.rfind("并" + w) for w in _TOPIC), default=-1)
    return gap[:topic + 1] if topic >= 0 else gap


def _attendee_list(lex: Lexicon, text: str, base: int, left: list[Mention], b: int, rel: RelationType,
                   trigger_starts: list[int], verbs: frozenset[int]) -> list[Mention]:
    """Who attended, listed before a sentence-final 参加/出席: every organization and person in the
    list, but not the subject of an earlier clause with a verb of its own (X召开…，A、B出席; 刘鹏请假，
    吴德列席: ``verbs`` are where verb tokens start), nor a unit that only qualifies the persons after it
    (海关总署|署长A, 招商局集团|领导B)."""
    each = rel.name == "SPOKE_AT" and text.endswith(_EACH, 0, b)  # A…，以及B…分别|发言: each speaks
    tail = text[b:clause_end(text, b)] if each else text[b:]  # (…分别发言|，对报告稿提出意见)
    if not (rel.name == "ATTENDED" or each) or any(ch in tail for ch in "，,；;") or len(tail) > _LIST_VERB_TAIL:
        return []
    if not any(ch in text[:b] for ch in "，,、"):
        return []
    acting = [(0 if text.startswith(tuple(rel.triggers), t) else clause_start(text, t), t) for t in trigger_starts
              if t < b]  # A、B参加会议，C、D列席会议: an earlier verb of attending took all named before it
    if not text.startswith("并", clause_start(text, b)):  # (A，B会见C，|并|出席…: B goes on acting, and attends)
        acting += [(clause_start(text, m.end - base), m.end - base + 1) for m in left
                   if m.type == "Person" and m.end - base in verbs and m.end - base < b]
    qualified = {p.start for p in left if p.type == "Position"}  # where a unit only qualifies what follows
    qualified |= {p.start - len(w) for p in left if p.type == "Person" for w in lex.leader_nouns
                  if text.endswith(w, 0, p.start - base)}  # 招商局集团|领导|傅育宁 (but 各单位负责同志|参会)
    return [m for m in left if m.type in rel.head and m.source.named and m.source != Source.BYLINE
            and not (m.type == "Organization" and any(m.start < q <= m.end for q in qualified))  # (山西省委|书记)
            and not any(start <= m.start - base < t for start, t in acting)]


def _tails(lex: Lexicon, sent: Sentence, ms: list[Mention], b: int, e: int, rel: RelationType,
           own: Mention | None, head: Mention) -> list[tuple[Mention, float]]:
    """The objects right of the trigger (a coordinated list), or the own event it refers to."""
    text, base = sent.text, sent.start
    if "Event" in rel.tail and "Event" not in rel.head:  # X在会上讲话: the event between subject and verb
        start = max(head.end - base, clause_start(text, b))  # in the verb's clause (not X召开A，…参加B)
        between = [m for m in ms if start <= m.start - base and m.end - base <= b and m.type == "Event"
                   and not text.endswith(_TOPIC, 0, m.start - base)]  # (就|…专项行动|作讲话: what, not where)
        if between:
            listed = between[-1:]
            for m in reversed(between[:-1]):  # 在A、B及C上的讲话: each of the meetings listed
                if text[m.end - base:listed[0].start - base] not in COORDINATORS:
                    break
                listed.insert(0, m)
            return [(m, 0.85) for m in listed]
    if any(text[:b].endswith(w) for w in lex.speech_noun_markers):
        return []  # 重要讲话, 的讲话: a noun, not the act
    if own is not None and "Event" in rel.tail and text.endswith(_MEETING_OBJECT, b, e):
        return [(own, 0.6)]  # 主持会议|并宣读…运动会…名单: the verb names its meeting, nothing after it
    if own is not None and "Event" in rel.tail and "Event" not in rel.head and text.startswith(_PASSED_ON, b):
        return [(own, 0.6)]  # 传达了|省委会议精神: the meeting it is passed on at, not the one it came from
    if "Organization" in rel.tail and (head_noun := _relative_head(text, base, ms, e)) is not None:
        return [(head_noun, 0.75)]  # 嘉奖|圆满完成…侦破任务的|重庆市公安局: the unit the clause describes
    right: list[tuple[Mention, float]] = []
    if (described := _RELATIVE_TRIGGER.search(text, e, clause_end(text, e))) and \
            not any(e <= m.start - base < described.start() and m.type in rel.tail for m in ms):
        e = described.end()  # 召开了|各省市区供销社主任参加的|…会议: the object comes after the clause describing it
    for m in ms:
        if m.start - base < e:
            continue
        gap = text[e:m.start - base]
        if any(ch in gap for ch in CLAUSE_BREAK) and not right:
            break
        if right and m.type == right[-1][0].type and text[right[-1][0].end - base:m.start - base] in \
                lex.subordinate_words:
            right[-1] = (m, right[-1][1])  # 授予广州海关隶属|大铲海关缉私分局: the unit under the one named first
            continue
        joint = text[right[-1][0].end - base:m.start - base] if right else ""
        if right and joint not in COORDINATORS and not (joint == "" and Source.LIST in (m.source, right[-1][0].source)):
            break  # (“国门利剑”“蓝天”等专项行动, “国门利剑”“风雷”联合行动: quoted names listed without a mark)
        if not right and m.type == "Location" and text[m.start - base - 1:m.start - base] in lex.venue_prepositions:
            continue  # 参加|在人民大会堂|召开的大会: where the object was held
        if not right and m.type == "Date" and text.startswith("的", m.end - base):
            continue  # 主持了|今天的|会议: when the object is
        if m.source == Source.OTHER:
            if not right and any(n.start == m.end and n.type == m.type and n.source.named for n in ms):
                continue  # 开展|知识产权保护专项行动|“龙腾行动2022”: what the named one is, written before its name
            break  # a meeting other than the article's, never named: no relation
        if not right and gap == "、" and any(text.startswith(w, m.end - base) for w in rel.triggers):
            continue  # A主办、B承办的Z: B is the subject of the next trigger, not the object
        if m.type == "Event" and not right and text.startswith(lex.referenced_after, m.end - base) and \
                not text.startswith(_SINCE_HELD, m.end - base):
            break  # 开展|全国两会|精神学习研讨: what is done with a meeting's spirit, not the meeting
        if m.type in rel.tail:
            right.append((m, 0.8))
        elif not right and m.type == "Organization" and any(n.start == m.end and n.type in rel.tail for n in ms):
            continue  # 落实|安庆市委|“456”总体部署: whose plan, not the object
        elif right or m.source.named:
            break  # the object is the first thing named after the trigger
    if right:
        return right
    rest = text[e:e + 2]
    start, end = clause_start(text, b), clause_end(text, e)
    other_meeting = any(m.source == Source.OTHER and start <= m.start - base < end and  # in its clause (but not
                        not text.endswith(_TOPIC, 0, m.start - base) for m in ms)  # 就|…行动|作讲话: what it is about)
    if own is not None and "Event" in rel.tail and not other_meeting and \
            (rest[:1] in _OWN_AFTER or _THIS_EVENT.match(text, e) or
             text.startswith(_VOICED, e) or  # 王秀成讲话|指出: what the speech says follows
             text.startswith(_ARRIVED, b) or  # 到会|巡听旁听: at the meeting, whatever one does there
             (_STUDIES.match(text, e) and _STUDY in own.text) or  # 参加|学习。 at a study session
             (_TALKS.match(text, e) and own.text.endswith(_TALKS_MEETING)) or  # 参加|座谈 at a 座谈会
             (text.endswith("会议", 0, e) and rest[:1] in ("和", "及")) or  # 参加会议|和活动: the meeting and more
             _MORE_SPEECH.match(text, e)):  # 作报告|和说明: one speech and another
        return [(own, 0.6)]
    return []
