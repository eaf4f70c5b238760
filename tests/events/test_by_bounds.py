"""dates31: a date right after "by" that the clause keeps is a bound, what the clause tells was done by then: the
event is dated on or before it ("By 1972, Gadhafi urged ..." -> 1972 ON_OR_BEFORE; dating.yaml by_bound, dating.py
by_bound_mod), as a "since" date's event is on or after it. A date's own mod, a possessive date, a bound ahead of
the telling and a date after another word are left alone."""
import pytest

from timeline.events import extract
from timeline.events.dating import by_bound_mod, table
from timeline.model import Article, Sentence
from timeline.tagger import tag


def _examples(key):
    return [pytest.param(ex, id=ex["text"][:50]) for ex in table()["by_bound"][key]]


def _dated(ex):
    events = extract(Article(id="x", body=ex["text"], published=ex["published"]))
    return [(event.date, event.mod) for event in events if event.source.expression == ex["phrase"]]


@pytest.mark.parametrize("ex", _examples("examples"))
def test_a_by_bound_dates_on_or_before(ex):
    assert _dated(ex) == [(ex["date"], ex["mod"])]


@pytest.mark.parametrize("ex", _examples("near_misses"))
def test_near_misses_keep_their_mod(ex):
    assert all(mod == ex["mod"] for _, mod in _dated(ex))
    assert "date" not in ex or ex["date"] in [date for date, _ in _dated(ex)]


@pytest.mark.parametrize("text,published,expression,mod", [
    ("By 1999, Libya finally agreed to transfer the Pan Am 103 suspects.", "2011-02-20", "1999", "ON_OR_BEFORE"),
    ("By Sunday August 21, the rebels controlled large parts of Tripoli.", "2011-09-06", "Sunday August 21",
     "ON_OR_BEFORE"),
    ("The shelling had already killed 1,000 people by last April.", "2011-08-22", "last April", "ON_OR_BEFORE"),
    ("The company hoped to finish the job by Friday.", "2011-03-30", "Friday", ""),  # ahead of the telling
    ("The lawyers were surprised by Wednesday's disclosure.", "2011-10-13", "Wednesday", ""),  # possessive
    ("The town was hit by 2005 hurricanes and floods.", "2010-06-01", "2005", ""),  # the date's noun
    ("By Tuesday the passengers ran out of food and water.", "2011-06-04", "Tuesday", "ON_OR_BEFORE"),
    ("On Saturday, fighters reached the outskirts of Brega.", "2011-03-27", "Saturday", ""),  # another lead
    ("Libya agreed in 1999 to transfer the suspects.", "2011-02-20", "1999", ""),
])
def test_by_bound_mod(text, published, expression, mod):
    timex = next(t for t in tag(text, published) if t.text == expression)
    assert by_bound_mod(Sentence(0, len(text), text), timex, published) == mod
