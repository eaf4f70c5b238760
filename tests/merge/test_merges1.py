"""A coarsely dated mention whose date phrase is a bound or a stretch ("by last April", "during June and July") is
not absorbed into another article's finer event of that month (membership.yaml ``coarse_bounds``,
clustering.bounded_mention); "in April", "last April" still are."""

from __future__ import annotations

import pytest

from timeline.merge import merge
from timeline.merge.clustering import bounded_mention
from timeline.merge.similarity import item_of
from timeline.model import Event, Source

FILLER_EVENTS = 12  # events of other days, so that the examples' shared words are rare, as in a topic's corpus


def _event(article: str, date: str, title: str, trigger: str, quote: str, expression: str) -> Event:
    keys = " ".join(w.strip(".,'\u2019\"").lower() for w in title.split())
    return Event(article=article, date=date, mod="", title=title,
                 source=Source(article, quote, expression, published="2011-08-22"),
                 keys=tuple(sorted(set(keys.split()))), trigger=trigger)


def _corpus() -> list[Event]:
    return [_event("z", f"1990-01-{day + 1:02d}", f"Filler event {day}", "event", f"Filler event {day} happened.",
                   "") for day in range(FILLER_EVENTS)]


DAY = _event("a", "2011-04-04", "Gaddafi forces shelled a residential area of Misrata", "shelled",
             "Gaddafi forces shelled a residential area of Misrata late on Monday, a doctor said.", "Monday")


COARSE = "Gaddafi's indiscriminate shelling of Misrata had already killed hundreds"


def _coarse(quote: str, expression: str) -> Event:
    # told in other words than the day's event: what absorb_coarse_mentions joins at its lower bar (a near copy of
    # the day's title joins in the greedy clustering whatever its date phrase)
    return _event("b", "2011-04", COARSE, "killed", quote, expression)


@pytest.mark.parametrize("quote, expression", [
    (COARSE + " by last April, and it continued all summer.", "last April"),
    (COARSE + " during April and May.", "April"),
    ("By April, " + COARSE[0].lower() + COARSE[1:] + ".", "April"),
])
def test_a_bound_or_stretch_is_not_absorbed_into_a_day(quote, expression):
    coarse = _coarse(quote, expression)
    assert bounded_mention(item_of(coarse))
    entries = merge([DAY, coarse] + _corpus())
    of = {s.quote: e.id for e in entries for s in e.sources}
    assert of[DAY.source.quote] != of[quote]


@pytest.mark.parametrize("quote, expression", [
    (COARSE + " in April, a doctor said.", "April"),
    (COARSE + " last April.", "last April"),
    (COARSE + ", stood by in April.", "April"),  # "by" not right before the date phrase
])
def test_a_month_as_the_time_of_the_happening_is_still_absorbed(quote, expression):
    coarse = _coarse(quote, expression)
    assert not bounded_mention(item_of(coarse))
    entries = merge([DAY, coarse] + _corpus())
    of = {s.quote: e.id for e in entries for s in e.sources}
    assert of[DAY.source.quote] == of[quote]


def test_a_mention_whose_phrase_opens_the_sentence_or_is_absent_is_not_bounded():
    assert not bounded_mention(item_of(_coarse("April saw Gaddafi forces shell Misrata.", "April")))
    assert not bounded_mention(item_of(_coarse("Gaddafi forces shelled Misrata.", "")))
