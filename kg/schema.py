"""The schema: entity types, relation types and the domain lexicon, loaded from ``schemas/``.

Everything the extractor knows about the domain lives in YAML files; a user adds
types, triggers and lexicon entries with ``--schema FILE`` (merged on top).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml


def _schema_dir() -> Path:
    """``$KG_SCHEMA_DIR``, else the repository's ``schemas/``, else the copy installed as ``kg.schemas``."""
    if "KG_SCHEMA_DIR" in os.environ:
        return Path(os.environ["KG_SCHEMA_DIR"])
    repo = Path(__file__).resolve().parent.parent / "schemas"
    return repo if repo.is_dir() else Path(__file__).resolve().parent / "schemas"


SCHEMA_DIR = _schema_dir()
BASE_FILES = ("schema.yaml", "lexicon.yaml")


class SchemaError(ValueError):
    """A schema file is missing, unreadable or inconsistent."""


@dataclass(frozen=True, slots=True)
class EntityType:
    name: str
    zh: str
    en: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class RelationType:
    name: str
    zh: str
    en: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    triggers: tuple[str, ...] = ()
    description: str = ""
    #: regular expressions that act as triggers where no word list can (作…的报告)
    trigger_patterns: tuple[str, ...] = ()
    #: the extraction rules (registered in :mod:`kg.extract.rules`) that find this relation
    rules: tuple[str, ...] = ()

    def allows(self, head_type: str, tail_type: str) -> bool:
        """Whether a relation from ``head_type`` to ``tail_type`` is valid."""
        return head_type in self.head and tail_type in self.tail


@dataclass(frozen=True)
class Schema:
    """Entity and relation types plus the raw lexicon sections (see ``schemas/lexicon.yaml``)."""

    entity_types: dict[str, EntityType]
    relation_types: dict[str, RelationType]
    lexicon: dict[str, Any] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    def is_entity_type(self, name: str) -> bool:
        return name in self.entity_types

    def is_relation_type(self, name: str) -> bool:
        return name in self.relation_types


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``extra`` into a copy of ``base``: dicts merge, lists extend without duplicates."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SchemaError(f"{path}: cannot read schema file: {exc}") from exc
    if not isinstance(data, dict):
        raise SchemaError(f"{path}: a schema file must be a YAML mapping")
    return data


def _build(raw: dict[str, Any], sources: tuple[str, ...]) -> Schema:
    entity_types = {
        name: EntityType(name, spec.get("zh", name), spec.get("en", name), spec.get("description", ""))
        for name, spec in (raw.get("entity_types") or {}).items()
    }
    relation_types = {}
    for name, spec in (raw.get("relation_types") or {}).items():
        rel = RelationType(
            name,
            spec.get("zh", name),
            spec.get("en", name),
            tuple(spec.get("head", ())),
            tuple(spec.get("tail", ())),
            tuple(spec.get("triggers", ())),
            spec.get("description", ""),
            tuple(spec.get("trigger_patterns", ())),
            tuple(spec.get("rules", ["trigger"] if spec.get("triggers") or spec.get("trigger_patterns") else [])),
        )
        for pattern in rel.trigger_patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise SchemaError(f"relation {name}: bad trigger pattern {pattern!r}: {exc}") from exc
        unknown = [t for t in rel.head + rel.tail if t not in entity_types]
        if unknown:
            raise SchemaError(f"relation {name}: unknown entity type(s) {', '.join(unknown)}")
        if not name.isidentifier() or not name.isupper():
            raise SchemaError(f"relation {name}: relation types are UPPER_SNAKE_CASE identifiers")
        relation_types[name] = rel
    for name in entity_types:
        if not name.isidentifier():
            raise SchemaError(f"entity type {name!r}: entity types are identifiers")
    lexicon = {k: v for k, v in raw.items() if k not in ("entity_types", "relation_types", "version")}
    return Schema(entity_types, relation_types, lexicon, sources)


@cache
def _load_cached(extra: tuple[str, ...]) -> Schema:
    paths = [SCHEMA_DIR / name for name in BASE_FILES if (SCHEMA_DIR / name).exists()]
    paths += [Path(p) for p in extra]
    raw: dict[str, Any] = {}
    for path in paths:
        if not path.exists():
            raise SchemaError(f"{path}: schema file not found")
        raw = _merge(raw, _read(path))
    return _build(raw, tuple(str(p) for p in paths))


def load_schema(extra: Iterable[str | Path] = ()) -> Schema:
    """Load the bundled schema, merged with the user's ``extra`` YAML files in order."""
    return _load_cached(tuple(str(Path(p).resolve()) for p in extra))
