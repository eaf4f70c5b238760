"""twins56: a campaign's start told as its launch, by a subject listing its doers (derivations.yaml
``campaign_launches`` and ``doer_list_links``; timeline.merge.joins.join_year_incidents)."""

from __future__ import annotations

import pytest

from test_merge_derivations import _check_join_of_finished_entries, _event
from timeline.merge.joins import _launches_campaign, _listed_doers, join_year_incidents
from timeline.merge.similarity import derivations, item_of, title_words

CASES = derivations()["campaign_launches"]["examples"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_month_tellings_of_one_campaign_launch(case):
    _check_join_of_finished_entries(join_year_incidents, case)


@pytest.mark.parametrize("title, launched", [
    ("The United States and its NATO allies launched the U.N.-backed mission against Libya", True),
    ("France launched a military offensive in Mali", True),
    ("BP launched a clean-up operation", False),  # a company's operation is no campaign
    ("South African president Jacob Zuma headed an African Union mission to Tripoli", False),  # no launch verb
    ("Government forces flew a helicopter reconnaissance mission over Misrata", False),
    ("BP launched an appeal against the ruling", False),  # no object of the list
    ("NATO launched a website that tells its mission", False),  # the object too far after the verb
])
def test_a_launch_needs_its_verb_and_an_object_near_it(title, launched):
    assert _launches_campaign(title_words(title)) is launched


@pytest.mark.parametrize("title, listed", [
    ("The United States and its NATO allies launched the mission", {"united", "states", "nato"}),
    ("NATO countries joined the fight", {"nato"}),
    ("The French army and Chadian troops launched an offensive", {"french"}),  # "army" ends the list
    ("NATO-led forces launched the offensive", {"nato"}),
])
def test_the_names_a_subject_lists(title, listed):
    item = item_of(_event("a", "2011-03", title, "launched", "x", "2011-06-01"))
    assert _listed_doers(item) == listed

