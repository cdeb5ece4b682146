"""The HanLP engine on a real multi-task model: a tiny one trained here, offline, in seconds.

HanLP's pretrained models cannot be downloaded on a machine without network, so the fixture trains a
``MultiTaskLearning`` model (tok, pos, ner, srl, dep, and a second tokenizer kg must not run) on four
annotated sentences over a tiny random BERT, saves it, and the tests load it through ``hanlp:<dir>``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from kg.extract.annotate import to_sentences
from kg.extract.base import Mention
from kg.extract.srl import srl_relations
from kg.nlp import get_engine
from kg.schema import load_schema

pytestmark = pytest.mark.hanlp

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_c7b28c63f9a93491.txt"
# (word, CTB POS, MSRA NER, head, dependency)
SENTENCES = [
    [("海关总署", "NR", "ORGANIZATION", 2, "nsubj"), ("召开", "VV", "O", 0, "root"), ("动员会", "NN", "O", 2, "dobj"),
     ("。", "PU", "O", 2, "punct")],
    [("王辉忠", "NR", "PERSON", 2, "nsubj"), ("出席", "VV", "O", 0, "root"), ("会议", "NN", "O", 2, "dobj"),
     ("。", "PU", "O", 2, "punct")],
    [("倪岳峰", "NR", "PERSON", 2, "nsubj"), ("主持", "VV", "O", 0, "root"), ("会议", "NN", "O", 2, "dobj"),
     ("。", "PU", "O", 2, "punct")],
    [("海关总署", "NR", "ORGANIZATION", 4, "nsubj"), ("在", "P", "O", 4, "prep"), ("北京", "NR", "LOCATION", 2, "pobj"),
     ("召开", "VV", "O", 0, "root"), ("会议", "NN", "O", 4, "dobj"), ("。", "PU", "O", 4, "punct")],
]
# CoNLL-12 style (predicate, begin, end inclusive, label) per sentence
SRL = [[(1, 0, 0, "ARG0"), (1, 1, 1, "V"), (1, 2, 2, "ARG1")]] * 3 + [
    [(3, 0, 0, "ARG0"), (3, 1, 2, "ARGM-LOC"), (3, 3, 3, "V"), (3, 4, 4, "ARG1")]]


def _write_data(folder: Path) -> dict[str, str]:
    folder.mkdir()
    words = [[w[0] for w in s] for s in SENTENCES]
    files = {
        "tok.txt": "\n".join(" ".join(s) for s in words) + "\n",
        "pos.tsv": "\n\n".join("\n".join(f"{w[0]}\t{w[1]}" for w in s) for s in SENTENCES) + "\n",
        "ner.tsv": "\n\n".join("\n".join(f"{w[0]}\t{'O' if w[2] == 'O' else 'S-' + w[2]}" for w in s)
                               for s in SENTENCES) + "\n",
        "dep.conllx": "\n\n".join("\n".join(f"{i}\t{w[0]}\t{w[0]}\t{w[1]}\t{w[1]}\t_\t{w[3]}\t{w[4]}\t_\t_"
                                            for i, w in enumerate(s, 1)) for s in SENTENCES) + "\n\n",
        "srl.jsonlines": "\n".join(json.dumps({"sentences": [s], "srl": [[list(x) for x in r]]}, ensure_ascii=False)
                                   for s, r in zip(words, SRL, strict=True)) + "\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return {name: str(folder / name) for name in files}


def _tiny_bert(folder: Path) -> Path:
    """A one-layer random BERT whose vocabulary is the characters of the data."""
    from transformers import BertConfig, BertModel, BertTokenizer

    folder.mkdir()
    chars = sorted({c for s in SENTENCES for w in s for c in w[0]})
    (folder / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]) + "\n",
                                      encoding="utf-8")
    BertTokenizer(str(folder / "vocab.txt")).save_pretrained(str(folder))
    config = BertConfig(vocab_size=5 + len(chars), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128)
    torch.manual_seed(0)  # the same random encoder every run, so the trained model is the same too
    BertModel(config).save_pretrained(str(folder))
    return folder


@pytest.fixture(scope="module")
def mtl_dir(tmp_path_factory) -> Path:
    from hanlp.common.dataset import SortingSamplerBuilder
    from hanlp.components.mtl.multi_task_learning import MultiTaskLearning
    from hanlp.components.mtl.tasks.dep import BiaffineDependencyParsing
    from hanlp.components.mtl.tasks.ner.tag_ner import TaggingNamedEntityRecognition
    from hanlp.components.mtl.tasks.pos import TransformerTagging
    from hanlp.components.mtl.tasks.srl.bio_srl import SpanBIOSemanticRoleLabeling
    from hanlp.components.mtl.tasks.tok.tag_tok import TaggingTokenization
    from hanlp.layers.embeddings.contextual_word_embedding import ContextualWordEmbedding

    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("mtl")
    data, bert = _write_data(root / "data"), _tiny_bert(root / "bert")

    def batches() -> SortingSamplerBuilder:
        return SortingSamplerBuilder(batch_size=4)

    def tok() -> TaggingTokenization:
        return TaggingTokenization(data["tok.txt"], data["tok.txt"], None, batches(), char_level=True,
                                   tagging_scheme="BMES", lr=1e-3)

    after_tok = {"dependencies": "tok/fine", "lr": 1e-3}
    tasks = {
        "tok/fine": tok(),
        "tok/coarse": tok(),
        "pos/ctb": TransformerTagging(data["pos.tsv"], data["pos.tsv"], None, batches(), char_level=True, **after_tok),
        "ner/msra": TaggingNamedEntityRecognition(data["ner.tsv"], data["ner.tsv"], None, batches(), char_level=True,
                                                  **after_tok),
        "srl": SpanBIOSemanticRoleLabeling(data["srl.jsonlines"], data["srl.jsonlines"], None, batches(), crf=True,
                                           **after_tok),
        "dep": BiaffineDependencyParsing(data["dep.conllx"], data["dep.conllx"], None, batches(), tree=True,
                                         proj=True, punct=True, **after_tok),
    }
    out = root / "model"
    with pytest.MonkeyPatch.context() as patch:
        import transformers.optimization

        # HanLP 2.1.5's MTL trainer calls transformers.optimization.AdamW, which transformers 5 removed.
        patch.setattr(transformers.optimization, "AdamW", torch.optim.AdamW, raising=False)
        MultiTaskLearning().fit(ContextualWordEmbedding("token", str(bert), average_subwords=True,
                                                        max_sequence_length=128),
                                tasks, str(out), 40, lr=1e-2, encoder_lr=1e-3, devices=-1, eval_trn=False, seed=1)
    return out


def test_only_the_tasks_kg_reads_are_requested(mtl_dir: Path) -> None:
    import hanlp

    from kg.nlp.hanlp_engine import tasks_of

    model = hanlp.load(str(mtl_dir))
    assert "tok/coarse" in model.tasks
    assert tasks_of(model) == ["tok/fine", "pos/ctb", "srl", "dep", "ner/msra"]


def test_the_engine_returns_every_task_aligned_per_sentence(mtl_dir: Path) -> None:
    sentences = ["海关总署召开动员会。", "", "王辉忠出席会议。", "海关总署在北京召开会议。"]
    doc = get_engine(f"hanlp:{mtl_dir}").annotate(sentences)
    assert set(doc) == {"tok/fine", "pos/ctb", "ner/msra", "srl", "dep"}
    assert all(doc[task][1] == [] for task in doc)  # the blank sentence stays in place, empty
    for sentence, tokens, pos, dep in zip(sentences, doc["tok/fine"], doc["pos/ctb"], doc["dep"], strict=True):
        assert "".join(tokens) == sentence and len(pos) == len(tokens) == len(dep)
    for tokens, frames in zip(doc["tok/fine"], doc["srl"], strict=True):
        for frame in frames:
            assert all(text == "".join(tokens[b:e]) for text, _, b, e in frame)
    # a model trained 40 epochs on these sentences gives them back
    assert doc["tok/fine"][0] == ["海关总署", "召开", "动员会", "。"]
    assert ("海关总署", "ORGANIZATION", 0, 1) in doc["ner/msra"][0]
    assert ("召开", "PRED", 1, 2) in doc["srl"][0][0]


def test_srl_of_the_model_becomes_a_relation(mtl_dir: Path) -> None:
    text = "海关总署召开动员会。"
    doc = get_engine(f"hanlp:{mtl_dir}").annotate([text])
    (sentence,) = to_sentences([text], [0], doc)
    mentions = [Mention(0, 4, "海关总署", "Organization"), Mention(6, 9, "动员会", "Event")]
    found = srl_relations(sentence, mentions, load_schema())
    assert [(c.head.text, c.type, c.tail.text) for c in found] == [("海关总署", "HELD", "动员会")]


def test_a_graph_is_built_with_the_multi_task_model(mtl_dir: Path) -> None:
    from kg.pipeline import Pipeline

    result = Pipeline(nlp=f"hanlp:{mtl_dir}").run([SEED])
    assert result.failures == [] and result.articles == 1
    names = {(e.type, e.name) for e in result.graph.entities.values()}
    assert ("Organization", "海关总署") in names
