"""Ranges: the second end of "April 4-6", "April 24 and 25", "1998-99", "from May to July".

TIMEX3 has no value for a range, so each end is its own expression: "April 4-6" gives
"April 4" (2016-04-04) and "6" (2016-04-06); "1998-99" gives "1998" and "99" (1999). A second
end written without a month or year takes them from the first, and a month range never runs
backwards ("from November to February" ends in the February after that November).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from timeline.model import Timex
from timeline.tagger.rules import Tables

TAIL_RULE = "range_tail"  # the rule name a range's second end carries
_DAY_RULES = frozenset({"month_day", "day_month"})
_MONTH_RULES = frozenset({"month", "month_year", "month_day", "day_month"})
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


@functools.cache
def _patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    dashes = [w for w in words if not w.isalpha()]
    names = [w for w in words if w.isalpha()]
    join = "(?:\\s*(?:" + "|".join(map(re.escape, dashes)) + ")\\s*|\\s+(?:" + "|".join(names) + ")\\s+)"
    # a day after the join: not a clock time, a decimal, a thousands group, a count or a percentage
    day = re.compile(join + r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|[.,]\d|\s*(?:%|percent\b))"
                     r"(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d)(?!\d))?", re.IGNORECASE)
    year = re.compile(r"[-–/](?P<yy>\d\d)(?![\d-])")
    between = re.compile(join.replace("\\s*(?:", "\\s*+(?:", 1), re.IGNORECASE)
    return day, year, between


def tail(text: str, timex: Timex, rule: str, tables: Tables) -> tuple[Timex, Timex] | None:
    """The two ends of a range that starts with `timex` (found by `rule`), or None. The first
    end takes the year written after the second ("April 4-6, 2014")."""
    second = _tail(text, timex, rule, tables)
    if second is None:
        return None
    if rule in _DAY_RULES and not _YEAR.search(timex.text) and _YEAR.search(second.text) \
            and second.value[:4] != timex.value[:4]:
        timex = _with_value(timex, second.value[:4] + timex.value[4:])
    return timex, second


def _with_value(timex: Timex, value: str) -> Timex:
    return dataclasses.replace(timex, value=value)


def _tail(text: str, timex: Timex, rule: str, tables: Tables) -> Timex | None:
    day_pat, year_pat, _ = _patterns(tables.range_words)
    if rule in _DAY_RULES and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", timex.value):
        m = day_pat.match(text, timex.end)
        if m is None:
            return None
        d1, d2 = int(timex.value[8:]), int(m.group("d"))
        after = text[m.end() : m.end() + 24]
        if d2 <= d1 or re.match(r"\s*(?:[A-Za-z]+\.?\s+)?(?:[A-Z][a-z]+)", after) and _month_word(after, tables):
            return None  # "April 24 and 25 May": the second end names its own month
        if re.match(r"\s*([A-Za-z]+)", after) and re.match(r"\s*([A-Za-z]+)", after).group(1).lower() in tables.count_nouns:
            return None  # "on May 3 and 4 people died"
        value = (m.group("y") or timex.value[:4]) + timex.value[4:8] + f"{d2:02d}"
        start = m.start("d")
        return Timex(start=start, end=m.end(), text=text[start : m.end()], type="DATE", value=value, mod="",
                     rule=TAIL_RULE)
    if rule in ("year", "year_range", "fiscal_year") and re.fullmatch(r"\d{4}", timex.value):
        m = year_pat.match(text, timex.end)
        if m is None:
            return None
        y1 = int(timex.value)
        y2 = y1 // 100 * 100 + int(m.group("yy"))
        if y2 <= y1:
            y2 += 100
        if y2 - y1 > 10:
            return None  # "1990-95" is a range, "2016-73" is not
        start = m.start("yy")
        return Timex(start=start, end=m.end(), text=text[start : m.end()], type="DATE", value=str(y2), mod="",
                     rule=TAIL_RULE)
    return None


def _month_word(after: str, tables: Tables) -> bool:
    word = re.match(r"\s*(?:of\s+)?([A-Za-z]+)", after)
    return bool(word) and word.group(1).lower().rstrip(".") in tables.months


def align(text: str, first: Timex, first_rule: str, second: Timex, second_rule: str,
          tables: Tables) -> tuple[Timex, Timex]:
    """"from May to July", "from November 2010 to March", "between March and May 2010": the end
    that gives no year takes the other end's, so that the range never runs backwards; the first of a pair
    ("in March and August 2006") takes the year written after the second."""
    if first_rule not in _MONTH_RULES or second_rule not in _MONTH_RULES:
        return first, second
    if not _MONTHLY.fullmatch(first.value) or not _MONTHLY.fullmatch(second.value) or first.mod or second.mod:
        return first, second
    _, _, between = _patterns(tables.range_words)
    if not between.fullmatch(text, first.end, second.start):
        return first, second
    joint = text[first.end : second.start].strip().lower()
    year1, year2 = _YEAR.search(first.text), _YEAR.search(second.text)
    if joint in ("and", "or") and not _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start):
        if year2 and not year1:  # "accidents in March and August 2006": the list shares the year written last
            return _with_value(first, f"{second.value[:4]}{first.value[4:]}"), second
        return first, second  # "on July 14, June 15 and May 16": a list, not a range
    if year1 and year2:
        return first, second
    backwards = second.value[4:] < first.value[4 : len(second.value)]
    if year1 or not year2:  # the second end follows the first
        year = int(first.value[:4]) + (1 if backwards else 0)
        return first, _with_value(second, f"{year}{second.value[4:]}")
    year = int(second.value[:4]) - (1 if backwards else 0)  # the first end follows the second
    return _with_value(first, f"{year}{first.value[4:]}"), second


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_MONTHLY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
