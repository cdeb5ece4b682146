"""The ``date`` and ``venue`` rules: when (OCCURRED_ON) and where (LOCATED_IN) an event happened.

* date: 会议12日在京召开, 会议于6月5日举行 (a date right after the event), 12日，海关总署召开… (a date before the
  relation that names the event), 5月31日，在…举行的会议 (a date before an event introduced by a verb); every
  date of a sentence that one of these ties to an event (昨日(18日)…举行会晤, …现场会上获悉，1月9日，…开展了X);
  a day written right before an event's name (贯彻1月12日…联席会议精神);
* venue: 在北京召开/举行/举办 → the event named before the place, or the event of the sentence;
* posted: a unit sent to or stationed in a place (巡视组进驻广东省, 督导组赴广西) is located there;
* named place: a place an event's name gives before its kind, session or period is where it happens (…|湖北|报告会);
* hosting place: a place that opens its clause and holds a meeting is where it is held (澧县召开…现场会, 宁远县组织
  召开…, 文楼镇在该镇政府六楼会议室召开…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from kg.extract.base import ArticleDoc, Candidate, Mention, Source, hosting
from kg.extract.discourse import referenced
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import LEVEL_CHARS, OURS
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.operations import FRAME
from kg.extract.rules.trigger import CLAUSE_BREAK

#: what follows the day a report came out (…30日消息, …8月13日对外通报)
_REPORTED = ("消息", "报道", "发布", "通报", "对外通报", "电")
#: a date that names a day (1月12日, 12日), not only a year or a month
_DAY = re.compile(r"[日号]")
#: what follows a year that starts a period (2011年来, 2015年以来)
_SINCE = ("以来", "来")
#: what makes an event the time of the next one (…结束后，…)
_AFTER_EVENT = re.compile(r"(?:结束)?(?:后|之后|以后)[，,]?")
#: between a date and the event it opens: a comma, and whose it is (8月30日，|我县|县信访维稳工作会议召开), or 是
#: (4月15日|是|第三个全民国家安全教育日)
_OPENING = re.compile(f"[，,](?:{OURS}[{LEVEL_CHARS}])?|是")
#: a clause of purpose opening a sentence, before the date that opens what it reports (为做好…工作，|12月4日，)
_PURPOSE = re.compile(r"(?:为|为了)[^，,。；;：:]{2,30}[，,]")
#: one clause after a meeting that opens its sentence (…第六次会议|圆满完成各项议程，|于1月14日…闭幕)
_CLAUSE = re.compile(r"[^，,。；;：:“”\"]{2,12}[，,]")
#: what someone said where they did something, which a meeting studies (在北京考察…工作重要讲话)
_SAID_THERE = ("讲话", "指示", "精神")
#: the period a meeting's name gives after its place (筠连县|2023年12月…, 费县|三季度…)
_PERIOD = re.compile(r"[0-9０-９]{4}年|[一二三四]季度|上半年|下半年")
#: a body's session named after its place, which says where the body is, not where it meets (郎溪县|第十八届人民代表
#: 大会…)
_BODY_SESSION = re.compile(r"第[^，,。；;]{1,6}?[届次](?:人民代表大会|党员代表大会|代表大会|委员会)")
#: how many provinces or sites a list of places stands for (…等|9省(市), …等|7个省(区市), …等地|的30余处场所)
_COUNTED_PLACES = re.compile(r"的?[0-9０-９一二三四五六七八九十]+(?:余|多)?(?:个)?"
                             r"(?:省区市|省市|省份|省|地市|处场所|处)(?:[(（][^)）]{1,4}[)）])?")
#: relations whose tail is the sentence's event
EVENT_RELATIONS = ("HELD", "CHAIRED", "ATTENDED", "SPOKE_AT")


def _events(doc: ArticleDoc, i: int, found: list[Candidate], lex: Lexicon):
    """The sentence's named events, but not those only referred to (学习|全国两会|精神), and those its
    earlier relations point to."""
    text = doc.article.text
    named = [m for m in doc.mentions[i] if m.type == "Event" and m.source.named and not referenced(text, m, lex)]
    related = [c.tail for c in found if c.type in EVENT_RELATIONS and c.tail.type == "Event" and c.trigger != FRAME]
    return sorted(named, key=lambda m: m.start), related


@rule("date")
def dates(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent, lex = doc.sentences[i], rc.lexicon
    text, base = sent.text, sent.start
    named, events = _events(doc, i, found, lex)
    subjects = [m for m in doc.mentions[i] if m.type == "Event" and (m.source.named or m in doc.refers)]
    line = lex.dateline_re.match(text)
    days = sorted((m for m in doc.mentions[i] if m.type == "Date"), key=lambda m: m.start)
    here = [ev for ev in events if ev.start >= base]  # (not the headline's meeting a relation points to)
    for k, m in enumerate(days):
        if line is not None and m.end - base <= line.end():
            continue  # …6月28日讯: the day of the report, not of what it reports
        end = m.end  # 6月15日、|16日，…研讨会在京召开: days listed are read from the last one
        for nxt in days[k + 1:]:
            if text[end - base:nxt.start - base] != "、":
                break
            end = nxt.end
        after = text[end - base:end - base + 6]
        if after.startswith(_REPORTED) or (m.text.endswith("年") and after.startswith(_SINCE)):
            continue  # 据“海关发布”微信号30日消息: the day of the report; 2011年来: the start of a period
        left_event = next((ev for ev in reversed(subjects) if ev.end <= m.start and
                           text[ev.end - base:m.start - base] in lex.date_links), None) or \
            _past_clause(doc.mentions[i], subjects, text, base, m, line, lex)
        next_event = next((ev for ev in named if _OPENING.fullmatch(text, end - base, ev.start - base)), None)
        if next_event is not None:  # 今天上午，|区…第四次会议|召开|代表团召集人会议: the meeting a session holds
            next_event = next((ev for ev in named if text[next_event.end - base:ev.start - base] in
                               lex.meeting_verbs), next_event)
        introduced = next((n for n in named if n.start > end and
                           text[:n.start - base].removesuffix("的").endswith(lex.event_introducers) and
                           not any(ch in text[end - base:n.start - base] for ch in CLAUSE_BREAK)), None)
        glued = next((ev for ev in subjects if ev.start == end and ev.source.named), None)
        if introduced is None and glued is None and \
                re.split(r"[，,。；;：:]", text[end - base:], maxsplit=1)[0].endswith(lex.speech_verbs):
            continue  # 记者今日从海关总署获悉: the day of the report (not 从3月14日在…召开的X上获悉, 在11月3日|全署
            # 干部大会讲话中指出)
        if glued is not None and _DAY.search(m.text):
            event, conf = glued, 0.8  # 学习贯彻|1月12日|国务院…联席会议精神: the day names the meeting after it
        elif left_event and (after[:1] in lex.venue_prepositions or after.startswith(lex.venue_verbs)):
            event, conf = left_event, 0.85
        elif next_event is not None:  # 2月21日，|市委常委会(扩大)会议召开，…学习…在A会议上的讲话
            event, conf = next_event, 0.8
        elif introduced is not None:  # 从3月14日在东兴市召开的|…现场会上获悉，…开展了…行动
            event, conf = introduced, 0.75
        elif here and m.start < min(ev.start for ev in here):
            event, conf = here[0], 0.7
        elif _opens(line, text, m.start - base) and after[:1] in "，," and \
                (first := _first_event(doc, i, named)) is not None:
            event, conf = first, 0.65  # 2015年，…开展了…行动
        elif ev := next((n for n in named if n.start > end and
                         text[:n.start - base].endswith(lex.event_introducers)), None):
            event, conf = ev, 0.7
        elif op := _started(lex, text, base, end, named):
            event, conf = op, 0.7  # 于5月24日起开展为期一个月的|“净网2022”集中收网行动: whoever carries it out
        else:
            continue
        event = _qualified(event, named, text, base)
        for listed in _listed_with(event, named, text, base) + _next_after(event, named, text, base):
            yield Candidate(listed, "OCCURRED_ON", m, sent, conf, "")


def _past_clause(mentions: list[Mention], subjects: list[Mention], text: str, base: int, day: Mention,
                 line: re.Match[str] | None, lex: Lexicon) -> Mention | None:
    """The event opening the sentence (after its dateline) when one clause naming nothing stands between it and
    ``day``, which the event's own verb follows (…第六次会议|圆满完成各项议程，|于1月14日下午在贵阳胜利闭幕); ``line``
    is the sentence's dateline."""
    event = next((ev for ev in subjects if _opens(line, text, ev.start - base)), None)
    clause = event and _CLAUSE.match(text, event.end - base)
    if not clause or text[clause.end():day.start - base] not in lex.date_links or \
            not lex.held_after_re.match(text, clause.end()) or \
            any(event.end <= m.start < clause.end() + base for m in mentions):
        return None
    return event


def _started(lex: Lexicon, text: str, base: int, end: int, named: list[Mention]) -> Mention | None:
    """The named operation a verb that carries one out (开展, 启动) starts on the day ending at ``end``, in the
    same clause."""
    return next((n for n in named if n.start > end and n.text.endswith(lex.quoted_suffixes["Event"]) and
                 not any(ch in text[end - base:n.start - base] for ch in CLAUSE_BREAK) and
                 any(w in text[end - base:n.start - base] for w in lex.operation_verbs)), None)


def _qualified(event: Mention, named: list[Mention], text: str, base: int) -> Mention:
    """The event that ``event``, and the events listed after it by 、, only qualify: the one written right after
    them (…代表大会第三次会议、…第三次会议|“三会”筹备工作安排部署会), else ``event``."""
    last = event
    for m in named:
        gap = text[last.end - base:m.start - base] if m.start >= last.end else None
        if gap == "、":
            last = m
        elif gap == "" and Source.LIST not in (m.source, last.source):
            return m
        elif gap is not None:
            break
    return event


def _listed_with(event: Mention, named: list[Mention], text: str, base: int) -> list[Mention]:
    """An event and the events listed right after it, under one shared word (“国门利剑”“蓝天”等专项行动) or
    apart by 、 (收听收看|省委…专题会议、|市疫情防控调度会议), and those listed right before it by 、 (中国文联
    第八次全国代表大会、|中国作协第七次全国代表大会|10日…开幕)."""
    before = []
    for m in reversed(named):
        if m.end <= event.start and text[m.end - base:(before[-1] if before else event).start - base] == "、":
            before.append(m)
    out = [*reversed(before), event]
    for m in named:
        gap = text[out[-1].end - base:m.start - base]
        if m.start > out[-1].start and (gap == "、" or (gap == "" and Source.LIST in (m.source, out[-1].source))):
            out.append(m)
    return out


def _next_after(event: Mention, named: list[Mention], text: str, base: int) -> list[Mention]:
    """The event named next when ``event`` only says when it happens (…预备会议结束后，…举行第一次会议;
    …表彰大会后，我市接着召开表彰大会): the same day dates both."""
    if not _AFTER_EVENT.match(text, event.end - base):
        return []
    return [m for m in named if m.start >= event.end][:1]


def _opens(line: re.Match[str] | None, text: str, at: int) -> bool:
    """Whether offset ``at`` opens the sentence, or comes right after its dateline ``line``
    (…6月28日讯(记者 X) |27日，) or after a clause of purpose (为做好…工作，|12月4日，)."""
    return at == 0 or (line is not None and not text[line.end():at].strip()) or bool(_PURPOSE.fullmatch(text, 0, at))


def _first_event(doc: ArticleDoc, i: int, named: list[Mention]) -> Mention | None:
    """The event a sentence-opening date belongs to: the first named in the sentence that is no modifier
    of a noun (向|十五届县委第六轮巡察的|…党委反馈), else the article's own event when the sentence opens the
    article's body (27日，省政府与…签署…)."""
    text = doc.article.text
    happening = [m for m in named if not text.startswith("的", m.end)]
    if happening:
        return happening[0]
    if named:
        return None
    body = [k for k, opens in enumerate(doc.paragraph_starts()) if opens and doc.sentences[k].start >= len(
        doc.article.title)]
    return doc.own_event if body[:1] == [i] else None


@rule("venue")
def venues(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    """在X召开, 在X、Y等地开展, 在X省Y市召开: every place of a list or an address after 在 that a verb follows."""
    sent, lex = doc.sentences[i], rc.lexicon
    text, base = sent.text, sent.start
    named, events = _events(doc, i, found, lex)
    places = sorted((m for m in doc.mentions[i] if m.type == "Location"), key=lambda m: m.start)
    k = 0
    while k < len(places):
        first = places[k]
        owner = next((m.start for m in doc.mentions[i] if m.type == "Organization" and m.end == first.start),
                     first.start)
        if text[owner - base - 1:owner - base] not in lex.venue_prepositions:  # 在|总署|天津教育培训基地召开
            k += 1
            continue
        listed = [first]
        while k + 1 < len(places) and text[listed[-1].end - base:places[k + 1].start - base] in ("、", "和", "及", ""):
            k += 1
            listed.append(places[k])
        k += 1
        rest = text[listed[-1].end - base:]
        rest = rest[next((len(w) for w in lex.place_list_ends if rest.startswith(w)), 0):]
        if counted := _COUNTED_PLACES.match(rest):
            rest = rest[counted.end():]  # 在天津、辽宁…等|9省(市)|同步开展, 在北京…等地|的30余处场所|实施
        if manner := lex.manner_re.match(rest):
            rest = rest[manner.end():]  # 在北京|以视频形式|召开, 在京|隆重|举行
        held_there = rest.startswith(lex.venue_verbs)
        if not (held_there or _verb_at(sent, len(text) - len(rest))):
            continue
        clause = re.split(r"[，,。；;：:]", rest, maxsplit=1)[0]
        if not held_there and ("的" in clause or any(w in clause for w in _SAID_THERE) or any(
                m.end == first.start - 1 and m.type in ("Person", "Position") for m in doc.mentions[i])):
            continue  # where someone did something else: 习近平总书记在浙江|考察时的讲话, 在台湾放置爆炸物的|通缉犯,
            # (传达…重要指示、)在北京|考察…工作重要讲话
        verb_end = len(text) - len(rest) + next((len(w) for w in lex.venue_verbs if rest.startswith(w)), 0)
        head = next((ev for ev in doc.mentions[i] if ev.type == "Event" and ev.source.named and held_there and
                     ev.start - base == verb_end + 1 and text[verb_end] == "的"), None)  # 在东兴市召开的|…现场会
        # (and 传达了部局在满洲里召开的|…研讨会|精神: a meeting only referred to was held there too)
        clause_end = min((k for k in (text.find(ch, verb_end) for ch in "，,。；;") if k >= 0), default=len(text))
        head = head or next((ev for ev in named if not held_there and verb_end < ev.start - base < clause_end),
                            None)  # 在县文化广场组织开展|“12.4”…宣传活动: what the verb there did
        head = head or next((ev for ev in reversed(named) if ev.end <= first.start), None) or \
            (events[0] if events else None)
        head = head or (doc.own_event if held_there else None)
        if head is not None:
            for event in _listed_with(head, named, text, base) if head in named else [head]:
                for place in listed:
                    yield Candidate(event, "LOCATED_IN", place, sent, 0.8, "在")


def _verb_at(sent, offset: int) -> bool:
    """Whether a verb token starts at sentence offset ``offset``."""
    return any(b - sent.start == offset and pos[:1] == "v" for (b, _), pos in zip(sent.spans, sent.pos, strict=False))


@rule("posted")
def posted(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    ms = sorted(doc.mentions[i], key=lambda m: m.start)
    for unit, place in pairwise(ms):
        if unit.type == "Organization" and unit.source.named and place.type == "Location" and \
                text[unit.end - base:place.start - base] in rc.lexicon.posting_verbs:
            yield Candidate(unit, "LOCATED_IN", place, sent, 0.75, text[unit.end - base:place.start - base])


@rule("named place")
def named_places(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent, text = doc.sentences[i], doc.article.text
    named, _ = _events(doc, i, found, rc.lexicon)
    units = [(b, e) for _, label, b, e in sent.ner if label == "ORG"]
    for _, _, b, e in (span for span in sent.ner if span[1] == "LOC"):
        start, end = sent.spans[b][0], sent.spans[e - 1][1]
        event = next((ev for ev in named if ev.start <= start and end < ev.end), None)
        if event is None or any(ub <= b and e <= ue and (ub, ue) != (b, e) for ub, ue in units) \
                or not (text.startswith("第", end) or text[end:event.end] in rc.lexicon.suffixes["Event"]
                        or _PERIOD.match(text, end)) or _BODY_SESSION.match(text, end):
            continue  # the place of the meeting's kind, session or period (湖北|报告会, 筠连县|2023年12月…签约仪式,
            # 费县|三季度…), not of a unit's or a doctrine's name (杭州海关…会议, …中国特色社会主义思想…) nor the
            # place whose body's session it is (郎溪县|第十八届人民代表大会第二次会议, …市|第十四次代表大会)
        yield Candidate(event, "LOCATED_IN", Mention(start, end, text[start:end], "Location", Source.NER), sent, 0.7,
                        "")


@rule("hosting place")
def hosting_places(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    """澧县召开…现场会: the meeting its clause names (or the article's own) is where the place that opens it is."""
    sent = doc.sentences[i]
    text, base = sent.text, sent.start
    named, _ = _events(doc, i, found, rc.lexicon)
    ms = sorted(doc.mentions[i], key=lambda m: m.start)
    for k, place in enumerate(ms):
        if place.type != "Location" or not (verb := hosting(text, ms, k, rc.lexicon.meeting_verbs, base)):
            continue
        end = min((p for p in (text.find(ch, verb.end()) for ch in CLAUSE_BREAK) if p >= 0), default=len(text))
        event = next((ev for ev in named if verb.end() <= ev.start - base < end), None) or (
            doc.own_event if not named else None)
        if event is not None:
            yield Candidate(event, "LOCATED_IN", place, sent, 0.75, verb.group())
