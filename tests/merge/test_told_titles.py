"""A title that keeps its closing speaker is read by what it tells where a day's tellings of violence are joined
(attr1, similarity.told_title, told_titles.yaml, overviews.join_day_overviews): the act leads, so a statement joins the
act it reports; a forecast or view keeps its speaker, and the printed title keeps the speaker."""

from __future__ import annotations

import pytest

from timeline.merge.overviews import told_overview
from timeline.merge.similarity import told_title
from timeline.rules import load_yaml

EXAMPLES = load_yaml("timeline.merge", "told_titles.yaml")["examples"]


@pytest.mark.parametrize("pair", EXAMPLES["told"], ids=lambda p: p[0][:40])
def test_the_closing_speaker_is_not_compared(pair):
    title, told = pair
    assert told_title(title) == told


@pytest.mark.parametrize("title", EXAMPLES["kept"])
def test_a_title_with_no_closing_speaker_is_compared_as_it_is(title):
    assert told_title(title) == title


# the day's tellings of violence (overviews.join_day_overviews) read what was told too, a forecast aside
OVERVIEW_QUOTE = ("Libyan rebels appeared to be in control of most of Tripoli, the Pentagon said on Tuesday, adding "
                  "that it was sticking to its assessment that leader Muammar Gaddafi had not left the country.")


def told_of(title: str, quote: str = ""):
    """What join_day_overviews reads of a cluster whose title is `title`."""
    return told_overview(told_title(title), quote or title + ".", "a")


def test_a_closing_speaker_leaves_the_act_leading_a_day_telling():
    told = told_of(EXAMPLES["told"][0][0], OVERVIEW_QUOTE)
    assert told is not None and told.leads and "pentagon" not in told.names


def test_a_forecast_keeps_its_speaker_and_leads_no_day_telling():
    told = told_of("Attacks on Libya are likely to slow in the coming days, a U.S. general said")
    assert told is None or not told.leads


def test_an_opening_speaker_still_leads_no_day_telling():
    told = told_of("Al Arabiya news channel said rebel forces had attacked the gates of the compound")
    assert told is None or not told.leads
