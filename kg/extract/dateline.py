"""The dateline and byline that open a news article: 新华社广州5月14日电（记者魏蒙）,
东南网-福建日报6月28日讯（记者 兰锋 周琳）, 本报讯（记者 X）; and the byline that closes one, in parentheses
((黄冈日报记者 汪秀玲 周伟 通讯员 X): each title after the agency it works for).

The agencies are organisations; the names of the byline are persons, and a title written before
them (记者, 通讯员; 全媒体记者 and 新华社记者 are a 记者) is their position. Offsets are in the text given
to :func:`parse_dateline`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.lexicon import Lexicon

#: how the name of a paper, an agency or a station ends (长沙晚报掌上 is the paper's 长沙晚报 and its app;
#: 岳阳县融媒体中心 is a county's newsroom, an agency even when tagged as a place)
_MEDIA_ENDS = ("报", "社", "网", "台", "媒体中心")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
#: what separates the agencies of a dateline (东南网-福建日报, 齐鲁网·闪电新闻, 滨州日报/滨州网) and the names of a
#: byline (通讯员:梁娟: a colon after the title)
_PARTS = re.compile(r"[^\s\-—–、，,·/／:：]+")


@dataclass(frozen=True)
class Dateline:
    """Spans of a dateline: ``agencies``, ``titles`` (记者) and the names of ``persons``; a title
    stands before the names it goes with. ``byline`` spans the parenthesised byline (0, 0 if none)."""

    byline: tuple[int, int] = (0, 0)
    agencies: list[tuple[int, int]] = field(default_factory=list)
    titles: list[tuple[int, int]] = field(default_factory=list)
    persons: list[tuple[int, int]] = field(default_factory=list)
    #: names the byline gives no title to ((记者 X 摄影 欧阳杰): the photographer)
    untitled: list[tuple[int, int]] = field(default_factory=list)


def parse_dateline(text: str, lex: Lexicon, places: list[tuple[int, int]]) -> Dateline | None:
    """The dateline opening ``text``, if any; ``places`` are spans of place names in ``text``
    (the city written after an agency: 新华社|广州)."""
    if (opening := _reported_by(text, lex)) is not None:
        return opening
    if bracketed := _BRACKETED.match(text):  # 【香港商报网讯】记者陆绍龙、通讯员肖笛报道:
        own = bracketed.group("source") in lex.own_papers  # 【本站1月12日讯】: no agency named
        out = Dateline(bracketed.span("byline") if bracketed.group("byline") else (0, 0),
                       [] if own else [bracketed.span("source")])
        if bracketed.group("byline"):
            _read_byline(text, bracketed.start("byline"), bracketed.group("byline"), out, lex)
        return out
    if (paren := _OPENING_BYLINE.match(text)) and (opening := parse_trailer(paren.group(), lex)) is not None:
        return opening  # (县融媒体中心记者 何炎玉 报道)8月23日，…
    m = lex.dateline_re.match(text)
    if m is None or not (m.group("date") or m.group("byline") or text[:m.end()].rstrip().endswith(("讯", "消息"))):
        return None  # (…福州讯 4月28日, 今日竹山网消息 9月18日: 讯 or 消息 before a space ends one too)
    out = Dateline(m.span("byline") if m.group("byline") else (0, 0))
    titled = False  # 记者 张翼 本报北京1月13日电: a byline written before the dateline
    for part in _PARTS.finditer(m.group("source")):
        b, e = part.start() + m.start("source"), part.end() + m.start("source")
        named = titled and _NAME.fullmatch(part.group()) and not any(b <= pb < e for pb, _ in places)
        if part.group() in lex.byline_titles or named:
            titled = True
            (out.titles if part.group() in lex.byline_titles else out.persons).append((b, e))
            continue
        e = next((pb for pb, pe in places if pe == e and pb - b >= 2), e)  # 新华社|广州
        if (cut := max((_media_end(text, w, b, e), len(w)) for w in _MEDIA_ENDS))[0] >= 0:
            e = sum(cut)  # 长沙晚报|掌上
        media = cut[0] >= 0
        if (not media and any(pb == b and pe == e for pb, pe in places)) or text[b:e] in lex.own_papers or e - b < 2:
            continue
        out.agencies.append((b, e))
    if m.group("byline"):
        _read_byline(text, m.start("byline"), m.group("byline"), out, lex)
    return out


def _read_byline(text: str, start: int, byline: str, out: Dateline, lex: Lexicon) -> None:
    """Add the titles and names of the byline ``byline`` at ``start`` of ``text`` to ``out``."""
    pending, credited = 0, False  # names a role written after them may claim (记者 苏意伟/文 金献铭/摄)
    for offset, word in _byline_parts(byline, lex):
        b = offset + start
        at, opener = min(((k, t) for t in lex.byline_titles if (k := word.find(t)) >= 0), default=(-1, ""),
                         key=lambda hit: hit[0])
        if opener:  # 全媒体记者, 新华社记者X: the title is 记者, and the medium before it (道县融媒|记者) the
            # agency the reporter writes for, unless it only says what kind of reporter (全媒体)
            glued = bool(out.titles) and at <= 3 and word[0] in lex.surnames and _NAME.fullmatch(word, 0, at)
            if glued:  # 记者张四清 贾铁生|通讯员苏斌: the name of the title before, glued to the next title
                out.persons.append((b, b + at))
            elif at >= 2 and not word.startswith(_KINDS_OF_REPORTER) and not word.endswith(_ALL_MEDIA, 0, at):
                out.agencies.append((b, b + at))  # (云上谷城全媒体|记者: the dateline's agency's)
            b, word = b + at, word[at:]
            out.titles.append((b, b + len(opener)))
            b, word = b + len(opener), word[len(opener):]
            credited = False
        if _claim_role(text, b, word, out, pending) is not None:
            pending = 0
        elif word in lex.not_names:
            credited = True  # (… 编辑 陈聪): an editor, no reporter, nor who follows
        elif _NAME.fullmatch(word):
            for span in _glued_names(word, b, lex):
                (out.untitled if credited else out.persons).append(span)
                pending = 0 if credited else pending + 1


def _glued_names(word: str, b: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The names of a byline's word at ``b``: two names written with no space between, each opening with a surname
    (记者 杨玺潘丽: 杨玺 and 潘丽; 崔战雄王锋: 崔战雄 and 王锋, where only one place can open the second), else the
    word."""
    if word[0] not in lex.surnames or word[:2] in lex.surnames:
        return [(b, b + len(word))]
    cuts = [k for k in _NAME_CUTS.get(len(word), ()) if word[k] in lex.surnames]
    if len(cuts) != 1:
        return [(b, b + len(word))]
    return [(b, b + cuts[0]), (b + cuts[0], b + len(word))]


#: where the second of two glued names may open, by the length of both (2+2, 3+2 or 2+3, 3+3)
_NAME_CUTS = {4: (2,), 5: (2, 3), 6: (3,)}


#: what a reporter's title may open with (全媒体记者)
_ALL_MEDIA = "全媒体"
#: words before 记者 that say what kind of reporter or where, not for whom (全媒体记者, 特约记者, 驻江苏记者)
_KINDS_OF_REPORTER = (_ALL_MEDIA, "融媒体", "特约", "首席", "实习", "见习", "驻", "本报", "本台", "本网")
def _reported_by(text: str, lex: Lexicon) -> Dateline | None:
    """A byline that opens the text with no agency, ending in 报道 and a colon (通讯员 张莉 报道：3月18日，…)."""
    m = _REPORTED_BY.match(text)
    if m is None or m.group(1) not in lex.byline_titles:
        return None
    names = [n for n in _PARTS.finditer(m.group(2)) if _NAME.fullmatch(n.group())]
    if not names:
        return None
    at = m.start(2)
    return Dateline(m.span(), [], [m.span(1)], [(at + n.start(), at + n.end()) for n in names])


def _media_end(text: str, word: str, b: int, e: int) -> int:
    """Where the last ``word`` of a media name's ending is in ``text[b:e]``, -1 if none; a 报 of 报道
    (中国报道) ends no paper's name."""
    at = text.rfind(word, b, e)
    while word == "报" and at >= 0 and text.startswith("报道", at):
        at = text.rfind(word, b, at)
    return at


#: the word closing a byline written without spaces ((记者李淑霞通讯员王胜军报道))
_REPORTED = "报道"
#: a dateline in square brackets and the byline after it, up to 报道 and a colon
#: (【香港商报网讯】记者陆绍龙、通讯员肖笛报道:)
_BRACKETED = re.compile(r"【(?P<source>[^【】\s]{2,20}?)(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:讯|电|消息)】"
                        r"(?:(?P<byline>[^，,。：:【】]{2,40}?)(?=报道[:：]))?")
#: a byline opening the text with no agency: a title, names apart by spaces, 报道 and a colon
_REPORTED_BY = re.compile(rf"([\u4e00-\u9fff]{{2,4}})\s+((?:[\u4e00-\u9fff·]{{2,6}}\s*){{1,4}}?){_REPORTED}[:：]")


def _byline_parts(byline: str, lex: Lexicon) -> list[tuple[int, str]]:
    """The parts of a byline with their offsets: what separators split, and a part holding several titles
    split before each title after its first ((记者李淑霞通讯员王胜军报道): 记者李淑霞, 通讯员王胜军; 全媒体记者X
    stays whole); a closing 报道 is no name."""
    if byline.endswith(_REPORTED):
        byline = byline[:-len(_REPORTED)]
    titles = re.compile("|".join(re.escape(t) for t in sorted(lex.byline_titles, key=len, reverse=True)))
    out = []
    for part in _PARTS.finditer(byline):
        cuts = [t.start() for t in titles.finditer(part.group())][1:]
        for b, e in zip([0, *cuts], [*cuts, len(part.group())], strict=True):
            out.append((part.start() + b, part.group()[b:e]))
    return out


#: a byline closing an article: a sentence that is nothing but a parenthesis
_TRAILER = re.compile(r"\s*[(（]([^()（）]{2,80})[)）]\s*")
#: a credit line of its own: a title, a colon and names apart by spaces (记者:武云卿 封健炜, 全媒体记者:关帅)
_CREDIT = re.compile(r"\s*([\u4e00-\u9fff]{2,8}[:：]\s*(?:[\u4e00-\u9fff·]{2,6}\s*){1,4}?)\s*")
#: a line of its own naming the paper and its reporters (北京青年报记者 熊颖琪, 闪电新闻记者 胡兴润 报道, 文/…)
_BYLINE_LINE = re.compile(r"\s*(?:文[/／])?((?:[\u4e00-\u9fff]{2,12}[/／])?[\u4e00-\u9fff]{2,12}?(?:记者|通讯员)"
                          r"(?:\s+[\u4e00-\u9fff·]{2,6}){1,4}(?:\s*报道)?)\s*")
#: roles written after a slash behind the names they are of (苏意伟/文 金献铭/摄 余胜 张军/摄像): the writer keeps the
#: title before the names, the others hold none
_SLASHES = ("/", "／")
_WRITER = "文"
_ROLES_AFTER = frozenset({_WRITER, "摄", "摄影", "摄像", "图"})


def _claim_role(text: str, b: int, word: str, out: Dateline, pending: int) -> int | None:
    """If ``word`` at ``b`` is a role written after a slash behind the names it is of (苏意伟/文 金献铭/摄), how
    many of the last ``pending`` persons it takes from the title before them (none for the writer, who keeps it,
    nor for a role after another role: 文/图; the others took pictures or film and hold no title); None if it is
    no such role."""
    if text[b - 1:b] not in _SLASHES or word not in _ROLES_AFTER:
        return None
    if word == _WRITER or not pending or out.persons[-1][1] != b - 1:
        return 0  # (记者 王龙祥 通讯员 黄永贵 李鑫 文/图: the writers' own pictures)
    out.untitled.extend(out.persons[-pending:])
    del out.persons[-pending:]
    return pending


#: a parenthesis opening an article, which may be its byline ((县融媒体中心记者 何炎玉 报道), (记者冯 艳 孙 敏))
_OPENING_BYLINE = re.compile(r"\s*[(（][^()（）]{2,80}[)）]")


def parse_trailer(text: str, lex: Lexicon) -> Dateline | None:
    """The byline closing an article ((黄冈广播电视台记者 汪继辉 刘新球 黄冈日报记者 汪秀玲 周伟)): each title
    after the agency it works for, the names after it; or a credit line of its own (记者:武云卿 封健炜); none unless
    it names a title and a person."""
    m = _TRAILER.fullmatch(text) or _CREDIT.fullmatch(text) or _BYLINE_LINE.fullmatch(text)
    if m is None:
        return None
    out, titled, credited = Dateline(m.span(1)), False, False
    pending = 0  # how many of out.persons a role written after them may still claim (苏意伟/文 金献铭/摄)
    for b, e, word in _trailer_words(text, m.start(1), m.end(1), lex):
        if (claimed := _claim_role(text, b, word, out, pending)) is not None:
            if claimed:
                titled, credited = False, True  # the names after a photographer's are no reporters' either
            pending = 0
            continue
        title = next((t for t in lex.byline_titles if word.endswith(t)), "")
        if title:
            agency = word[:-len(title)].removesuffix(_ALL_MEDIA)  # 云上谷城|全媒体|记者: 全媒体记者 is a 记者
            if len(agency) >= 2 and agency not in lex.own_papers:
                out.agencies.append((b, b + len(agency)))  # 黄冈日报|记者
            out.titles.append((e - len(title), e))
            titled = True
        elif word == _REPORTED:
            continue
        elif not titled and len(word) >= 3 and word.endswith(_MEDIA_ENDS) and word not in lex.own_papers:
            out.agencies.append((b, e))  # (三峡日报 记者裴姝婧): the paper, apart from its reporter's title
        elif word in lex.not_names:
            titled, credited = False, True  # (记者 付真卿 摄影 欧阳杰): the photographer is no reporter
        elif _NAME.fullmatch(word) and (titled or credited):  # (齐鲁晚报·…: no name before any title)
            names = _glued_names(word, b, lex) if e - b == len(word) else [(b, e)]  # (冯 艳: one name, spaced)
            (out.persons if titled else out.untitled).extend(names)
            pending = pending + len(names) if titled else 0
    return out if out.persons else None


def _trailer_words(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The words of a byline in ``text[start:end]`` with their spans: a title that opens a word stands apart
    from the name after it (记者|冯), and a two-character name set with a space between its characters, as
    bylines often are to line up with three-character names, is one word (冯 艳 → 冯艳)."""
    words: list[tuple[int, int, str]] = []
    for part in _PARTS.finditer(text, start, end):
        b, word = part.start(), part.group()
        opener = next((t for t in lex.byline_titles if word.startswith(t) and len(word) > len(t)), "")
        if opener and not any(word.endswith(t) for t in lex.byline_titles):
            words.append((b, b + len(opener), opener))
            b, word = b + len(opener), word[len(opener):]
        prev = words[-1] if words else None
        if prev is not None and len(word) == len(prev[2]) == 1 and not text[prev[1]:b].strip():
            words[-1] = (prev[0], b + 1, prev[2] + word)  # 冯 艳: one name
            continue
        words.append((b, b + len(word), word))
    return words
