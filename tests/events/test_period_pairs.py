"""dates31: two years or two months in a row joined by "and" after a lead of time ("in 2008 and 2009", "during June
and July") are a span, like a pair of days in a row: they date no event (dating.yaml period_pairs, dating.py
period_pairs). Two periods apart, a pair joined by "or", a pair after no lead keep their readings."""
import pytest

from timeline.events import extract
from timeline.events.dating import period_pairs, table
from timeline.model import Article, Sentence, Timex
from timeline.tagger import tag


def _examples(key):
    return [pytest.param(ex, id=ex["text"][:50]) for ex in table()["period_pairs"][key]]


def _events(ex):
    return extract(Article(id="x", body=ex["text"], published=ex["published"]))


@pytest.mark.parametrize("ex", _examples("examples"))
def test_a_pair_in_a_row_dates_no_event(ex):
    assert not any(ex["none"] in event.title for event in _events(ex))


@pytest.mark.parametrize("ex", _examples("near_misses"))
def test_a_pair_apart_or_joined_by_or_keeps_its_first_date(ex):
    assert ex["date"] in [event.date for event in _events(ex)]


@pytest.mark.parametrize("text,published,paired", [
    ("The firm lobbied for Libya in 2008 and 2009.", "2011-04-07", True),
    ("Total visited Benghazi during June and July.", "2011-08-30", True),
    ("The rig was inspected in December and January.", "2010-05-03", True),  # across the year's end
    ("BP cut budgets in 1999 and 2005.", "2010-07-01", False),  # apart
    ("The firm lobbied for Libya in 2008 or 2009.", "2011-04-07", False),  # "or": one date not known
    ("He criticised the 2008 and 2009 budgets.", "2011-04-07", False),  # no lead of time
    ("Rebels attacked in early 2008 and 2009.", "2011-04-07", False),  # a mod on the first end
])
def test_period_pairs(text, published, paired):
    sentence = Sentence(0, len(text), text)
    dated = [t for t in tag(text, published) if t.type == "DATE"]
    assert bool(period_pairs(sentence, dated)) is paired


def test_a_span_and_a_dated_act_of_the_same_article():
    text = ("The firm lobbied State Department officials for Libya in 2008 and 2009. "
            "Libya retained The Livingston Group in 2008.")
    events = extract(Article(id="x", body=text, published="2011-04-07"))
    assert [(event.date, "retained" in event.title) for event in events] == [("2008", True)]
