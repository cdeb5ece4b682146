"""The build cache: every article's graph, kept in the output folder so that a rebuild extracts only what changed.

``OUT/.kg-cache/cache.sqlite`` holds, per article, its key and its graph. The key hashes the article
(id, title, text) together with the settings: the engine, the contents of the schema and lexicon,
the kg version and this cache's format. A run looks each article up: the same key means the stored
graph is used as it is; a new or changed article is extracted and stored; articles of the previous
run that this one did not see are removed. The folder is created only once a graph is stored. A
cache that cannot be read (a damaged file) is started afresh, and :attr:`BuildCache.problem` says so.

The cache also remembers which documents (and keys) each in-place target such as a Neo4j database
last received (:class:`kg.sinks.Loaded`), so that only the difference is loaded next time: the
documents removed since are deleted there, and those the target does not hold with this run's key
(the Neo4j sink reads the keys back from the database) are loaded.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kg.ingest import Notice
from kg.model import Article, KnowledgeGraph
from kg.schema import Schema

FOLDER = ".kg-cache"
#: bump when what is stored changes meaning (the extraction code's output format)
FORMAT = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (slot TEXT PRIMARY KEY, doc TEXT NOT NULL, key TEXT NOT NULL, graph BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS loaded (target TEXT NOT NULL, doc TEXT NOT NULL, key TEXT NOT NULL,
                                   PRIMARY KEY (target, doc));
"""
_COMMIT_EVERY = 500


def _kg_version() -> str:
    try:
        return version("kg")
    except PackageNotFoundError:
        return "unknown"


def settings_key(engine: str, schema: Schema) -> str:
    """A hash of everything besides the article that decides its graph."""
    settings = {
        "engine": engine,
        "entity_types": [asdict(t) for t in schema.entity_types.values()],
        "relation_types": [asdict(t) for t in schema.relation_types.values()],
        "lexicon": schema.lexicon,
        "kg": _kg_version(),
        "format": FORMAT,
    }
    text = json.dumps(settings, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Changes:
    """How this run's articles compare with the previous run's (document ids)."""

    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    #: the engine, schema, lexicon or kg version differ from the previous run's: everything was re-extracted
    settings_changed: bool = False


@dataclass(frozen=True, slots=True)
class Lookup:
    """An article's place in the cache: its slot (its id, made unique within the run), key and stored graph."""

    slot: str
    key: str
    graph: KnowledgeGraph | None
    #: "new", "changed" or "unchanged"
    state: str


class BuildCache:
    """The cache of one output folder, for one run (see the module doc)."""

    def __init__(self, out: Path, settings: str) -> None:
        self.path = Path(out) / FOLDER / "cache.sqlite"
        self.settings = settings
        self.changes = Changes()
        self._db: sqlite3.Connection | None = None
        self._seen: dict[str, str] = {}  # slot -> doc, for every article looked up
        self._stored: dict[str, str] = {}  # slot -> key, for every article in this run's graph
        self._pending = 0
        #: why the previous cache was discarded (it could not be read), or None
        self.problem: Notice | None = None
        if self.path.is_file():
            try:
                row = self._open().execute("SELECT value FROM meta WHERE name = 'settings'").fetchone()
            except sqlite3.DatabaseError as exc:
                self.problem = Notice(str(self.path), f"unreadable build cache ({exc}): started afresh, "
                                                      "every article is extracted again")
                self.close()
                for stale in self.path.parent.glob(f"{self.path.name}*"):  # with its -wal and -shm files
                    stale.unlink()
                return
            self.changes.settings_changed = row is not None and row[0] != settings

    def _open(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.executescript(_SCHEMA)
        return self._db

    def key(self, article: Article) -> str:
        text = "\0".join((self.settings, article.id, article.title, article.text))
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def lookup(self, article: Article) -> Lookup:
        """Find ``article``; a stored graph with the same key comes back with the article's current source."""
        slot, n = article.id, 1
        while slot in self._seen:  # the same id twice in one run (e.g. in a .jsonl): one slot each
            n += 1
            slot = f"{article.id}\0{n}"
        self._seen[slot] = article.id
        key = self.key(article)
        row = None
        if self._db is not None:
            row = self._db.execute("SELECT key, graph FROM articles WHERE slot = ?", (slot,)).fetchone()
        if row is None or row[0] != key:
            return Lookup(slot, key, None, "new" if row is None else "changed")
        try:
            graph = KnowledgeGraph.from_record(json.loads(zlib.decompress(row[1])))
        except (zlib.error, ValueError, TypeError, KeyError, IndexError):  # a damaged entry: extract again
            return Lookup(slot, key, None, "changed")
        info = graph.documents.get(article.id)
        if info is not None:
            info.source = article.source  # a .jsonl line may have moved
        return Lookup(slot, key, graph, "unchanged")

    def keep(self, article: Article, found: Lookup, graph: KnowledgeGraph) -> None:
        """``article`` (looked up as ``found``) is in this run's graph as ``graph``; store it if it is new."""
        self._stored[found.slot] = found.key
        if found.state == "unchanged":
            self.changes.unchanged += 1
            return
        (self.changes.new if found.state == "new" else self.changes.changed).append(article.id)
        blob = zlib.compress(json.dumps(graph.to_record(), ensure_ascii=False).encode("utf-8", "surrogatepass"), 1)
        self._open().execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)",
                             (found.slot, article.id, found.key, blob))
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self._db.commit()
            self._pending = 0

    def finish(self) -> Changes:
        """Forget the articles this run did not keep (removed, or failed this time), close; the changes."""
        if self._db is None:
            return self.changes
        gone = [(slot, doc) for slot, doc in self._db.execute("SELECT slot, doc FROM articles")
                if slot not in self._stored]
        self.changes.removed = sorted({doc for slot, doc in gone if slot not in self._seen})
        self._db.executemany("DELETE FROM articles WHERE slot = ?", [(slot,) for slot, _ in gone])
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('settings', ?)", (self.settings,))
        self._db.commit()
        self.close()
        return self.changes

    # -- kg.sinks.Loaded --------------------------------------------------------------------
    def documents(self) -> dict[str, str]:
        """This run's documents and their keys (an id used twice gets one key for both)."""
        out: dict[str, str] = {}
        for slot, key in self._stored.items():
            doc = self._seen[slot]
            out[doc] = key if doc not in out else hashlib.sha256(f"{out[doc]}{key}".encode()).hexdigest()
        return out

    def previous(self, target: str) -> dict[str, str] | None:
        if not self.path.is_file():
            return None
        try:
            db = self._open()
            known = db.execute("SELECT 1 FROM meta WHERE name = ?", (f"loaded:{target}",)).fetchone()
            rows = db.execute("SELECT doc, key FROM loaded WHERE target = ?", (target,)).fetchall()
        finally:
            self.close()
        return dict(rows) if known else None

    def record(self, target: str, documents: dict[str, str]) -> None:
        try:
            with self._open() as db:
                db.execute("DELETE FROM loaded WHERE target = ?", (target,))
                db.executemany("INSERT INTO loaded VALUES (?, ?, ?)", [(target, d, k) for d, k in documents.items()])
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, '1')", (f"loaded:{target}",))
        finally:
            self.close()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
