"""Relations from HanLP's semantic roles (and from dependencies when there are none)."""

from __future__ import annotations

import pytest

from kg.extract.base import Mention, Sentence
from kg.extract.srl import srl_relations
from kg.schema import load_schema

# 5月31日，海关总署在北京召开“不忘初心、牢记使命”主题教育动员会，王辉忠出席会议并讲话
TOKENS = ["5月31日", "，", "海关总署", "在", "北京", "召开", "“不忘初心、牢记使命”主题教育动员会"]
START = 40  # the sentence starts at this article offset
EVENT = "“不忘初心、牢记使命”主题教育动员会"
TYPES = {"5月31日": "Date", "海关总署": "Organization", "北京": "Location", EVENT: "Event"}


def _sentence(srl=(), dep=()) -> Sentence:
    spans, at = [], START
    for token in TOKENS:
        spans.append((at, at + len(token)))
        at += len(token)
    return Sentence("".join(TOKENS), START, list(TOKENS), spans, srl=list(srl), dep=list(dep))


def _mentions(sentence: Sentence, types: dict[str, str] = TYPES) -> list[Mention]:
    out = []
    for text, type_ in types.items():
        at = sentence.text.index(text) + START
        out.append(Mention(at, at + len(text), text, type_))
    return out


def _triples(candidates) -> set[tuple[str, str, str]]:
    return {(c.head.text, c.type, c.tail.text) for c in candidates}


FRAME = [("5月31日", "ARGM-TMP", 0, 1), ("海关总署", "ARG0", 2, 3), ("在北京", "ARGM-LOC", 3, 5),
         ("召开", "PRED", 5, 6), (EVENT, "ARG1", 6, 7)]


@pytest.fixture(scope="module")
def schema():
    return load_schema()


def test_a_trigger_predicate_links_arg0_to_arg1_with_dates_and_places(schema) -> None:
    sentence = _sentence(srl=[FRAME])
    found = srl_relations(sentence, _mentions(sentence), schema)
    assert _triples(found) == {
        ("海关总署", "HELD", EVENT),
        (EVENT, "OCCURRED_ON", "5月31日"),
        (EVENT, "LOCATED_IN", "北京"),  # the event, the schema's first head type, before the organisation
    }
    held = next(c for c in found if c.type == "HELD")
    assert held.trigger == "召开" and held.sentence is sentence
    assert (held.head.start, held.tail.end) == (START + 6, START + len(sentence.text))


def test_types_the_relation_does_not_allow_give_nothing(schema) -> None:
    sentence = _sentence(srl=[FRAME])
    wrong = {**TYPES, "海关总署": "Person"}  # a person cannot HOLD a meeting (CHAIRED needs 主持)
    found = _triples(srl_relations(sentence, _mentions(sentence, wrong), schema))
    assert not any(rel == "HELD" for _, rel, _ in found)


def test_a_predicate_that_is_no_trigger_gives_only_modifier_relations(schema) -> None:
    frame = list(FRAME)
    frame[3] = ("参观", "PRED", 5, 6)
    sentence = _sentence(srl=[frame])
    found = _triples(srl_relations(sentence, _mentions(sentence), schema))
    assert ("海关总署", "HELD", EVENT) not in found
    assert (EVENT, "OCCURRED_ON", "5月31日") in found


def test_mentions_outside_the_sentence_are_ignored(schema) -> None:
    sentence = _sentence(srl=[FRAME])
    far = Mention(START + 500, START + 504, "海关总署", "Organization")
    found = srl_relations(sentence, [far, *_mentions(sentence, {EVENT: "Event"})], schema)
    assert not any(c.head == far for c in found)


def test_dependency_fallback_uses_subject_and_object_of_the_trigger(schema) -> None:
    dep = [(3, "tmod"), (6, "punct"), (6, "nsubj"), (6, "prep"), (4, "pobj"), (0, "root"), (6, "dobj")]
    sentence = _sentence(dep=dep)
    found = srl_relations(sentence, _mentions(sentence), schema)
    assert _triples(found) == {("海关总署", "HELD", EVENT)}
    assert found[0].confidence < srl_relations(_sentence(srl=[FRAME]), _mentions(sentence), schema)[0].confidence


def test_no_srl_and_no_dep_gives_nothing(schema) -> None:
    sentence = _sentence()
    assert srl_relations(sentence, _mentions(sentence), schema) == []
