"""Where HanLP models live, whether they are present, and a fast, exact error when they are not.

HanLP downloads a pretrained model into ``HANLP_HOME`` (default ``~/.hanlp``) on first use, and the
tokenizer of the model's transformer beside it; without network it retries for a long time before
failing. :func:`require` decides in a few seconds: every file present, or downloadable now, or an
:class:`~kg.nlp.EngineError` saying which URL to save where. ``KG_OFFLINE=1`` never downloads.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

#: The default model of ``--nlp hanlp``.
DEFAULT_MODEL = "CLOSE_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_SMALL_ZH"
#: Transformer of HanLP's Chinese multi-task models, by the ending of their id (their config says the same).
TRANSFORMER_BY_ID = {
    "ELECTRA_SMALL_ZH": "hfl/chinese-electra-180g-small-discriminator",
    "ELECTRA_BASE_ZH": "hfl/chinese-electra-180g-base-discriminator",
    "ERNIE_GRAM_ZH": "ernie-gram",
}


@dataclass(frozen=True, slots=True)
class Needed:
    """A resource HanLP needs on disk: its local directory and where to download it from."""

    path: Path
    url: str

    def present(self) -> bool:
        unpacked = self.path.is_dir() and any(self.path.iterdir())
        return unpacked or self.path.with_name(self.path.name + ".zip").is_file()

    def advice(self) -> str:
        return f"download {self.url} and save it as {self.path}.zip (HanLP unzips it), or unzip it to {self.path}/"


def hanlp_home() -> Path:
    """``HANLP_HOME`` or ``~/.hanlp``, as HanLP itself resolves it."""
    return Path(os.environ.get("HANLP_HOME") or Path.home() / ".hanlp")


def pretrained() -> dict[str, str]:
    """HanLP's pretrained ids -> download URLs."""
    import hanlp.pretrained

    return dict(hanlp.pretrained.ALL)


def local_path(url: str) -> Path:
    """Where HanLP keeps (the unzipped form of) a download URL under ``HANLP_HOME``."""
    from hanlp.utils.io_util import path_from_url

    path = Path(path_from_url(url, str(hanlp_home())))
    return path.with_suffix("") if path.suffix == ".zip" else path


def _transformers(config: Any) -> Iterator[str]:
    """Every ``transformer`` named anywhere in a model's ``config.json``."""
    if isinstance(config, dict):
        for key, value in config.items():
            if key == "transformer" and isinstance(value, str):
                yield value
            else:
                yield from _transformers(value)
    elif isinstance(config, list):
        for value in config:
            yield from _transformers(value)


def _tokenizer(transformer: str) -> Needed | None:
    from hanlp.layers.transformers.resource import tokenizer_mirrors

    url = tokenizer_mirrors.get(transformer)
    if url:
        return Needed(local_path(url), url)
    if Path(transformer).is_dir():
        return None
    hub = Path(os.environ.get("HF_HOME") or Path.home() / ".cache" / "huggingface") / "hub"
    return Needed(hub / f"models--{transformer.replace('/', '--')}", f"https://huggingface.co/{transformer}")


def resolve(spec: str | None) -> tuple[str, Needed | None]:
    """``(identifier for hanlp.load, download needed or None for a local folder)`` of a model spec."""
    spec = spec or DEFAULT_MODEL
    path = Path(spec).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file() and not (path / "meta.json").is_file():
            raise _error(spec, f"{path} is not a HanLP model directory (no config.json)")
        return str(path), None
    url = pretrained().get(spec, spec)
    if urlparse(url).scheme not in ("http", "https"):
        raise _error(spec, f"neither a model directory nor a HanLP pretrained id (see: kg models); "
                           f"default: {DEFAULT_MODEL}")
    return url, Needed(local_path(url), url)


def needed(spec: str | None) -> list[Needed]:
    """Every download the model named by ``spec`` needs that is not on disk yet."""
    identifier, model = resolve(spec)
    folder = model.path if model else Path(identifier)
    config_file = folder / "config.json"
    if config_file.is_file():
        try:
            names = set(_transformers(json.loads(config_file.read_text(encoding="utf-8"))))
        except (OSError, ValueError) as exc:
            raise _error(spec or DEFAULT_MODEL, f"{config_file}: unreadable: {exc}") from exc
    else:
        names = {t for end, t in TRANSFORMER_BY_ID.items() if (spec or DEFAULT_MODEL).endswith(end)}
    wanted = [model] if model else []
    wanted += [t for t in map(_tokenizer, sorted(names)) if t]
    return [n for n in wanted if not n.present()]


def reachable(url: str, timeout: float = 3.0) -> bool:
    """Whether a TCP connection to the URL's host opens within ``timeout`` seconds."""
    parts = urlparse(url)
    try:
        with socket.create_connection((parts.hostname or "", parts.port or 443), timeout=timeout):
            return True
    except OSError:
        return False


def require(spec: str | None) -> str:
    """The identifier to ``hanlp.load``; raise at once when files are missing and cannot be downloaded.

    ``KG_OFFLINE=1`` forbids downloads altogether.
    """
    missing = needed(spec)
    never = os.environ.get("KG_OFFLINE", "") not in ("", "0")
    offline = [n for n in missing if never or not reachable(n.url)]
    if offline:
        steps = "\n".join(f"  {i}. {n.advice()}" for i, n in enumerate(offline, 1))
        why = "KG_OFFLINE forbids downloads" if never else "the download site is unreachable"
        raise _error(spec or DEFAULT_MODEL, f"not on this machine and {why}; "
                                            f"put these files in place (HANLP_HOME={hanlp_home()}):\n{steps}")
    return resolve(spec)[0]


def status() -> tuple[bool, str]:
    """Whether the default model is on disk (``kg models``)."""
    missing = needed(None)
    if missing:
        return False, f"{DEFAULT_MODEL}: missing " + ", ".join(str(n.path) for n in missing)
    return True, f"{DEFAULT_MODEL}: on disk"


def _error(spec: str, problem: str) -> Exception:
    from kg.nlp import EngineError

    return EngineError(f"HanLP model {spec}: {problem}")


def installed() -> list[tuple[str, Path]]:
    """``(name, folder)`` of every HanLP model unpacked under ``HANLP_HOME`` (pretrained id when known)."""
    home = hanlp_home()
    if not home.is_dir():
        return []
    ids = {local_path(url): name for name, url in pretrained().items()}
    found = []
    for config in sorted(home.rglob("config.json")):
        folder = config.parent
        try:
            meta = json.loads(config.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict) and "classpath" in meta:
            found.append((ids.get(folder, str(folder.relative_to(home))), folder))
    return found
