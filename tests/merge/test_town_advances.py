"""twins51: a side's arrival at or push to a town ("reached the Bir al-Ghanam area", "pushing to the outskirts of
Bir al-Ghanam") is that day's ground battle of the town (derivations.yaml town_battles ``arrivals``, ``side_moves``,
``ground_phrases``, ``advance_examples``); a deal, a ship or a figure that "reached" a place tells none, and another
town, an air strike or a deal stays apart."""

from __future__ import annotations

import pytest

from test_battles import _clusters, _pair_joined

from timeline.merge.battles import join_town_battles, title_battle
from timeline.merge.similarity import derivations

EXAMPLES = derivations()["town_battles"]["advance_examples"]


@pytest.mark.parametrize("title,kind,towns", EXAMPLES["battle"])
def test_an_arrival_or_push_tells_a_ground_battle_of_its_town(title, kind, towns):
    assert title_battle(title) == (kind, frozenset(towns))


@pytest.mark.parametrize("title", EXAMPLES["none"])
def test_a_deal_a_ship_or_a_figure_reaching_a_place_tells_no_battle(title):
    assert title_battle(title) is None


@pytest.mark.parametrize("pair", EXAMPLES["one"])
def test_one_days_advance_on_one_town_is_one_entry(pair):
    assert _pair_joined(pair)


@pytest.mark.parametrize("pair", EXAMPLES["apart"])
def test_other_towns_air_strikes_and_deals_stay_apart(pair):
    assert not _pair_joined(pair)


def test_an_advance_on_another_day_stays_apart():
    clusters = _clusters([("a", "2011-06-26", "About 50 rebel fighters reached the Bir al-Ghanam area"),
                          ("b", "2011-06-30", "The insurgents scored a success in pushing to the outskirts of Bir al-Ghanam")])
    join_town_battles(clusters)
    assert all(c.members for c in clusters)
