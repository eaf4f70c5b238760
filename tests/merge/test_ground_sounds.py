"""One ground battle of one town of one day told once by its sound and once as fighting is one entry (twins65:
merge.battles.title_gunfire, derivations.yaml ``ground_sounds``; and a town in apposition to a country's place noun,
merge.battles.title_places): "Explosions and gunfire rattled Tripoli" joins "376 people ... were killed in fighting in
Tripoli"; "Hundreds of people were killed during fighting in and around the Libyan capital, Tripoli, reports said"
joins "Heavy clashes broke out in at least one neighborhood in Tripoli". Gunfire of a celebration, at a crowd, a
gunman's, in passing or with no town, another town, and an air raid stay apart."""

from __future__ import annotations

import pytest

from timeline.merge.battles import GROUND, join_town_battles, title_battle, title_gunfire, title_places, title_raid
from timeline.merge.battles import _LIST_WORD
from timeline.merge.similarity import derivations
from test_battles import _clusters as battle_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = derivations()["ground_sounds"]["examples"]


@pytest.mark.parametrize("title,towns", EXAMPLES["fight"])
def test_gunfire_heard_over_a_town_is_its_ground_battle(title, towns):
    assert title_gunfire(title) == (GROUND, frozenset(towns))
    assert title_battle(title) is None and title_raid(title) is None  # no earlier rule read it


@pytest.mark.parametrize("title", EXAMPLES["none"])
def test_celebration_crowd_gunman_passing_plan_or_no_town_tells_no_battle(title):
    assert title_gunfire(title) is None


def test_each_guard_alone_is_what_stops_it():
    assert title_gunfire("Gunfire rang out in Benghazi") == (GROUND, frozenset({"benghazi"}))
    assert title_gunfire("Celebratory gunfire rang out in Benghazi") is None
    assert title_gunfire("Gunfire from a sniper rang out in Benghazi") is None
    assert title_gunfire("Residents fled Benghazi after gunfire rang out in Benghazi") is None
    assert title_gunfire("Gunfire rang out at dawn") is None
    assert title_gunfire("Witnesses in Benghazi heard gunfire") is None  # the gun word is no subject of a verb after it


def _joined(titles: list[str]) -> bool:
    clusters = battle_clusters([(str(i), "2011-08-20", t) for i, t in enumerate(titles)])
    join_town_battles(clusters)
    return sum(bool(c.members) for c in clusters) == 1


@pytest.mark.parametrize("pair", EXAMPLES["one"])
def test_a_ground_sound_joins_the_days_fighting_in_its_town(pair):
    assert _joined(pair)


@pytest.mark.parametrize("pair", EXAMPLES["apart"])
def test_another_town_or_an_air_raid_stays_apart(pair):
    assert not _joined(pair)


# a town in apposition to a place noun that a country's adjective opens ("the Libyan capital, Tripoli")
@pytest.mark.parametrize("title,towns,other", [
    ("Hundreds of people were killed during fighting in and around the Libyan capital, Tripoli, reports said",
     ["tripoli"], True),
    ("Heavy fighting broke out in the Somali capital, Mogadishu", ["mogadishu"], True),
    ("Rebels clashed with troops in the capital, Tripoli", ["tripoli"], False),
    ("Heavy sustained gunfire rang out in the Libyan capital of Tripoli", ["tripoli"], True),
    # no name after the comma, or one that goes on into another clause: no town, and a country still named
    ("Clashes in the Libyan capital continued", [], True),
    ("Fighting erupted in the Libyan capital, the rebels said", [], True),
    ("Fighting raged in the eastern town, Reuters reported", [], False),
])
def test_a_town_apposed_to_a_place_noun_is_found_past_the_country(title, towns, other):
    assert title_places(_LIST_WORD.findall(title)) == (frozenset(towns), other)


def test_the_day_fighting_in_the_apposed_capital_joins_the_clashes_there():
    assert _joined(["Hundreds of people were killed during fighting in and around the Libyan capital, Tripoli, reports said",
                    "Heavy clashes broke out in at least one neighborhood in Tripoli"])
    assert not _joined(["Fighting erupted in the Libyan capital, the rebels said",
                        "Heavy clashes broke out in at least one neighborhood in Tripoli"])

