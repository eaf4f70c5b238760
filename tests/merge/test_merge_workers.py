"""Where the merge's pieces run (timeline.merge.workers): the same results, in order, wherever they run."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from timeline.merge.workers import InProcess, ProcessPool, local_workers


def _scaled(shared: dict[str, int], piece: int) -> tuple[int, int]:
    return piece, piece * shared["factor"]


def _process(shared: object, piece: int) -> int:
    return os.getpid()


class Unpicklable:
    """Shared data that cannot be pickled: only a forked process can hold it."""

    factor = 3

    def __reduce__(self):
        raise TypeError("shared data was pickled")


def _unpicklable_scaled(shared: Unpicklable, piece: int) -> int:
    return piece * shared.factor


def test_a_pool_gives_the_results_of_every_piece_in_order():
    pieces = [5, 0, 3, 9, 1, 7]
    here = InProcess().run(_scaled, {"factor": 2}, pieces)
    assert here == [(5, 10), (0, 0), (3, 6), (9, 18), (1, 2), (7, 14)]
    assert ProcessPool(2).run(_scaled, {"factor": 2}, pieces) == here
    assert ProcessPool(3).run(_scaled, {"factor": 2}, pieces[:1]) == here[:1]  # one piece: here, no pool


def test_pieces_run_in_other_processes_only_with_several_jobs():
    assert set(InProcess().run(_process, None, [1, 2])) == {os.getpid()}
    assert set(local_workers(1).run(_process, None, [1, 2])) == {os.getpid()}
    assert os.getpid() not in set(local_workers(2).run(_process, None, [1, 2, 3, 4]))


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="forked processes only")
def test_forked_processes_inherit_the_shared_data_without_pickling_it():
    assert ProcessPool(2).run(_unpicklable_scaled, Unpicklable(), [1, 2, 3]) == [3, 6, 9]


def test_widths():
    assert InProcess().width == 1 and ProcessPool(3).width == 3 and ProcessPool(0).width == 1


def test_entries_made_on_a_pool_are_those_made_here():
    # each dated cluster's generated entry is a pure function of its members (timeline.merge._generated): made on
    # the merge's workers, in runs of consecutive clusters, they come back in order, equal to those made here
    from timeline.merge import _generated
    from timeline.merge.clustering import Cluster
    from timeline.merge.entries import generated_entry
    from timeline.merge.similarity import item_of
    from timeline.model import Event, Source

    def cluster(article: str, date: str, sentence: str) -> Cluster:
        words = tuple(sorted(set(sentence.lower().rstrip(".").split())))
        made = Cluster()
        made.add(item_of(Event(article, date, "", sentence.rstrip("."), Source(article, sentence, f"on {date}"), words,
                               words[0])))
        return made

    clusters = [cluster(a, f"2016-04-0{d}", f"Rebels took the town number {d} on the coast.") for a in "ab"
                for d in range(1, 8)]
    clusters.insert(3, Cluster())  # an undated cluster makes no generated entry
    here = [generated_entry(c.members) for c in clusters if c.dated]
    assert _generated(clusters, InProcess()) == here
    assert _generated(clusters, ProcessPool(2)) == here
