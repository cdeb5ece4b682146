"""Scoring against gold files, as EVAL.md defines it, and the ``kg eval`` command."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import Gold, Score, score_document
from kg.model import Entity, KnowledgeGraph, Relation, entity_id

ROOT = Path(__file__).resolve().parent.parent


def _graph() -> KnowledgeGraph:
    g = KnowledgeGraph()
    for type_, name, aliases in [("Organization", "海关总署", ["总署"]), ("Event", "动员会", []),
                                 ("Case", '"1·17"特大象牙走私案', []), ("Person", "张三", [])]:
        g.add_entity(Entity(entity_id(type_, name), name, type_, aliases, ["d"], 1))
    g.relations.append(Relation(entity_id("Organization", "海关总署"), entity_id("Event", "动员会"), "HELD",
                                "海关总署召开动员会", "d", 0, 9, 0.9))
    return g


GOLD = Gold("d.txt", [
    {"name": "海关总署", "type": "Organization", "aliases": []},
    {"name": "“不忘初心”动员会", "type": "Event", "aliases": ["动员会"]},
    {"name": "“1.17”特大象牙走私案", "type": "Case", "aliases": []},
    {"name": "王辉忠", "type": "Person", "aliases": []},
], [
    {"head": "总署", "type": "HELD", "tail": "“不忘初心”动员会", "evidence": "…"},
    {"head": "海关总署", "type": "COMMENDED", "tail": "“1.17”特大象牙走私案", "evidence": "…"},
])


def test_names_and_aliases_match_after_normalisation() -> None:
    ents, rels = Score(), Score()
    score_document(_graph(), GOLD, ents, rels)
    assert (ents.tp["ALL"], ents.pred["ALL"], ents.gold["ALL"]) == (3, 4, 4)
    assert ents.prf("Case") == (1.0, 1.0, 1.0)
    assert ents.prf("Person") == (0.0, 0.0, 0.0)
    assert (rels.tp["ALL"], rels.pred["ALL"], rels.gold["ALL"]) == (1, 1, 2)
    p, r, f = rels.prf()
    assert (p, r) == (1.0, 0.5) and abs(f - 2 / 3) < 1e-9


def test_kg_eval_prints_a_table_and_writes_scores(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(ROOT / "examples" / "gold"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Entities" in result.output and "Relations" in result.output and "HOLDS_POSITION" in result.output
    scores = json.loads((tmp_path / "scores.json").read_text(encoding="utf-8"))
    assert set(scores["documents"]) == {p.name.replace(".gold.json", ".txt")
                                        for p in (ROOT / "examples" / "gold").glob("*.gold.json")}
    # a regression guard on all 21 bundled articles (dev and check numbers are in docs/QUALITY.md)
    assert scores["entities"]["ALL"]["f1"] >= 0.8
    assert scores["relations"]["ALL"]["f1"] >= 0.7


def test_kg_eval_scores_one_split_and_lists_the_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(ROOT / "examples" / "gold"), "--split", "check", "--errors",
                                       "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    splits = dict(line.split("\t") for line in (ROOT / "examples" / "SPLITS.tsv").read_text(
        encoding="utf-8").splitlines() if not line.startswith("#"))
    scores = json.loads((tmp_path / "scores.json").read_text(encoding="utf-8"))
    assert set(scores["documents"]) == {f for f, s in splits.items() if s == "check"}
    assert "missed" in result.output and "spurious" in result.output and "「" in result.output
    unknown = CliRunner().invoke(main, ["eval", str(ROOT / "examples" / "gold"), "--split", "nonsense"])
    assert unknown.exit_code != 0 and "nonsense" in unknown.output


def test_a_meeting_is_matched_by_its_own_name_before_a_prediction_of_its_alias() -> None:
    g = KnowledgeGraph()
    for name, aliases in [("开幕大会", []), ("歙县第十八届人民代表大会第一次会议", ["大会"])]:
        g.add_entity(Entity(entity_id("Event", name), name, "Event", aliases, ["d"], 1))
    meeting = {"name": "歙县第十八届人民代表大会第一次会议", "type": "Event", "aliases": ["大会", "开幕大会"]}
    gold = Gold("d.txt", [meeting], [])
    comparison = score_document(g, gold, Score(), Score())
    assert comparison.entity_tp == [("Event", "歙县第十八届人民代表大会第一次会议")]
    assert comparison.entity_spurious == [("Event", "开幕大会")]


def test_errors_are_what_the_scores_count() -> None:
    comparison = score_document(_graph(), GOLD, Score(), Score())
    assert comparison.entity_missed == [("Person", "王辉忠")]
    assert comparison.entity_spurious == [("Person", "张三")]
    assert comparison.relation_missed == [("COMMENDED", "海关总署", "“1.17”特大象牙走私案", "…")]
    assert comparison.relation_spurious == []


def test_kg_eval_reports_a_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code != 0 and "x.gold.json" in result.output
