"""The ``relations`` stage: every sentence goes through the relation rules the schema names.

Each relation type lists its rules in ``schemas/schema.yaml`` (see :mod:`kg.extract.rules`); a
rule sees only the relation types given to it, so the table decides what each rule may yield.
Rules run in registration order on each sentence and see what earlier rules found there.
"""

from __future__ import annotations

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.lexicon import Lexicon
from kg.extract.rules import RuleContext, RuleInfo, load_rules
from kg.extract.stages import Context, StageFn, stage
from kg.schema import Schema


def rule_table(schema: Schema, lexicon: Lexicon) -> list[tuple[RuleInfo, RuleContext]]:
    """The rules the schema uses, in run order, each with the relation types it serves."""
    rules = load_rules()
    for rel in schema.relation_types.values():
        unknown = [r for r in rel.rules if r not in rules]
        if unknown:
            raise ValueError(f"relation {rel.name}: unknown rule(s) {', '.join(unknown)}; "
                             f"registered: {', '.join(rules)}")
    table = []
    for info in rules.values():
        served = {n: r for n, r in schema.relation_types.items() if info.every_relation or info.name in r.rules}
        if served:
            table.append((info, RuleContext(schema, lexicon, served)))
    return table


@stage("relations", requires=("sentences", "mentions", "own_event", "voices", "refers"), assigns=("candidates",))
def relations(ctx: Context) -> StageFn:
    table = rule_table(ctx.schema, ctx.lexicon)

    def run(doc: ArticleDoc) -> None:
        for i in range(len(doc.sentences)):
            found: list[Candidate] = []
            for info, rc in table:
                found += [c for c in info.fn(rc, doc, i, found) if c.type in rc.relations]
            doc.candidates += found

    return run
