"""places2: a town a battle title names after a word of a part and "of" ("control of all of Zawiya": town_battles
``portions``), or as what a rocket or missile struck ("18 rockets struck Tripoli": ``munition_doers``), is the town of
its battle (merge.battles.title_places, struck_towns); what is no town stays out."""

from __future__ import annotations

import pytest

from timeline.merge.battles import _LIST_WORD, title_battle, title_places


@pytest.mark.parametrize("title,kind,towns", [
    ("The rebels had apparently taken control of all of Zawiya", "ground", ["zawiya"]),
    ("Libya's interim rulers said they had captured most of Sabha", "ground", ["sabha"]),
    ("NTC forces said they had control of the whole of Sirte except neighborhood Number Two", "ground", ["sirte"]),
    ("Rebels seized much of Misrata, Zlitan and Zawiya", "ground", ["misrata", "zlitan", "zawiya"]),
    ("A barrage of at least 18 rockets struck Tripoli", "air", ["tripoli"]),
    ("Missiles hit Sirte", "air", ["sirte"]),
])
def test_a_part_of_a_town_and_a_munitions_target_name_the_battles_town(title, kind, towns):
    assert title_battle(title) == (kind, frozenset(towns))


@pytest.mark.parametrize("title", [
    "Rebels captured most of Libya",  # a country
    "Rebels took control of most of the Libyan capital",  # the capital named by its country alone
    "Rebels took control of all of Gaddafi's compound",  # a person's thing
    "Rockets hit Gaddafi positions",  # a side hit
    "Missiles struck Gaddafi's compound",
    "Mortars struck Benghazi's port",
])
def test_a_country_a_side_or_a_persons_place_names_no_town(title):
    battle = title_battle(title)
    assert battle is None or not battle.towns


def test_a_part_word_reads_past_only_before_of():
    # "all" without "of" is no part of a place: "Rebels took all Misrata" keeps its reading by capture alone
    assert title_places(_LIST_WORD.findall("Fighting in all Misrata")).towns == frozenset()
    assert title_places(_LIST_WORD.findall("Fighting in all of Misrata")).towns == frozenset({"misrata"})


def test_a_person_after_of_stays_out():
    # "of" after a part word opens no person's name as a town: a name ending on a possessive is no town
    assert title_places(_LIST_WORD.findall("Rebels seized most of Gaddafi's arsenal")).towns == frozenset()


def test_only_a_rocket_or_missile_right_before_the_verb_is_a_doer():
    # shells are no doer of ``munition_doers``, and a munition away from the verb is none
    assert title_battle("Shells struck Misrata") is None
    assert title_battle("Rockets fired by the rebels struck Misrata") is None
    assert title_battle("Rockets struck Misrata") == ("air", frozenset({"misrata"}))


@pytest.mark.parametrize("title,towns", [
    ("Government forces surrounding the rebel-held Zintan fired 300 rockets into the town", ["zintan"]),
])
def test_a_town_a_side_surrounds_is_its_battles_town(title, towns):
    assert title_battle(title).towns == frozenset(towns)


@pytest.mark.parametrize("title", [
    "CNN's Ben Wedeman reported from Misrata that 10 more people were killed in shelling",  # a reporter's place
    "Opposition forces kept up the fight, saying they had pushed west from Ajdabiya",  # a compass move from a town
    "Rebel fighters retreated east of al-Brega",  # a compass place: not read
    # a side leaving a town: the day's other tellings of the town (a drone strike near it) are other events, and a
    # retreat from a second town splits a day's one battle elsewhere (places2 build: two worse), so "from" stays out
    "Pro-Gaddafi forces retreated from the Ras Lanuf area",
    "Captured government troops said they had been ordered to retreat from Misrata",
])
def test_from_names_no_town(title):
    # (an over-eager "from" as a preposition would place the first two in Misrata and Ajdabiya)
    assert title_battle(title) is None


@pytest.mark.parametrize("title,towns", [
    ("Fighters loyal to Muammar Gaddafi fought a last-ditch battle in the ousted leader's hometown Sirte", ["sirte"]),
    ("British aircraft fired cruise missiles at a headquarters bunker in Gaddafi's birthplace of Sirte", ["sirte"]),
    ("NTC forces captured the other main Gaddafi stronghold, Bani Walid", ["bani walid"]),
])
def test_a_town_in_apposition_to_its_role_is_its_battles_town(title, towns):
    assert title_battle(title).towns == frozenset(towns)


@pytest.mark.parametrize("title", [
    "Rebels attacked the stronghold, Reuters reported",  # a name opening the next clause
    "Rebels attacked the stronghold of Libya",  # a country
    "Rebels attacked Gaddafi's stronghold Bab al-Aziziya's gates",  # a possessive
])
def test_a_role_noun_before_no_town_names_none(title):
    assert title_battle(title) is None
