"""TIMEX3 values as day intervals: the base of sorting, merging and `show --since/--until`."""

from datetime import date

import pytest

from timeline.dates import compatible, date_sort_key, parse_bound, span


def days(first: date, last: date) -> tuple[int, int]:
    return first.toordinal(), last.toordinal()


@pytest.mark.parametrize("value,first,last", [
    ("2016-03-27", date(2016, 3, 27), date(2016, 3, 27)),
    ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
    ("2015", date(2015, 1, 1), date(2015, 12, 31)),
    ("2015-Q4", date(2015, 10, 1), date(2015, 12, 31)),
    ("2015-H1", date(2015, 1, 1), date(2015, 6, 30)),
    ("2015-SU", date(2015, 6, 1), date(2015, 8, 31)),
    ("2015-WI", date(2015, 12, 1), date(2016, 2, 29)),
    ("2016-W21", date(2016, 5, 23), date(2016, 5, 29)),
    ("2016-04-06T19:00", date(2016, 4, 6), date(2016, 4, 6)),
    ("199", date(1990, 1, 1), date(1999, 12, 31)),
])
def test_span(value, first, last):
    assert span(value) == days(first, last)


@pytest.mark.parametrize("value", ["PRESENT_REF", "P5Y", "XXXX-03", "2016-13", "2016-02-30", "2016-W60", ""])
def test_not_a_calendar_value(value):
    assert span(value) is None


def test_coarser_value_sorts_before_the_days_inside_it():
    values = ["2016-03-27", "2016-03", "2016-02", "2015", "2016-03-01"]
    assert sorted(values, key=date_sort_key) == ["2015", "2016-02", "2016-03", "2016-03-01", "2016-03-27"]
    assert sorted([("2015", "END"), ("2015", ""), ("2015", "START")], key=lambda v: date_sort_key(*v)) == [
        ("2015", "START"), ("2015", ""), ("2015", "END")]


@pytest.mark.parametrize("a,b,same", [
    (("2016-02", ""), ("2016-02-27", ""), True),
    (("2015", "END"), ("2015-11", ""), True),
    (("2015", "END"), ("2015-02", ""), False),
    (("2016-03-27", ""), ("2016-03-28", ""), False),
])
def test_compatible(a, b, same):
    assert compatible(a, b) is same


def test_bounds():
    assert parse_bound("2016-05") == days(date(2016, 5, 1), date(2016, 5, 31))
    with pytest.raises(ValueError):
        parse_bound("May")


def test_told_by_then_counts_a_source_told_done_one_day_ahead():
    from timeline.dates import told_by_then
    assert told_by_then("2011-02-20", [("2011-02-20", False)])
    assert not told_by_then("2011-02-21", [("2011-02-20", False)])
    assert told_by_then("2011-02-21", [("2011-02-20", True)])
    assert not told_by_then("2011-02-22", [("2011-02-20", True)])
    assert not told_by_then("XXXX-02", [("2011-02-20", True)])
