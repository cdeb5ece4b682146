"""Extraction on a Dask distributed cluster: the workers extract, this process (the client) merges.

One scheduler (``dask scheduler``), ``dask worker tcp://SCHEDULER:8786`` on every machine (with kg
installed), and ``kg build --cluster tcp://SCHEDULER:8786``. The client reads the inputs (local
paths or fsspec URLs, see :mod:`kg.inputs`) and sends articles in chunks; each worker process builds
its pipeline once (:func:`kg.parallel.extract_chunk`) and returns the chunk's graphs, which the run
loop merges in input order. Schema files given with ``--schema`` must be readable by the workers at
the same path. A worker that dies is retried by Dask; a chunk that keeps killing workers comes back
as ``KilledWorker`` and its articles are sent again one by one (:mod:`kg.run`).
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from kg.model import Article
from kg.parallel import CHUNK_CHARS, WORKER_DIED, Outcome, PipelineSpec, extract_chunk, warm_up


class ClusterError(RuntimeError):
    """The cluster cannot be used; the message says why (one line)."""


class DaskCluster:
    """A :class:`~kg.parallel.Backend` on the Dask cluster whose scheduler is at ``address``
    (or an object ``distributed.Client`` accepts, such as a ``LocalCluster``)."""

    chunk_chars = CHUNK_CHARS

    def __init__(self, spec: PipelineSpec, address: Any, *, timeout: float = 20) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise ClusterError("--cluster needs Dask distributed: pip install 'kg[cluster]'") from exc
        spec.check_picklable()
        self.spec = spec
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {' '.join(str(exc).split())}") from exc
        threads = sum(self.client.nthreads().values())
        if not threads:
            self.client.close()
            raise ClusterError(f"the Dask scheduler at {address} has no workers (start them with: dask worker "
                               f"{self.client.scheduler.address})")
        self.window = 2 * threads + 1
        # every worker builds its pipeline now, while the client reads input (kept: a dropped future is cancelled)
        self._warm = [self.client.submit(warm_up, spec, workers=[address], allow_other_workers=False, pure=False)
                      for address in self.client.nthreads()]

    def submit(self, articles: list[Article]) -> Future[list[Outcome]]:
        return self.client.submit(extract_chunk, self.spec, articles, pure=False)

    def lost(self, exc: BaseException) -> bool:
        from distributed import KilledWorker

        return isinstance(exc, KilledWorker)

    def alone(self, article: Article) -> Outcome:
        from distributed import KilledWorker

        try:
            return self.submit([article]).result()[0]
        except KilledWorker:  # Dask retried it on other workers, and they died too
            return WORKER_DIED

    def close(self) -> None:
        self.client.close()
