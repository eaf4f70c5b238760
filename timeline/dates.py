"""TIMEX3 calendar values as intervals of days, for sorting and filtering without inventing precision."""

from __future__ import annotations

import calendar
import re
from datetime import date

_VALUE = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|(SP|SU|FA|WI)|W(\d{2})))?")
# meteorological seasons (northern hemisphere), as months; winter runs into the next year
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def interval(value: str) -> tuple[date, date] | None:
    """First and last day a calendar value covers ("2016-02" -> Feb 1..29), or None if it is not one."""
    match = _VALUE.fullmatch(value.split("T", 1)[0])
    if not match:
        return None
    year = int(match.group(1))
    month, day, quarter, half, season, week = match.group(2, 3, 4, 5, 6, 7)
    try:
        if day:
            d = date(year, int(month), int(day))
            return d, d
        if month:
            return _months(year, int(month), int(month))
        if quarter:
            q = int(quarter)
            return _months(year, 3 * q - 2, 3 * q)
        if half:
            h = int(half)
            return _months(year, 6 * h - 5, 6 * h)
        if season:
            first, last = _SEASONS[season]
            return _months(year, first, last)
        if week:
            start = date.fromisocalendar(year, int(week), 1)
            return start, date.fromisocalendar(year, int(week), 7)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def parse_bound(text: str) -> tuple[date, date]:
    """A `--since`/`--until` bound: a date or a prefix such as 2016-05 or 2016; ValueError if neither."""
    span = interval(text.strip())
    if span is None:
        raise ValueError(f"{text!r} is not a date such as 2016-05-23, 2016-05 or 2016")
    return span
