"""Days: numeric and written calendar dates, weekdays, today/yesterday/tomorrow, "this morning"."""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

from timeline.tagger.anchor import anchor_date, day_in_reach, deixis_date, focus_day, month_day_value, rel_year, weekday_date
from timeline.tagger.calendar import add_months, full_year, iso_week, safe_date, ymd
from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.filters import SENTENCE_START, fires, is_title
from timeline.tagger.words import day_number, low, month_number, point_mod


def absolute(g: Groups, ctx: Context) -> Result:
    y = full_year(g["y"] or "")
    m = int(g["mn"] or 0)
    d = day_number(g["d"])
    if m > 12 >= d:
        m, d = d, m  # 27/03/2016: day first
    date = safe_date(y, m, d)
    if date is None:
        return None
    if g.get("h"):
        return ("TIME", f"{ymd(date)}T{g['h']}:{g['mi']}", "")
    return ("DATE", ymd(date), "")


def week_of(g: Groups, ctx: Context) -> Result:
    value = month_day_value(month_number(g["m"], ctx), day_number(g["d"]), ctx, int(g["y"]) if g.get("y") else None)
    if not value or value.startswith("X"):
        return None
    return ("DATE", iso_week(dt.date.fromisoformat(value)), "")


def month_day(g: Groups, ctx: Context) -> Result:
    day = ctx.tables.ordinals[low(g["od"])] if g.get("od") else day_number(g["d"])  # "the second day of October"
    if day < 1 or day > 31:
        return None
    year = int(g["y"]) if g.get("y") else (rel_year(g["yrel"] or "", ctx) if g.get("yrel") else None)
    value = month_day_value(month_number(g["m"], ctx), day, ctx, year)
    if value is None:
        return None
    return ("DATE", value, point_mod(g, ctx))


def day_in_focus(g: Groups, ctx: Context) -> Result:
    """ "on the 13th": that day of the month the text last named, else of the DCT's month (the last one past)."""
    d = focus_day(day_number(g["d"]), ctx)
    return ("DATE", ymd(d), "") if d else None


_MONTH_STEP = MappingProxyType({"this": 0, "last": -1, "next": 1, "that": 0, "the same": 0,
                                "the previous": -1, "the following": 1})


def day_of_month(g: Groups, ctx: Context) -> Result:
    """ "on the 1st of this month", "the 14th of last month"; "of that month" counts from the date in focus."""
    rel = low(g["rel"])
    base = anchor_date(ctx) if rel in ("that", "the same", "the previous", "the following") else ctx.dct
    if base is None:
        return None
    y, m = add_months(base.year, base.month, _MONTH_STEP[rel])
    d = safe_date(y, m, day_number(g["d"]))
    return ("DATE", ymd(d), "") if d else None


def deixis(g: Groups, ctx: Context) -> Result:
    if is_title(ctx) or _show_today(g, ctx):
        return None
    word = low(g["dx"])
    pod = low(g.get("pod"))
    if word == "today" and not pod:
        generic = _POSSESSIVE_NOUN.match(ctx.after(40))  # the noun, or an adjective and the noun
        if generic and (generic.group(1).lower() in ctx.tables.generic_today_nouns
                        or (generic.group(2) or "").lower() in ctx.tables.generic_today_nouns):
            return None  # "today's world", "many of today's computers": the present era in general
    if word == "tonight":
        pod = "night"
    d = deixis_date(word, ctx)
    if d is not None and g.get("dayrel"):  # "the day before yesterday"
        d += dt.timedelta(days=-1 if low(g["dayrel"]).endswith("before") else 1)
    day = ymd(d) if d else "XXXX-XX-XX"
    mod = point_mod(g, ctx)
    if pod:
        return ("TIME", f"{day}T{ctx.tables.parts_of_day[pod]}", mod)
    return ("DATE", day, mod)


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([A-Za-z]+)(?:[\s-]+([A-Za-z]+))?")


def this_pod(g: Groups, ctx: Context) -> Result:
    rel = low(g.get("rel"))
    pod = low(g["pod"])
    if pod == "overnight":
        # the night that ends on the day in focus: "London shares fell Friday on overnight losses
        # in New York" is Thursday night (TimeBank), a story of April 6 "rose overnight" April 5
        # (a day told in its own sentence; else the publication day's night, as for "yesterday": vocab.yaml
        # day_anchor_sentences)
        anchor = day_in_reach(ctx, "overnight") or ctx.dct
        day = ymd(anchor - dt.timedelta(days=1)) if anchor else "XXXX-XX-XX"
        return ("TIME", f"{day}TNI", "")
    word = {"last": "yesterday", "yesterday": "yesterday", "tomorrow": "tomorrow"}.get(rel, "today")
    if rel == "last" and pod not in ("night", "evening"):
        return None  # "last morning" is not idiomatic news English
    d = deixis_date(word, ctx)
    day = ymd(d) if d else "XXXX-XX-XX"
    return ("TIME", f"{day}T{ctx.tables.parts_of_day[pod]}", point_mod(g, ctx))


def _show_today(g: Groups, ctx: Context) -> bool:
    """ "told Today", "the breakfast show Today", "Today program listeners": a capitalised Today inside a sentence,
    after a word of telling or showing (filters.yaml show_today) or before a programme's word (today_name_after), is
    the programme."""
    word = g["dx"] or ""
    return word == "Today" and not SENTENCE_START.search(ctx.before(4)) \
        and (fires("show_today", ctx) or fires("today_name_after", ctx))


def weekday(g: Groups, ctx: Context) -> Result:
    if str(g["wd"])[:1].isupper() and (fires("weekday_name_after", ctx) or fires("weekday_name_noun_after", ctx)):
        return None  # "the Sunday Times", "the Meat-Free Monday project": a name ("Fox News Sunday" does air on Sundays)
    wd = ctx.tables.weekdays[low(g["wd"])]
    pod = low(g.get("pod"))
    pod_code = f"T{ctx.tables.parts_of_day[pod]}" if pod else ""
    every = low(g.get("every"))
    if fires("weekday_of_period_after", ctx):
        return None  # "the last Tuesday of the month": a recurring day of every month, no one day
    if every in ("every", "each") or g.get("pl") or g.get("podpl"):
        return ("SET", f"XXXX-WXX-{wd}{pod_code}", "")
    # "the Thursday before last" steps back from the latest Thursday, yesterday's too ("this past", not "last")
    d = weekday_date(wd, "this past" if g.get("beforelast") else low(g.get("rel")), ctx)
    if d is not None and g.get("beforelast"):  # "the Thursday before last": the one before last Thursday
        d -= dt.timedelta(weeks=1)
    if d is not None and g.get("dayrel"):  # "the day before last Tuesday's hearing"
        d += dt.timedelta(days=-1 if low(g["dayrel"]).endswith("before") else 1)
    if g.get("wkrel"):
        d = _weekday_of_week(wd, low(g["wkrel"]), ctx)
    day = ymd(d) if d else f"XXXX-WXX-{wd}"
    early_late = _EARLY_LATE_BEFORE.search(ctx.before(8))
    mod = {"early": "START", "late": "END"}[early_late.group(1).lower()] if early_late else ""
    if pod_code:
        return ("TIME", f"{day}{pod_code}", mod)
    return ("DATE", day, mod)


# "Tuesday last week": how many calendar weeks from the DCT's the week named is
_WEEK_STEPS = {"last": -1, "this": 0, "next": 1}


def _weekday_of_week(wd: int, week_word: str, ctx: Context) -> dt.date | None:
    """ "Tuesday last week" on a Tuesday is the Tuesday seven days before, not the DCT: the weekday (ISO number `wd`)
    of the calendar week `week_word` names."""
    if ctx.dct is None:
        return None
    monday = ctx.dct - dt.timedelta(days=ctx.dct.isoweekday() - 1)
    return monday + dt.timedelta(weeks=_WEEK_STEPS[week_word], days=wd - 1)


_EARLY_LATE_BEFORE = re.compile(r"\b(early|late)[\s-]+$", re.IGNORECASE)
