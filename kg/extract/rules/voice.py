"""The ``voice`` rule: what a speaker stresses (EMPHASIZES a Concept named in the statement) and
requires (REQUIRES an Organization the statement tells to act: 要求，各级海关要…).

Who speaks, and from where in the sentence, is the discourse stage's :class:`Voice`.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.discourse import STATEMENT_BREAK
from kg.extract.rules import RuleContext, rule

#: what follows an organisation that is told to act (海关要…), within its clause
_TOLD = "要"


@rule("voice")
def voice(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    said = doc.voices[i] if i < len(doc.voices) else None
    if said is None:
        return
    sent, head = doc.sentences[i], said.speaker
    text, base = sent.text, sent.start
    conf = 0.7 if said.start else 0.5
    told = False
    for m in sorted(doc.mentions[i], key=lambda m: m.start):
        if m.start - base < said.start or not m.source.named or m == head:
            continue
        if "REQUIRES" in rc.relations and m.type == "Organization" and not told:
            clause = text[m.end - base:]
            clause = clause[:next((k for k, c in enumerate(clause) if c in STATEMENT_BREAK), len(clause))]
            if _TOLD in clause[:12]:
                told = True
                yield Candidate(head, "REQUIRES", m, sent, conf, said.word)
        elif "EMPHASIZES" in rc.relations and m.type == "Concept":
            yield Candidate(head, "EMPHASIZES", m, sent, conf, said.word)
