"""Extraction and resolution on real articles and on sentences written for one rule each."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article, entity_id
from kg.pipeline import Pipeline

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_c7b28c63f9a93491.txt"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _article(body: str, title: str = "新闻") -> Article:
    return Article("t", title, f"{title}\n{body}", "test")


def _triples(graph) -> set[tuple[str, str, str]]:
    return {(graph.entities[r.source].name, r.type, graph.entities[r.target].name) for r in graph.relations}


def test_seed_article_end_to_end(pipeline: Pipeline) -> None:
    result = pipeline.run([SEED])
    assert result.failures == [] and result.articles == 1
    triples = _triples(result.graph)
    event = "“不忘初心、牢记使命”主题教育动员会"
    assert ("海关总署", "HELD", event) in triples
    assert ("海关总署", "COMMENDED", "“1.17”特大象牙走私案") in triples
    assert ("海关总署", "COMMENDED", "“7.5”象牙走私案") in triples
    assert ("王辉忠", "SPOKE_AT", event) in triples
    assert ("海关总署", "ESTABLISHED", "“不忘初心、牢记使命”主题教育领导小组") in triples
    assert ("习近平", "HOLDS_POSITION", "总书记") in triples


def test_every_relation_has_provenance(pipeline: Pipeline) -> None:
    graph = pipeline.run([SEED]).graph
    text = next(iter(graph.documents.values()))
    assert text.chars > 1000
    for rel in graph.relations:
        assert rel.evidence and rel.doc == "000_c7b28c63f9a93491"
        assert 0 <= rel.start < rel.end and 0 < rel.confidence <= 1
        assert rel.source in graph.entities and rel.target in graph.entities


def test_title_becomes_holds_position_and_short_forms_resolve(pipeline: Pipeline) -> None:
    body = "海关总署党委书记、署长倪岳峰主持召开海关总署党委扩大会议。总署要求各级海关做好工作。"
    g = pipeline.extract(_article(body))
    assert entity_id("Person", "倪岳峰") in g.entities
    assert ("倪岳峰", "HOLDS_POSITION", "署长") in _triples(g)
    assert ("倪岳峰", "HOLDS_POSITION", "党委书记") in _triples(g)
    assert ("倪岳峰", "CHAIRED", "海关总署党委扩大会议") in _triples(g)
    org = g.entities[entity_id("Organization", "海关总署")]
    assert "总署" in org.aliases and entity_id("Organization", "总署") not in g.entities
    held = next(r for r in g.relations if r.type == "HOLDS_POSITION" and g.entities[r.target].name == "党委书记")
    assert held.properties == {"organization": "海关总署"}


def test_generic_meeting_is_the_articles_own(pipeline: Pipeline) -> None:
    body = "王辉忠出席会议并讲话。会议要求，全国海关要立足实际。"
    g = pipeline.extract(_article(body, title="海关总署召开主题教育动员会"))
    triples = _triples(g)
    assert ("王辉忠", "ATTENDED", "主题教育动员会") in triples
    assert ("王辉忠", "SPOKE_AT", "主题教育动员会") in triples
    assert ("主题教育动员会", "REQUIRES", "全国海关") in triples
    assert entity_id("Event", "会议") not in g.entities


def test_listed_people_share_the_title_and_the_action(pipeline: Pipeline) -> None:
    g = pipeline.extract(_article("总署党委委员胡伟、王令浚、邹志武出席会议。", title="海关总署召开党委扩大会议"))
    triples = _triples(g)
    for name in ("胡伟", "王令浚", "邹志武"):
        assert (name, "HOLDS_POSITION", "党委委员") in triples
        assert (name, "ATTENDED", "党委扩大会议") in triples


def test_cross_document_identity_and_normalised_names(pipeline: Pipeline) -> None:
    a = pipeline.extract(Article("a", "甲", "甲\n海关总署侦破“1·17”特大象牙走私案。", "a"))
    b = pipeline.extract(Article("b", "乙", "乙\n海关总署表彰了侦破“1.17”特大象牙走私案的有功集体。", "b"))
    a.merge(b)
    cases = [e for e in a.entities.values() if e.type == "Case"]
    assert len(cases) == 1 and sorted(cases[0].docs) == ["a", "b"]
    orgs = [e for e in a.entities.values() if e.name == "海关总署"]
    assert len(orgs) == 1 and orgs[0].mentions >= 2
    assert ("海关总署", "CRACKED", cases[0].name) in _triples(a)


def test_dates_places_and_concepts(pipeline: Pipeline) -> None:
    g = pipeline.extract(_article("中央和国家机关干部队伍教育整顿工作推进会12日在京召开。会议强调，要增强“四个意识”。"))
    triples = _triples(g)
    event = "中央和国家机关干部队伍教育整顿工作推进会"
    assert (event, "OCCURRED_ON", "12日") in triples
    assert (event, "LOCATED_IN", "北京") in triples
    assert (event, "EMPHASIZES", "“四个意识”") in triples


def test_user_schema_extends_lexicon_and_triggers(tmp_path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("relation_types:\n  HELD:\n    triggers: [隆重召开]\n"
                     "gazetteer:\n  Organization: [东方红研究会]\n", encoding="utf-8")
    g = Pipeline(schema_files=[extra]).extract(_article("东方红研究会隆重召开年度大会。"))
    assert ("东方红研究会", "HELD", "年度大会") in _triples(g)


def test_hostile_text_is_just_text(pipeline: Pipeline) -> None:
    body = "<script>alert(1)</script>海关总署召开'}) DETACH DELETE n // 座谈会。海关总署召开“<b>x</b>”工作会议。"
    g = pipeline.extract(_article(body))
    assert g.relations, "the hostile article still yields relations"
    assert all(r.evidence in f"新闻\n{body}" for r in g.relations)
    names = {e.name for e in g.entities.values()}
    assert "海关总署" in names and any("<b>x</b>" in n for n in names), names


def test_analyse_shows_what_each_stage_assigned(pipeline: Pipeline) -> None:
    doc = pipeline.analyse(_article("海关总署召开党委扩大会议。会议强调，要增强“四个意识”。"))
    assert len(doc.sentences) == len(doc.mentions) == len(doc.voices) >= 2
    assert doc.own_event is not None and doc.own_event.text.endswith("党委扩大会议")
    assert any(c.type == "EMPHASIZES" for c in doc.candidates) and doc.graph is not None
