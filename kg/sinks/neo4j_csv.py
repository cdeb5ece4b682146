"""Header-annotated CSV files for ``neo4j-admin database import full`` (the bulk path).

The files hold the same property graph as the Bolt loader (:mod:`kg.sinks.neo4j_rows`):
``documents.csv`` and ``entities.csv`` (nodes, labels in ``:LABEL``), ``mentioned_in.csv`` and
``relations.csv`` (relationships, type in ``:TYPE``; a relation's own properties are string
columns, empty where absent), plus ``schema.cypher`` with the constraints and the full-text
index to run once the server is up. Import them with::

    neo4j-admin database import full neo4j --overwrite-destination \\
        --multiline-fields=true --array-delimiter=U+001F \\
        --nodes=DIR/documents.csv --nodes=DIR/entities.csv \\
        --relationships=DIR/mentioned_in.csv --relationships=DIR/relations.csv

Aliases and labels are joined with U+001F (which is removed from the text itself). Files are written under temporary
names (:func:`kg.atomic.replacing`) and renamed only when all are complete.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from kg.atomic import replacing
from kg.model import KnowledgeGraph
from kg.schema import Schema, load_schema
from kg.sinks.neo4j import schema_statements
from kg.sinks.neo4j_rows import DOCUMENT_LABEL, ENTITY_LABEL, MENTIONED_IN, RELATION_FIELDS, property_graph

ARRAY_DELIMITER = "\x1f"
NODE_FILES = ("documents.csv", "entities.csv")
RELATIONSHIP_FILES = ("mentioned_in.csv", "relations.csv")


def import_arguments(directory: Path, database: str = "neo4j") -> list[str]:
    """The ``neo4j-admin`` arguments that import the files of ``directory`` (as in the module doc)."""
    return ["database", "import", "full", database, "--overwrite-destination", "--multiline-fields=true",
            "--array-delimiter=U+001F", *(f"--nodes={directory / name}" for name in NODE_FILES),
            *(f"--relationships={directory / name}" for name in RELATIONSHIP_FILES)]


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _array(values: list[str]) -> str:
    return ARRAY_DELIMITER.join(v.replace(ARRAY_DELIMITER, " ") for v in values)


def write_csv(graph: KnowledgeGraph, directory: Path, schema: Schema | None = None, *,
              checked: bool = False) -> list[Path]:
    """Write the import files for ``graph`` into ``directory``; the CSV paths, nodes first.
    Raises :class:`ValueError` (``GraphDataError``) when the graph does not fit the schema (checked
    here unless ``checked``)."""
    schema = schema or load_schema()
    rows = property_graph(graph, schema, checked=checked)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    extra = sorted({k for r in rows.relationships for k in r["extra"]})
    entity_labels = {label: f"{ENTITY_LABEL}{ARRAY_DELIMITER}{label}" for label in rows.nodes}
    files: dict[str, tuple[Sequence[str], Iterable[Sequence[Any]]]] = {
        "documents.csv": (
            ("id:ID(Document)", "title", "source", "sha256", "chars:int", ":LABEL"),
            ((d["id"], d["title"], d["source"], d["sha256"], d["chars"], DOCUMENT_LABEL)
             for d in rows.documents)),
        "entities.csv": (
            ("id:ID(Entity)", "name", "aliases:string[]", "mentions:int", ":LABEL"),
            ((n["id"], n["name"], _array(n["aliases"]), n["mentions"], entity_labels[label])
             for label, nodes in rows.nodes.items() for n in nodes)),
        "mentioned_in.csv": (
            (":START_ID(Entity)", ":END_ID(Document)", "count:int", ":TYPE"),
            ((m["entity"], m["doc"], m["count"], MENTIONED_IN) for m in rows.mentions)),
        "relations.csv": (
            (":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "evidence", "doc", "start:int", "end:int",
             "confidence:double", *extra),
            ((r["source"], r["target"], r["type"], *(r[k] for k in RELATION_FIELDS),
              *(r["extra"].get(k, "") for k in extra))
             for r in rows.relationships)),
    }
    with ExitStack() as stack:  # every file is renamed into place only once all are written
        tmp = {name: stack.enter_context(replacing(directory / name)) for name in [*files, "schema.cypher"]}
        for name, (header, lines) in files.items():
            _write(tmp[name], header, lines)
        tmp["schema.cypher"].write_text("".join(f"{s};\n" for s in schema_statements(schema).values()),
                                        encoding="utf-8")
    return [directory / name for name in files]
