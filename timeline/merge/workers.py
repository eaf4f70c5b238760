"""Merging, workers: where the merge's independent pieces run (the years of timeline.merge.partitions, the runs of
undated mentions).

A piece of work is `task(shared, piece)`: `shared` is what every piece reads (the statistics, the items, the
clusters: megabytes), `piece` names one piece (a year's position, a run's positions: a few numbers). The
result is the list of `task(shared, piece)` in the order of the pieces, wherever they ran:

- `InProcess`: here, one after the other (`--jobs 1`).
- `ProcessPool`: on `jobs` local processes. Each process receives `shared` once, when it starts: forked, it
  inherits it (nothing is pickled; where processes are not forked, it is pickled once a process), and each
  piece sends only its few numbers. Pieces are dealt one at a time, in the order given (largest first), to
  whichever process is free.
- the Dask engine's workers (timeline.dask_engine.DaskWorkers): `shared` is scattered to every worker once.

A task must not change `shared` (a process runs several pieces on the one copy it holds): it copies what it
changes.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

S = TypeVar("S")
P = TypeVar("P")
R = TypeVar("R")

# what a pool process was given when it started (task, shared): set once by _hold, in that process only, and
# read by every piece it runs; the merging process itself never writes it
_HELD: dict[str, Any] = {}


class Workers(Protocol):
    """Runs the pieces of one step of the merge: [task(shared, p) for p in pieces], in order."""

    @property
    def width(self) -> int:
        """How many pieces run at once (a step splits its work into about this many pieces)."""
        ...

    def run(self, task: Callable[[S, P], R], shared: S, pieces: Sequence[P]) -> list[R]: ...


@dataclass(frozen=True)
class InProcess:
    """Every piece here, in order."""

    @property
    def width(self) -> int:
        return 1

    def run(self, task: Callable[[S, P], R], shared: S, pieces: Sequence[P]) -> list[R]:
        return [task(shared, p) for p in pieces]


@dataclass(frozen=True)
class ProcessPool:
    """The pieces on a pool of `jobs` local processes, each holding `shared` from its start (see the module)."""

    jobs: int

    @property
    def width(self) -> int:
        return max(1, self.jobs)

    def run(self, task: Callable[[S, P], R], shared: S, pieces: Sequence[P]) -> list[R]:
        if self.jobs <= 1 or len(pieces) <= 1:
            return InProcess().run(task, shared, pieces)
        with ProcessPoolExecutor(max_workers=min(self.jobs, len(pieces)), mp_context=_forking(),
                                 initializer=_hold, initargs=(task, shared)) as pool:
            return list(pool.map(_run_held, pieces))


def local_workers(jobs: int) -> Workers:
    return ProcessPool(jobs) if jobs > 1 else InProcess()


def _forking() -> Any:
    """Forked processes where the system has them (they inherit `shared` without pickling), else the default."""
    return multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


def _hold(task: Callable[[Any, Any], Any], shared: Any) -> None:
    """A pool process's start: keep the task and what it reads. And leave alone what was inherited: a forked
    process that collected garbage across the merge's millions of inherited objects would touch (and so copy)
    every page of them; gc.freeze excludes them from its collections."""
    gc.freeze()
    _HELD["task"], _HELD["shared"] = task, shared


def _run_held(piece: Any) -> Any:
    return _HELD["task"](_HELD["shared"], piece)
