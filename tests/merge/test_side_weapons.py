"""A sniper listed beside a fighting side or a ground weapon is that side's weapon in its town's battle, no incident
(merge.battles.title_battle, derivations.yaml ``town_battles`` ``side_weapons``, twins71): "Libyan government tanks and
snipers put up scattered, last-ditch resistance in Tripoli" is Tripoli's ground battle of the day and joins "Rebel
fighters swept into Tripoli"; a sniper alone ("A sniper killed two rebels in Misrata") stays an incident."""

from __future__ import annotations

import pytest
from test_battles import _clusters

from timeline.merge.battles import join_town_battles, title_battle
from timeline.merge.similarity import derivations

EXAMPLES = derivations()["town_battles"]["weapon_examples"]


@pytest.mark.parametrize("title,kind,towns", EXAMPLES["battle"])
def test_a_sides_sniper_tells_its_towns_battle(title, kind, towns):
    assert title_battle(title) == (kind, frozenset(towns))


@pytest.mark.parametrize("title", EXAMPLES["none"])
def test_a_sniper_alone_or_beside_a_bomber_stays_an_incident(title):
    assert title_battle(title) is None


def _alive(pair: list[str], reverse: bool) -> int:
    rows = [("a", "2011-08-22", pair[0]), ("b", "2011-08-22", pair[1])]
    clusters = _clusters(rows[::-1] if reverse else rows)
    join_town_battles(clusters)
    return sum(bool(c.members) for c in clusters)


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize("pair", EXAMPLES["one"])
def test_the_sides_resistance_joins_its_towns_battle_in_either_order(pair, reverse):
    assert _alive(pair, reverse) == 1


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize("pair", EXAMPLES["apart"])
def test_another_town_a_lone_sniper_or_an_air_strike_stays_apart(pair, reverse):
    assert _alive(pair, reverse) == 2
