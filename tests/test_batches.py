"""Batches of extraction, the next one started before this one is handed on (timeline.batches)."""

from __future__ import annotations

from collections.abc import Iterator

from timeline.batches import batches, one_ahead


def test_batches_cut_in_order():
    assert list(batches(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches([], 3)) == []


def test_each_batch_is_started_before_the_previous_one_is_handed_on():
    log: list[str] = []

    def results(batch: list[int]) -> Iterator[int]:
        log.append(f"submit {batch[0]}")
        for n in batch:
            yield n * 10

    handed = []
    for n in one_ahead(range(5), 2, results):
        log.append(f"hand {n}")
        handed.append(n)
    assert handed == [0, 10, 20, 30, 40]
    # batch [2, 3] is submitted before 0 and 10 are handed on; [4] before 20 and 30; never more than two in flight
    assert log == ["submit 0", "submit 2", "hand 0", "hand 10", "submit 4", "hand 20", "hand 30", "hand 40"]


def test_a_batch_that_gives_nothing_is_skipped():
    assert list(one_ahead(range(4), 2, lambda batch: iter([n for n in batch if n > 1]))) == [2, 3]
