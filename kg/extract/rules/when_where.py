"""The ``date`` and ``venue`` rules: when (OCCURRED_ON) and where (LOCATED_IN) an event happened.

* date: 会议12日在京召开 (a date right after the event), 12日，海关总署召开… (a date before the
  relation that names the event), 5月31日，在…举行的会议 (a date before an event introduced by a verb);
* venue: 在北京召开/举行/举办 → the event named before the place, or the event of the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.rules import RuleContext, rule

#: relations whose tail is the sentence's event
EVENT_RELATIONS = ("HELD", "CHAIRED", "ATTENDED", "SPOKE_AT")


def _events(doc: ArticleDoc, i: int, found: list[Candidate]):
    named = [m for m in doc.mentions[i] if m.type == "Event" and m.source.named]
    related = [c.tail for c in found if c.type in EVENT_RELATIONS and c.tail.type == "Event"]
    return sorted(named, key=lambda m: m.start), related


@rule("date")
def dates(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent, lex = doc.sentences[i], rc.lexicon
    text, base = sent.text, sent.start
    named, events = _events(doc, i, found)
    for m in sorted(doc.mentions[i], key=lambda m: m.start):
        if m.type != "Date":
            continue
        after = text[m.end - base:m.end - base + 6]
        left_event = next((ev for ev in reversed(named) if ev.end == m.start), None)
        if left_event and (after.startswith("在") or after.startswith(lex.venue_verbs)):
            yield Candidate(left_event, "OCCURRED_ON", m, sent, 0.85, "")
        elif events and m.start < min(ev.start for ev in events):
            yield Candidate(events[0], "OCCURRED_ON", m, sent, 0.7, "")
        elif ev := next((n for n in named if n.start > m.end and
                         text[:n.start - base].endswith(lex.event_introducers)), None):
            yield Candidate(ev, "OCCURRED_ON", m, sent, 0.7, "")
        else:
            continue
        break  # one date per sentence: the first that a pattern ties to an event


@rule("venue")
def venues(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent, lex = doc.sentences[i], rc.lexicon
    text, base = sent.text, sent.start
    named, events = _events(doc, i, found)
    for m in doc.mentions[i]:
        if m.type != "Location" or text[m.start - base - 1:m.start - base] != "在":
            continue
        if not text[m.end - base:].startswith(lex.venue_verbs):
            continue
        head = next((ev for ev in reversed(named) if ev.end <= m.start), None) or (events[0] if events else None)
        if head is not None:
            yield Candidate(head, "LOCATED_IN", m, sent, 0.8, "在")
