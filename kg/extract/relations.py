"""Relations from trigger words, chosen inside the sentence by position and type constraints.

For each trigger (召开, 主持, 出席, 讲话, 表彰 …) the head is the nearest mention on the
left whose type the relation allows (with its coordinated list: 胡伟、王令浚…出席), and
the tail the nearest allowed mention on the right, or the article's own meeting when
the text refers to it (出席并讲话, 会议要求). Adjacency patterns give HOLDS_POSITION
(海关总署党委书记、署长倪岳峰; 习近平总书记), OCCURRED_ON and LOCATED_IN. When the engine
provides semantic roles (HanLP's ``srl``), those relations are added too.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import Candidate, Mention, Sentence
from kg.extract.lexicon import Lexicon
from kg.extract.srl import srl_relations
from kg.schema import RelationType, Schema

_CLAUSE_BREAK = "，,；;：:。！？!?"
_EVENT_RELATIONS = ("HELD", "CHAIRED", "ATTENDED", "SPOKE_AT")
_VOICE_TRIGGERS = {"强调": "EMPHASIZES", "要求": "REQUIRES", "提出要求": "REQUIRES"}
_VENUE_VERBS = ("召开", "举行", "举办")
_MEETING_VERBS = ("召开", "举行", "举办", "主持召开", "在", "出席")


class RelationFinder:
    """Finds relation candidates in a sentence from its mentions and the schema's triggers."""

    def __init__(self, schema: Schema, lexicon: Lexicon) -> None:
        self.schema = schema
        self.lex = lexicon

    def find(self, sent: Sentence, mentions: list[Mention], own_event: Mention | None,
             voice: str | None = None) -> list[Candidate]:
        """Candidates in ``sent``; ``voice`` is the meeting's voice inherited from the paragraph (强调/要求)."""
        ms = sorted(mentions, key=lambda m: m.start)
        out: list[Candidate] = []
        out += self._positions(sent, ms)
        triggered = list(self._triggers(sent, ms, own_event))
        out += triggered
        out += self._voice(sent, ms, own_event, voice)
        out += self._dates_and_places(sent, ms, triggered)
        if sent.srl or sent.dep:
            out += srl_relations(sent, ms, self.schema)
        return out

    # -- HOLDS_POSITION --------------------------------------------------------------------
    def _positions(self, sent: Sentence, ms: list[Mention]) -> Iterator[Candidate]:
        rel = "HOLDS_POSITION"
        text, base = sent.text, sent.start
        for i, m in enumerate(ms):
            if m.type != "Person":
                continue
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt and nxt.type == "Position" and nxt.start == m.end:
                yield Candidate(m, rel, nxt, sent, 0.95, "")
            chain = self._position_chain(text, base, ms, i)
            persons = [m]
            j = i + 1
            while chain and j < len(ms) and ms[j].type == "Person" and \
                    text[persons[-1].end - base:ms[j].start - base] in ("、", "和", "及"):
                persons.append(ms[j])
                j += 1
            if i > 0 and ms[i - 1].type == "Person" and text[ms[i - 1].end - base:m.start - base] == "、":
                continue  # a later person in a list: its chain was handled with the first
            for pos in chain:
                for p in persons:
                    yield Candidate(p, rel, pos, sent, 0.9, "")

    @staticmethod
    def _position_chain(text: str, base: int, ms: list[Mention], i: int) -> list[Mention]:
        """Positions written right before person ``ms[i]``: [Org]Pos、[Org]Pos Person."""
        chain: list[Mention] = []
        end = ms[i].start
        k = i - 1
        while k >= 0:
            m = ms[k]
            gap = text[m.end - base:end - base]
            if m.type == "Position" and (gap == "" or (gap == "、" and chain)):
                chain.append(m)
            elif m.type == "Organization" and gap == "" and chain:
                pass
            else:
                break
            end = m.start
            k -= 1
        return chain

    # -- trigger words -----------------------------------------------------------------------
    def _triggers(self, sent: Sentence, ms: list[Mention], own: Mention | None) -> Iterator[Candidate]:
        text, base = sent.text, sent.start
        tok_starts = {b - base for b, _ in sent.spans}
        hits = [h for h in self.lex.triggers.parse_longest(text) if h[0] in tok_starts]
        trigger_starts = [h[0] for h in hits]
        for b, e, rel_names in hits:
            word = text[b:e]
            for name in rel_names:
                rel = self.schema.relation_types[name]
                if name in ("REQUIRES", "EMPHASIZES", "HOLDS_POSITION", "LOCATED_IN"):
                    continue
                heads = self._heads(text, base, ms, b, rel, trigger_starts)
                if not heads:
                    continue
                tails = self._tails(sent, ms, b, e, rel, own, heads[0], word)
                conf = 0.8 if len(tails) else 0.0
                for head in heads:
                    for tail, c in tails:
                        if head is not tail and rel.allows(head.type, tail.type):
                            yield Candidate(head, name, tail, sent, min(conf, c), word)

    def _heads(self, text: str, base: int, ms: list[Mention], b: int, rel: RelationType,
               trigger_starts: list[int]) -> list[Mention]:
        """The subject left of the trigger in its clause (with its coordinated list), if ``rel`` allows it.

        The nearest person, organization or event is the subject; titles and dates are skipped.
        Another trigger in between ends the search unless joined by 并 (出席并讲话).
        """
        left = [m for m in ms if m.end - base <= b]
        listed = self._attendee_list(text, base, left, b, rel)
        if len(listed) > 1:
            return listed
        for idx in range(len(left) - 1, -1, -1):
            m = left[idx]
            between = text[m.end - base:b]
            if any(ch in between for ch in _CLAUSE_BREAK):
                return []
            if any(m.end - base <= t < b for t in trigger_starts) and not self._joined(between):
                return []
            skip = m.type in ("Position", "Date", "Location", "Concept", "Case") or m.source in ("generic", "other")
            if skip and not (m.type == "Event" and m.source == "generic" and "Event" in rel.head):
                continue  # titles, dates, places: not the subject
            if m.type in rel.tail and m.type not in rel.head:
                if text[m.end - base:m.end - base + 1] in ("上", "中"):
                    continue  # 在…会议上: where, not who
                return []  # the object comes first: 推进会12日在京召开
            if m.type not in rel.head:
                return []
            heads = [m]
            k = idx - 1
            while k >= 0:
                prev = left[k]
                gap = text[prev.end - base:heads[-1].start - base]
                if prev.type == m.type and gap in ("、", "和", "及", "与"):
                    heads.append(prev)
                elif not (prev.type in ("Position", "Organization") and gap in ("", "、")):
                    break
                k -= 1
            return heads
        return listed

    def _joined(self, between: str) -> bool:
        """Whether text between a subject and a trigger is only other triggers joined by 并."""
        rest = between
        for b, e, _ in sorted(self.lex.triggers.parse_longest(between), reverse=True):
            rest = rest[:b] + rest[e:]
        for word in self.lex.generic.get("Event", ()):
            rest = rest.replace(word, "")
        return rest.endswith("并") and len(rest) <= 3

    @staticmethod
    def _attendee_list(text: str, base: int, left: list[Mention], b: int, rel: RelationType) -> list[Mention]:
        """Who attended, listed before a sentence-final 参加/出席: every organization and person in the list."""
        if rel.name != "ATTENDED" or any(ch in text[b:] for ch in "，,；;") or len(text) - b > 8:
            return []
        if not any(ch in text[:b] for ch in "，,、"):
            return []
        before_position = {p.start for p in left if p.type == "Position"}
        return [m for m in left if m.type in rel.head and m.source not in ("generic", "other")
                and not (m.type == "Organization" and m.end in before_position)]

    def _tails(self, sent: Sentence, ms: list[Mention], b: int, e: int, rel: RelationType,
               own: Mention | None, head: Mention, word: str) -> list[tuple[Mention, float]]:
        text, base = sent.text, sent.start
        if rel.name == "SPOKE_AT":
            between = [m for m in ms if head.end <= m.start and m.end - base <= b and m.type == "Event"]
            if between:
                return [(between[-1], 0.85)]
            if any(text[:b].endswith(w) for w in self.lex.speech_noun_markers):
                return []
        right = []
        for m in ms:
            if m.start - base < e:
                continue
            gap = text[e:m.start - base]
            if any(ch in gap for ch in _CLAUSE_BREAK) and not right:
                break
            if right and text[right[-1][0].end - base:m.start - base] not in ("、", "和", "及", "与"):
                break
            if m.source == "other":
                break  # a meeting other than the article's, never named: no relation
            if m.type in rel.tail:
                right.append((m, 0.8))
            elif right or m.source != "generic":
                break  # the object is the first thing named after the trigger
        if right:
            return right
        rest = text[e:e + 2]
        other_meeting = any(m.source == "other" for m in ms)
        if own is not None and "Event" in rel.tail and not other_meeting and \
                (rest[:1] in ("并", "", "，", ",", "。", "中", "时") or rest == "会议"):
            return [(own, 0.6)]
        return []

    # -- the meeting's voice: 会议要求/强调 ------------------------------------------------------
    def _voice(self, sent: Sentence, ms: list[Mention], own: Mention | None,
               voice: str | None) -> Iterator[Candidate]:
        text, base = sent.text, sent.start
        start_at, head, conf = 0, own, 0.5
        local = [(b, e) for b, e, names in self.lex.triggers.parse_longest(text)
                 if text[b:e] in _VOICE_TRIGGERS]
        if local:
            b, e = local[0]
            lefts = [m for m in ms if m.end - base <= b and not any(c in text[m.end - base:b] for c in _CLAUSE_BREAK)]
            if lefts and lefts[-1].type in ("Organization", "Person", "Event"):
                head = own if lefts[-1].source == "generic" and lefts[-1].type == "Event" else lefts[-1]
                voice, start_at, conf = text[b:e], e, 0.7
        if head is None or voice is None:
            return
        kind = _VOICE_TRIGGERS.get(voice)
        for m in ms:
            if m.start - base < start_at:
                continue
            after = text[m.end - base:m.end - base + 2]
            if m.type == "Organization" and after.startswith("要") and m.source != "generic":
                yield Candidate(head, "REQUIRES", m, sent, conf, voice)
            elif kind == "EMPHASIZES" and m.type == "Concept" and m.source != "generic":
                yield Candidate(head, "EMPHASIZES", m, sent, conf, voice)

    # -- OCCURRED_ON and LOCATED_IN ------------------------------------------------------------
    def _dates_and_places(self, sent: Sentence, ms: list[Mention],
                          found: list[Candidate]) -> Iterator[Candidate]:
        text, base = sent.text, sent.start
        events = [c.tail for c in found if c.type in _EVENT_RELATIONS]
        named = [m for m in ms if m.type == "Event" and m.source != "generic"]
        for m in ms:
            if m.type == "Date":
                after = text[m.end - base:m.end - base + 6]
                left_event = next((ev for ev in reversed(named) if ev.end == m.start), None)
                if left_event and (after.startswith("在") or after.startswith(_VENUE_VERBS)):
                    yield Candidate(left_event, "OCCURRED_ON", m, sent, 0.85, "")
                elif events and m.start < min(ev.start for ev in events):
                    yield Candidate(events[0], "OCCURRED_ON", m, sent, 0.7, "")
                elif ev := next((n for n in named if n.start > m.end and
                                 text[:n.start - base].endswith(_MEETING_VERBS)), None):
                    yield Candidate(ev, "OCCURRED_ON", m, sent, 0.7, "")
                else:
                    continue
                break  # one date per sentence: the first that a pattern ties to an event
        for m in ms:
            if m.type != "Location" or text[m.start - base - 1:m.start - base] != "在":
                continue
            if text[m.end - base:m.end - base + 2] not in _VENUE_VERBS:
                continue
            head = next((ev for ev in reversed(named) if ev.end <= m.start), None) or (events[0] if events else None)
            if head is not None:
                yield Candidate(head, "LOCATED_IN", m, sent, 0.8, "在")
