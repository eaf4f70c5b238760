"""`timeline build --engine dask`: extraction on a Dask cluster (pip install 'timeline[dask]').

Extraction is a pure function of one article, so it is shipped to the cluster's workers a bounded
batch at a time (articles stay streamed) and gathered back in input order; the merge and the writer
run here, so the file written is byte for byte the one of the local engine. The cluster is the one
at `--scheduler ADDRESS` (tcp://host:8786), or a local distributed cluster of `--jobs` worker
processes started for the build and stopped after it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from timeline.cache import ExtractionCache, extracted_batch
from timeline.errors import UsageError
from timeline.events import extract
from timeline.model import Article, Event

BATCH_PER_WORKER = 32  # articles in flight per worker: enough to keep it busy, few enough to stay streamed


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


def extracted(articles: Iterable[Article], scheduler: str | None, workers: int,
              cache: ExtractionCache | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with its events, extracted on the cluster, in input order."""
    with _client(scheduler, workers) as client:
        batch_size = BATCH_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        iterator = iter(articles)
        while batch := list(islice(iterator, batch_size)):
            yield from extracted_batch(batch, cache, lambda todo: client.gather(client.map(extract, todo, pure=False)))
