"""The ``roles`` rule: relations read off semantic roles (HanLP's ``srl``, else ``dep``), for
every relation type, when the engine provides them (see :mod:`kg.extract.srl`)."""

from __future__ import annotations

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.rules import RuleContext, rule
from kg.extract.srl import srl_relations


@rule("roles", every_relation=True)
def roles(rc: RuleContext, doc: ArticleDoc, i: int, found: list[Candidate]) -> list[Candidate]:
    sent = doc.sentences[i]
    if not (sent.srl or sent.dep):
        return []
    return srl_relations(sent, sorted(doc.mentions[i], key=lambda m: m.start), rc.schema)
