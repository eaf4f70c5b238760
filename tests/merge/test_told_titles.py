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


def _cluster(title: str, quote: str, article: str):
    from timeline.events.titles import event_keys
    from timeline.merge.clustering import Cluster
    from timeline.merge.similarity import item_of
    from timeline.model import Event, Source

    date = "2011-08-23"
    cluster = Cluster()
    cluster.add(item_of(Event(article=article, date=date, mod="", title=title, source=Source(article, quote, date),
                              keys=event_keys(quote), trigger=title.split()[1])))
    return cluster


FALL = ("The capital Tripoli fell to the NTC",
        "The siege of Sirte, which began after the capital Tripoli fell to the NTC, has held up Libya's transition.")


@pytest.mark.parametrize("title, joins", [(EXAMPLES["told"][0][0], True),
                                          ("Attacks on Tripoli are likely to slow in the coming days, a U.S. general said",
                                           False)])
def test_the_day_battle_takes_a_statement_of_its_act_not_a_forecast(title, joins):
    from timeline.merge.battles import join_town_battles
    from timeline.merge.overviews import join_day_overviews
    fall, statement = _cluster(*FALL, "a"), _cluster(title, OVERVIEW_QUOTE if joins else title + ".", "b")
    clusters = [fall, statement]
    # both steps as a build runs them: "in control of most of Tripoli" names Tripoli, so the town battle joins it
    # first; the forecast is no town battle (places3: battles._forecast) nor a day telling
    join_town_battles(clusters)
    join_day_overviews(clusters)
    assert (len(fall.members) + len(statement.members) == 2 and min(len(fall.members), len(statement.members)) == 0) \
        is joins
