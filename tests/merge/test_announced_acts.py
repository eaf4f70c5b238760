"""An announcement of a named one's act told by its noun, and the act itself (twins52,
merge.reported_acts.join_announced_acts): "a press conference announcing Younis' death" joins the one entry of its
day that tells Younis killed; an announcement owned by no one, another one's act, another act, a second
announcement, or two candidate acts stay apart (reported_acts.yaml ``announced_examples``)."""

from __future__ import annotations

import pytest

from timeline.merge.reported_acts import (announced_act, does_announced, join_announced_acts, join_received_results,
                                            received_thing, rules, tells_outcome)

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = rules()["announced_examples"]


def _rows(day: list) -> list[tuple[str, ...]]:
    rows = []
    for i, entry in enumerate(day):
        title, sentence = (entry[0], entry[1]) if isinstance(entry, list) else (entry, entry + ".")
        rows.append((f"a{i}", "2011-07-28", title, sentence))
    return rows


def _groups(day: list) -> int:
    clusters, _ = singleton_clusters(_rows(day))
    join_announced_acts(clusters)
    return len([c for c in clusters if c.members])


@pytest.mark.parametrize("day", EXAMPLES["one"])
def test_an_announced_act_joins_the_act(day):
    assert _groups(day) == 1


@pytest.mark.parametrize("day", EXAMPLES["apart"])
def test_no_owner_another_act_or_two_acts_stay_apart(day):
    assert _groups(day) == len(day)


def test_the_owner_is_the_possessor_or_the_name_after_of():
    act = announced_act("A press conference announcing Younis' death")
    assert act is not None and "killed" in act.verbs and len(act.owner) == 1
    assert announced_act("The ministry announced Howard Davies's resignation").owner \
        <= announced_act("The ministry announced the resignation of Howard Davies in London").owner == {"howard", "davies"}


def test_a_noun_far_from_the_announcing_word_or_with_no_owner_is_no_announced_act():
    assert announced_act("The London School of Economics announced the resignation of a director") is None
    assert announced_act("Younis' death shocked the rebels who had earlier announced an offensive on Brega") is None
    assert announced_act("Younis was killed in Benghazi") is None


def test_the_act_must_name_its_owner_in_its_title_or_sentences():
    act = announced_act("A press conference announced Younis' death")
    assert does_announced("The commander was killed", ("Abdel Fattah Younis, the commander, was killed.",), act)
    assert not does_announced("The commander was killed", ("The commander was killed.",), act)


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
