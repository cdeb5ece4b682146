#!/usr/bin/env python
"""Benchmark: ``kg``'s batched UNWIND loader against a naive one-MERGE-per-transaction loader.

Builds a synthetic graph (default 100k entities, 200k relations, 1,000 articles), loads it with
:func:`kg.sinks.neo4j.load_graph` with one worker and with ``--workers`` parallel workers, then loads
a slice of it with the naive loader into the same (emptied) database, and prints rows/s for each and
the ratios. All run against the server of ``NEO4J_URI`` (default: the one of ``scripts/neo4j start``)
with the same constraints in place, after a warm-up load (a fresh server's JIT compiler otherwise
makes whichever loader runs first pay for it).

    python scripts/bench_neo4j.py [--entities 100000] [--relations 200000] [--naive-rows 6000]
                                  [--workers 2] [--batch-size 5000]

It EMPTIES the database it is pointed at.
"""

from __future__ import annotations

import argparse
import os
import random
import time

from neo4j import Driver

from kg.model import DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id
from kg.schema import Schema, load_schema
from kg.sinks.neo4j import Neo4jConfig, connect, load_graph, schema_statements
from kg.sinks.neo4j_rows import name_token


def synthetic_graph(schema: Schema, entities: int, relations: int, documents: int, seed: int = 7) -> KnowledgeGraph:
    """Entities spread over every type, each in one article; relations of every schema type between
    entities of the types the schema allows."""
    rng = random.Random(seed)
    g = KnowledgeGraph()
    for d in range(documents):
        g.documents[f"doc{d}"] = DocumentInfo(f"doc{d}", f"第{d}篇文章", f"bench/doc{d}.txt", f"{d:064x}", 2000)
    by_type: dict[str, list[Entity]] = {t: [] for t in schema.entity_types}
    types = list(schema.entity_types)
    for i in range(entities):
        type_ = types[i % len(types)]
        name = f"实体{i}号"
        e = Entity(entity_id(type_, name), name, type_, [f"别名{i}"], [f"doc{i % documents}"], rng.randint(1, 9))
        g.entities[e.id] = e
        by_type[type_].append(e)
    rel_types = list(schema.relation_types.values())
    for i in range(relations):
        rel = rel_types[i % len(rel_types)]
        head = rng.choice(by_type[rng.choice(rel.head)])
        tail = rng.choice(by_type[rng.choice(rel.tail)])
        g.relations.append(Relation(head.id, tail.id, rel.name, f"证据句子{i}：{head.name}{rel.zh}{tail.name}。",
                                    head.docs[0], i % 1000, i % 1000 + 20, 0.9))
    return g


def empty(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def naive_load(driver: Driver, database: str, graph: KnowledgeGraph) -> int:
    """One MERGE per transaction for every entity, then every relation; the rows written."""
    rows = 0
    with driver.session(database=database) as session:
        for e in graph.entities.values():
            session.execute_write(lambda tx, e=e: tx.run(
                f"MERGE (n:{name_token(e.type)} {{id: $id}}) SET n:Entity, n.name = $name, "
                "n.aliases = $aliases, n.mentions = $mentions",
                id=e.id, name=e.name, aliases=e.aliases, mentions=e.mentions).consume())
            rows += 1
        for r in graph.relations:
            session.execute_write(lambda tx, r=r: tx.run(
                "MATCH (a:Entity {id: $source}), (b:Entity {id: $target}) "
                f"MERGE (a)-[x:{name_token(r.type)} {{doc: $doc, start: $start}}]->(b) "
                "SET x.evidence = $evidence, x.end = $end, x.confidence = $confidence",
                source=r.source, target=r.target, doc=r.doc, start=r.start, evidence=r.evidence, end=r.end,
                confidence=r.confidence).consume())
            rows += 1
    return rows


def sample(graph: KnowledgeGraph, rows: int) -> KnowledgeGraph:
    """About ``rows`` rows of ``graph``: the first relations and the entities they join."""
    keep: dict[str, Entity] = {}
    rels: list[Relation] = []
    for r in graph.relations:
        if len(keep) + len(rels) >= rows:
            break
        rels.append(r)
        keep |= {e: graph.entities[e] for e in (r.source, r.target)}
    return KnowledgeGraph(keep, rels, graph.documents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=200_000)
    parser.add_argument("--documents", type=int, default=1_000)
    parser.add_argument("--naive-rows", type=int, default=6_000, help="rows the naive loader writes")
    parser.add_argument("--batch-size", type=int, default=5_000)
    parser.add_argument("--workers", type=int, default=2, help="parallel workers of the second kg run")
    args = parser.parse_args()

    schema = load_schema()
    config = Neo4jConfig.from_env()
    graph = synthetic_graph(schema, args.entities, args.relations, args.documents)
    print(f"synthetic graph: {len(graph.entities):,} entities, {len(graph.relations):,} relations, "
          f"{len(graph.documents):,} articles; server {config.uri}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with connect(config) as driver:
        empty(driver, config.database)
        load_graph(synthetic_graph(schema, 20_000, 40_000, 200, seed=1), config, workers=args.workers)  # warm-up
        rates: dict[int, float] = {}
        for workers in dict.fromkeys((1, args.workers)):
            empty(driver, config.database)
            summary = load_graph(graph, config, batch_size=args.batch_size, workers=workers, progress=True)
            with driver.session(database=config.database) as session:
                nodes = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
                rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
            rates[workers] = summary.rows_per_second
            print(f"kg load, {workers} worker(s): {summary.rows:,} rows ({nodes:,} nodes, {rels:,} relationships "
                  f"in the database) in {summary.seconds:.1f}s = {rates[workers]:,.0f} rows/s "
                  f"(batch {args.batch_size:,})")

        empty(driver, config.database)
        for statement in schema_statements(schema).values():  # already there: same indexes for both
            driver.execute_query(statement, database_=config.database)
        part = sample(graph, args.naive_rows)
        started = time.perf_counter()
        naive_rows = naive_load(driver, config.database, part)
        naive_seconds = time.perf_counter() - started
        naive_rate = naive_rows / naive_seconds
        print(f"naive:    {naive_rows:,} rows (one MERGE per transaction) in {naive_seconds:.1f}s "
              f"= {naive_rate:,.0f} rows/s")
        for workers, rate in rates.items():
            print(f"ratio:    kg with {workers} worker(s) is {rate / naive_rate:.0f}x the naive loader")
        print(f"load average now {os.getloadavg()[0]:.1f}")
        empty(driver, config.database)


if __name__ == "__main__":
    main()
