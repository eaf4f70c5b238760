"""future1: a future perfect before a "by"/"before" bound still ahead makes the bound a forecast's target (dating.yaml
target_futures; dating.py is_target_date): "will have eaten the oil by the end of the year" dates no event."""
import datetime as dt

import pytest

from timeline.events.dating import is_target_date, table
from timeline.model import Sentence, Timex


def _target(text, expression, value, published):
    at = text.index(expression)
    timex = Timex(at, at + len(expression), expression, "DATE", value)
    day = dt.date.fromisoformat(published).toordinal()
    return is_target_date(Sentence(0, len(text), text), timex, day)


def test_the_table_lists_the_future_perfect():
    assert "will have" in table()["target_futures"]


@pytest.mark.parametrize("text,expression,value,published,target", [
    ("The government predicts that the rapidly multiplying micro-organisms will have eaten the oil by the end of "
     "the year.", "the end of the year", "2010", "2010-06-24", True),
    ("Officials say the well will have been sealed before August.", "August", "2010-08", "2010-06-24", True),
    # left alone: a past perfect; a bound already passed; a future perfect in another clause; no bound word
    ("The microbes had eaten the oil by the end of the year.", "the end of the year", "2010", "2010-06-24", False),
    ("They said the crews will have finished by Friday.", "Friday", "2010-07-02", "2010-07-03", False),
    ("The crews will have finished, and the ship sailed by Monday.", "Monday", "2010-07-05", "2010-07-03", False),
    ("The microbes will have eaten the oil in December.", "December", "2010-12", "2010-06-24", False),
])
def test_future_perfect_bound(text, expression, value, published, target):
    assert _target(text, expression, value, published) is target
