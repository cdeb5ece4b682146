"""Engine hanlp-ner: the shipped HanLP NER model on ONNX Runtime, its entities on LAC's tokens."""

from __future__ import annotations

from kg.nlp import get_engine
from kg.nlp.hanlp_ner_onnx import SHIPPED, SOURCE
from kg.nlp.on_lac import split_at, split_clauses, split_name_lists, to_token_spans

SENTENCES = [
    "国务院总理李鹏在北京会见了美国总统克林顿。",
    "",
    "治丧委员会委员：李鹏乔石李瑞环彭真朱镕基",
    "2019年5月31日，海关总署署长倪岳峰在上海出席会议。",
]


def test_tokens_are_cut_at_entity_boundaries_and_entities_get_their_pos() -> None:
    tokens, pos, spans = split_at(["国务院总理", "李鹏", "在"], ["n", "nr", "p"], [(0, 3, "ORG"), (5, 7, "PER")])
    assert tokens == ["国务院", "总理", "李鹏", "在"]
    assert pos == ["nt", "n", "nr", "p"]
    assert to_token_spans(spans, [(0, 3, "ORG"), (5, 7, "PER")], "国务院总理李鹏在") == [
        ("国务院", "ORG", 0, 1), ("李鹏", "PER", 2, 3)]


def test_a_run_of_names_is_cut_where_lac_sees_several_people() -> None:
    ours = [(0, 7, "PER"), (8, 10, "LOC"), (10, 13, "PER")]
    lac = [(0, 2, "PER"), (2, 4, "PER"), (4, 7, "PER"), (10, 12, "PER")]
    assert split_name_lists(ours, lac) == [(0, 2, "PER"), (2, 4, "PER"), (4, 7, "PER"), (8, 10, "LOC"), (10, 13, "PER")]
    assert split_name_lists([(0, 7, "ORG")], lac) == [(0, 7, "ORG")]  # only people are cut


def test_an_organisation_read_as_a_clause_is_cut_where_lac_sees_place_verb_organisation() -> None:
    tokens = [(0, 2, "LOC"), (2, 4, "v"), (4, 8, "ORG")]  # 北京 拜访 海关总署
    lac = [(0, 2, "LOC"), (4, 8, "ORG")]
    assert split_clauses([(0, 8, "ORG")], tokens, lac) == [(0, 2, "LOC"), (4, 8, "ORG")]
    assert split_clauses([(0, 8, "PER")], tokens, lac) == [(0, 8, "PER")]  # only organisations
    one_char_verb = [(0, 2, "LOC"), (2, 3, "v"), (3, 8, "n")]  # 西藏 乃 东县…: no
    assert split_clauses([(0, 8, "ORG")], one_char_verb, [(0, 2, "LOC"), (3, 8, "ORG")]) == [(0, 8, "ORG")]
    doc = get_engine("hanlp-ner").annotate(["徐建华书记一行到北京拜访海关总署。"])  # the model: 北京拜访海关总署
    found = {(text, label) for text, label, _, _ in doc["ner/charner"][0]}
    assert ("海关总署", "ORG") in found and "北京" in {text for text, _ in found}
    assert not any("拜访" in text for text, _ in found)


def test_the_shipped_model_finds_what_any_working_ner_model_finds() -> None:
    assert sorted(p.name for p in SOURCE.iterdir()) == ["config.json", "model.pt", "vocabs.json"]
    assert sorted(p.name for p in SHIPPED.iterdir()) == ["meta.json", "model.onnx", "vocabs.json"]
    assert sum(p.stat().st_size for d in (SOURCE, SHIPPED) for p in d.iterdir()) < 12 * 2**20
    engine = get_engine("hanlp-ner")
    doc = engine.annotate(SENTENCES)
    engine.close()
    for sentence, tokens in zip(SENTENCES, doc["tok/fine"], strict=True):
        assert "".join(tokens) == sentence
    found = [{(text, label) for text, label, _, _ in spans} for spans in doc["ner/charner"]]
    assert {("国务院", "ORG"), ("李鹏", "PER"), ("北京", "LOC"), ("克林顿", "PER")} <= found[0]
    assert found[1] == set()
    assert {("李鹏", "PER"), ("乔石", "PER"), ("李瑞环", "PER"), ("彭真", "PER"), ("朱镕基", "PER")} <= found[2]
    assert {("海关总署", "ORG"), ("倪岳峰", "PER"), ("上海", "LOC")} <= found[3]
    assert doc["ner/lac"][3][0][:2] == ("2019年5月31日", "TIME")  # dates come from LAC
    person = doc["tok/fine"][3].index("倪岳峰")
    assert doc["pos/lac"][3][person] == "nr"
