"""Our HanLP NER model for real: HanLP's CRF bug and our fix, training, saving, loading, the engines, a graph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from kg.nlp import get_engine
from kg.nlp.bio import read_bio, to_full_width
from kg.nlp.hanlp_ner import CharBigramTagger, FastCRF, load_ner, train
from kg.nlp.ner_eval import Score, bio_spans

pytestmark = pytest.mark.hanlp

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_c7b28c63f9a93491.txt"

@pytest.fixture(scope="module")
def train_file() -> Path:
    """The first 200 sentences of MSRA train, shipped with the tests (tests/data/ner/README.md)."""
    return ROOT / "tests" / "data" / "ner" / "msra_train_200.bio"


@pytest.fixture(scope="module")
def tiny(train_file: Path, tmp_path_factory) -> Path:
    """A tiny model: 200 sentences, 5 short epochs, a few seconds of CPU."""
    torch.set_num_threads(1)
    out = tmp_path_factory.mktemp("tiny_model")
    train([train_file], out, dev_every=10, epochs=5, lr=0.02, batch_size=16, embed=32, bigram_embed=16,
          rnn_hidden=64)
    return out


def test_hanlps_own_crf_reads_batches_time_first(tmp_path) -> None:
    """The bug behind garbage ``crf=True`` models: HanLP's RNN model gives its CRF ``batch_first=None``."""
    from hanlp.components.taggers.rnn.rnntaggingmodel import RNNTaggingModel

    stock = RNNTaggingModel(8, None, 4, 3, crf=True).crf
    emissions, mask = torch.randn(2, 5, 3), torch.ones(2, 5, dtype=torch.bool)
    assert len(stock.decode(emissions, mask)) == 5  # five "sentences" of two tags: positions taken for sentences
    ours = CharBigramTagger(10, 10, 3, 4, 2, 4, 0.0).crf
    assert [len(path) for path in ours.decode(emissions, mask)] == [5, 5]


def test_fast_viterbi_equals_hanlps_per_item_viterbi() -> None:
    from hanlp.layers.crf.crf import CRF

    torch.manual_seed(0)
    fast, slow = FastCRF(7), CRF(7, batch_first=True)
    slow.load_state_dict(fast.state_dict())
    emissions = torch.randn(6, 11, 7)
    lengths = torch.tensor([11, 9, 5, 1, 11, 3])
    mask = torch.arange(11).expand(6, 11) < lengths.unsqueeze(1)
    assert fast.decode(emissions, mask) == slow.decode(emissions, mask)
    assert [len(p) for p in fast.decode(emissions, mask)] == lengths.tolist()


def test_training_writes_a_small_model_that_plain_hanlp_load_reads(tiny: Path) -> None:
    import hanlp

    assert sorted(p.name for p in tiny.iterdir()) == ["config.json", "model.pt", "vocabs.json"]
    assert json.loads((tiny / "config.json").read_text())["classpath"] == "kg.nlp.hanlp_ner.CharNER"
    model = hanlp.load(str(tiny))
    chars = list("新华社北京3月5日电，国务院总理李鹏会见了美国客人。")
    spans = model(chars)
    assert all(label in ("PER", "LOC", "ORG") and 0 <= b < e <= len(chars) and text == "".join(chars[b:e])
               for text, label, b, e in spans)


def test_the_fixed_crf_learns_its_training_sentences(tiny: Path, train_file: Path) -> None:
    """With HanLP's stock CRF this scores about zero (one-character garbage spans)."""
    model = load_ner(tiny)
    data = read_bio(train_file)
    score = Score()
    for spans, (_, tags) in zip(model([c for c, _ in data]), data, strict=True):
        score.add([(b, e, label) for _, label, b, e in spans], bio_spans(tags))
    precision, _, _ = score.prf()
    assert score.pred.total() >= 10 and precision >= 0.4


def test_the_export_script_turns_a_trained_directory_into_one_onnx_runtime_runs_alike(tiny: Path, tmp_path: Path,
                                                                                    train_file: Path) -> None:
    from kg.nlp.hanlp_ner import TorchNER
    from kg.nlp.hanlp_ner_onnx import OnnxNER

    out = tmp_path / "export"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "export_ner_onnx.py"), str(tiny), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["meta.json", "model.onnx", "vocabs.json"]
    texts = [*["".join(chars) for chars, _ in read_bio(train_file)][:150], "ABC中国123", "李"]
    assert OnnxNER(out).tags(texts) == TorchNER(load_ner(tiny)).tags(texts)
    doc = get_engine(f"hanlp-ner:{out}").annotate(["国务院总理李鹏在北京会见了美国客人。"])
    assert "".join(doc["tok/fine"][0]) == "国务院总理李鹏在北京会见了美国客人。"


def test_hanlp_engine_on_a_model_directory_gives_aligned_tokens_and_entities(tiny: Path) -> None:
    sentences = ["海关总署召开“不忘初心、牢记使命”主题教育动员会。", "", "王辉忠出席会议并讲话"]
    doc = get_engine(f"hanlp:{tiny}").annotate(sentences)
    assert len(doc["tok/fine"]) == 3 and doc["tok/fine"][1] == []
    for sentence, tokens, pos in zip(sentences, doc["tok/fine"], doc["pos/lac"], strict=True):
        assert "".join(tokens) == sentence and len(pos) == len(tokens)
    for key in ("ner/charner", "ner/lac"):
        for tokens, spans in zip(doc["tok/fine"], doc[key], strict=True):
            assert all(text == "".join(tokens[b:e]) for text, _, b, e in spans)


def test_a_graph_is_built_end_to_end_with_the_model_directory(tiny: Path) -> None:
    from kg.pipeline import Pipeline

    result = Pipeline(nlp=f"hanlp:{tiny}").run([SEED])
    assert result.failures == [] and result.articles == 1
    graph = result.graph
    names = {(e.type, e.name) for e in graph.entities.values()}
    assert ("Organization", "海关总署") in names  # in the lexicon: any working pipeline finds it
    assert any(r.type == "HELD" and graph.entities[r.source].name == "海关总署" for r in graph.relations)


def test_read_bio_names_the_file_and_line_of_a_bad_tag(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bio"
    bad.write_text("海\tB-ORG\n关\tI-ORG\n\n人\tB-PERSON\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.bio:4: expected one character, a tab"):
        read_bio(bad)


def test_bio_spans_and_full_width() -> None:
    assert bio_spans(["B-ORG", "I-ORG", "O", "B-PER", "B-PER", "I-LOC"]) == [
        (0, 2, "ORG"), (3, 4, "PER"), (4, 5, "PER"), (5, 6, "LOC")]
    assert "".join(map(to_full_width, "A1中 ")) == "Ａ１中 "
