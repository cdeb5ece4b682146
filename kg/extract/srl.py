"""Relations from semantic roles: a predicate that is a schema trigger links its ARG0 to its ARG1.

For every predicate of ``sentence.srl`` whose text is (or contains) a trigger of a relation type, the
head is taken from the mentions in ARG0 and the tail from those in ARG1, each of a type the relation
allows. ``ARGM-TMP`` and ``ARGM-LOC`` give ``OCCURRED_ON`` and ``LOCATED_IN`` from a mention of the
frame's core arguments (an event, typically) to a date or place mention in the modifier. A sentence
without SRL falls back to its dependency tree: the ``nsubj``/``top`` and ``dobj`` subtrees of a trigger
word play ARG0 and ARG1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.extract.base import Candidate, Mention, Sentence
from kg.schema import RelationType, Schema

#: Modifier role -> relation it yields (from a core-argument mention to a mention in the modifier).
MODIFIERS = {"ARGM-TMP": "OCCURRED_ON", "ARGM-LOC": "LOCATED_IN"}
CORE = ("ARG0", "ARG1")
SUBJECT = {"nsubj", "top", "xsubj"}
OBJECT = {"dobj"}
#: Confidence of a relation read off a predicate frame, off a modifier, and off a dependency arc.
TRIGGER_CONFIDENCE, MODIFIER_CONFIDENCE, DEP_CONFIDENCE = 0.8, 0.7, 0.6

Frame = dict[str, tuple[int, int]]  # role -> character span (the first argument of each role)


def _triggered(predicate: str, schema: Schema) -> list[tuple[RelationType, str]]:
    """Relation types with a trigger equal to or inside ``predicate``, with that trigger."""
    found = []
    for rel in schema.relation_types.values():
        trigger = next((t for t in rel.triggers if t in predicate), None)
        if trigger:
            found.append((rel, trigger))
    return found


def _pick(mentions: Iterable[Mention], span: tuple[int, int] | None, types: Sequence[str]) -> Mention | None:
    """The mention of an allowed type in ``span`` that ends last (Chinese phrases are head-final)."""
    if span is None:
        return None
    fitting = [m for m in mentions if m.type in types and m.overlaps(*span)]
    return max(fitting, key=lambda m: (m.end, m.end - m.start), default=None)


def _relations(frame: Frame, predicate: str, sentence: Sentence, mentions: list[Mention], schema: Schema,
               confidence: float) -> list[Candidate]:
    out = []
    for rel, trigger in _triggered(predicate, schema):
        head = _pick(mentions, frame.get("ARG0"), rel.head)
        tail = _pick(mentions, frame.get("ARG1"), rel.tail)
        if head and tail and head != tail:
            out.append(Candidate(head, rel.name, tail, sentence, confidence, trigger))
    for role, name in MODIFIERS.items():
        rel = schema.relation_types.get(name)
        if rel is None or role not in frame:
            continue
        tail = _pick(mentions, frame[role], rel.tail)
        heads = (_pick(mentions, frame.get(core), (kind,)) for kind in rel.head for core in CORE)
        head = next((h for h in heads if h), None)
        if head and tail:
            out.append(Candidate(head, name, tail, sentence, MODIFIER_CONFIDENCE, predicate))
    return out


def _srl_frames(sentence: Sentence) -> Iterable[tuple[str, Frame]]:
    for arguments in sentence.srl:
        frame: Frame = {}
        predicate = ""
        for text, role, begin, end in arguments:
            if role == "PRED":
                predicate = text
            else:
                frame.setdefault(role, sentence.token_chars(begin, end))
        if predicate:
            yield predicate, frame


def _subtree(heads: Sequence[int], root: int) -> tuple[int, int]:
    """Token range ``[begin, end)`` covered by token ``root`` and its dependents (0-based)."""
    covered = {root}
    grew = True
    while grew:
        more = {i for i, h in enumerate(heads) if h - 1 in covered} - covered
        covered |= more
        grew = bool(more)
    return min(covered), max(covered) + 1


def _dep_frames(sentence: Sentence) -> Iterable[tuple[str, Frame]]:
    heads = [h for h, _ in sentence.dep]
    frames: dict[int, Frame] = {}
    for j, (head, rel) in enumerate(sentence.dep):
        role = "ARG0" if rel in SUBJECT else "ARG1" if rel in OBJECT else None
        if role and head:
            frames.setdefault(head - 1, {}).setdefault(role, sentence.token_chars(*_subtree(heads, j)))
    for i in sorted(frames):
        if len(frames[i]) == 2:
            yield sentence.tokens[i], frames[i]


def srl_relations(sentence: Sentence, mentions: list[Mention], schema: Schema) -> list[Candidate]:
    """Relation candidates from the sentence's SRL frames, or from its dependency arcs when it has no SRL."""
    frames, confidence = (
        (_srl_frames(sentence), TRIGGER_CONFIDENCE) if sentence.srl else (_dep_frames(sentence), DEP_CONFIDENCE)
    )
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    return [
        candidate
        for predicate, frame in frames
        for candidate in _relations(frame, predicate, sentence, inside, schema, confidence)
    ]
