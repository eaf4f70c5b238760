"""One attack, battle or strike wave on one town told by several entries of one day is one entry
(merge.battles.title_battle, join_town_battles; derivations.yaml ``town_battles``): the examples' titles tell a class
of violence and the towns it hit, the near misses (a plan, a running tally, a reaction, a country) tell none; a generic
casualty title joins only the one ground battle of its day and town."""

from __future__ import annotations

import pytest

from timeline.merge.battles import GENERIC, join_town_battles, title_battle
from timeline.merge.clustering import Cluster
from timeline.merge.similarity import derivations, item_of
from timeline.model import Event, Source

EXAMPLES = derivations()["town_battles"]["examples"]


@pytest.mark.parametrize("title,kind,towns", EXAMPLES["battle"])
def test_a_title_tells_its_class_of_violence_and_its_towns(title, kind, towns):
    assert title_battle(title) == (kind, frozenset(towns))


@pytest.mark.parametrize("title", EXAMPLES["none"])
def test_a_plan_a_tally_a_reaction_or_a_country_tells_no_battle(title):
    assert title_battle(title) is None


@pytest.mark.parametrize("title,quote,towns", EXAMPLES["quoted"])
def test_a_title_naming_no_place_takes_the_town_its_sentence_names_next(title, quote, towns):
    battle = title_battle(title, quote)
    assert (battle.towns if battle else frozenset()) == frozenset(towns)


def _clusters(rows: list[tuple[str, str, str]]) -> list[Cluster]:
    clusters = []
    for article, date, title in rows:
        event = Event(article=article, date=date, mod="", title=title, source=Source(article, title + ".", date),
                      keys=tuple(sorted(title.lower().split())), trigger="attack")
        cluster = Cluster()
        cluster.add(item_of(event))
        clusters.append(cluster)
    return clusters


def _pair_joined(pair: list[str], date: str = "2011-03-18") -> bool:
    clusters = _clusters([("a", date, pair[0]), ("b", date, pair[1])])
    join_town_battles(clusters)
    return sum(bool(c.members) for c in clusters) == 1


@pytest.mark.parametrize("pair", EXAMPLES["one"])
def test_one_days_battle_on_one_town_is_one_entry(pair):
    assert _pair_joined(pair)


@pytest.mark.parametrize("pair", EXAMPLES["apart"])
def test_other_towns_other_classes_and_lone_casualties_stay_apart(pair):
    assert not _pair_joined(pair)


def test_other_days_stay_apart():
    clusters = _clusters([("a", "2011-03-18", "Fighting raged in the cities of Misrata, Ajdabiya and Zintan"),
                          ("b", "2011-03-19", "Witnesses in the city of Misrata said an assault went on")])
    join_town_battles(clusters)
    assert all(c.members for c in clusters)


def test_a_casualty_with_two_battles_of_its_town_stays_apart():
    clusters = _clusters([("a", "2011-04-25", "Government forces shelled the city of Misrata"),
                          ("b", "2011-04-25", "NATO jets struck targets in Misrata"),
                          ("c", "2011-04-25", "A resident of Misrata said that six people were killed")])
    join_town_battles(clusters)
    assert all(c.members for c in clusters)
    assert title_battle("A resident of Misrata said that six people were killed").kind == GENERIC
