"""Finding HanLP models on disk, and failing fast with exact instructions when they are missing."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.nlp import DEFAULT_ENGINE, EngineError, get_engine
from kg.nlp.hanlp_models import DEFAULT_MODEL, reachable

MODEL_URL = "https://file.hankcs.com/hanlp/mtl/close_tok_pos_ner_srl_dep_sdp_con_electra_small_20210111_124159.zip"
TOKENIZER_URL = "https://file.hankcs.com/hanlp/transformers/electra_zh_small_20210706_125427.zip"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty HANLP_HOME, downloads forbidden."""
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    monkeypatch.setenv("KG_OFFLINE", "1")
    return tmp_path


def _fake_model(home: Path) -> Path:
    """The default model's folder as HanLP unpacks it (only the config is needed to find its tokenizer)."""
    folder = home / "mtl" / Path(MODEL_URL).stem
    folder.mkdir(parents=True)
    config = {"classpath": "hanlp.components.mtl.multi_task_learning.MultiTaskLearning",
              "encoder": {"transformer": "hfl/chinese-electra-180g-small-discriminator"}}
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder


def test_missing_default_model_names_every_file_and_where_it_goes(home: Path) -> None:
    with pytest.raises(EngineError) as err:
        get_engine("hanlp")
    text = str(err.value)
    assert DEFAULT_MODEL in text and "KG_OFFLINE" in text
    assert MODEL_URL in text and str(home / "mtl" / Path(MODEL_URL).stem) in text
    assert TOKENIZER_URL in text and str(home / "transformers" / Path(TOKENIZER_URL).stem) in text


def test_a_model_on_disk_without_its_tokenizer_asks_only_for_the_tokenizer(home: Path) -> None:
    _fake_model(home)
    with pytest.raises(EngineError) as err:
        get_engine(f"hanlp:{DEFAULT_MODEL}")
    assert TOKENIZER_URL in str(err.value) and MODEL_URL not in str(err.value)


def test_a_zip_saved_where_the_message_said_counts_as_present(home: Path) -> None:
    _fake_model(home)
    (home / "transformers").mkdir()
    (home / "transformers" / Path(TOKENIZER_URL).name).write_bytes(b"PK")
    from kg.nlp.hanlp_models import needed

    assert needed(None) == []


@pytest.mark.parametrize(
    ("spec", "problem"),
    [("NO_SUCH_MODEL_ZH", "neither a model directory nor a HanLP pretrained id"),
     ("{tmp}", "is not a HanLP model directory (no config.json)")],
)
def test_bad_model_specs_are_one_clear_line(home: Path, spec: str, problem: str) -> None:
    with pytest.raises(EngineError) as err:
        get_engine("hanlp:" + spec.format(tmp=home))
    assert problem in str(err.value) and "\n" not in str(err.value)


def test_reachable_is_true_only_for_a_listening_host() -> None:
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        port = listening.getsockname()[1]
        assert reachable(f"http://127.0.0.1:{port}/x.zip")
    assert not reachable(f"http://127.0.0.1:{port}/x.zip", timeout=1)


def test_kg_models_lists_engines_and_the_models_in_hanlp_home(home: Path) -> None:
    _fake_model(home)
    result = CliRunner().invoke(main, ["models"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    for engine in ("hanlp-ner", "lac", "hanlp", "hanlp-api"):
        assert f" {engine} " in result.output
    assert f" {DEFAULT_ENGINE} (default) " in result.output
    assert DEFAULT_MODEL in result.output  # named by its pretrained id
    assert str(home) in result.output
    assert "missing" in result.output  # the tokenizer is not there, so hanlp is not ready
