"""Plan write batches so that transactions running side by side do not lock the same nodes.

Creating a relationship locks both its end nodes, so two parallel transactions that share a node
wait for each other (or deadlock and retry). Every node id gets one of ``parts`` partitions from a
stable hash; the edges between partitions p and q form bucket {p, q}. The buckets are run in rounds
in which no partition appears twice (the rounds of a round-robin tournament, plus the round of the
buckets {p, p}), so the buckets of one round touch disjoint sets of nodes and may run at once, while
the batches inside a bucket run one after the other. This is the "mix and batch" technique.

Node locks are not the only ones: Neo4j also locks the relationship at the head of a node's chain,
and an edge created in an earlier round sits in two partitions' chains, so a rare deadlock remains
possible; the loader's transactions are retried on it.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Sequence

from kg.sinks.neo4j_rows import Row

#: One transaction's work: a Cypher statement and its ``$rows``.
Batch = tuple[str, list[Row]]
#: Batches one worker runs in order.
Job = list[Batch]
#: Jobs that may run at the same time.
Round = list[Job]


def partition(node_id: str, parts: int) -> int:
    """The partition of ``node_id``, the same in every process."""
    return zlib.crc32(node_id.encode("utf-8")) % parts


def tournament(parts: int) -> list[list[tuple[int, int]]]:
    """Rounds of partition pairs: every pair (p, q) with p ≤ q exactly once, and no partition twice in a
    round. ``parts`` must be even (the circle method)."""
    if parts < 2 or parts % 2:
        raise ValueError(f"the number of partitions must be even and at least 2, not {parts}")
    rounds = [[(p, p) for p in range(parts)]]
    circle = list(range(parts))
    for _ in range(parts - 1):
        rounds.append([tuple(sorted((circle[i], circle[-1 - i]))) for i in range(parts // 2)])
        circle = [circle[0], circle[-1], *circle[1:-1]]
    return rounds


def _batches(statements: Iterable[tuple[str, Sequence[Row]]], size: int) -> list[Batch]:
    """Each statement's rows cut into batches of at most ``size``, in order."""
    return [(query, list(rows[i:i + size])) for query, rows in statements for i in range(0, len(rows), size)]


def independent(statements: Iterable[tuple[str, Sequence[Row]]], batch_size: int) -> list[Round]:
    """One round of single-batch jobs, for rows that never share a node (nodes by their unique ids)."""
    return [[[batch] for batch in _batches(statements, batch_size)]]


def edge_rounds(statements: Iterable[tuple[str, Sequence[Row]]], ends: Callable[[Row], tuple[str, str]],
                workers: int, batch_size: int) -> list[Round]:
    """Rounds for edge rows (``ends`` gives a row's two node ids) such that the jobs of a round share
    no node; with one worker, or rows for one batch only, a single job in the original order."""
    statements = list(statements)
    if workers <= 1 or sum(len(rows) for _, rows in statements) <= batch_size:
        return [[_batches(statements, batch_size)]]
    parts = 2 * workers
    buckets: dict[tuple[int, int], dict[str, list[Row]]] = {}
    for query, rows in statements:
        for row in rows:
            p, q = sorted(partition(node, parts) for node in ends(row))
            buckets.setdefault((p, q), {}).setdefault(query, []).append(row)
    rounds: list[Round] = []
    for pairs in tournament(parts):
        jobs = [_batches(buckets[pair].items(), batch_size) for pair in pairs if pair in buckets]
        if jobs:
            rounds.append(jobs)
    return rounds
