"""Mentions in a sentence: NER mapped to schema types, gazetteer hits, and patterns.

Patterns cover what NER models lack: quoted concepts (“四个意识”), cases
(“1.17”特大象牙走私案), dates, and names built by a suffix (…动员会, …领导小组, …主题教育)
whose left edge is found by walking back over name-like tokens.
"""

from __future__ import annotations

import re

from kg.extract.base import Mention, Sentence
from kg.extract.lexicon import Lexicon

_QUOTED = re.compile(r"“[^“”\n]{1,40}”")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")
_HAS_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十〇零]")
_STOP_POS = frozenset({"w", "p", "u", "r", "d", "c", "xc", "f", "q", "ad", "a"})
_VERB_POS = frozenset({"v", "vd", "VV"})
_NOUN_POS = frozenset({"n", "nt", "nz", "ns", "nr", "vn", "an", "ORG", "LOC", "j", "NN", "NR", "NT"})
#: priority of a mention's source when two candidates of equal length overlap
_PRIORITY = {"lexicon": 4, "case": 4, "date": 4, "title": 3, "suffix": 3, "quote": 3, "ner": 2, "generic": 1,
             "other": 1}
_MAX_NAME = 40


class MentionFinder:
    """Finds typed mentions in annotated sentences using the schema's lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def find(self, sent: Sentence) -> list[Mention]:
        """All mentions of ``sent`` (article offsets), overlaps resolved longest-first."""
        text, base = sent.text, sent.start
        ends = {e - base: i for i, (_, e) in enumerate(sent.spans)}
        starts = {b - base: i for i, (b, _) in enumerate(sent.spans)}
        atoms = self._atoms(sent, starts, ends)
        cands = list(atoms)
        cands += self._suffix_names(sent, ends, atoms)
        cands += self._quoted(text)
        kept = self._resolve_overlaps(cands)
        return [Mention(b + base, e + base, t, ty, src) for b, e, t, ty, src in kept]

    # -- candidates (sentence offsets) -------------------------------------------------
    def _atoms(self, sent: Sentence, starts: dict[int, int], ends: dict[int, int]) -> list[tuple]:
        """NER spans, gazetteer hits, cases and dates: the units a suffix name may contain."""
        text, base, lex = sent.text, sent.start, self.lex
        out: list[tuple] = []
        for _, label, b, e in sent.ner:
            type_ = lex.ner_map.get(label)
            if type_ is None or b >= len(sent.spans) or e > len(sent.spans):
                continue
            cb, ce = (c - base for c in sent.token_chars(b, e))
            out.extend(self._clean_ner(text, cb, ce, type_))
        for b, e, type_ in lex.gazetteer.parse_longest(text):
            if b in starts or e in ends or type_ == "Position":
                out.append((b, e, text[b:e], type_, "lexicon"))
        for m in lex.case_re.finditer(text):
            out.append((m.start(), m.end(), m.group(), "Case", "case"))
        for m in lex.date_re.finditer(text):
            out.append((m.start(), m.end(), m.group(), "Date", "date"))
        for m in lex.event_re.finditer(text):
            out.append((m.start(), m.end(), m.group(), "Event", "lexicon"))
        for i, ch in enumerate(text):
            if ch in lex.place_abbreviations and i and text[i - 1] in "在赴到来抵离" and (i + 1) in ends:
                out.append((i, i + 1, ch, "Location", "lexicon"))
        out += self._titled_persons(text, out)
        return [a for a in out if a[2] not in lex.not_names]

    def _titled_persons(self, text: str, atoms: list[tuple]) -> list[tuple]:
        """Names next to a title: 署长于广洲、… and 袁宝成市长 (surname + one or two characters)."""
        lex, out = self.lex, []
        for b, e, _, type_, _ in atoms:
            if type_ != "Position":
                continue
            for n in (3, 2):  # after the title
                name = text[e:e + n]
                if self._is_name(name) and text[e + n:].startswith(lex.name_followers):
                    out.append((e, e + n, name, "Person", "title"))
                    break
            for n in (3, 2):  # before the title
                name = text[max(0, b - n):b]
                if len(name) == n and self._is_name(name) and (b - n == 0 or text[b - n - 1] in "、，,。；：（( "):
                    out.append((b - n, b, name, "Person", "title"))
                    break
        return out

    def _is_name(self, name: str) -> bool:
        return bool(_CJK_NAME.match(name)) and (name[:1] in self.lex.surnames or name[:2] in self.lex.surnames) \
            and not any(w in name for w in self.lex.breakers if len(w) > 1)

    def _clean_ner(self, text: str, b: int, e: int, type_: str) -> list[tuple]:
        """An NER span, without honorifics or titles glued to a name; dates must look like dates."""
        span = text[b:e]
        if type_ == "Person":
            for word in (*self.lex.honorifics, *sorted(self.lex.positions, key=len, reverse=True)):
                if span.endswith(word) and len(span) > len(word) + 1:
                    span, e = span[: -len(word)], e - len(word)
                    break
            return [(b, e, span, type_, "ner")] if _CJK_NAME.match(span) else []
        if type_ == "Date" and not _HAS_DIGIT.search(span):
            return []
        if type_ == "Location" and len(span) == 1:
            return []
        return [(b, e, span, type_, "ner")]

    def _suffix_names(self, sent: Sentence, ends: dict[int, int], atoms: list[tuple]) -> list[tuple]:
        """Names ending in a type suffix (…会议, …领导小组, …主题教育), extended left over name-like units."""
        text, lex = sent.text, self.lex
        atom_end = {}
        for a in atoms:
            if a[1] - a[0] > atom_end.get(a[1], (0, 0))[1] - atom_end.get(a[1], (0, 0))[0]:
                atom_end[a[1]] = a
        out = []
        for type_, suffixes in lex.suffixes.items():
            for suffix in suffixes:
                for m in re.finditer(re.escape(suffix), text):
                    e = m.end()
                    if e not in ends or (len(suffix) == 1 and not self._noun_at(sent, ends[e])):
                        continue
                    b = self._extend_left(sent, m.start(), ends, atom_end, type_)
                    if suffix in lex.place_bound and b < m.start() and not self._places_only(text, b, m.start(), atoms):
                        b = m.start()
                    name = text[b:e]
                    if lex.is_generic(type_, name) or len(name) < 2:
                        other = type_ == "Event" and text[b - 1:b] == "的"
                        out.append((b, e, name, type_, "other" if other else "generic"))
                        continue
                    out.append((b, e, name, type_, "suffix"))
        for type_, suffixes in lex.quoted_suffixes.items():
            for m in _QUOTED.finditer(text):
                rest = text[m.end():]
                word = next((s for s in suffixes if rest.startswith(s)), None)
                if word:
                    out.append((m.start(), m.end() + len(word), m.group() + word, type_, "quote"))
        return out

    @staticmethod
    def _places_only(text: str, b: int, e: int, atoms: list[tuple]) -> bool:
        """Whether ``text[b:e]`` is made of places and bodies only (东莞市 | 黄埔)."""
        pos = b
        for ab, ae, _, type_, _ in sorted(atoms):
            if ab == pos and ae <= e and type_ in ("Location", "Organization"):
                pos = ae
        return pos == e

    @staticmethod
    def _noun_at(sent: Sentence, tok: int) -> bool:
        if not sent.pos:
            return True
        return sent.pos[tok] in _NOUN_POS or sent.pos[tok].startswith("n")

    def _extend_left(self, sent: Sentence, b: int, ends: dict[int, int], atom_end: dict, type_: str) -> int:
        """Walk left from ``b`` over tokens and atoms that can be part of a name."""
        text, lex, base = sent.text, self.lex, sent.start
        start, after_atom = b, False
        while b > 0 and start - b < _MAX_NAME:
            if text[b - 1] == "”":
                q = text.rfind("“", 0, b - 1)
                if q < 0 or b - q > lex.quoted_max + 2:
                    break
                b, after_atom = q, True
                continue
            atom = atom_end.get(b)
            if atom is not None:
                if atom[3] in ("Person", "Position", "Date", "Case"):
                    break
                if atom[3] == "Concept" and type_ != "Event" and text[b:start] not in ("", *lex.suffixes["Concept"]):
                    break
                b, after_atom = atom[0], True
                continue
            tok = ends.get(b)
            if tok is None:
                break
            word = sent.tokens[tok]
            pos = sent.pos[tok] if sent.pos else ""
            if word in lex.joiners and type_ == "Event" and b != start:
                b = sent.spans[tok][0] - base
                continue
            stop = word in lex.breakers or word in lex.not_names or pos in _STOP_POS
            if stop or not word.strip() or _ends_in_stop(word):
                break
            if type_ != "Event" and pos in _VERB_POS and (word not in lex.name_words or not after_atom):
                break  # a verb ends an organisation or concept name, unless 学习贯彻 before a named doctrine
            after_atom = word in lex.name_words and after_atom
            b = sent.spans[tok][0] - base
        return b if start - b <= _MAX_NAME else start

    def _quoted(self, text: str) -> list[tuple]:
        """Quoted short phrases: named concepts and slogans (“四个意识”)."""
        return [(m.start(), m.end(), m.group(), "Concept", "quote")
                for m in _QUOTED.finditer(text) if len(m.group()) <= self.lex.quoted_max + 2]

    @staticmethod
    def _resolve_overlaps(cands: list[tuple]) -> list[tuple]:
        cands.sort(key=lambda c: (c[3] != "Position" or c[4] != "lexicon", -(c[1] - c[0]),
                                  -_PRIORITY.get(c[4], 0), c[0]))
        taken: list[tuple] = []
        for c in cands:
            if all(c[1] <= t[0] or t[1] <= c[0] for t in taken):
                taken.append(c)
        taken.sort()
        return taken


def _ends_in_stop(word: str) -> bool:
    return word[-1] in "，。；：！？、,.;:!?（）()《》【】"
