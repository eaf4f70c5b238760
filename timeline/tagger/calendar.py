"""Calendar arithmetic, in one place: month steps, ISO weeks, quarters, the nth weekday of a month, Easter.

Pure functions of dates and numbers; nothing here reads text."""

from __future__ import annotations

import datetime as dt


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def quarter_of_month(month: int) -> int:
    return (month - 1) // 3 + 1


def quarter_of(d: dt.date) -> int:
    return quarter_of_month(d.month)


def full_year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 1900 if y >= 50 else 2000
    return y


def ymd(d: dt.date) -> str:
    return d.isoformat()


def last_weekday(year: int, month: int, weekday: int) -> dt.date:
    """The last `weekday` (ISO, Monday 1) of a month: Memorial Day is the last Monday of May."""
    last = dt.date(*add_months(year, month, 1), 1) - dt.timedelta(days=1)
    return weekday_on_or_before(last, weekday)


def weekday_on_or_before(d: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (ISO, Monday 1) on or before `d`."""
    return d - dt.timedelta(days=(d.isoweekday() - weekday) % 7)


def weekday_on_or_after(d: dt.date, weekday: int) -> dt.date:
    return d + dt.timedelta(days=(weekday - d.isoweekday()) % 7)


def weekday_before(d: dt.date, weekday: int) -> dt.date:
    """The last `weekday` strictly before `d` ("last Friday" on a Friday is a week back)."""
    return d - dt.timedelta(days=(d.isoweekday() - weekday) % 7 or 7)


def weekday_after(d: dt.date, weekday: int) -> dt.date:
    return d + dt.timedelta(days=(weekday - d.isoweekday()) % 7 or 7)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def easter(year: int) -> dt.date:
    # Anonymous Gregorian algorithm (Meeus/Jones/Butcher)
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def shift_unit(base: dt.date, unit: str, step: int) -> str:
    if unit == "year":
        return str(base.year + step)
    if unit == "month":
        y, m = add_months(base.year, base.month, step)
        return f"{y}-{m:02d}"
    if unit in ("week", "weekend"):
        w = iso_week(base + dt.timedelta(weeks=step))
        return w + "-WE" if unit == "weekend" else w
    if unit == "day":
        return ymd(base + dt.timedelta(days=step))
    if unit == "decade":
        return f"{base.year // 10 + step}"
    if unit == "century":
        return f"{base.year // 100 + step:02d}"
    return str(base.year)
