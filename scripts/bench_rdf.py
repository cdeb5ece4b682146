"""Benchmark: Turtle export of a ≥ 1M-triple graph, the project's path against plain rdflib.

Builds a synthetic graph with the schema's types (valid heads and tails, Chinese names and
evidence), then, in this one process, times

* ``kg``      ``kg.sinks.rdf.write_rdf(graph, path, "turtle")`` (statements + pyoxigraph);
* ``rdflib``  ``kg.sinks.rdf.to_rdf(graph)`` and rdflib's own ``serialize(format="turtle")``;

checks that both files hold the same triples, and prints triples/s and the ratio. It also
times the serializers alone on the rdflib graph: rdflib's ``turtle`` against oxrdflib's
``ox-turtle`` (the rdflib API with pyoxigraph underneath).

    python scripts/bench_rdf.py [--triples 1000000] [--out /tmp/bench_rdf]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rich.console import Console
from rich.table import Table

from kg.model import DocumentInfo, Entity, KnowledgeGraph, Relation, entity_id
from kg.schema import load_schema
from kg.sinks.rdf import to_rdf, write_rdf

TRIPLES_PER_ENTITY = 6  # type, label, alias, id, mention count, mentionedIn
TRIPLES_PER_RELATION = 11  # direct triple + an assertion of ten


def synthetic_graph(triples: int, seed: int = 0) -> KnowledgeGraph:
    """A graph of at least ``triples`` triples: one entity for every four relations."""
    rnd = random.Random(seed)
    schema = load_schema()
    n_rel = triples // (TRIPLES_PER_RELATION + TRIPLES_PER_ENTITY // 4) + 1
    n_ent, n_doc = n_rel // 4 + 1, 200
    g = KnowledgeGraph()
    for d in range(n_doc):
        g.documents[f"doc{d:04d}"] = DocumentInfo(f"doc{d:04d}", f"海关总署召开会议第{d}号", f"news/{d}.txt",
                                                  f"{d:064x}", 2000)
    by_type: dict[str, list[Entity]] = {t: [] for t in schema.entity_types}
    for i in range(n_ent):
        type_ = rnd.choice(list(schema.entity_types))
        name = f"{schema.entity_types[type_].zh}{i}号“测试”"
        doc = f"doc{i % n_doc:04d}"
        e = g.add_entity(Entity(entity_id(type_, name), name, type_, [f"别名{i}"], [doc], 3))
        by_type[type_].append(e)
    rels = list(schema.relation_types.values())
    while len(g.relations) < n_rel:
        rel = rnd.choice(rels)
        head, tail = rnd.choice(by_type[rnd.choice(rel.head)]), rnd.choice(by_type[rnd.choice(rel.tail)])
        start = rnd.randrange(1900)
        evidence = f"{head.name}{rel.zh}{tail.name}，会议强调要抓好落实。"
        g.relations.append(Relation(head.id, tail.id, rel.name, evidence, f"doc{rnd.randrange(n_doc):04d}",
                                    start, start + 40, rnd.random()))
    return g


@dataclass(frozen=True)
class Timing:
    """Wall-clock and CPU seconds of one step (every step is single-threaded, so CPU time is
    the fairer measure on a machine shared with other jobs)."""

    wall: float
    cpu: float

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.wall + other.wall, self.cpu + other.cpu)


def timed(fn: Callable[[], object]) -> tuple[Timing, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, help="folder for the output files (default: a temp dir)")
    args = parser.parse_args()
    console = Console()
    out = args.out or Path(tempfile.mkdtemp(prefix="bench_rdf_"))
    out.mkdir(parents=True, exist_ok=True)

    with console.status("building the synthetic graph"):
        graph = synthetic_graph(args.triples)
    with console.status("kg: write_rdf (pyoxigraph)"):
        t_kg, n = timed(lambda: write_rdf(graph, out / "kg.ttl", "turtle"))
    with console.status("rdflib: to_rdf + serialize(format='turtle')"):
        t_build, ds = timed(lambda: to_rdf(graph))
        t_ser, _ = timed(lambda: ds.serialize(out / "rdflib.ttl", format="turtle"))
    with console.status("serializers alone on one rdflib Graph"):
        union = Graph()
        union.addN((s, p, o, union) for s, p, o, _ in ds.quads())
        t_rdflib, _ = timed(lambda: union.serialize(out / "rdflib_graph.ttl", format="turtle"))
        t_ox, _ = timed(lambda: union.serialize(out / "oxrdflib.ttl", format="ox-turtle"))

    with console.status("checking that the outputs hold the same triples"):
        mine = set(ox.parse(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE))
        theirs = set(ox.parse(path=str(out / "rdflib.ttl"), format=ox.RdfFormat.TURTLE))
    if mine != theirs or len(mine) != n:
        raise SystemExit(f"outputs differ: kg {len(mine)} triples, rdflib {len(theirs)}, reported {n}")

    baseline = t_build + t_ser
    rows = [("kg write_rdf", t_kg, baseline),
            ("rdflib to_rdf + turtle", baseline, baseline),
            ("Graph: rdflib turtle", t_rdflib, t_rdflib),
            ("Graph: oxrdflib ox-turtle", t_ox, t_rdflib)]
    table = Table(title=f"Turtle export of {n:,} triples ({len(graph.entities):,} entities, "
                        f"{len(graph.relations):,} relations)")
    for col in ("path", "wall s", "CPU s", "triples/s CPU", "× CPU", "× wall"):
        table.add_column(col, justify="left" if col == "path" else "right")
    for name, t, base in rows:
        table.add_row(name, f"{t.wall:.2f}", f"{t.cpu:.2f}", f"{n / t.cpu:,.0f}", f"{base.cpu / t.cpu:.1f}×",
                      f"{base.wall / t.wall:.1f}×")
    console.print(table)
    console.print("kg write_rdf: check, statements, pyoxigraph Turtle; baseline: kg's to_rdf (rdflib "
                  f"Dataset) then rdflib's turtle serializer ({t_ser.cpu:.2f} s CPU of it). 'Graph:' rows "
                  "serialize one prepared rdflib Graph: rdflib's serializer against oxrdflib's.")
    console.print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    console.print(f"kg / plain rdflib, end to end: [bold]{baseline.cpu / t_kg.cpu:.1f}×[/bold] CPU, "
                  f"{baseline.wall / t_kg.wall:.1f}× wall; serializer alone, oxrdflib / rdflib: "
                  f"{t_rdflib.cpu / t_ox.cpu:.1f}× CPU; same triples in both files: yes")


if __name__ == "__main__":
    main()
