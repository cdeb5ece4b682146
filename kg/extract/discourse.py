"""The ``discourse`` stage: facts of the article as a whole that sentence rules need.

* the article's own event: the meeting named in the title, else the first one held or chaired
  (召开|X, X|于…在…召开), else the unnamed one the title holds (省委常委会召开会议), else the first named
  one, never one only referred to (学习贯彻…全会精神), else the unnamed one held (生态环境部召开会议); a
  meeting of the same kind that the body holds under a fuller name is the headline's meeting
  (打私工作会议 → 2024年打击走私工作会议);
* what generic mentions refer to: 会议/会上 → the meeting named before it in its sentence, else the
  own event; 该案/此案 → the case named last, 该局/该关 → the unit named last that ends so, 胡副署长 → the
  person of that surname named last;
* who speaks (:class:`Voice`): 会议强调/会议要求 at a paragraph's start lends the own event's voice to
  the whole paragraph; X强调/指出/要求 in a sentence gives X the voice for the rest of the sentence
  and of its paragraph, until someone else speaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.base import CODE_GIVEN, ArticleDoc, Mention, Sentence, Source
from kg.extract.lexicon import Lexicon
from kg.extract.stages import Context, StageFn, stage

#: voices a paragraph may carry (the word after 会议/会上 in a meeting-voice opener)
VOICES = ("强调", "要求", "指出")
#: the voice word that is often a noun after a topic (就…提出明确|要求)
_REQUIRES = "要求"
#: mention types that may speak
_SPEAKERS = ("Person", "Organization", "Event")
#: what makes a person the owner of a noun, not a subject (习近平总书记|的|重要讲话)
_OF = "的"
#: a verb that makes the voice word after it a noun (进行了|强调部署)
_DOING = ("进行了", "进行")
#: what makes a meeting where someone speaks, not the speaker (X在|会议中指出)
_AT = "在"
#: a verb of result before a meeting: what is to be done well with it, not the meeting held (开好|会议)
_DONE_WELL = re.compile(r"[\u4e00-\u9fff]好$")
#: what opens a sentence told outside the meeting that speaks before it
_OUTSIDE = ("会后", "会前")
#: a first clause that places the sentence at a meeting or outside it (会上，座谈会上，视频会后，会前，)
_SETTING = re.compile(r"[^，,。；;]{0,8}?会([上后前])[，,]")
#: where ``told`` places a sentence: at the meeting, or outside it (after, before)
AT_MEETING, OUTSIDE_MEETING = "上", ("后", "前")
#: a first clause that only says where or when, before the sentence's subject (会上，孙黎明…)
_SETTINGS = ("会上", "会议上", "随后", "同时")
#: what ends a clause of speech (a colon does not: X指出：…)
STATEMENT_BREAK = "，,；;。！？!?"


@dataclass(frozen=True, slots=True)
class Voice:
    """Who speaks in a sentence, with what word, from which character of the sentence on."""

    speaker: Mention
    word: str
    start: int = 0


@stage("discourse", requires=("sentences", "mentions"), assigns=("own_event", "voices", "refers"))
def discourse(ctx: Context) -> StageFn:
    lex = ctx.lexicon

    def run(doc: ArticleDoc) -> None:
        doc.own_event = own_event(doc, lex)
        twin = _body_twin(doc, lex, doc.own_event)
        if twin is not None:
            doc.refers[doc.own_event] = twin
            doc.own_event = twin
        doc.refers.update(_meeting_referents(doc, lex))
        doc.refers.update(_back_references(doc, lex))
        doc.refers.update(_operation_codes(doc))
        doc.voices = voices(doc, lex)

    return run


def own_event(doc: ArticleDoc, lex: Lexicon) -> Mention | None:
    """The article's own meeting: named in the title (the one held there first: 人大二次会议举行|预备会议), else
    the first one held or chaired, else the unnamed one the title holds (省委常委会召开会议), else the first
    meeting that is not only referred to (贯彻…全会精神; an operation no one holds here, 列入“猎狐行动”抓捕目标,
    is none), else the unnamed one held, else a kind of meeting the body names bare (在座谈会上)."""
    text = doc.article.text
    column = _COLUMN.match(doc.article.title)
    events = [m for m in doc.all_mentions if m.type == "Event" and not referenced(text, m, lex)
              and not lex.observed_re.fullmatch(m.text)  # (在第24个国际禁毒日来临之际: a day, no one's meeting)
              and not (column and m.end <= column.end())]  # (【“两会”动态】…: the column's name, no meeting)
    named = [m for m in events if m.source.named]
    held = [m for m in events if _held(text, m, lex)]
    in_title = sorted((m for m in named if m.end <= len(doc.article.title)), key=lambda m: m not in held)
    held_named = [m for m in held if m.source.named]
    held_in_title = [m for m in held if m.end <= len(doc.article.title)]
    kinds = [m for m in events if m.text in lex.suffixes["Event"] and not lex.is_generic("Event", m.text)]
    meetings = [m for m in named if m.source != Source.QUOTE and not m.text.endswith(lex.quoted_suffixes["Event"])]
    own = next(iter(in_title or held_named or held_in_title or meetings or held or kinds), None)
    if own is not None and _SITTING.fullmatch(own.text):  # …常委会第七次会议开幕并举行|第一次全体会议: the
        return next((m for m in named if _SITTING_HELD.fullmatch(text, m.end, own.start)), own)  # session
    return own


#: the name of the column a title opens with (【“两会”动态】政协通山县十届十六次常委会召开)
_COLUMN = re.compile(r"【[^【】]{1,12}】")
#: a plenary sitting of a session, and what joins it to the session that holds it (X会议|开幕并举行|第一次全体会议)
_SITTING = re.compile(r"第[0-9０-９一二三四五六七八九十]+次全体会议")
_SITTING_HELD = re.compile(r"(?:开幕并|隆重开幕并)?(?:举行|召开)了?")


def _body_twin(doc: ArticleDoc, lex: Lexicon, headline: Mention | None) -> Mention | None:
    """The meeting the body holds under another name than the headline's, with the same kind of name
    (headline 打私工作会议, body …召开2024年打击走私工作会议): the same meeting, named in full."""
    title_end = len(doc.article.title)
    kind = _kind(lex, headline.text) if headline is not None and headline.end <= title_end else ""
    if not kind:
        return None
    text = doc.article.text
    return next((m for m in doc.all_mentions if m.start >= title_end and m.type == "Event" and m.source.named
                 and _held(text, m, lex) and _kind(lex, m.text) == kind and not _COUNTED.match(m.text)), None)


#: a count of meetings, no fuller name (主持召开|两场座谈会)
_COUNTED = re.compile(r"[0-9０-９一二两三四五六七八九十]+[场次个项]")


def _back_references(doc: ArticleDoc, lex: Lexicon) -> dict[Mention, Mention]:
    """该案/此案 → the case named last; 该局/该关 → the unit named last whose name ends as the word does
    (该局 → 青岛海关缉私局), 市院 → one of that level (兰州市人民检察院), or with none, the one of that level named
    next in its paragraph (市公安局), or with none, the unit it names itself;
    a surname and a title (胡副署长) → the person of that surname named last; a unit's short name before a title
    (管委会|副主任) → the unit named last whose name ends with it (区管委会; a single character, 厅|党组书记, names
    none)."""
    out: dict[Mention, Mention] = {}
    last_case: Mention | None = None
    units: list[Mention] = []
    persons: list[Mention] = []
    titles = {m.start for m in doc.all_mentions if m.type == "Position"}
    for m in doc.all_mentions:
        if m.type == "Person" and m.text[1:] in lex.positions:
            person = next((p for p in reversed(persons) if p.text[0] == m.text[0]), None)
            if person is not None:
                out[m] = person
        elif m.type == "Person" and m.source.named:
            persons.append(m)
        elif m.type == "Case" and m.source == Source.GENERIC:
            if last_case is not None:
                out[m] = last_case
        elif m.type == "Case":
            last_case = m
        elif m.type == "Organization" and m.source == Source.GENERIC and m.text in lex.unit_references:
            leveled = m.text[0] in lex.levels
            unit = next((u for u in reversed(units) if u.text.endswith(m.text[1:])
                         and (not leveled or m.text[0] in u.text)), None)
            if unit is None and leveled:  # 市局|组织召开…。副市长、|市公安局|党委书记: named later in the paragraph
                unit = next((u for u in doc.all_mentions if u.start > m.end and u.type == "Organization" and
                             u.source.named and u.text.startswith(m.text[0]) and u.text.endswith(m.text[1:]) and
                             "\n" not in doc.article.text[m.end:u.start]), None)
            if unit is not None or leveled:
                out[m] = unit or m  # 市局 with no unit of its level before or in its paragraph: the unit it names
        elif m.type == "Organization" and m.source == Source.GENERIC and m.end in titles and len(m.text) > 1:
            unit = next((u for u in reversed(units) if u.text.endswith(m.text) and u.text != m.text), None)
            if unit is not None:
                out[m] = unit
        elif m.type == "Organization" and m.source.named:
            units.append(m)
    return out


def _operation_codes(doc: ArticleDoc) -> dict[Mention, Mention]:
    """An operation's code given before its name (代号为“LS16”的|大规模查缉行动) → the operation named after it."""
    events = {m.start: m for m in doc.all_mentions if m.type == "Event" and m.source.named}
    return {m: events[m.end + 1] for m in doc.all_mentions
            if m.type == "Event" and m.source == Source.GENERIC and m.end + 1 in events and CODE_GIVEN.match(
                doc.article.text, m.start)}


def _held(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether the event is held: a meeting verb right before it (召开|…会议), or after it, its date and
    its place (…全体会议|于6月20日在广州召开)."""
    return text[max(0, m.start - 4):m.start].endswith(lex.meeting_verbs) or \
        lex.held_after_re.match(text, m.end) is not None


def _kind(lex: Lexicon, name: str) -> str:
    """The longest meeting suffix a name ends with (工作会议, 动员部署会); the lexicon lists suffixes longest first."""
    return next((s for s in lex.suffixes.get("Event", ()) if name.endswith(s)), "")


def referenced(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether an event is only referred to, as what is studied or carried out (学习贯彻|党的二十大|精神) or
    done well (督导好|民主生活会)."""
    before = text[max(0, m.start - 6):m.start].removesuffix("党的")
    return before.endswith(tuple(lex.study_verbs)) or _DONE_WELL.search(before) is not None or \
        text.startswith(lex.referenced_after, m.end)


def _meeting_referents(doc: ArticleDoc, lex: Lexicon) -> dict[Mention, Mention]:
    """What each 会议/会上 refers to: the meeting named before it in its sentence (…首脑会议在里加结束，
    …参加了会议), or held in the sentence before when it opens its own, else the article's own meeting; one
    whose decisions are carried out (全会|精神) is the last such meeting named before it of its kind (党的二十届
    三中全会), never the article's own."""
    out = {}
    text = doc.article.text
    studied: list[Mention] = []
    held: Mention | None = None  # the meeting the sentence before held, in the same paragraph
    for sent, ms, opens in zip(doc.sentences, doc.mentions, doc.paragraph_starts(), strict=True):
        held = None if opens else held
        events = [m for m in ms if m.type == "Event"]
        only_referred = {m for m in events if m.source.named and referenced(text, m, lex)}
        named = [m for m in events if m.source.named and m not in only_referred]
        for m in events:
            if m in only_referred:
                studied.append(m)
            elif m.source == Source.GENERIC:
                if text.startswith(lex.referenced_after, m.end):
                    target = next((e for e in reversed(studied) if e.text.endswith(m.text)), None)
                else:
                    target = next((e for e in reversed(named) if e.end <= m.start),
                                  held if m.start == sent.start and held is not None else doc.own_event)
                    if target is not None and target is doc.own_event and _other_kind(lex, m, target):
                        target = None  # own 签约仪式, 举行|会谈: another meeting of the day, not the own
                if target is not None:
                    out[m] = target  # (大会举行第二次全体会议。|会议由商黎光主持: the session just held)
        held = next((e for e in reversed(named) if _held(text, e, lex)), None)
    return out


def _other_kind(lex: Lexicon, m: Mention, own: Mention) -> bool:
    """Whether a bare kind of meeting (会谈) is of another kind than the own meeting, itself named only by its
    kind (签约仪式); a catch-all word (会议, 会上) is any meeting."""
    return own.text in lex.suffixes["Event"] and not lex.is_generic("Event", m.text) and \
        not own.text.endswith(m.text)


def voices(doc: ArticleDoc, lex: Lexicon) -> list[Voice | None]:
    """The voice of each sentence: its own speaker, else the one its paragraph carries."""
    out: list[Voice | None] = []
    current: Voice | None = None
    for i, (sent, opens) in enumerate(zip(doc.sentences, doc.paragraph_starts(), strict=True)):
        if opens or sent.text.startswith(_OUTSIDE):
            current = None  # 会后，我市与…签订了《…》: no longer what the meeting says
            opener = next((o for o in lex.meeting_voice if sent.text.startswith(o)), None)
            word = opener.removeprefix("会议").removeprefix("会上") if opener else None
            if word in VOICES and doc.own_event is not None:
                current = Voice(doc.own_event, word, len(opener))
        local = _speaker(doc, i, lex)
        if local is not None:
            current = local
        elif current is not None and (subject := _subject(doc, i)) is not None and subject.type == "Person" and \
                doc.refers.get(subject, subject) != current.speaker and not _owner(doc, i, subject):
            current = None  # …要求…。|曾丽瑛副局长在讲话中总结了…: another speaker's sentence (not
            # 习近平总书记|的|讲话…)
        out.append(current)
        if current is not None and current.start:
            current = Voice(current.speaker, current.word)  # later sentences speak from their start
    return out


def told(text: str) -> str:
    """Where a sentence's first clause places it: at a meeting (``AT_MEETING``: 会上，…, 座谈会上，…), outside one
    (one of ``OUTSIDE_MEETING``: 视频会后，…, 会前，…), else nowhere (``""``)."""
    setting = _SETTING.match(text)
    return setting.group(1) if setting else ""


def _speaker(doc: ArticleDoc, i: int, lex: Lexicon) -> Voice | None:
    """X强调/指出/要求 in sentence ``i``: the nearest speaker on the left in the same clause."""
    sent: Sentence = doc.sentences[i]
    text, base = sent.text, sent.start
    tok_starts = {b - base for b, _ in sent.spans}
    for b, e, _ in lex.triggers.parse_longest(text):
        if (voiced := next((v for v in VOICES if text.endswith(v, b, e)), None)) is not None:
            b = e - len(voiced)  # 提出明确|要求: a speech's trigger that ends in a voice word
        word = text[b:e]
        if word not in VOICES or b not in tok_starts or text[:b].endswith(_DOING):
            continue  # 就…工作进行了|强调|部署: a noun of what was done
        left = [m for m in doc.mentions[i] if m.end - base <= b and not any(
            c in text[m.end - base:b] for c in STATEMENT_BREAK)]
        speakers = [m for m in left if m.type in _SPEAKERS and not (  # X在|会议|中指出: where X speaks, not who
            m.type == "Event" and text[:m.start - base].endswith(_AT))]
        if speakers:
            m = max(speakers, key=lambda m: m.end)
            titled = next((p.end for p in doc.mentions[i] if p.type == "Position" and p.start == m.end), m.end) \
                if m.type == "Person" else m.end  # 姚运生|局长|强调: a title after the name
            gap = text[titled - base:b]
            gap = gap.removeprefix(next((h for h in lex.honorifics if gap.startswith(h)), ""))  # 王宏联|同志|指出
            if gap.endswith("并") and (first := min(speakers, key=lambda s: s.start)).type == "Person":
                m = first  # X对…给予充分肯定并要求, X主持|会议|并要求: X speaks, not the meeting X chairs
            if gap and not gap.startswith(_AT) and not (gap.startswith("就") and word != _REQUIRES) and \
                    gap not in lex.voice_gaps and not (gap.endswith("并") and m.type == "Person"):
                continue  # 党中央部署要求: a noun, not someone speaking (but X就下步工作着重强调: X speaks;
                # X就…提出明确要求: a noun again)
            speaker = doc.refers.get(m, m)
            if speaker.source.named or speaker is doc.own_event:  # 会议指出 of an unnamed own meeting
                return Voice(speaker, word, e)
        elif text[:b].removesuffix("并").endswith(("，", ",")) and (subject := _subject(doc, i)) is not None and \
                (word == "要求" or subject.type == "Person"):
            return Voice(subject, word, e)  # 盛署长…充分肯定了上海关…，(并)要求该关…: the sentence's subject requires;
            # 贺荣主持召开会议，强调…: a person the sentence is about stresses
    return None


def _owner(doc: ArticleDoc, i: int, person: Mention) -> bool:
    """Whether ``person`` (and the titles after the name) only owns the noun after it (习近平总书记|的|重要讲话)."""
    end = person.end
    for m in sorted(doc.mentions[i], key=lambda m: m.start):
        if m.type == "Position" and m.start == end:
            end = m.end
    return doc.article.text.startswith(_OF, end)


def _subject(doc: ArticleDoc, i: int) -> Mention | None:
    """The named person or unit sentence ``i`` opens with (titles and the units they name before it, and a first
    clause of setting such as 会上, read over), if its first clause has one."""
    sent = doc.sentences[i]
    opening = len(setting) + 1 if (setting := next((w for w in _SETTINGS if sent.text.startswith(w + "，")), "")) \
        else 0  # 会上，|孙黎明…提出新要求，要求…: where, then who
    first = next((k for k, c in enumerate(sent.text) if c in STATEMENT_BREAK and k >= opening), len(sent.text)) + \
        sent.start
    ms = sorted(doc.mentions[i], key=lambda m: m.start)
    for k, m in enumerate(ms):
        if m.start >= first or m.type not in ("Position", "Person", "Organization"):
            return None
        titled = m.type == "Organization" and k + 1 < len(ms) and ms[k + 1].type == "Position" and \
            ms[k + 1].start == m.end  # 市卫健委|党组书记、主任彭纲要: the unit of the title, not the subject
        if m.type != "Position" and m.source.named and not titled:
            return m
    return None
