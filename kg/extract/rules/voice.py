"""The ``voice`` rule: what a speaker or a meeting stresses (EMPHASIZES a Concept) and requires
(REQUIRES an Organization to act).

The speaker is the subject of a local 强调/要求 (X强调，…), or the article's own event when the
paragraph speaks with the meeting's voice (会议强调 … carried over the paragraph).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.trigger import CLAUSE_BREAK

#: trigger words of a voice -> the relation they give to a Concept said after them
VOICE_WORDS = {"强调": "EMPHASIZES", "要求": "REQUIRES", "提出要求": "REQUIRES"}
#: what follows an organisation that is required to act (海关要…)
_REQUIRED = ("要",)


@rule("voice")
def voice(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent, ms = doc.sentences[i], sorted(doc.mentions[i], key=lambda m: m.start)
    text, base = sent.text, sent.start
    start_at, head, conf, word = 0, doc.own_event, 0.5, doc.voices[i]
    local = [(b, e) for b, e, _ in rc.lexicon.triggers.parse_longest(text) if text[b:e] in VOICE_WORDS]
    if local:
        b, e = local[0]
        lefts = [m for m in ms if m.end - base <= b and not any(c in text[m.end - base:b] for c in CLAUSE_BREAK)]
        if lefts and lefts[-1].type in ("Organization", "Person", "Event"):
            subject = lefts[-1]
            head = doc.refers.get(subject, subject) if not subject.source.named else subject
            word, start_at, conf = text[b:e], e, 0.7
    if head is None or not head.source.named or word is None:
        return
    kind = VOICE_WORDS.get(word)
    for m in ms:
        if m.start - base < start_at or not m.source.named:
            continue
        after = text[m.end - base:m.end - base + 2]
        if "REQUIRES" in rc.relations and m.type == "Organization" and after.startswith(_REQUIRED):
            yield Candidate(head, "REQUIRES", m, sent, conf, word)
        elif kind == "EMPHASIZES" and "EMPHASIZES" in rc.relations and m.type == "Concept":
            yield Candidate(head, "EMPHASIZES", m, sent, conf, word)
