"""The shipped NER model on ONNX Runtime (engine hanlp-ner): same tags as under torch, fresh export, clear errors."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from kg.nlp import EngineError, get_engine
from kg.nlp.bio import read_bio
from kg.nlp.crf import viterbi
from kg.nlp.hanlp_ner_onnx import SHIPPED, SOURCE, OnnxNER
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "ner" / "msra_train_200.bio"


def sentences() -> list[str]:
    """A few hundred sentences: the 200 of the NER sample and those of the example articles."""
    out = ["".join(chars) for chars, _ in read_bio(SAMPLE)]
    for path in sorted((ROOT / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[b:e] for b, e in split_sentences(text) if text[b:e].strip()]
    return out


@pytest.fixture(scope="module")
def onnx() -> OnnxNER:
    return OnnxNER()


def test_the_export_is_of_the_shipped_model_pt() -> None:
    """Retraining without re-exporting (python scripts/export_ner_onnx.py) fails here."""
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    assert meta["source_sha256"] == hashlib.sha256((SOURCE / "model.pt").read_bytes()).hexdigest()


@pytest.mark.hanlp
def test_onnx_gives_the_tags_of_the_model_under_torch(onnx: OnnxNER) -> None:
    import torch

    from kg.nlp.hanlp_ner import TorchNER, load_ner

    torch.set_num_threads(1)
    texts = sentences()
    assert len(texts) >= 400
    reference = TorchNER(load_ner(SOURCE)).tags(texts)
    ours = onnx.tags(texts)
    chars = sum(map(len, texts))
    same = sum(a == b for x, y in zip(ours, reference, strict=True) for a, b in zip(x, y, strict=True))
    assert [len(t) for t in ours] == [len(t) for t in reference]
    assert same / chars >= 0.999, f"{chars - same} of {chars} characters tagged differently"
    assert sum(x != y for x, y in zip(ours, reference, strict=True)) <= len(texts) // 200


@pytest.mark.hanlp
def test_the_model_under_torch_gives_the_same_graph_as_hanlp_ner() -> None:
    """``--nlp hanlp:kg/data/ner/charner`` (HanLP/PyTorch) and ``--nlp hanlp-ner`` are one model, one graph."""
    from kg.pipeline import Pipeline

    seed = ROOT / "examples" / "000_c7b28c63f9a93491.txt"
    graphs = []
    for spec in ("hanlp-ner", f"hanlp:{SOURCE}"):
        with Pipeline(nlp=spec) as pipeline:
            graphs.append(pipeline.run([seed]).graph)
    onnx_graph, torch_graph = graphs
    assert onnx_graph.entities == torch_graph.entities and onnx_graph.relations == torch_graph.relations
    assert any(e.type == "Person" for e in onnx_graph.entities.values())
    texts = sentences()[:150]
    onnx_doc, torch_doc = (get_engine(spec).annotate(texts) for spec in ("hanlp-ner", f"hanlp:{SOURCE}"))
    assert onnx_doc == torch_doc and sum(map(len, onnx_doc["ner/charner"])) > 50


def test_a_sentence_gets_the_same_tags_alone_and_in_any_batch(onnx: OnnxNER) -> None:
    texts = sentences()[:120]
    together = onnx.tags(texts)
    assert [onnx.tags([t])[0] for t in texts[::7]] == together[::7]
    assert onnx.tags(["", *texts[:3], ""]) == [[], *together[:3], []]
    assert sum(tag != "O" for tags in together for tag in tags) > 100  # it does find entities


def test_numpy_viterbi_with_start_and_end_scores_is_exact() -> None:
    """Brute force over every path of short sentences: the numpy decoder finds the best one."""
    rng = np.random.default_rng(0)
    tags, lengths = 3, np.array([4, 1, 3, 4])
    emissions = rng.normal(size=(4, 4, tags)).astype(np.float32)
    transitions, start, end = (rng.normal(size=s).astype(np.float32) for s in ((tags, tags), tags, tags))
    best = viterbi(emissions, lengths, transitions, start, end)
    for i, n in enumerate(lengths):
        def score(path: tuple[int, ...], i: int = i) -> float:
            total = start[path[0]] + end[path[-1]] + sum(emissions[i, t, p] for t, p in enumerate(path))
            return total + sum(transitions[a, b] for a, b in itertools.pairwise(path))
        paths = np.array(np.meshgrid(*[range(tags)] * n)).reshape(n, -1).T
        assert best[i] == list(max(map(tuple, paths), key=score))


def test_the_engine_puts_entities_on_lac_tokens_and_closes() -> None:
    engine = get_engine("hanlp-ner")
    doc = engine.annotate(["海关总署署长倪岳峰在北京主持会议。"])
    assert {(t, label) for t, label, _, _ in doc["ner/charner"][0]} >= {("海关总署", "ORG"), ("倪岳峰", "PER"),
                                                                      ("北京", "LOC")}
    engine.close()
    with pytest.raises(EngineError, match="closed"):
        engine.annotate(["海关总署署长倪岳峰在北京主持会议。"])


def test_whitespace_separates_names_and_is_never_inside_an_entity() -> None:
    """The corpora hold no whitespace; unmapped, the model read bylines as " 翁杰 " and "通讯员 " people."""
    sentences = ["记者 翁杰 许青青 通讯员 陈琳", "（记者\u3000兰锋\t周琳）"]
    doc = get_engine("hanlp-ner").annotate(sentences)
    people = [{text for text, label, _, _ in spans if label == "PER"} for spans in doc["ner/charner"]]
    assert people == [{"翁杰", "许青青", "陈琳"}, {"兰锋", "周琳"}]


@pytest.mark.parametrize("broken", ["missing", "garbage"])
def test_a_broken_export_is_one_line_naming_the_folder(tmp_path: Path, broken: str) -> None:
    for name in ("model.onnx", "vocabs.json", "meta.json"):
        if broken == "garbage" or name != "meta.json":
            (tmp_path / name).write_bytes(b"not a model")
    with pytest.raises(EngineError) as err:
        get_engine(f"hanlp-ner:{tmp_path}")
    assert str(tmp_path) in str(err.value) and "\n" not in str(err.value)
