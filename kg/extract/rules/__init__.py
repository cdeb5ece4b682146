"""Relation rules, one table keyed by rule name; ``schemas/schema.yaml`` says which rules find which relation.

A relation type lists its rules (``rules: [title]``; a type with triggers and no list uses
``trigger``). A rule is registered with :func:`rule` and called once per sentence with a
:class:`RuleContext` holding the relation types it serves, the :class:`ArticleDoc`, the sentence
index and the candidates earlier rules found in that sentence. Adding a relation type is a schema
entry plus, when no rule fits, one registered rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module

from kg.extract.base import ArticleDoc, Candidate
from kg.extract.lexicon import Lexicon
from kg.schema import RelationType, Schema


@dataclass(frozen=True)
class RuleContext:
    """What a rule may use; ``relations`` are the relation types the schema gives to this rule."""

    schema: Schema
    lexicon: Lexicon
    relations: dict[str, RelationType]


RuleFn = Callable[[RuleContext, ArticleDoc, int, list[Candidate]], Iterable[Candidate]]


@dataclass(frozen=True)
class RuleInfo:
    name: str
    fn: RuleFn
    #: a rule that serves every relation type (semantic roles), whatever the schema lists
    every_relation: bool = False


#: rule name -> registration, in the order rules run on a sentence
RULES: dict[str, RuleInfo] = {}
_MODULES = ("kg.extract.rules.titles", "kg.extract.rules.byline", "kg.extract.rules.trigger",
            "kg.extract.rules.operations", "kg.extract.rules.awards", "kg.extract.rules.attendees",
            "kg.extract.rules.voice", "kg.extract.rules.when_where", "kg.extract.rules.structure",
            "kg.extract.rules.roles")


def rule(name: str, *, every_relation: bool = False) -> Callable[[RuleFn], RuleFn]:
    """Register a relation rule under ``name``."""

    def register(fn: RuleFn) -> RuleFn:
        RULES[name] = RuleInfo(name, fn, every_relation)
        return fn

    return register


def load_rules() -> dict[str, RuleInfo]:
    """Every registered rule, after importing the modules of the default ones."""
    for module in _MODULES:
        import_module(module)
    return RULES
