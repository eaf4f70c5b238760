"""TIMEX3 values as day intervals."""

from datetime import date

import pytest

from timeline.dates import interval, parse_bound


@pytest.mark.parametrize("value,first,last", [
    ("2016-03-27", date(2016, 3, 27), date(2016, 3, 27)),
    ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
    ("2015", date(2015, 1, 1), date(2015, 12, 31)),
    ("2015-Q4", date(2015, 10, 1), date(2015, 12, 31)),
    ("2015-SU", date(2015, 6, 1), date(2015, 8, 31)),
    ("2015-WI", date(2015, 12, 1), date(2016, 2, 29)),
    ("2016-W21", date(2016, 5, 23), date(2016, 5, 29)),
    ("2016-04-06T19:00", date(2016, 4, 6), date(2016, 4, 6)),
])
def test_interval(value, first, last):
    assert interval(value) == (first, last)


@pytest.mark.parametrize("value", ["PRESENT_REF", "P5Y", "XXXX-03", "2016-13", "2016-02-30", ""])
def test_not_a_calendar_value(value):
    assert interval(value) is None


def test_bad_bound_is_a_value_error():
    with pytest.raises(ValueError):
        parse_bound("May")
