"""`timeline build --engine dask`: extraction and the partitioned merge on a Dask cluster (pip install 'timeline[dask]').

Extraction is a pure function of one article, so it is shipped to the cluster's workers a bounded
batch at a time (articles stay streamed) and gathered back in input order. The merge's independent
pieces (each calendar year's clustering, the runs of undated mentions: timeline.merge.partitions) are
the same calls the local pool makes, run on the cluster's workers (`DaskWorkers`, a
timeline.merge.workers.Workers); the rest of the merge and the writer run here, so the file written is
byte for byte the one of the local engine. The cluster is the one at `--scheduler ADDRESS`
(tcp://host:8786), or a local distributed cluster of `--jobs` worker processes started for the build
and stopped after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from timeline.batches import one_ahead
from timeline.cache import Extracted, ExtractionCache, extracted_batch
from timeline.errors import UsageError
from timeline.events import extract
from timeline.model import Article

S = TypeVar("S")
P = TypeVar("P")
R = TypeVar("R")

BATCH_PER_WORKER = 32  # articles in flight per worker: enough to keep it busy, few enough to stay streamed


def _gathered(client: Any, futures: list[Any]) -> Iterator[Any]:
    """The futures' results, in order, waited for when first asked (the work is already submitted)."""
    yield from client.gather(futures)


def _client_module() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError("--engine dask needs Dask: pip install 'timeline[dask]'") from None
    return distributed


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    distributed = _client_module()
    # the cluster's own chatter (worker start and stop) is not the build's business: errors only
    for name in ("distributed", "distributed.nanny", "distributed.scheduler", "distributed.worker"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as error:
            raise UsageError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({error})") from None
        with client:
            yield client
        return
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


class DaskWorkers:
    """A build's Dask cluster: the articles' extraction, and the merge's pieces (timeline.merge.workers.Workers)."""

    def __init__(self, client: Any, workers: int) -> None:
        self.client = client
        self._workers = workers

    @property
    def width(self) -> int:
        """The cluster's workers (those it has now; else the number asked for)."""
        return max(1, len(self.client.scheduler_info().get("workers", {})) or self._workers)

    def extracted(self, articles: Iterable[Article],
                  cache: ExtractionCache | None = None) -> Iterator[Extracted]:
        """Each article with its events (and, with a cache, their items as stored), extracted on the cluster, in input
        order."""
        client = self.client
        # the next batch is read and submitted before this one is handed on (timeline.batches)
        yield from one_ahead(articles, BATCH_PER_WORKER * self.width, lambda batch: extracted_batch(
            batch, cache, lambda todo: _gathered(client, client.map(extract, todo, pure=False))))

    def run(self, task: Callable[[S, P], R], shared: S, pieces: Sequence[P]) -> list[R]:
        """[task(shared, p) for p in pieces] on the cluster: `shared` scattered to every worker once, each piece
        a task of its own (the scheduler deals them to free workers), gathered in order."""
        if not pieces:
            return []
        held = self.client.scatter(shared, broadcast=True, hash=False)
        futures = self.client.map(task, [held] * len(pieces), list(pieces), pure=False)
        try:
            return list(self.client.gather(futures))
        finally:
            self.client.cancel([held])


@contextmanager
def session(scheduler: str | None, workers: int) -> Iterator[DaskWorkers]:
    """The cluster for one build: at `scheduler`, else a local one of `workers` processes (stopped after)."""
    with _client(scheduler, workers) as client:
        yield DaskWorkers(client, workers)

