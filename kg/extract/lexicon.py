"""The schema's lexicon compiled for matching: tries, suffix tables, regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from hanlp_trie import Trie

from kg.schema import Schema


def _trie(entries: dict[str, str]) -> Trie:
    trie = Trie()
    for word, value in entries.items():
        trie[word] = value
    return trie


@dataclass(frozen=True)
class Lexicon:
    """Matching structures derived once from a :class:`Schema`."""

    ner_map: dict[str, str]
    gazetteer: Trie
    suffixes: dict[str, tuple[str, ...]]
    quoted_suffixes: dict[str, tuple[str, ...]]
    breakers: frozenset[str]
    joiners: frozenset[str]
    generic: dict[str, frozenset[str]]
    honorifics: tuple[str, ...]
    positions: frozenset[str]
    regions: frozenset[str]
    place_abbreviations: dict[str, str]
    short_names: dict[str, str]
    short_unit_words: dict[str, str]
    case_re: re.Pattern[str]
    place_case_re: re.Pattern[str]
    numbered_group_re: re.Pattern[str]
    collective_re: re.Pattern[str]
    organ_re: re.Pattern[str]
    date_re: re.Pattern[str]
    quoted_max: int
    speech_noun_markers: frozenset[str]
    meeting_voice: tuple[str, ...]
    triggers: Trie
    trigger_res: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    event_re: re.Pattern[str]
    observed_re: re.Pattern[str]
    not_names: frozenset[str]
    surnames: frozenset[str]
    name_followers: tuple[str, ...]
    name_words: frozenset[str]
    place_bound: frozenset[str]
    place_kinds: frozenset[str]
    school_units: frozenset[str]
    proper_bound: frozenset[str]
    unit_bound: frozenset[str]
    meeting_verbs: tuple[str, ...]
    meeting_bodies: tuple[str, ...]
    meeting_parts: tuple[str, ...]
    venue_verbs: tuple[str, ...]
    venue_prepositions: frozenset[str]
    naming_verbs: frozenset[str]
    award_re: re.Pattern[str]
    honour_re: re.Pattern[str]
    manner_re: re.Pattern[str]
    held_after_re: re.Pattern[str]
    event_introducers: tuple[str, ...]
    event_qualifiers: frozenset[str]
    place_list_ends: tuple[str, ...]
    voice_gaps: frozenset[str]
    object_verbs: frozenset[str]
    case_references: Trie
    unit_references: Trie
    co_agents: tuple[str, ...]
    adverbial_openers: tuple[str, ...]
    sentence_openers: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    dateline_re: re.Pattern[str]
    own_papers: frozenset[str]
    byline_titles: tuple[str, ...]
    subordinate_words: frozenset[str]
    superior_words: frozenset[str]
    stationed_words: tuple[str, ...]
    attendee_opener_re: re.Pattern[str]
    levels: tuple[str, ...]
    committees: tuple[str, ...]
    office_names: frozenset[str]
    event_subject_re: re.Pattern[str]
    subject_name_stops: frozenset[str]
    date_links: frozenset[str]
    posting_verbs: frozenset[str]
    pos_names: dict[str, str]
    referenced_after: tuple[str, ...]
    study_verbs: frozenset[str]
    directing_verbs: frozenset[str]
    hosted_suffixes: frozenset[str]
    hosted_re: re.Pattern[str]
    hosted_after_re: re.Pattern[str]
    leader_nouns: tuple[str, ...]
    people_nouns: tuple[str, ...]
    appointment_verbs: tuple[str, ...]
    appointment_links: tuple[str, ...]
    office_links: tuple[str, ...]
    arrival_verbs: tuple[str, ...]
    democratic_parties: tuple[str, ...]
    not_slogan_endings: tuple[str, ...]
    doctrine_endings: tuple[str, ...]
    not_slogan_openings: tuple[str, ...]
    crimes: tuple[str, ...]
    operation_frame_opens: tuple[str, ...]
    operation_frame_ends: tuple[str, ...]
    operation_verbs: tuple[str, ...]
    acting_suffixes: frozenset[str]
    attributive_units: frozenset[str]

    @classmethod
    def from_schema(cls, schema: Schema) -> Lexicon:
        lex = schema.lexicon
        gaz = {w: t for t, words in (lex.get("gazetteer") or {}).items() for w in words}
        titles = [w for w, t in gaz.items() if t == "Position"]
        for prefix in lex.get("title_prefixes") or ():  # 副 | 名誉 | 代理 … before any title: 副督察长, 名誉主席
            gaz.update((prefix + w, "Position") for w in titles if not w.startswith(prefix) and prefix + w not in gaz)
        for title in lex.get("level_titles") or ():  # 县|总河长, 市|第一总河长: a title a level may open
            gaz.update((level + title, "Position") for level in ("", *(lex.get("administrative_levels") or ())))
        for title in lex.get("committee_titles") or ():  # 区委|宣传部长, 市委|秘书长: a compound title, whole
            gaz.update((committee + title, "Position") for committee in lex.get("committees") or ())
        triggers: dict[str, list[str]] = {}
        for rel in schema.relation_types.values():
            for word in rel.triggers:
                triggers.setdefault(word, []).append(rel.name)
        trigger_words = {w for w in triggers if len(w) > 1}

        def by_length(words: list[str]) -> tuple[str, ...]:
            return tuple(sorted(set(words), key=len, reverse=True))

        date = lex.get("date_pattern", r"(?!)")
        manner = lex.get("manner_pattern", r"(?!)")
        date_links = list(lex.get("date_links") or ("",))

        return cls(
            ner_map=dict(lex.get("ner_map") or {}),
            gazetteer=_trie(gaz),
            suffixes={t: by_length(ws) for t, ws in (lex.get("suffixes") or {}).items()},
            quoted_suffixes={t: by_length(ws) for t, ws in (lex.get("quoted_suffixes") or {}).items()},
            breakers=(frozenset(lex.get("name_breakers") or ()) | trigger_words | frozenset(lex.get("co_agents") or ())
                      | frozenset(lex.get("sentence_openers") or ()) | frozenset(lex.get("arrival_verbs") or ()))
            - frozenset(lex.get("name_words") or ()),
            joiners=frozenset(lex.get("name_joiners") or ()),
            generic={t: frozenset(ws) for t, ws in (lex.get("generic") or {}).items()},
            honorifics=by_length(list(lex.get("honorifics") or ())),
            positions=frozenset(w for w, t in gaz.items() if t == "Position"),
            regions=frozenset(w for w, t in gaz.items() if t == "Location"),
            place_abbreviations=dict(lex.get("place_abbreviations") or {}),
            short_names=dict(lex.get("short_names") or {}),
            short_unit_words=dict(lex.get("short_unit_words") or {}),
            case_re=re.compile(lex.get("case_pattern", r"(?!)")),
            place_case_re=re.compile(lex.get("place_case_pattern", r"(?!)")),
            numbered_group_re=re.compile(lex.get("numbered_group_pattern", r"(?!)")),
            collective_re=re.compile(lex.get("collective_pattern", r"(?!)")),
            organ_re=re.compile(lex.get("organ_pattern", r"(?!)")),
            date_re=re.compile(date),
            quoted_max=int(lex.get("quoted_concept_max_chars", 24)),
            speech_noun_markers=frozenset(lex.get("speech_noun_markers") or ()),
            meeting_voice=tuple(lex.get("meeting_voice") or ()),
            triggers=_trie({w: tuple(r) for w, r in triggers.items() if len(w) > 1}),
            trigger_res=tuple((re.compile(p), (rel.name,)) for rel in schema.relation_types.values()
                              for p in rel.trigger_patterns),
            event_re=re.compile(lex.get("event_pattern", r"(?!)")),
            observed_re=re.compile(lex.get("observed_pattern", r"(?!)")),
            not_names=frozenset(lex.get("not_names") or ()),
            surnames=frozenset(lex.get("surnames") or ()),
            name_followers=by_length(list(lex.get("name_followers") or ())),
            name_words=frozenset(lex.get("name_words") or ()),
            place_bound=frozenset(lex.get("place_bound_suffixes") or ()),
            place_kinds=frozenset(lex.get("place_kinds") or ()),
            school_units=frozenset(lex.get("school_units") or ()),
            proper_bound=frozenset(lex.get("proper_bound_suffixes") or ()),
            unit_bound=frozenset(lex.get("unit_bound_suffixes") or ()),
            meeting_verbs=by_length(list(lex.get("meeting_verbs") or ())),
            meeting_bodies=tuple(lex.get("meeting_bodies") or ()),
            meeting_parts=tuple(lex.get("meeting_parts") or ()),
            venue_verbs=by_length(list(lex.get("venue_verbs") or ())),
            venue_prepositions=frozenset(lex.get("venue_prepositions") or ()),
            naming_verbs=frozenset(lex.get("naming_verbs") or ()),
            award_re=re.compile(lex.get("award_pattern", r"(?!)")),
            honour_re=re.compile(lex.get("honour_pattern", r"(?!)")),
            manner_re=re.compile(manner),
            held_after_re=re.compile(
                rf"(?:{'|'.join(map(re.escape, by_length(date_links)))})(?:{date})?(?:在[^，,。；;、]{{1,12}}?)?"
                rf"(?:{manner})?(?:{'|'.join(map(re.escape, by_length(list(lex.get('held_after_verbs') or ()))))})"
                r"(?![\u4e00-\u9fff“\"《](?<!了))"),  # 人大二次会议举行|预备会议: the holder, not what is held
            event_introducers=by_length(list(lex.get("event_introducers") or ())),
            event_qualifiers=frozenset(lex.get("event_qualifiers") or ()),
            place_list_ends=by_length(list(lex.get("place_list_ends") or ())),
            voice_gaps=frozenset(lex.get("voice_gaps") or ()),
            object_verbs=frozenset(lex.get("object_verbs") or ()),
            case_references=_trie({w: "Case" for w in lex.get("case_references") or ()}),
            unit_references=_trie({w: "Organization" for w in lex.get("unit_references") or ()}),
            co_agents=by_length(list(lex.get("co_agents") or ())),
            adverbial_openers=by_length(list(lex.get("adverbial_openers") or ())),
            sentence_openers=by_length(list(lex.get("sentence_openers") or ())),
            speech_verbs=by_length(list(lex.get("speech_verbs") or ())),
            dateline_re=re.compile(lex.get("dateline_pattern", r"(?!)")),
            own_papers=frozenset(lex.get("own_papers") or ()),
            byline_titles=by_length(list(lex.get("byline_titles") or ())),
            subordinate_words=frozenset(lex.get("subordinate_words") or ()),
            superior_words=frozenset(lex.get("superior_words") or ()),
            stationed_words=by_length(list(lex.get("stationed_words") or ())),
            attendee_opener_re=re.compile(lex.get("attendee_opener_pattern", r"(?!)")),
            levels=by_length(list(lex.get("administrative_levels") or ())),
            committees=tuple(lex.get("committees") or ()),
            office_names=frozenset(lex.get("office_names") or ()),
            event_subject_re=re.compile(lex.get("event_subject_pattern", r"(?!)")),
            subject_name_stops=frozenset(lex.get("subject_name_stops") or ()),
            date_links=frozenset(date_links),
            posting_verbs=frozenset(lex.get("posting_verbs") or ()),
            pos_names=dict(lex.get("pos_names") or {}),
            referenced_after=by_length(list(lex.get("referenced_after") or ())),
            study_verbs=frozenset(lex.get("study_verbs") or ()),
            directing_verbs=frozenset(lex.get("directing_verbs") or ()),
            hosted_suffixes=frozenset(lex.get("hosted_suffixes") or ()),
            hosted_re=re.compile(lex.get("hosted_pattern", r"(?!)")),
            hosted_after_re=re.compile(lex.get("hosted_after_pattern", r"(?!)")),
            leader_nouns=by_length(list(lex.get("leader_nouns") or ())),
            people_nouns=by_length(list(lex.get("people_nouns") or ())),
            appointment_verbs=tuple(lex.get("appointment_verbs") or ()),
            appointment_links=by_length(list(lex.get("appointment_links") or ())),
            office_links=by_length(list(lex.get("office_links") or ())),
            arrival_verbs=by_length(list(lex.get("arrival_verbs") or ())),
            democratic_parties=by_length(list(lex.get("democratic_parties") or ())),
            not_slogan_endings=tuple(lex.get("not_slogan_endings") or ()),
            doctrine_endings=tuple(lex.get("doctrine_endings") or ()),
            not_slogan_openings=tuple(lex.get("not_slogan_openings") or ()),
            crimes=tuple(lex.get("crimes") or ()),
            operation_frame_opens=tuple(lex.get("operation_frame_opens") or ()),
            operation_frame_ends=tuple(lex.get("operation_frame_ends") or ()),
            operation_verbs=tuple(lex.get("operation_verbs") or ()),
            acting_suffixes=frozenset(lex.get("acting_suffixes") or ()),
            attributive_units=frozenset(lex.get("attributive_units") or ()),
        )

    def trigger_hits(self, text: str, starts: Iterable[int] | None = None,
                     ends: Iterable[int] | None = None) -> list[tuple[int, int, tuple[str, ...]]]:
        """Trigger words and pattern matches in ``text`` as ``(begin, end, relation names)``, left to right;
        a pattern match wins over the words inside it (作|政府工作|报告). With ``starts`` (where tokens begin),
        a pattern matches only there, so 工|作会议上的讲话 is no match; with ``ends`` too, a word is the longest
        that begins and ends at a token's edge (应邀|出席会议: not 应邀出席, which cuts a token)."""
        def matches(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
            if starts is None:
                return pattern.finditer(text)
            return filter(None, (pattern.match(text, b) for b in sorted(starts)))

        spans = [(m.start(), m.end(), rels) for pattern, rels in self.trigger_res for m in matches(pattern)]
        found = self.triggers.parse_longest(text)
        if starts is not None and ends is not None:
            edges, stops = set(starts), set(ends)
            if not all(b in edges and e in stops for b, e, _ in found):  # (rare: only then the slower search)
                found, at = [], 0
                for b, e, rels in sorted(self.triggers.parse(text), key=lambda h: (h[0], -h[1])):
                    if b >= at and b in edges and e in stops:
                        found.append((b, e, rels))
                        at = e
        words = [h for h in found if not any(b <= h[0] < e for b, e, _ in spans)]
        return sorted(spans + words)

    def is_generic(self, type_: str, text: str) -> bool:
        return text in self.generic.get(type_, ())

    def stationed_item(self, gap: str) -> bool:
        """Whether ``gap`` is a list's 、 and where the next item's title holder is stationed
        (署长A、|驻署|纪检组组长B)."""
        return gap[:1] == "、" and any(gap.startswith(w, 1) and len(gap) - len(w) <= 3 for w in self.stationed_words)
