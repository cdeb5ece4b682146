"""Helpers for the tests that talk to the Neo4j server started by ``scripts/neo4j start``.

Community edition has one user database, so each test module empties it at its start.
"""

from __future__ import annotations

from typing import Any

from kg.sinks.neo4j import Neo4jConfig, connect


def config() -> Neo4jConfig:
    return Neo4jConfig.from_env()


def run(query: str, cfg: Neo4jConfig | None = None, **params: Any) -> list[dict[str, Any]]:
    cfg = cfg or config()
    with connect(cfg) as driver:
        records, _, _ = driver.execute_query(query, params, database_=cfg.database)
    return [r.data() for r in records]


def clear(cfg: Neo4jConfig | None = None) -> None:
    """Delete every node and relationship (constraints and indexes stay)."""
    cfg = cfg or config()
    with connect(cfg) as driver, driver.session(database=cfg.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def counts(cfg: Neo4jConfig | None = None) -> tuple[int, int]:
    """Numbers of nodes and relationships."""
    nodes = run("MATCH (n) RETURN count(n) AS n", cfg)[0]["n"]
    rels = run("MATCH ()-[r]->() RETURN count(r) AS n", cfg)[0]["n"]
    return nodes, rels


def shape(cfg: Neo4jConfig | None = None) -> dict[str, int]:
    """Node counts by label set and relationship counts by type: what two equal loads share."""
    out = {"+".join(sorted(r["labels"])): r["n"]
           for r in run("MATCH (n) RETURN labels(n) AS labels, count(*) AS n", cfg)}
    out |= {r["type"]: r["n"] for r in run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", cfg)}
    return out
