"""Resolution: mentions and candidates of one article become entities and relations.

* one entity per (type, normalised canonical name); the canonical name is the
  fullest form the article gives, and short forms become aliases (总署 → 海关总署,
  动员会 → “不忘初心、牢记使命”主题教育动员会, 京 → 北京);
* generic references to a meeting (会议, 会上) are the article's own meeting;
* across documents the same type and canonical name is the same node
  (:meth:`KnowledgeGraph.merge`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from kg.extract.base import ArticleDoc, Candidate, Mention
from kg.extract.lexicon import Lexicon
from kg.extract.stages import Context, StageFn, stage
from kg.model import DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id
from kg.normalize import normalize_name

_PLACE_SUFFIXES = ("市", "省", "县", "区", "州")
#: a city's name, with its level or without (淄博, 绵阳市)
_CITY = re.compile(r"[\u4e00-\u9fff]{2,3}市?")
#: the part of a day or the hour written after a day (3月29日|凌晨5时, 10月26日|晚上7时许, 8月16日|晚)
_CLOCK = r"[0-9０-９一二三四五六七八九十]{1,3}时(?:[0-9０-９]{1,2}分)?"
_HOUR = re.compile(rf"(?:上午|下午|晚上|晚|凌晨|早上|中午|傍晚)(?:{_CLOCK})?|{_CLOCK}")
#: the rest of a group's name after the campaign it is named for (…|第十二巡回指导组, not …|主题教育领导小组)
_GROUP_REST = re.compile(r"(?:第[一二三四五六七八九十百0-9０-９]+)?[\u4e00-\u9fff]{0,2}?"
                         r"(?:指导组|督导组|巡视组|领导小组|工作组)")
#: a year, or an ordinal of a session or round, inside a meeting's name
_ORDINAL = re.compile(r"[0-9０-９]{4}年(?:度)?|第[0-9０-９一二三四五六七八九十百零〇]+[次轮届批期]")
#: a body's term and the session of it, written with no 第 (市委|十二届十次|全会)
_SESSION = re.compile(r"[0-9０-９一二三四五六七八九十百]+届(?:[0-9０-９一二三四五六七八九十百]+次)?")
#: the words of a company's legal form, which a short name leaves out (中建三局|集团有限公司)
_COMPANY = re.compile(r"集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团")
#: the term of a body written inside its name (县十七届人大常委会)
_TERM = re.compile(r"第?[一二三四五六七八九十百0-9０-９]+届")
#: a qualifier in parentheses inside a meeting's name, after normalisation: 常委会(扩大)会议
_QUALIFIER = re.compile(r"\(([^()]{1,4})\)")
#: a plenary session, which a short name writes as a bare 会议 (县委人才工作领导小组会议 for …第一次全体会议)
_PLENARY, _MEETING = "全体会议", "会议"
#: the word for work, which a meeting's name may leave out (…局长座谈会, …局长工作座谈会议)
_WORK = "工作"
#: a party congress's short name, and what it is short for (第八次党代会: …第八次党员代表大会, …第十四次代表大会)
_PARTY_CONGRESS = "党代会"
_CONGRESS = re.compile(r"党员代表大会|党代表大会|代表大会")
#: the quoted code an operation is named by ("国门利剑2024" in "国门利剑2024"联合专项行动), after normalisation
_CODE = re.compile(r'^"[^"]+"(?=.*行动$)')


def _short_for_event(short: str, full: str) -> bool:
    """Whether a meeting's or operation's name is short for a longer one: without its year or round
    (巡察工作动员部署会 for 第二轮巡察工作动员部署会; …会议 for …第一次全体会议), with a qualifier written bare
    (扩大会议 for 市纪委常委会(扩大)会议), one of the names a joint meeting joins with 暨, with or without its round
    (A for A暨B, 省委疫情防控专题会 for 省委第126次疫情防控专题会暨…会议), a 会 written for its 会议, with or
    without 工作 (…现场会 for …现场会议, 全市水利局长座谈会 for …局长工作座谈会议), a plenum without its term and
    session (市委全会 for 市委十二届十次全会), a party congress written 党代会, or an operation by its quoted code
    (“国门利剑2024”专项行动 for “国门利剑2024”联合专项行动)."""
    code = _CODE.match(short)
    if _PARTY_CONGRESS in short:
        full = _CONGRESS.sub(_PARTY_CONGRESS, full)  # 第八次党代会 for …第八次党员代表大会
    bare = _ORDINAL.sub("", short)
    plenary = bare.removesuffix(_MEETING) + _PLENARY if bare.endswith(_MEETING) else bare
    return _ORDINAL.sub("", full) in (bare, plenary) or _QUALIFIER.sub(r"\1", full).endswith(short) \
        or _SESSION.sub("", full) == short \
        or (short.endswith("会") and full.removesuffix("议").replace(_WORK, "") == short.replace(_WORK, "")) \
        or _ORDINAL.sub("", short) in _ORDINAL.sub("", full).split("暨") \
        or (code is not None and full.startswith(code.group()) and bool(_CODE.match(full)))


@stage("resolve", requires=("mentions", "refers", "candidates"), assigns=("graph",))
def resolve(ctx: Context) -> StageFn:
    resolver = Resolver(ctx.lexicon)

    def run(doc: ArticleDoc) -> None:
        doc.graph = resolver.resolve(doc)

    return run


class Resolver:
    """Builds one article's graph from its mentions and relation candidates."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def resolve(self, doc: ArticleDoc) -> KnowledgeGraph:
        article, mentions, candidates = doc.article, doc.all_mentions, doc.candidates
        ends = [m for c in candidates for m in (c.head, c.tail)]  # (宣传部 of 宣传部长: named by the relation alone)
        canon = self._canonical_names([*mentions, *ends], doc.refers, article.text)
        graph = KnowledgeGraph()
        graph.documents[article.id] = DocumentInfo(article.id, article.title, article.source, article.sha256,
                                                   len(article.text))
        counts: Counter[tuple[str, str]] = Counter()
        surfaces: dict[tuple[str, str], set[str]] = defaultdict(set)
        for m in mentions:
            key = canon.get((m.type, normalize_name(m.text)))
            if key is not None:
                counts[key] += 1
                surfaces[key].add(m.text)
            for type_, name in self._named_inside(m):
                key = canon.get((type_, normalize_name(name)), (type_, name))
                counts[key] += 1
                surfaces[key].add(name)
        for (type_, name), n in counts.items():
            aliases = sorted(s for s in surfaces[(type_, name)] if s != name)
            graph.add_entity(Entity(entity_id(type_, name), name, type_, aliases, [article.id], n))
        orgs_by_end = {m.end: m for m in mentions if m.type == "Organization"}
        best: dict[tuple[str, str, str], Relation] = {}
        for c in candidates:
            # a bare kind (大会) stands for the meeting it refers to where it is written, not wherever its word does
            head, tail = (self._node(m if m.source.named else doc.refers.get(m, m), canon) for m in (c.head, c.tail))
            if head is None or tail is None or head == tail:
                continue
            src, dst = entity_id(*head), entity_id(*tail)
            for key, name in ((head, c.head.text), (tail, c.tail.text)):
                if entity_id(*key) not in graph.entities:
                    graph.add_entity(Entity(entity_id(*key), key[1], key[0], [], [article.id], 1))
                elif name != key[1] and name not in graph.entities[entity_id(*key)].aliases:
                    graph.entities[entity_id(*key)].aliases.append(name)
            props = {}
            if c.type == "HOLDS_POSITION":
                org = self._organization_before(c, orgs_by_end, canon)
                if org:
                    props["organization"] = org
            rel = Relation(src, dst, c.type, c.sentence.text, article.id, c.sentence.start, c.sentence.end,
                           round(c.confidence, 3), props)
            k = (src, c.type, dst)
            if k not in best or best[k].confidence < rel.confidence:
                best[k] = rel
        graph.relations = sorted(self._one_post(list(best.values()), graph), key=lambda r: (r.start, r.type))
        self._drop_unattached(graph)
        return graph

    def _named_inside(self, m: Mention) -> list[tuple[str, str]]:
        """Names of their own inside a meeting's or a group's name: the campaign the lexicon names right before
        the kind of a meeting or a group (党史学习教育|座谈会, 省委党史学习教育|第十二巡回指导组; not a doctrine inside
        a longer campaign's name, 学习贯彻|习近平新时代中国特色社会主义思想|主题教育…), and the congress or plenum
        whose spirit a meeting studies (…学习贯彻|十八届六中全会|精神专题研讨班)."""
        if not m.source.named or m.type not in ("Event", "Organization"):
            return []
        out = [("Concept", m.text[b:e]) for b, e, type_ in self.lex.gazetteer.parse_longest(m.text)
               if type_ == "Concept" and e < len(m.text) and (m.text[e:] in self.lex.suffixes[m.type] or (
                   m.type == "Organization" and _GROUP_REST.fullmatch(m.text, e)))]
        return out + [("Event", hit.group()) for hit in self.lex.event_re.finditer(m.text)
                      if m.type == "Event" and m.text.startswith("精神", hit.end())]

    @staticmethod
    def _node(m: Mention, canon: dict[tuple[str, str], tuple[str, str]]) -> tuple[str, str] | None:
        """The entity a candidate's mention stands for; a named part of another mention that no
        mention of its own covers (深圳海关 in 深圳海关驻三门岛办事处) is its own entity."""
        return canon.get((m.type, normalize_name(m.text)), (m.type, m.text) if m.source.named else None)

    def _one_post(self, relations: list[Relation], graph: KnowledgeGraph) -> list[Relation]:
        """A bare title a person holds besides the committee's title that ends with it is that one post
        (市委书记陈敏尔 … 陈敏尔书记: no second title 书记)."""
        held: dict[str, set[str]] = defaultdict(set)
        for r in relations:
            if r.type == "HOLDS_POSITION":
                held[r.source].add(graph.entities[r.target].name)
        return [r for r in relations if r.type != "HOLDS_POSITION" or not any(
            c + graph.entities[r.target].name in held[r.source] for c in self.lex.committees)]

    @staticmethod
    def _drop_unattached(graph: KnowledgeGraph) -> None:
        """Positions count only when someone holds them; a quoted part of a longer slogan is not a concept."""
        held = {r.target for r in graph.relations if r.type == "HOLDS_POSITION"}
        linked = {x for r in graph.relations for x in (r.source, r.target)}
        concepts = [e.name for e in graph.entities.values() if e.type == "Concept"]
        for eid, e in list(graph.entities.items()):
            inner = e.name.strip("“”\"")
            part_of_slogan = e.type == "Concept" and e.name.startswith("“") and e.name.endswith("”") and any(
                inner in other and len(other) > len(e.name) for other in concepts)
            if (e.type == "Position" and eid not in held) or (part_of_slogan and eid not in linked):
                del graph.entities[eid]

    def _canonical_names(self, mentions: list[Mention], refers: dict[Mention, Mention],
                         text: str) -> dict[tuple[str, str], tuple[str, str]]:
        """Map (type, normalised surface) to (type, canonical name) for every mention worth a node;
        a generic mention (会议, 该案) maps to what it refers to."""
        names: dict[str, dict[str, str]] = defaultdict(dict)  # type -> key -> display
        after: dict[str, set[str]] = defaultdict(set)  # person key -> the characters right after its mentions
        for m in mentions:
            if m.source.named:
                names[m.type].setdefault(normalize_name(m.text), m.text)
                if m.type == "Person":
                    after[normalize_name(m.text)].add(text[m.end:m.end + 1])
        canon: dict[tuple[str, str], tuple[str, str]] = {}
        headline = text.split("\n", 1)[0]
        for type_, by_key in names.items():
            for key, display in by_key.items():
                canon[(type_, key)] = (type_, self._fullest(type_, key, display, by_key, after, headline))
        for abbr, full in self.lex.place_abbreviations.items():
            canon[("Location", normalize_name(abbr))] = ("Location", full)
        named, moved = dict(canon), {}
        for m, target in refers.items():
            key = (m.type, normalize_name(m.text))
            new = canon.get((target.type, normalize_name(target.text)), (target.type, target.text))
            if (old := named.get(key, new)) != new:
                moved[old] = new  # a named mention that refers to another: what was short for it follows it
            canon[key] = new
        return {key: moved.get(name, name) for key, name in canon.items()}

    def _fullest(self, type_: str, key: str, display: str, by_key: dict[str, str],
                 after: dict[str, set[str]], headline: str) -> str:
        """The longest name of the same type that this one abbreviates (a suffix, or a place without 市; an
        operation by its quoted code); a title is short for an organisation's title (局长 for 缉私局局长), never
        for another title. Of two names as long, the one the headline writes wins."""
        longer = [k for k in by_key if len(k) > len(key) and k.endswith(key)
                  and not (type_ == "Position" and by_key[k] in self.lex.positions)  # 主任 is not short for 副主任
                  and not (len(k) == len(key) + 1 and key.startswith(self.lex.levels))]  # 省委 is not 团省委
        if type_ == "Location":
            longer += [k for k in by_key if k in {key + s for s in _PLACE_SUFFIXES}]
            if len(key) == 1:  # 在|淄|召开: a city by its first character, written in full elsewhere (淄博)
                longer += [k for k in by_key if k.startswith(key) and _CITY.fullmatch(k)]
        if type_ == "Date":  # 10月26日 for 10月26日晚上7时: the day of the one time the article gives on it
            hours = [k for k in by_key if k.startswith(key) and _HOUR.fullmatch(k, len(key))]
            longer += hours if len(hours) == 1 else []
        if type_ == "Organization":  # 中宁公安局 for 中宁县公安局: the unit of a place written without its level;
            longer += [k for k in by_key if len(k) == len(key) + 1 and any(  # 县政府 for 郎溪县人民政府
                k[i] in _PLACE_SUFFIXES and k[:i] + k[i + 1:] == key for i in range(2, len(key)))]
            if key.endswith("政府") and not key.endswith("人民政府"):
                longer += [k for k in by_key if k.endswith(key[:-2] + "人民政府")]
            longer += [k for k in by_key if k == self.lex.short_names.get(key)]  # 最高检 for 最高人民检察院
            longer += [k for short, full in self.lex.short_unit_words.items() if key.endswith(short)
                       and (k := key[:-len(short)] + full) in by_key]  # 市医保局 for 市医疗保障局, 上海关 for 上海海关
            longer += [k for k in by_key if len(k) > len(key) and _TERM.sub("", k) == key]  # 县|十七届|人大常委会
            longer += [k for k in by_key if len(k) > len(key) and _COMPANY.sub("", k) == _COMPANY.sub("", key)]
            # 中建三局 for 中建三局集团有限公司, 中铁五局集团华南区域总部 for 中铁五局集团有限公司华南区域总部
        if type_ == "Event":  # (and 全国两会 for 全国"两会": the quotes the article gives it elsewhere)
            longer += [k for k in by_key if len(k) > len(key) and (_short_for_event(key, k)
                                                                   or k.replace('"', "") == key)]
        if type_ == "Person":  # a name NER cut short: 袁宝|成 for 袁宝成 (but 王伟|出席 is not 王伟中); the
            longer = [k for k in by_key if len(k) == len(key) + 1 and k.startswith(key) and len(key) >= 2
                      and k[-1] in after[key]] + [k for k in by_key if k.endswith("·" + key)]  # 乌帕·|玛甘舒拉
        if not longer:
            return display
        target = max(longer, key=lambda k: (len(k), k in headline))  # 市红十字会: the headline's, of two
        return self._fullest(type_, target, by_key[target], by_key, after, headline)

    @staticmethod
    def _organization_before(c: Candidate, orgs_by_end: dict[int, Mention], canon) -> str | None:
        """The organization written right before a position (海关总署|党委书记)."""
        org = orgs_by_end.get(c.tail.start)
        if org is None:
            return None
        return canon.get((org.type, normalize_name(org.text)), (org.type, org.text))[1]
