"""TIMEX3 calendar values as intervals of days: sorting, comparing and filtering without inventing precision.

A value covers the days it names: "2016-03-27" one day, "2016-02" the 29 days of February, "2015-Q4"
October to December, "199" (the 1990s) ten years. Intervals are (first, last) proleptic Gregorian ordinals.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date as Date
from functools import lru_cache

_MOD_RANK = {"START": 0, "": 1, "MID": 2, "END": 3}
# the shapes of TIMEX3 calendar values (fullmatch), shared with the views that spell them for people
YEAR = re.compile(r"(\d{4})")
MONTH = re.compile(r"(\d{4})-(\d{2})")
DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(.*))?")  # group 4: a time or part of day ("TNI")
QUARTER = re.compile(r"(\d{4})-Q([1-4])")
HALF = re.compile(r"(\d{4})-H([12])")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-([1-7]))?")
SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
DECADE = re.compile(r"(\d{3})X?")
CENTURY = re.compile(r"(\d{2})(?:XX)?")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> int:
    return Date(year, month, calendar.monthrange(year, month)[1]).toordinal()


# a corpus names few distinct dates, and merging asks for their spans millions of times: each is computed once
@lru_cache(maxsize=1 << 16)
def span(value: str) -> tuple[int, int] | None:
    """The days a TIMEX3 value covers, as (first, last) ordinals; None for values that are not dates."""
    try:
        if m := DAY.fullmatch(value):
            day = Date(int(m[1]), int(m[2]), int(m[3])).toordinal()
            return day, day
        if m := MONTH.fullmatch(value):
            y, mo = int(m[1]), int(m[2])
            return Date(y, mo, 1).toordinal(), _month_end(y, mo)
        if m := YEAR.fullmatch(value):
            y = int(m[1])
            return Date(y, 1, 1).toordinal(), Date(y, 12, 31).toordinal()
        if m := QUARTER.fullmatch(value):
            y, q = int(m[1]), int(m[2])
            return Date(y, 3 * q - 2, 1).toordinal(), _month_end(y, 3 * q)
        if m := HALF.fullmatch(value):
            y, h = int(m[1]), int(m[2])
            return Date(y, 6 * h - 5, 1).toordinal(), _month_end(y, 6 * h)
        if m := _WEEK.fullmatch(value):
            y, w = int(m[1]), int(m[2])
            if m[3]:
                day = Date.fromisocalendar(y, w, int(m[3])).toordinal()
                return day, day
            first = Date.fromisocalendar(y, w, 1).toordinal()
            return first, first + 6
        if m := SEASON.fullmatch(value):
            y = int(m[1])
            lo, hi = _SEASON_MONTHS[m[2]]
            return Date(y, lo, 1).toordinal(), _month_end(y + (hi - 1) // 12, (hi - 1) % 12 + 1)
        if m := DECADE.fullmatch(value):
            y = int(m[1]) * 10
            return Date(max(y, 1), 1, 1).toordinal(), Date(y + 9, 12, 31).toordinal()
        if m := CENTURY.fullmatch(value):
            y = int(m[1]) * 100
            return Date(max(y, 1), 1, 1).toordinal(), Date(y + 99, 12, 31).toordinal()
    except ValueError:  # month 13, week 54, day 31 of April: not a date we can place
        return None
    return None


def reported_by_then(value: str, published: Iterable[str]) -> bool:
    """Whether an event of date `value` had begun by the day one of its reports was published (`published`, the
    publication dates of its dated sources): then it happened, and a plan told of it is out of date. Not memoised:
    callers hand a generator, which a memo would key by identity (never a hit) and keep alive with its frame and the
    caller's items or entry (memory); the spans it reads are memoised (span)."""
    days = span(value)
    return days is not None and any(day is not None and day[1] >= days[0] for day in map(span, published))


TOLD_DONE_AHEAD_DAYS = 1  # how far after its page's date an event told as done may fall (pages lag the places)


def told_by_then(value: str, told: Iterable[tuple[str, bool]]) -> bool:
    """Whether an event of date `value` had begun by the day one of its reports was published (`told`: the
    publication dates of its dated sources, each with whether it tells the event as done, Source.told_done); one
    told as done counts up to TOLD_DONE_AHEAD_DAYS later ("early Monday promised reforms" on a Sunday page: a page is
    dated hours behind the places it reports), while a plan told for the next day ("will meet early Monday") is
    still ahead. Not memoised, as reported_by_then."""
    days = span(value)
    if days is None:
        return False
    for published, done in told:
        day = span(published)
        if day is not None and day[1] + (TOLD_DONE_AHEAD_DAYS if done else 0) >= days[0]:
            return True
    return False


def narrowed(value: str, mod: str) -> tuple[int, int] | None:
    """The span with START/MID/END applied generously (half of the span), for compatibility tests."""
    s = span(value)
    if s is None:
        return None
    lo, hi = s
    length = hi - lo + 1
    if length < 4:
        return s
    half = length // 2
    if mod == "START":
        return lo, lo + half
    if mod == "END":
        return hi - half, hi
    if mod == "MID":
        return lo + length // 4, hi - length // 4
    return s


def compatible(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (value, mod) dates can name the same time: one interval contains the other."""
    if a == b:
        return True
    sa, sb = narrowed(*a), narrowed(*b)
    if sa is None or sb is None:
        return False
    return (sa[0] <= sb[0] and sb[1] <= sa[1]) or (sb[0] <= sa[0] and sa[1] <= sb[1])


# the modifiers of a date told as a bound the event falls within, its own value included: "by 1999" (ON_OR_BEFORE),
# "since April" (ON_OR_AFTER). BEFORE / AFTER ("before 1999") exclude the value itself, so they are not listed.
BOUND_MODS = frozenset({"ON_OR_BEFORE", "ON_OR_AFTER"})


def same_date(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (value, mod) dates tell one date for joining: equal, or one value told plainly and as a bound
    that includes it ("In 1999, Gadhafi succumbed ..." / "By 1999, Libya finally agreed ..."). Two bounds of one
    value ("by 1999" / "since 1999") or a bound and another mod ("late 1999") stay apart."""
    if a == b:
        return True
    return a[0] == b[0] and {a[1], b[1]} - {""} <= BOUND_MODS and "" in (a[1], b[1])


def gap(a: tuple[str, str], b: tuple[str, str]) -> int | None:
    """Days between two dates' intervals (0 when they overlap); None when one is not a date."""
    sa, sb = narrowed(*a), narrowed(*b)
    if sa is None or sb is None:
        return None
    return max(0, sb[0] - sa[1], sa[0] - sb[1])


def date_sort_key(value: str, mod: str = "") -> tuple[object, ...]:
    """Chronological order: earlier start first, a coarser value before the days inside it, then the
    mod (START < none < MID < END < others); values that are not dates come last, by text."""
    s = span(value)
    mod_rank = (_MOD_RANK.get(mod, 4), mod)
    if s is None:
        return (1, 0, 0, value, mod_rank)
    return (0, s[0], -(s[1] - s[0]), value, mod_rank)


def precision(value: str) -> int:
    """Length of the interval in days (smaller is more precise); huge for non-dates."""
    s = span(value)
    return 10**9 if s is None else s[1] - s[0] + 1


def parse_bound(text: str) -> tuple[int, int]:
    """A `--since`/`--until` bound: a date or a prefix such as 2016-05 or 2016; ValueError if neither."""
    found = span(text.strip())
    if found is None:
        raise ValueError(f"{text!r} is not a date such as 2016-05-23, 2016-05 or 2016")
    return found
