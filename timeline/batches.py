"""Extraction a batch at a time, the next batch under way while this one is handed on.

Articles are extracted a bounded batch at a time (they stay streamed). Handing one batch's results on, then
reading and submitting the next, would leave the workers idle while the build reads; `one_ahead` starts each
batch (reads its articles and submits them) before the previous batch's results are handed on, so the workers
always hold the next batch's work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

_NONE = object()  # a batch that gave nothing


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """`items` in lists of `size` (the last one shorter), read only as each list is asked for."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def one_ahead(items: Iterable[T], size: int, results: Callable[[list[T]], Iterator[R]]) -> Iterator[R]:
    """Everything `results` gives for each batch of `items`, in order. `results(batch)` must submit its work
    when first advanced (a generator: then it waits for its first result): each batch is started that way
    before the previous batch's results are handed on, so at most two batches are in flight."""
    previous: Iterator[R] | None = None
    for batch in batches(items, size):
        current = results(batch)
        first = next(current, _NONE)
        started: Iterator[R] = chain([first], current) if first is not _NONE else iter(())  # type: ignore[list-item]
        if previous is not None:
            yield from previous
        previous = started
    if previous is not None:
        yield from previous
