"""Load a :class:`KnowledgeGraph` into Neo4j: idempotent, batched, parameterised.

Every value travels as a query parameter in ``UNWIND`` batches, one write transaction per batch
(retried by the driver on transient errors such as deadlocks). Batches run on ``workers`` parallel
sessions, ordered by :mod:`kg.sinks.neo4j_schedule` so that simultaneous transactions touch
different nodes. Labels (and relationship types in the schema and delete statements) are spliced
into Cypher only after :func:`kg.sinks.neo4j_rows.name_token` has checked them, and only from the
schema; a new edge's type is a parameter too (``$(row.type)``, Neo4j 5.26 or newer), one that
:func:`kg.sinks.neo4j_rows.property_graph` has checked against the schema.

Loading is idempotent: entities are ``MERGE``\\ d on ``id`` (uniqueness constraints back the
lookup) and each loaded document's relationships are deleted before its new ones are created, so
re-loading the same output changes nothing, a second article set merges into the same entity
nodes, and a changed article's relationships are replaced while every other article's stay.
An entity's ``aliases`` gather every loaded spelling; ``name`` and ``mentions`` are those of the
latest load that contains it. :func:`update_graph` brings a database that holds an earlier build of
the same corpus up to date by loading only the documents it does not hold as built now (each
document keeps its build key, ``build_key``) and deleting removed ones; the entities it touches get
the graph's name, mentions and aliases.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import tomllib
from collections.abc import Callable, Collection, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from kg.model import KnowledgeGraph
from kg.schema import Schema, load_schema
from kg.sinks.check import check
from kg.sinks.neo4j_rows import (
    DOCUMENT_LABEL,
    ENTITY_LABEL,
    MENTIONED_IN,
    RELATION_FIELDS,
    GraphDataError,
    PropertyGraph,
    Row,
    name_token,
    property_graph,
)
from kg.sinks.neo4j_schedule import Job, Round, edge_rounds, independent

DEFAULT_URI = "bolt://127.0.0.1:7687"
#: The password ``scripts/neo4j`` gives the local development server unless NEO4J_PASSWORD is set.
LOCAL_PASSWORD = "kg-local-password"
FULLTEXT_INDEX = "entity_names"
#: seconds to wait for a TCP connection to the server (``--connect-timeout``, NEO4J_CONNECT_TIMEOUT)
CONNECT_TIMEOUT = 10.0
#: seconds during which a transaction that hit a transient error (a deadlock) is retried
RETRY_SECONDS = 15.0

# kg reports driver failures itself, in one line: the driver's own log lines (e.g. "Failed to read from
# defunct connection") would reach the terminal through logging's last-resort handler.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


class Neo4jLoadError(RuntimeError):
    """Talking to Neo4j failed; the message is one line meant for the user."""


def config_files() -> list[Path]:
    """Where connection settings are looked for, first match wins: ``$KG_CONFIG``, ``./kg.toml``,
    ``~/.config/kg/neo4j.toml``. Keys ``uri``, ``user``, ``database``, ``password`` at the top level
    or in a ``[neo4j]`` table."""
    env = os.environ.get("KG_CONFIG")
    if env:
        return [Path(env)]
    return [Path("kg.toml"), Path.home() / ".config" / "kg" / "neo4j.toml"]


def _file_settings() -> dict[str, str]:
    for path in config_files():
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise Neo4jLoadError(f"{path}: cannot read the configuration: {exc}") from exc
        table = data.get("neo4j", data)
        return {k: str(v) for k, v in table.items()
                if k in ("uri", "user", "database", "password", "connect_timeout")}
    return {}


@dataclass(frozen=True)
class Neo4jConfig:
    """Where and as whom to connect. The password never appears in ``repr``."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    database: str = "neo4j"
    password: str = field(default=LOCAL_PASSWORD, repr=False)
    connect_timeout: float = CONNECT_TIMEOUT

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None,
                 database: str | None = None, connect_timeout: float | None = None) -> Neo4jConfig:
        """Arguments first, then ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_DATABASE``/``NEO4J_PASSWORD``/
        ``NEO4J_CONNECT_TIMEOUT``, then the config file (see :func:`config_files`), then the local
        defaults of ``scripts/neo4j``."""
        file = _file_settings()

        def pick(arg: str | None, env: str, key: str, default: str) -> str:
            return arg or os.environ.get(env) or file.get(key) or default

        timeout = pick(None if connect_timeout is None else str(connect_timeout), "NEO4J_CONNECT_TIMEOUT",
                       "connect_timeout", str(CONNECT_TIMEOUT))
        try:
            seconds = float(timeout)
        except ValueError:
            seconds = -1.0
        if not 0 < seconds < float("inf"):
            raise Neo4jLoadError(f"the connection timeout must be a positive number of seconds, not {timeout!r}")
        return cls(pick(uri, "NEO4J_URI", "uri", DEFAULT_URI), pick(user, "NEO4J_USER", "user", "neo4j"),
                   pick(database, "NEO4J_DATABASE", "database", "neo4j"),
                   pick(None, "NEO4J_PASSWORD", "password", LOCAL_PASSWORD), seconds)


@dataclass
class LoadSummary:
    """What one load did."""

    documents: int = 0
    entities: int = 0
    relationships: int = 0
    mentions: int = 0
    nodes_created: int = 0
    relationships_deleted: int = 0
    #: by :func:`update_graph`: removed documents, and entities left without any document
    documents_deleted: int = 0
    entities_deleted: int = 0
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return self.documents + self.entities + self.relationships + self.mentions

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def _one_line(exc: BaseException) -> str:
    message = exc.message if isinstance(exc, Neo4jError) and exc.message else str(exc)
    return " ".join(message.split())


@contextmanager
def connect(config: Neo4jConfig) -> Iterator[Driver]:
    """A driver whose server, credentials and database have been checked; any driver failure inside
    the block (or while checking) becomes a one-line :class:`Neo4jLoadError`.

    The driver never retries by itself (``max_transaction_retry_time=0``): a lost server fails the
    statement at once, and :meth:`_Writer.run` retries only transient errors such as deadlocks."""
    reached = False
    try:
        driver = GraphDatabase.driver(config.uri, auth=(config.user, config.password),
                                      connection_timeout=config.connect_timeout,
                                      connection_acquisition_timeout=config.connect_timeout,
                                      max_transaction_retry_time=0, notifications_min_severity="OFF")
    except (ConfigurationError, ValueError) as exc:
        raise Neo4jLoadError(f"bad Neo4j URI {config.uri!r}: {_one_line(exc)}") from exc
    try:
        with driver:
            driver.verify_connectivity()
            with driver.session(database=config.database) as session:
                session.run("RETURN 1").consume()
            reached = True
            yield driver
    except (ServiceUnavailable, SessionExpired) as exc:
        if reached:
            raise Neo4jLoadError(f"lost the connection to Neo4j at {config.uri} (server stopped or network down): "
                                 "batches already committed stay; run the same command again once it is back") from exc
        raise Neo4jLoadError(f"cannot reach Neo4j at {config.uri}: is the server running? "
                             f"(scripts/neo4j start) [{_one_line(exc)}]") from exc
    except AuthError as exc:
        raise Neo4jLoadError(f"Neo4j at {config.uri} refused user {config.user!r}: wrong password? "
                             "(set NEO4J_PASSWORD or the config file)") from exc
    except ClientError as exc:
        if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
            raise Neo4jLoadError(f"Neo4j at {config.uri} has no database {config.database!r}") from exc
        raise Neo4jLoadError(f"Neo4j rejected the query: {_one_line(exc)}") from exc
    except (Neo4jError, DriverError) as exc:
        raise Neo4jLoadError(f"Neo4j at {config.uri} failed: {_one_line(exc)}") from exc


def schema_statements(schema: Schema) -> dict[str, str]:
    """By name: constraints on ``id`` for every label, an index on ``doc`` for every relationship type,
    and the ``cjk`` full-text index over entity names and aliases."""
    out = {f"kg_{label}_id": f"CREATE CONSTRAINT kg_{label}_id IF NOT EXISTS "
                             f"FOR (n:{name_token(label)}) REQUIRE n.id IS UNIQUE"
           for label in (ENTITY_LABEL, DOCUMENT_LABEL, *schema.entity_types)}
    out |= {f"kg_{rel}_doc": f"CREATE INDEX kg_{rel}_doc IF NOT EXISTS "
                             f"FOR ()-[r:{name_token(rel)}]-() ON (r.doc)"
            for rel in schema.relation_types}
    out[FULLTEXT_INDEX] = (f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{ENTITY_LABEL}) "
                           "ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}")
    return out


DOCUMENTS = f"""UNWIND $rows AS row
MERGE (d:{DOCUMENT_LABEL} {{id: row.id}})
SET d.title = row.title, d.source = row.source, d.sha256 = row.sha256, d.chars = row.chars,
    d.build_key = row.build_key"""

#: the build keys the database holds for some documents (a document loaded without one has none)
BUILD_KEYS = f"""UNWIND $docs AS id MATCH (d:{DOCUMENT_LABEL} {{id: id}}) WHERE d.build_key IS NOT NULL
RETURN d.id AS id, d.build_key AS key"""

DELETE_MENTIONS = f"""MATCH (:{ENTITY_LABEL})-[m:{MENTIONED_IN}]->(d:{DOCUMENT_LABEL}) WHERE d.id IN $docs
WITH m LIMIT $limit DELETE m RETURN count(*) AS deleted"""

MENTIONS = f"""UNWIND $rows AS row
MATCH (e:{ENTITY_LABEL} {{id: row.entity}}), (d:{DOCUMENT_LABEL} {{id: row.doc}})
CREATE (e)-[:{MENTIONED_IN} {{count: row.count}}]->(d)"""


def node_query(label: str, *, replace_aliases: bool = False) -> str:
    """Merge entities of ``label``: their aliases become the row's (``replace_aliases``), else gather them."""
    aliases = "row.aliases" if replace_aliases else \
        "coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]"
    return f"""UNWIND $rows AS row
MERGE (n:{name_token(label)} {{id: row.id}})
SET n:{ENTITY_LABEL}, n.name = row.name, n.mentions = row.mentions, n.aliases = {aliases}"""


def relationship_query(extra: bool) -> str:
    """Create one batch of edges of any types; ``extra``: the rows carry their own properties too."""
    props = ", ".join(f"{field}: row.{field}" for field in RELATION_FIELDS)
    return f"""UNWIND $rows AS row
MATCH (a:{ENTITY_LABEL} {{id: row.source}}), (b:{ENTITY_LABEL} {{id: row.target}})
CREATE (a)-[r:$(row.type) {{{props}}}]->(b){" SET r += row.extra" if extra else ""}"""


def delete_relationships_query(rel_type: str) -> str:
    return f"""MATCH ()-[r:{name_token(rel_type)}]->() WHERE r.doc IN $docs
WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted"""


MENTIONED_ENTITIES = f"""MATCH (e:{ENTITY_LABEL})-[:{MENTIONED_IN}]->(d:{DOCUMENT_LABEL}) WHERE d.id IN $docs
RETURN DISTINCT e.id AS id"""

DELETE_DOCUMENTS = f"""MATCH (d:{DOCUMENT_LABEL}) WHERE d.id IN $docs
WITH d LIMIT $limit DETACH DELETE d RETURN count(*) AS deleted"""

DELETE_ORPHANS = f"""MATCH (e:{ENTITY_LABEL}) WHERE e.id IN $ids AND NOT (e)-[:{MENTIONED_IN}]->()
WITH e LIMIT $limit DETACH DELETE e RETURN count(*) AS deleted"""


class _Writer:
    """Runs statements in write transactions (one per batch), ``workers`` at a time, and keeps the
    summary."""

    def __init__(self, driver: Driver, database: str, batch_size: int, workers: int,
                 advance: Callable[[int], None]):
        self.driver, self.database, self.batch_size, self.workers = driver, database, batch_size, workers
        self.advance = advance
        self.summary = LoadSummary()
        self._lock = threading.Lock()
        self._failed = threading.Event()  # set when a job fails: the others stop after their batch

    def run(self, query: str, **params: Any) -> tuple[list[Row], Any]:
        """Run ``query`` in one write transaction; its records and update counters. A transient error
        (a deadlock) is retried for up to :data:`RETRY_SECONDS`; any other error is raised at once."""
        def work(tx: ManagedTransaction) -> tuple[list[Row], Any]:
            result = tx.run(query, params)
            return result.data(), result.consume().counters

        deadline, delay = time.monotonic() + RETRY_SECONDS, 0.1
        while True:
            try:
                with self.driver.session(database=self.database) as session:
                    return session.execute_write(work)
            except TransientError:
                if time.monotonic() + delay > deadline:
                    raise
                time.sleep(delay)
                delay *= 2

    def _job(self, job: Job) -> None:
        for query, rows in job:
            if self._failed.is_set():
                return
            try:
                _, counters = self.run(query, rows=rows)
            except BaseException:
                self._failed.set()  # at once, in this thread: the others stop before their next batch
                raise
            with self._lock:
                self.summary.nodes_created += counters.nodes_created
            self.advance(len(rows))

    def rounds(self, rounds: list[Round]) -> None:
        """Run every job of a round in parallel, the rounds one after the other."""
        with ThreadPoolExecutor(self.workers, thread_name_prefix="kg-neo4j") as pool:
            for jobs in rounds:
                futures = [pool.submit(self._job, job) for job in jobs]
                try:
                    for future in futures:
                        future.result()
                except BaseException:
                    self._failed.set()
                    raise

    def delete(self, query: str, **params: Any) -> int:
        """Delete what ``query`` matches (a batch of ``$limit`` per transaction); how many were deleted."""
        total = 0
        while True:
            records, _ = self.run(query, limit=self.batch_size, **params)
            deleted = records[0]["deleted"]
            total += deleted
            if deleted < self.batch_size:
                return total


#: The oldest server the loader's Cypher runs on (dynamic relationship types).
MIN_VERSION = (5, 26)


def release(version: str) -> tuple[int, ...]:
    """The major and minor numbers of a Neo4j version string (``5.26.30``, ``2025.10.1``, ``5.9-aura``)."""
    return tuple(int(part) for part in version.split("-")[0].split(".")[:2] if part.isdigit())


def _check_version(writer: _Writer) -> None:
    records, _ = writer.run("CALL dbms.components() YIELD name, versions RETURN versions[0] AS version")
    version = records[0]["version"]
    if release(version) < MIN_VERSION:
        raise Neo4jLoadError(f"kg needs Neo4j {'.'.join(map(str, MIN_VERSION))} or newer; the server runs {version}")


def _load(writer: _Writer, rows: PropertyGraph, schema: Schema, keys: Mapping[str, str],
          *, replace_aliases: bool = False) -> None:
    """Load ``rows``, each document with its build key in ``keys`` (or none)."""
    _check_version(writer)
    statements = schema_statements(schema)
    existing, _ = writer.run("SHOW INDEXES YIELD name")
    missing = statements.keys() - {r["name"] for r in existing}
    for name in sorted(missing):
        writer.run(statements[name])
    if missing:
        writer.run("CALL db.awaitIndexes(300)")
    size, workers = writer.batch_size, writer.workers
    records, _ = writer.run(f"MATCH (d:{DOCUMENT_LABEL}) WHERE d.id IN $docs RETURN d.id AS id", docs=rows.doc_ids)
    loaded_before = [r["id"] for r in records]  # only these can have relationships to replace
    documents = [{**d, "build_key": keys.get(d["id"])} for d in rows.documents]
    writer.rounds(independent([(DOCUMENTS, documents)], size))
    if loaded_before:
        _delete_relationships(writer, loaded_before, schema)
    writer.rounds(independent([(node_query(label, replace_aliases=replace_aliases), nodes)
                               for label, nodes in rows.nodes.items()], size))
    writer.rounds(edge_rounds([(MENTIONS, rows.mentions)], lambda m: (m["entity"], m["doc"]), workers, size))
    relationships = [(relationship_query(False), [r for r in rows.relationships if not r["extra"]]),
                     (relationship_query(True), [r for r in rows.relationships if r["extra"]])]
    writer.rounds(edge_rounds(relationships, lambda r: (r["source"], r["target"]), workers, size))


def _delete_relationships(writer: _Writer, docs: list[str], schema: Schema) -> None:
    """Delete the relationships of ``docs``: every schema type, and their ``MENTIONED_IN`` edges."""
    for rel_type in schema.relation_types:
        writer.summary.relationships_deleted += writer.delete(delete_relationships_query(rel_type), docs=docs)
    writer.summary.relationships_deleted += writer.delete(DELETE_MENTIONS, docs=docs)


def _check_settings(batch_size: int, workers: int) -> None:
    if batch_size < 1:
        raise Neo4jLoadError(f"batch size must be positive, not {batch_size}")
    if workers < 1:
        raise Neo4jLoadError(f"the number of workers must be positive, not {workers}")


def _rows(graph: KnowledgeGraph, schema: Schema, checked: bool) -> PropertyGraph:
    """The rows to load (the graph checked first unless ``checked``); a misfit is a :class:`Neo4jLoadError`."""
    try:
        return property_graph(graph, schema, checked=checked)
    except GraphDataError as exc:
        raise Neo4jLoadError(str(exc)) from exc


def _summary(writer: _Writer, rows: PropertyGraph, started: float) -> LoadSummary:
    summary = writer.summary
    summary.documents, summary.entities = len(rows.documents), rows.node_count
    summary.mentions, summary.relationships = len(rows.mentions), len(rows.relationships)
    summary.seconds = time.perf_counter() - started
    return summary


def load_graph(graph: KnowledgeGraph, config: Neo4jConfig, *, batch_size: int = 5000, workers: int = 2,
               progress: bool = False, schema: Schema | None = None, checked: bool = False,
               keys: Mapping[str, str] | None = None) -> LoadSummary:
    """Load ``graph`` into the database of ``config`` in batches of ``batch_size`` rows over ``workers``
    parallel sessions; raises :class:`Neo4jLoadError` with a one-line message when the graph does not
    fit the schema (checked here unless ``checked``) or the server, login or database is wrong (in
    those cases nothing is written). Each document keeps its build key in ``keys`` (document id -> the
    build cache's key), or none, so that :func:`update_graph` reloads it."""
    _check_settings(batch_size, workers)
    schema = schema or load_schema()
    rows = _rows(graph, schema, checked)
    started = time.perf_counter()
    with connect(config) as driver, _progress_bar(progress, rows.count) as advance:
        writer = _Writer(driver, config.database, batch_size, workers, advance)
        _load(writer, rows, schema, keys or {})
    return _summary(writer, rows, started)


def update_graph(graph: KnowledgeGraph, keys: Mapping[str, str], removed: Collection[str], config: Neo4jConfig,
                 *, batch_size: int = 5000, workers: int = 2, progress: bool = False,
                 schema: Schema | None = None, checked: bool = False) -> LoadSummary:
    """Bring a database that holds an earlier load of this corpus up to ``graph``, touching only what changed.

    The documents of ``graph`` that the database does not hold with their build key in ``keys`` (new,
    changed, or loaded since without it, e.g. by ``kg load``, or gone from the database) are loaded as
    :func:`load_graph` loads them, their old relationships replaced; ``removed`` documents go with their
    relationships; entities mentioned by either before (or now) get their current name, mention count
    and aliases, and those left mentioned by no document are deleted. ``summary.documents`` counts the
    documents loaded. Errors as in :func:`load_graph`."""
    _check_settings(batch_size, workers)
    schema = schema or load_schema()
    if not checked:
        try:
            check(graph, schema)
        except GraphDataError as exc:
            raise Neo4jLoadError(str(exc)) from exc
    removed = sorted(removed)
    started = time.perf_counter()
    with connect(config) as driver:
        writer = _Writer(driver, config.database, batch_size, workers, lambda n: None)
        docs = list(graph.documents)
        held: dict[str, str] = {}
        for at in range(0, len(docs), batch_size):
            held.update((r["id"], r["key"]) for r in writer.run(BUILD_KEYS, docs=docs[at:at + batch_size])[0])
        changed = [d for d in docs if d not in held or held[d] != keys.get(d)]
        records, _ = writer.run(MENTIONED_ENTITIES, docs=[*changed, *removed])
        touched = {r["id"] for r in records}
        rows = _rows(graph.about(changed, touched), schema, True)
        with _progress_bar(progress, rows.count) as advance:
            writer.advance = advance
            if removed:
                _delete_relationships(writer, removed, schema)
                writer.summary.documents_deleted = writer.delete(DELETE_DOCUMENTS, docs=removed)
            _load(writer, rows, schema, keys, replace_aliases=True)
            writer.summary.entities_deleted = writer.delete(DELETE_ORPHANS, ids=sorted(touched))
    return _summary(writer, rows, started)


@contextmanager
def _progress_bar(show: bool, total: int) -> Iterator[Callable[[int], None]]:
    if not show:
        yield lambda n: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("Neo4j"), BarColumn(), MofNCompleteColumn(), TextColumn("rows"),
               TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("load", total=total)
        yield lambda n: bar.advance(task, n)
