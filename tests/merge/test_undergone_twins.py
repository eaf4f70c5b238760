"""One act of one day told from its doer's side and from its target's side (twins48; merge.battles.struck_towns,
derivations.yaml ``town_battles`` ``undergone_*`` and ``air_object_hits``): a town as the subject of a passive or
"came under" ("Misrata came under heavy shelling", "Tripoli was hit by air strikes") or as the object of an air
doer's strike ("NATO struck Tripoli") is the town the violence befell, so the two tellings are the day's one battle
of that town; a town that is merely quiet, a person captured or criticised, a possessive or a side stay no town."""

from __future__ import annotations

import pytest

from test_battles import _pair_joined  # a sibling module: pytest puts tests/merge on the path
from timeline.merge.battles import struck_towns, title_battle
from timeline.merge.battles import _LIST_WORD


@pytest.mark.parametrize(("title", "towns"), [
    ("Misrata came under heavy shelling, a doctor said", {"misrata"}),
    ("A second witness said Misrata came under sustained attack by forces loyal to Gadhafi", {"misrata"}),
    ("Tripoli was hit by air strikes, state television said", {"tripoli"}),
    ("Benghazi came under a bombardment", {"benghazi"}),
    ("NATO struck Tripoli, a spokesman said", {"tripoli"}),
    ("Coalition jets hit the port of Sirte", set()),  # "of" after a place noun: title_places reads it
    ("Coalition jets hit Sirte", {"sirte"}),
])
def test_a_town_told_from_the_targets_side_or_as_an_air_strikes_object(title, towns):
    assert struck_towns(_LIST_WORD.findall(title)) == frozenset(towns)


@pytest.mark.parametrize("title", [
    "Tripoli was quiet as fighting raged in Zawiyah",  # quiet: no violence befell Tripoli
    "NATO said Tripoli was calm",
    "Obama came under attack from Republicans",  # an attack in words: no side, no air doer
    "Benghazi came under attack",  # no side named: "attack" alone tells no place
    "Saif al-Islam was captured",  # a person captured
    "NATO struck Gaddafi's compound",  # a possessive names no town
    "NATO jets hit Gaddafi positions",  # a side hit
])
def test_no_town_where_nothing_befell_it(title):
    assert struck_towns(_LIST_WORD.findall(title)) == frozenset()


def test_a_hit_with_no_class_tells_no_battle():
    # the town is read, but "hit" with no air doer or air word tells no class of violence
    assert struck_towns(_LIST_WORD.findall("A rebel spokesman said Misrata was hit again")) == {"misrata"}
    assert title_battle("A rebel spokesman said Misrata was hit again") is None


@pytest.mark.parametrize("pair", [
    ["Gaddafi forces shelled Misrata", "Misrata came under heavy shelling, a doctor said"],
    ["NATO struck Tripoli, a spokesman said", "Tripoli was hit by air strikes, state television said"],
    ["Government forces pounded Zlitan", "A second witness said Zlitan came under sustained attack by forces loyal to Gadhafi"],
])
def test_the_doers_and_the_targets_telling_of_one_day_are_one_entry(pair):
    assert _pair_joined(pair)


@pytest.mark.parametrize("pair", [
    # another town, another class (an air strike and a ground shelling), a quiet town beside a battle
    ["Gaddafi forces shelled Misrata", "Zlitan came under heavy shelling"],
    ["NATO struck Tripoli", "Tripoli came under heavy shelling from government tanks"],
    ["Rebels clashed with loyalists in Tripoli", "Zawiyah was quiet as fighting raged in Tripoli's suburbs"],
])
def test_other_towns_and_classes_stay_apart(pair):
    assert not _pair_joined(pair)
