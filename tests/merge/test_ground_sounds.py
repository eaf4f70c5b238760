"""One ground battle of one town of one day told once by its sound and once as fighting is one entry (twins65:
merge.battles.title_gunfire, derivations.yaml ``ground_sounds``; and a town in apposition to a country's place noun,
merge.battles.title_places): "Explosions and gunfire rattled Tripoli" joins "376 people ... were killed in fighting in
Tripoli"; "Hundreds of people were killed during fighting in and around the Libyan capital, Tripoli, reports said"
joins "Heavy clashes broke out in at least one neighborhood in Tripoli". Gunfire of a celebration, at a crowd, a
gunman's, in passing or with no town, another town, and an air raid stay apart."""

from __future__ import annotations

import pytest

from timeline.merge.battles import (GROUND, join_town_battles, title_battle, title_gunfire, title_places, title_raid,
                                    told_town_battle)
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


# a ground title naming no place takes the one town its entry's sentences name right after its own violence word
UPRISING = "A carefully orchestrated uprising was launched to coincide with the advance of rebel troops on three fronts"
UPRISING_SAID = ["After a six-month civil war, the fall of Tripoli came quickly, with a carefully orchestrated uprising "
                 "launched on Saturday night to coincide with the advance of rebel troops on three fronts.",
                 "But others say the nascent uprising reported in Tripoli on Saturday night might have come too soon."]


def test_a_placeless_ground_title_takes_the_town_its_sentences_tell_its_violence_in():
    assert told_town_battle(UPRISING, UPRISING_SAID) == (GROUND, frozenset({"tripoli"}))


@pytest.mark.parametrize("title,quotes", [
    (UPRISING, UPRISING_SAID[:1]),  # the town stands before the violence word, not after it
    (UPRISING, [*UPRISING_SAID, "The uprising in Zawiyah began within hours."]),  # two towns: which is not known
    ("A carefully orchestrated uprising was launched in Libya", UPRISING_SAID),  # the title names a country
    ("NATO launched air strikes", ["NATO air strikes hit targets in Tripoli."]),  # no ground battle
    ("The rebels would launch an uprising", ["The rebels would launch an uprising in Tripoli."]),  # a plan
])
def test_a_sentence_town_before_the_word_two_towns_a_country_or_no_ground_fight_tells_none(title, quotes):
    assert told_town_battle(title, quotes) is None


def test_a_title_naming_its_own_town_is_read_by_title_battle_not_its_sentences():
    assert told_town_battle("Rebels entered Misrata", ["Rebels entered Misrata after the uprising in Tripoli."]) is None
    assert title_battle("Rebels entered Misrata") == (GROUND, frozenset({"misrata"}))
