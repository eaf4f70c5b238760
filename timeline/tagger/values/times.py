"""Times of day: "5:42 a.m.", "noon", "at 4 in the morning (4 a.m. EDT Thursday)", on the day they belong to."""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.anchor import deixis_date, focus_day, month_day_value, weekday_date
from timeline.tagger.calendar import ymd
from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.filters import fires
from timeline.tagger.words import day_number, low, month_number, number


def clock(g: Groups, ctx: Context) -> Result:
    if g.get("noon") and fires("high_noon", ctx):
        return None  # "high noon" is a figure of speech
    if g.get("noon"):
        hour, minute = (24, 0) if low(g["noon"]) == "midnight" else (12, 0)
    else:
        h = g.get("h") or ""
        hv = int(h) if h.isdigit() else int(number(h, ctx) or -1)
        if hv < 0 or hv > 23:
            return None
        minute = int(g["mi"]) if g.get("mi") else 0
        ap = low(g.get("ap")).replace(".", "")
        pod = low(g.get("pod"))
        if ap == "pm" or pod in ("afternoon", "evening"):
            hv = hv + 12 if hv < 12 else hv
        elif ap == "am" and hv == 12:
            hv = 0
        hour = hv
    date = _clock_date(g, ctx, hour)
    hhmm = f"{hour:02d}:{minute:02d}"
    mod = "APPROX" if low(g.get("dmod")) in ("about", "around", "approximately", "roughly") else ""
    return ("TIME", f"{date}T{hhmm}", mod)


def _clock_date(g: Groups, ctx: Context, hour: int = 12) -> str:
    if g.get("dx"):
        d = deixis_date(low(g["dx"]), ctx)
        return ymd(d) if d else "XXXX-XX-XX"
    if g.get("wd"):
        wd = ctx.tables.weekdays[low(g["wd"])]
        d = _small_hours_next_day(wd, hour, ctx) or weekday_date(wd, "", ctx)
        return ymd(d) if d else "XXXX-XX-XX"
    if g.get("m") and g.get("d"):
        return month_day_value(month_number(g["m"], ctx), day_number(g["d"]), ctx) or "XXXX-XX-XX"
    if g.get("mm") and g.get("dd"):  # "at about 2:40 p.m. on 14 July"
        return month_day_value(month_number(g["mm"], ctx), day_number(g["dd"]), ctx) or "XXXX-XX-XX"
    if g.get("dd"):  # "just before midnight on the 13th"
        d = focus_day(day_number(g["dd"]), ctx)
        return ymd(d) if d else "XXXX-XX-XX"
    aside = _ASIDE_AFTER.match(ctx.after(60))
    if aside:
        # "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)"
        inner = aside.group(1).split()
        for word in (aside.group(2) or "", inner[-1] if inner else ""):
            if word[:1].isupper() and word.lower() in ctx.tables.weekdays:
                d = weekday_date(ctx.tables.weekdays[word.lower()], "", ctx)
                if d and word == (inner[-1] if inner else ""):
                    d += dt.timedelta(days=_local_day_shift(aside.group(1), hour))
                return ymd(d) if d else "XXXX-XX-XX"
    following = _weekday_after_clock(ctx)
    if following is not None:  # "leaving noon prayers Saturday": that Saturday, not the day in focus
        wd = ctx.tables.weekdays[following]
        d = _small_hours_next_day(wd, hour, ctx) or weekday_date(wd, "", ctx)
        return ymd(d) if d else "XXXX-XX-XX"
    between = ctx.text[ctx.last_end : ctx.start] if 0 <= ctx.last_end <= ctx.start else "?"
    if _JOINS_DATE_AND_TIME.fullmatch(between) and re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last_value):
        return ctx.last_value  # "April 7, 2016 — 5:42 AM EDT": the time of that day
    if 0 <= ctx.start - ctx.last_date_end <= _CLOCK_FOCUS_CHARS and re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last_date):
        # "The quake struck before dawn on Tuesday. It hit at 4:17 a.m.": the day just told of
        return ctx.last_date
    return ymd(ctx.dct) if ctx.dct else "XXXX-XX-XX"


def _small_hours_next_day(wd: int, hour: int, ctx: Context) -> dt.date | None:
    """ "Around 12:45 a.m. Tuesday" on a Monday page: the page's next day, when the weekday is that day and the hour
    is before vocab.yaml small_hours_end (pages are dated hours behind the places they report); else None."""
    if ctx.dct is None or hour >= ctx.tables.small_hours_end:
        return None
    next_day = ctx.dct + dt.timedelta(days=1)
    return next_day if next_day.isoweekday() == wd else None


_AFTER_CLOCK_WORDS = re.compile(r"\s+([A-Za-z]+)")


def _weekday_after_clock(ctx: Context) -> str | None:
    """The weekday (lower-cased) that follows the time of day within vocab.yaml clock_weekday_words words, with
    nothing but plain words between ("noon prayers Saturday", "1 p.m. local time Sunday"); None otherwise."""
    text, at = ctx.after(60), 0
    for _ in range(ctx.tables.clock_weekday_words + 2):  # the gap words, an "on", then the weekday
        m = _AFTER_CLOCK_WORDS.match(text, at)
        if m is None:
            return None
        word = m.group(1)
        if word[:1].isupper() and word.lower() in ctx.tables.weekdays:
            return word.lower()
        if word.lower() in ctx.tables.clock_weekday_blockers or word[:1].isupper():
            return None
        at = m.end()
    return None


_CLOCK_FOCUS_CHARS = 600  # how far back a day stays the one a bare clock time belongs to
_UTC_TIME = re.compile(r"\b([01]?\d|2[0-3]):?([0-5]\d)\s*(?:GMT|UTC)\b")


def _local_day_shift(aside: str, local_hour: int) -> int:
    """ "at 7:15 p.m. local time (0015 GMT on Wednesday)": the aside's day is GMT's; the local day is one
    earlier when the GMT hour is far below the local one (one later when far above)."""
    utc = _UTC_TIME.search(aside)
    if not utc:
        return 0
    gap = int(utc.group(1)) - local_hour
    return -1 if gap < -12 else 1 if gap > 12 else 0


# a time, an aside in brackets (the time elsewhere), then the day: the day belongs to the time too
_ASIDE_AFTER = re.compile(r"\s*(?:local\s+time\s*,?\s*)?\(([^()]{1,30})\)(?:\s+(?:on\s+)?([A-Za-z]+))?")
_JOINS_DATE_AND_TIME = re.compile(r"\s*(?:[,—–-]|at|,\s*at)?\s*", re.IGNORECASE)
