"""Reckonings and forecasts that are no events (nonevents32, events.yaml not_news `reckonings`): a figure someone
calculated, a forecast of how long something will take and a doubt about what will happen; with the acts, tolls and
estimates of the story's own happenings they must leave alone."""
import pytest

from timeline.events.lexicon import rules
from timeline.events.triggers import not_news_kind, reckoning_kind
from dated_titles import titles_with_dates  # a sibling module

EXAMPLES = rules()["not_news"]["reckonings"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"][:40] for e in EXAMPLES])
def test_reckoning_examples(example):
    assert reckoning_kind(example["title"]) == example["kind"]
    if example["kind"]:
        assert not_news_kind(example["title"]) == example["kind"]


def test_a_reckoning_needs_that_and_a_figure():
    assert reckoning_kind("One researcher calculated in 2000 that 500,000 barrels of oil get into the Gulf") == "figure"
    assert reckoning_kind("The researcher calculated that the leak was larger") == ""  # no figure
    assert reckoning_kind("BP calculated the flow at 5,000 barrels a day") == ""  # no "that"


def test_a_forecast_of_a_duration_needs_a_number_and_its_own_clause():
    assert reckoning_kind("It could take around 36 months for Libya to resume full oil production") == "forecast"
    assert reckoning_kind("Officials said repairs would take three to six weeks") == "forecast"
    assert reckoning_kind("It could take a while for Libya to resume full oil production") == ""  # no number
    assert reckoning_kind("Officials said repairs would take weeks") == ""
    # an act told first: the forecast is a side clause of a real event
    assert reckoning_kind("NATO took command and said the mission would take 90 days") == ""
    assert reckoning_kind("Rebels seized the oil terminal, which would take months to repair") == ""


def test_a_doubt_needs_a_modal_after_it():
    assert reckoning_kind("The diplomat said he doubts the resolution will pass") == "forecast"
    assert reckoning_kind("The diplomat doubted the resolution") == ""
    assert reckoning_kind("Rebels seized the port, but he doubts they can hold it") == ""


def test_a_researchers_figure_is_no_entry():
    body = ("One researcher calculated in 2000 that 500,000 barrels of oil naturally get into the Gulf each year but "
            "are never cleaned up.")
    assert not any("calculated" in title for title in titles_with_dates(body, "2010-05-20"))


def test_a_forecast_of_recovery_is_no_entry():
    body = ("Some Libyan output will be able to restart in a few months, but it will take as long as 18 months to "
            "reach the prewar level, Libya's former top oil official Shokri Ghanem said on Monday.")
    assert not any("18 months" in title for title in titles_with_dates(body, "2011-08-22"))


def test_a_doubt_about_a_vote_is_no_entry():
    body = ("France's U.N. ambassador, Gerard Araud, said he doubts a vote will occur Wednesday because the "
            "resolution has a long and technical text.")
    assert not any("doubts" in title for title in titles_with_dates(body, "2011-03-16"))


def test_a_reported_act_stays():
    body = "Rebels seized the oil terminal at Ras Lanuf on Tuesday, a rebel spokesman said."
    assert any("seized the oil terminal" in title for title in titles_with_dates(body, "2011-03-08"))
    body = ("BP began to drill two relief wells on Sunday, but warned they would take two to three months to become "
            "operational.")
    assert any("relief wells" in title for title in titles_with_dates(body, "2010-05-04"))


def test_a_crews_breakdown_is_no_entry():
    body = "Of the 126 crew on board the rig on 20 April, seven worked for BP and 79 for Transocean."
    assert not any("126 crew" in title for title in titles_with_dates(body, "2010-05-26"))
    body = "The rig exploded on 20 April, killing 11 of the 126 crew on board."
    assert any("exploded" in title for title in titles_with_dates(body, "2010-05-26"))


def test_a_breakdown_read_through_its_sentence():
    sentence = "Of the 126 crew on board the rig on 20 April, seven worked for BP and 79 for Transocean."
    assert reckoning_kind("The 126 crew on board the rig, seven worked for BP and 79 for Transocean", sentence)
    # with no "Of" in its sentence a count and an apposition are a happening's subject
    assert reckoning_kind("The 12 men, two Britons and ten Americans, were freed",
                          "The 12 men, two Britons and ten Americans, were freed on Sunday.") == ""
    assert reckoning_kind("The 126 crew on board the rig, seven worked for BP") == ""


def test_a_poll_as_what_a_statement_followed_is_no_entry():
    body = ("His statement followed a poll by CBS News yesterday which found 70% disapproval of BP's handling, and 45% "
            "unhappy with the Obama administration's response.")
    assert not any("poll" in title for title in titles_with_dates(body, "2010-05-27"))
    assert reckoning_kind("The meeting followed claims by the Libyan government") == ""


def test_an_act_told_of_a_part_stays():
    body = "Of the 126 crew on board the rig on 20 April, seven were flown to hospital in Mobile."
    assert any("flown to hospital" in title for title in titles_with_dates(body, "2010-05-01"))
