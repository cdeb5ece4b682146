"""The ``award`` rule: X荣获Y…奖 — the body whose award, honour or title someone received commended them
(中国海关第五次荣获联合国环境署(UNEP)亚洲环境执法奖, 大铲海关荣获全国总工会授予的…奖状)."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.trigger import clause_end, clause_start


@rule("award")
def award(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> Iterator[Candidate]:
    sent, lex = doc.sentences[i], rc.lexicon
    text, base = sent.text, sent.start
    named = sorted((m for m in doc.mentions[i] if m.source.named), key=lambda m: m.start)
    for hit in lex.award_re.finditer(text):
        giver = next((m for m in named if m.start - base == hit.end()), None)
        end = clause_end(text, hit.end())
        if giver is None or giver.type != "Organization" or not lex.honour_re.search(text, giver.end - base, end):
            continue  # the award must be named after who gives it
        start = clause_start(text, hit.start())
        receiver = next((m for m in reversed(named) if start <= m.start - base and m.end - base <= hit.start()
                         and m.type in ("Organization", "Person")), None)
        if receiver is not None:
            yield Candidate(giver, "COMMENDED", receiver, sent, 0.75, hit.group())
