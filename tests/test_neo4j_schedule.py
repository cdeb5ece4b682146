"""The plan of parallel Neo4j write batches: every row once, no shared node inside a round."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from kg.sinks.neo4j_schedule import edge_rounds, independent, partition, tournament


@pytest.mark.parametrize("parts", [2, 4, 6, 8])
def test_the_tournament_meets_every_pair_once_and_no_partition_twice_a_round(parts):
    rounds = tournament(parts)
    pairs = [pair for r in rounds for pair in r]
    assert sorted(pairs) == [(p, q) for p in range(parts) for q in range(p, parts)]
    for r in rounds:
        used = [p for pair in r for p in set(pair)]
        assert len(used) == len(set(used))


def test_an_odd_number_of_partitions_is_refused():
    with pytest.raises(ValueError, match="even"):
        tournament(3)


def _edges(n_nodes: int, n_edges: int) -> list[dict]:
    rng = random.Random(3)
    nodes = [f"Person:人物{i}" for i in range(n_nodes)]
    return [{"source": rng.choice(nodes), "target": rng.choice(nodes), "n": i} for i in range(n_edges)]


@pytest.mark.parametrize("workers", [2, 3])
def test_jobs_of_a_round_share_no_node_and_every_row_is_planned_once(workers):
    edges = _edges(300, 5000)
    held, other = edges[:3000], edges[3000:]
    rounds = edge_rounds([("A", held), ("B", other)], lambda r: (r["source"], r["target"]), workers, 100)

    planned = Counter((query, row["n"]) for r in rounds for job in r for query, rows in job for row in rows)
    assert planned == Counter([("A", e["n"]) for e in held] + [("B", e["n"]) for e in other])
    assert all(len(rows) <= 100 for r in rounds for job in r for _, rows in job)
    assert max(len(r) for r in rounds) >= workers  # there is parallel work to do
    for r in rounds:
        nodes = [{n for _, rows in job for row in rows for n in (row["source"], row["target"])} for job in r]
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                assert not a & b


def test_one_worker_keeps_the_original_order_in_one_job():
    edges = _edges(50, 250)
    rounds = edge_rounds([("A", edges), ("B", [])], lambda r: (r["source"], r["target"]), 1, 100)
    assert len(rounds) == 1 and len(rounds[0]) == 1
    assert [row for _, rows in rounds[0][0] for row in rows] == edges
    assert [len(rows) for _, rows in rounds[0][0]] == [100, 100, 50]


def test_rows_for_one_batch_are_not_split_between_workers():
    edges = _edges(50, 80)
    rounds = edge_rounds([("A", edges[:30]), ("B", edges[30:])], lambda r: (r["source"], r["target"]), 2, 100)
    assert rounds == [[[("A", edges[:30]), ("B", edges[30:])]]]


def test_independent_rows_are_single_batch_jobs_of_one_round():
    rounds = independent([("A", list(range(250))), ("B", list(range(10)))], 100)
    assert [[(q, len(rows)) for q, rows in job] for job in rounds[0]] == [[("A", 100)], [("A", 100)], [("A", 50)],
                                                                            [("B", 10)]]


def test_partitions_are_stable_and_spread():
    ids = [f"Organization:机构{i}" for i in range(4000)]
    assert [partition(i, 4) for i in ids] == [partition(i, 4) for i in ids]
    assert all(900 < n < 1100 for n in Counter(partition(i, 4) for i in ids).values())
