"""places3: a forecast is no town battle ("Attacks on Tripoli are likely to slow in the coming days"), and an air
title ending on "the capital" takes the town its own sentence names (battles._forecast, battles._capital_town)."""

from __future__ import annotations

import pytest

from timeline.merge.battles import AIR, Battle, title_battle

FORECASTS = [
    "Attacks on Tripoli are likely to slow in the coming days, a U.S. general said",
    "Fighting in Misrata is expected to go on for weeks",
    "Clashes around Brega are going to intensify",
    "Airstrikes on Tripoli are unlikely to end soon",
]

# a forecast word without "to" after it tells what happened
NOT_FORECASTS = [
    ("Libyan government forces destroyed four fuel storage tanks and set several others ablaze in rebel-held Misrata, "
     "dealing a blow to the port city's ability to withstand a government siege, rebels said", "misrata"),
    ("Warplanes, most likely belonging to the allies, struck Tripoli", "tripoli"),
    ("Rebels shelled Brega", "brega"),
]


@pytest.mark.parametrize("title", FORECASTS)
def test_a_forecast_is_no_town_battle(title):
    assert title_battle(title) is None


@pytest.mark.parametrize("title, town", NOT_FORECASTS)
def test_a_forecast_word_without_to_leaves_the_battle(title, town):
    battle = title_battle(title)
    assert battle is not None and town in battle.towns


STRIKES = "NATO aircraft launched more than a dozen strikes on the Libyan capital"
STRIKES_QUOTE = ("NATO aircraft launched more than a dozen strikes on the Libyan capital early Tuesday, and smoke "
                 "could be seen rising from the area near Libyan leader Moammar Gadhafi's Bab-al-Azizia compound in "
                 "Tripoli.")


def test_an_air_title_on_the_capital_takes_the_town_its_sentence_names():
    assert title_battle(STRIKES, STRIKES_QUOTE) == Battle(AIR, frozenset({"tripoli"}))


def test_an_air_title_on_the_capital_takes_its_apposed_town():
    quote = "NATO aircraft launched more than a dozen strikes on the Libyan capital, Tripoli, early Tuesday."
    assert title_battle(STRIKES, quote) == Battle(AIR, frozenset({"tripoli"}))


@pytest.mark.parametrize("quote", [
    # two towns after it: which is the capital is not told
    "NATO aircraft launched more than a dozen strikes on the Libyan capital early Tuesday, and rebels fought in "
    "Misrata and in Brega.",
    # none
    "NATO aircraft launched more than a dozen strikes on the Libyan capital early Tuesday, CNN reported.",
])
def test_an_air_title_on_the_capital_takes_no_town_its_sentence_does_not_tell_alone(quote):
    assert title_battle(STRIKES, quote) is None


def test_a_ground_title_on_the_capital_does_not_take_a_later_town():
    # the one-town rule is the air strike's; a ground title keeps the apposition rule only
    title = "Rebels fought in and around the Libyan capital"
    quote = "Rebels fought in and around the Libyan capital on Sunday, and smoke rose over a compound in Tripoli."
    assert title_battle(title, quote) is None
