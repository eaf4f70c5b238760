"""A title that keeps its closing speaker is compared by what it tells (attr1, similarity.told_title,
told_titles.yaml): its title keys hold no speaker, so a statement joins the act it reports, and two acts one speaker
told do not link on the speaker; the printed title keeps the speaker."""

from __future__ import annotations

import pytest

from timeline.events.titles import event_keys
from timeline.merge.overviews import told_overview
from timeline.merge.similarity import Similarity, item_of, links, told_title
from timeline.model import Event, Source
from timeline.rules import load_yaml

EXAMPLES = load_yaml("timeline.merge", "told_titles.yaml")["examples"]
DATE = "2011-08-23"


def _item(title: str, trigger: str, article: str):
    quote = title + "."
    event = Event(article=article, date=DATE, mod="", title=title, source=Source(article, quote, DATE),
                  keys=event_keys(quote), trigger=trigger)
    return item_of(event)


def _linked(pair: list[list[str]]) -> bool:
    (a, trigger_a), (b, trigger_b) = pair
    first, second = _item(a, trigger_a, "a"), _item(b, trigger_b, "b")
    # other events of the corpus, so that no key weighs as if every event held it
    others = [_item(f"Event {n} happened in place {n}", "happened", f"o{n}") for n in range(20)]
    sim = Similarity([first, second, *others])
    return links(sim, first, second, sim.score(first, second))


@pytest.mark.parametrize("pair", EXAMPLES["told"], ids=lambda p: p[0][:40])
def test_the_closing_speaker_is_not_compared(pair):
    title, told = pair
    assert told_title(title) == told


@pytest.mark.parametrize("title", EXAMPLES["kept"])
def test_a_title_with_no_closing_speaker_is_compared_as_it_is(title):
    assert told_title(title) == title


def test_the_item_keys_of_a_statement_hold_no_speaker_but_its_title_does():
    title = EXAMPLES["told"][0][0]
    item = _item(title, "appeared", "a")
    assert "pentagon" not in item.head and "pentagon" in item.keys
    assert item.event.title == title


@pytest.mark.parametrize("pair", EXAMPLES["joins"], ids=lambda p: p[0][0][:40])
def test_a_statement_links_the_act_it_reports(pair):
    assert _linked(pair)


@pytest.mark.parametrize("pair", EXAMPLES["apart"], ids=lambda p: p[0][0][:40])
def test_two_acts_of_one_speaker_do_not_link_on_the_speaker(pair):
    assert not _linked(pair)


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
