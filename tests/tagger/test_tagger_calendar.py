"""timeline.tagger.calendar: the tagger's calendar arithmetic, against dates looked up in a calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import calendar as cal

D = dt.date


@pytest.mark.parametrize(("year", "sunday"), [(2016, D(2016, 3, 27)), (2011, D(2011, 4, 24)), (2019, D(2019, 4, 21)),
                                              (1998, D(1998, 4, 12)), (2038, D(2038, 4, 25))])
def test_easter(year: int, sunday: dt.date) -> None:
    assert cal.easter(year) == sunday


def test_nth_and_last_weekday_of_a_month() -> None:
    assert cal.nth_weekday(2016, 11, 4, 4) == D(2016, 11, 24)  # Thanksgiving: fourth Thursday of November
    assert cal.nth_weekday(2016, 9, 1, 1) == D(2016, 9, 5)  # Labor Day: first Monday of September
    assert cal.last_weekday(2016, 5, 1) == D(2016, 5, 30)  # Memorial Day: last Monday of May
    assert cal.last_weekday(2021, 5, 1) == D(2021, 5, 31)  # ... which may be the 31st itself
    assert cal.last_weekday(2016, 12, 5) == D(2016, 12, 30)  # December: the month after is the next year's


def test_weekdays_around_a_day() -> None:
    friday = D(2016, 4, 8)
    assert cal.weekday_before(friday, 5) == D(2016, 4, 1)  # strictly before: a week back
    assert cal.weekday_after(friday, 5) == D(2016, 4, 15)
    assert cal.weekday_on_or_before(friday, 5) == friday
    assert cal.weekday_on_or_after(friday, 5) == friday
    assert cal.weekday_on_or_before(friday, 1) == D(2016, 4, 4)
    assert cal.weekday_on_or_after(friday, 1) == D(2016, 4, 11)


def test_months_quarters_and_weeks() -> None:
    assert cal.add_months(2016, 1, -1) == (2015, 12)
    assert cal.add_months(2016, 11, 14) == (2018, 1)
    assert [cal.quarter_of_month(m) for m in (1, 3, 4, 6, 7, 9, 10, 12)] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert cal.iso_week(D(2016, 1, 1)) == "2015-W53"  # a Friday: ISO week 53 of the year before
    assert cal.shift_unit(D(2016, 4, 6), "weekend", -1) == "2016-W13-WE"
    assert cal.shift_unit(D(2016, 4, 6), "century", 0) == "20"
    assert cal.safe_date(2015, 2, 29) is None
    assert cal.full_year("98") == 1998 and cal.full_year("15") == 2015
