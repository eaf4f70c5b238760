"""A result and its receipt (twins52, merge.reported_acts.join_received_results): "The hospital received the results
of the tests" joins the one entry of its day that tells their outcome ("Laboratory tests came back positive for the
H1N1 virus"); another thing's results, no outcome told, or two outcomes stay apart (reported_acts.yaml
``received_examples``)."""

from __future__ import annotations

import pytest

from timeline.merge.reported_acts import join_received_results, received_thing, rules, tells_outcome
from timeline.merge.title_choice import untold_as_printed

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path


def _rows(day: list) -> list[tuple[str, ...]]:
    rows = []
    for i, entry in enumerate(day):
        title, sentence = (entry[0], entry[1]) if isinstance(entry, list) else (entry, entry + ".")
        rows.append((f"a{i}", "2009-06-18", title, sentence))
    return rows


RECEIVED = rules()["received_examples"]


def _received_groups(day: list) -> int:
    clusters, _ = singleton_clusters(_rows(day))
    join_received_results(clusters)
    return len([c for c in clusters if c.members])


@pytest.mark.parametrize("day", RECEIVED["one"])
def test_a_receipt_of_results_joins_their_outcome(day):
    assert _received_groups(day) == 1


@pytest.mark.parametrize("day", RECEIVED["apart"])
def test_another_things_results_no_outcome_or_two_outcomes_stay_apart(day):
    assert _received_groups(day) == len(day)


def test_the_received_thing_follows_results_of():
    assert received_thing("Royal Free Hospital received the results of the tests") == "tests"
    assert received_thing("The hospital received a patient with flu") is None
    assert not tells_outcome("Doctors ordered more tests", received_thing("He received the results of the tests"))


def test_results_of_tests_it_never_names_are_untold():
    assert untold_as_printed("Royal Free Hospital received the results of the tests",
                             "The hospital received the results of the tests on Thursday.")
    assert not untold_as_printed("Doctors received the results of the H1N1 tests",
                                 "Doctors received the results of the H1N1 tests on Thursday.")
