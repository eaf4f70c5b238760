"""dates30: a date right after "by"/"before"/"ahead of" that ends after the publication, with a hope, plan or
promise verb and "to" before it in its clause, is the target of what is hoped (dating.yaml target_leads,
target_verbs; dating.py is_target_date): it dates no event, and the hoping is not dated by it."""
import datetime as dt

import pytest

from timeline.events import extract
from timeline.events.dating import is_target_date
from timeline.model import Article, Sentence, Timex


def _target(text, expression, value, published):
    at = text.index(expression)
    timex = Timex(at, at + len(expression), expression, "DATE", value)
    day = dt.date.fromisoformat(published).toordinal()
    return is_target_date(Sentence(0, len(text), text), timex, day)


@pytest.mark.parametrize("text,expression,value,published,target", [
    # the target of a hope, a plan, a promise
    ("Italian oil refiner Saras welcomed the news, and said it hoped to restart crude shipment operations with Libya "
     "before the end of the year.", "the end of the year", "2011", "2011-09-26", True),
    ("BP aims to finish the relief well by mid-August.", "mid-August", "2010-08", "2010-06-28", True),
    ("The rebels promised to hold elections no later than next June.", "next June", "2012-06", "2011-09-10", True),
    ("The company is due to report to Congress ahead of next week's hearing.", "next week", "2010-W28",
     "2010-07-01", True),
    # near misses: a bound already passed; no hope verb; a comma between the verb and the date; the hoping's day
    ("The company hoped to finish the job by Friday.", "Friday", "2010-07-02", "2010-07-03", False),
    ("Advancing fighters had reached the outskirts of Brega by Saturday evening.", "Saturday evening",
     "2011-03-26", "2011-03-26", False),
    ("Officials hoped to calm the markets, and trading will resume by Monday.", "Monday", "2011-03-28",
     "2011-03-26", False),
    ("Saras said on Monday it hoped to restart shipments.", "Monday", "2011-09-26", "2011-09-26", False),
    ("The envoy hoped to restart talks in the new year.", "the new year", "2012", "2011-09-26", False),  # no lead
])
def test_is_target_date(text, expression, value, published, target):
    assert _target(text, expression, value, published) is target


def test_a_hoped_target_dates_no_entry_and_the_dated_act_is_kept():
    text = ("Saras said it hoped to restart crude shipment operations with Libya before the end of the year. "
            "Eni restarted production at the Abu Attifel field on Friday.")
    titles = [event.title for event in extract(Article(id="x", body=text, published="2011-09-26"))]
    assert not any("Saras" in title for title in titles)
    assert any("restarted production" in title for title in titles)


def test_a_passed_bound_keeps_its_entry():
    text = "Only six military aircraft from Qatar had arrived in theater by March 30."
    events = extract(Article(id="x", body=text, published="2011-04-01"))
    assert [event.date for event in events if "aircraft" in event.title] == ["2011-03-30"]
