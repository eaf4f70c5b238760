"""Offsets from the DCT or the date in focus: "last week", "the following day", "three years ago", "a week later"."""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.anchor import (ANAPHORIC_STEP, anaphoric_unit, anchor_date, day_in_reach, month_day_value,
                                     month_in_reach)
from timeline.tagger.calendar import add_months, iso_week, quarter_of_month, shift_unit, ymd
from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.filters import is_title
from timeline.tagger.values.durations import duration_value, period
from timeline.tagger.words import low, month_number, number, point_mod


def rel_unit(g: Groups, ctx: Context) -> Result:
    if is_title(ctx):
        return None
    rel = low(g.get("rel"))
    unit = low(g["unit"])
    the = bool(g.get("the"))
    mod = point_mod(g, ctx)
    if not rel and not the and not g.get("pmod"):  # "earlier in the year": "the" is the lead's, no mod
        return None
    if ((the and rel in ("following", "next", "previous", "preceding")) or rel in ("that", "same")) \
            and not _span_from_now(rel, ctx):
        return anaphoric_unit(unit, ANAPHORIC_STEP[rel], ctx, mod)
    if ctx.dct is None:
        return ("DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                         "decade": "XXX", "century": "XX"}[unit], mod)
    step = 0
    if the and rel in ("last", "past") and unit == "week" and not mod:
        # "for the last week", "in the past week": the seven days up to the DCT, placed in the
        # calendar week holding most of them (last week on a Monday, this week on a Friday)
        return ("DATE", iso_week(ctx.dct - dt.timedelta(days=3)), mod)
    if rel in ("last", "past", "previous", "preceding", "prior", "this past", "latest"):
        step = -1  # "the latest fiscal year": the last one completed, as "the latest quarter"
    elif rel in ("next", "coming", "following", "this coming"):
        step = 1
    elif not rel and unit == "weekend":
        # "over the weekend": the one just past, or the coming one (same ISO week) when future
        step = 0 if ctx.dct.isoweekday() >= 6 or ctx.tense() == "future" else -1
    return ("DATE", shift_unit(ctx.dct, unit, step), mod)


def unit_before(g: Groups, ctx: Context) -> Result:
    """"$300 million last year, down from $450 million the year before.": a step from the date just read."""
    unit, step = low(g["unit"]), -1 if low(g["after"]) == "before" else 1
    last = ctx.last_value
    if unit == "year" and re.fullmatch(r"\d{4}", last):
        return ("DATE", str(int(last) + step), "")
    if unit == "month" and re.fullmatch(r"\d{4}-\d\d", last):
        y, m = add_months(int(last[:4]), int(last[5:7]), step)
        return ("DATE", f"{y}-{m:02d}", "")
    if unit == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", last):
        try:
            return ("DATE", ymd(dt.date.fromisoformat(last) + dt.timedelta(days=step)), "")
        except ValueError:
            return None
    return None


_DAY_STEPS = frozenset({"D", "W"})  # "two days later", "a week earlier": steps counted from a day told in reach
_SENTENCE_BREAK = re.compile(r"[.!?]['\"’”]*\s")
_DATE_APPOSED = re.compile(r",\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})\b")
# "early morning Thursday", "early morning of 20 April": the day named right after is the part of day's, and dates it
_DAY_NAMED_AFTER = re.compile(r"\s+(?:on\s+|of\s+)?(?:[A-Z][a-z]+day|today|yesterday|tomorrow|\d{1,2}\s+[A-Z][a-z]+"
                              r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)\b")


def _span_from_now(rel: str, ctx: Context) -> bool:
    """ "plans to resume within the next month": a span that runs from the time of writing (vocab.yaml
    span_from_now_leads), so it counts from the DCT, not from the month the story last named; a past verb keeps the
    story's step ("Within the next month, the rebels took Brega")."""
    if rel != "next" or ctx.dct is None:
        return False
    lead = ctx.before(16).lower().split()[-1:]
    return bool(lead) and lead[0] in ctx.tables.span_from_now_leads and ctx.tense() != "past"


def anaphoric(g: Groups, ctx: Context) -> Result:
    ana = low(g.get("ana"))
    unit = low(g["unit"])
    after = low(g.get("after"))
    if not ana:
        if unit in ("morning", "afternoon", "evening") and not after and g.get("pmod") \
                and not _DAY_NAMED_AFTER.match(ctx.after(16)):
            # "by mid-afternoon", "late in the evening": a day named earlier in the sentence, else the DCT's
            between = ctx.text[ctx.last_end : ctx.start] if 0 < ctx.last_end <= ctx.start else "."
            same_sentence = len(between) < 200 and not _SENTENCE_BREAK.search(between)
            anchor = anchor_date(ctx) if same_sentence else ctx.dct
            return None if anchor is None else \
                ("TIME", f"{ymd(anchor)}T{ctx.tables.parts_of_day[unit]}", point_mod(g, ctx))
        return None
    if ana in ("the day before", "the day after"):
        return None if after else anaphoric_unit("day", -1 if ana.endswith("before") else 1, ctx)
    word = ana.split()[-1]
    step = ANAPHORIC_STEP.get(word, 0)
    if unit == "day" and word in ("that", "same") and not after:
        named = _DATE_APPOSED.match(ctx.after(20))
        if named and named.group(1).lower().rstrip(".") in ctx.tables.months and ctx.dct is not None:
            value = month_day_value(month_number(named.group(1), ctx), int(named.group(2)), ctx)
            if value:
                return ("DATE", value, "")  # "That day, March 17, Clinton had ...": the day named
    if unit in ("morning", "afternoon", "evening", "night"):
        # "the next morning", "that night": the day told in reach (vocab.yaml day_anchor_sentences), or no day
        anchor = day_in_reach(ctx, "anaphoric")
        if anchor is None:
            return None if ctx.dct is None else ("TIME", f"XXXX-XX-XXT{ctx.tables.parts_of_day[unit]}", "")
        d = anchor + dt.timedelta(days=step)
        return ("TIME", f"{ymd(d)}T{ctx.tables.parts_of_day[unit]}", point_mod(g, ctx))
    return anaphoric_unit(unit, step, ctx, point_mod(g, ctx))


def round_offset_mod(unit_word: str, n: float, ctx: Context) -> str:
    """APPROX for an offset whose count is a round figure for its unit (vocab.yaml round_offsets: "eighteen months
    ago", "a century ago"), "" for an exact one ("five months ago", "two days ago")."""
    least = ctx.tables.round_offsets.get(unit_word)
    return "APPROX" if least is not None and n >= least else ""


def offset(g: Groups, ctx: Context) -> Result:
    unit_word = low(g["unit"])
    letter, per = ctx.tables.units[unit_word]
    direction = low(g["dir"])
    dmod = ctx.tables.duration_mods.get(low(g.get("dmod")), "")
    n = number(g.get("n"), ctx) if g.get("n") else None
    if direction == "since":
        return duration_value(n, letter, per, dmod)
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if n is None:
        if direction in ("later", "earlier"):
            return ("DURATION", period(None, letter, per), "")  # "a few days later": no date to give
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "")
    mod = "APPROX" if dmod else round_offset_mod(unit_word, n, ctx)
    base = ctx.dct if direction in ("ago", "from now", "hence") else anchor_date(ctx)
    if direction in ("later", "earlier") and letter in _DAY_STEPS:
        base = day_in_reach(ctx, "offsets")  # "A day later": from a day told in reach, else no day at all
    if base is None:
        return ("DURATION", period(n, letter, per), mod)
    count = int(n * per)
    if n != int(n):
        return None
    if letter == "Y":
        if per == 1 and ctx.last_quarter and count == 1 and direction in ("ago", "earlier"):
            y, q = int(ctx.last_quarter[:4]), int(ctx.last_quarter[-1])
            return ("DATE", f"{y - 1}-Q{q}", mod)
        year = base.year
        if direction in ("later", "earlier") and len(ctx.last_date) in (4, 7) and ctx.last_date[:4].isdigit():
            year = int(ctx.last_date[:4])  # "in December 1988 ... two years later": from the year named
        return ("DATE", str(year + sign * count), mod)
    if letter == "M" and unit_word.startswith("month") and direction in ("later", "earlier") \
            and not month_in_reach(ctx):
        return ("DURATION", period(n, letter, per), mod)  # "A month later" with no month or day told in reach
    if letter == "M" and unit_word.startswith("month") and direction in ("later", "earlier") \
            and len(ctx.last_date) == 7 and ctx.last_date[:4].isdigit():
        y, m = add_months(int(ctx.last_date[:4]), int(ctx.last_date[5:7]), sign * count)
        return ("DATE", f"{y}-{m:02d}", mod)  # "in March 2009 ... six months later"
    if letter == "Q":
        y, m = add_months(base.year, base.month, sign * 3 * count)
        return ("DATE", f"{y}-Q{quarter_of_month(m)}", mod)
    if letter == "M" and unit_word.startswith("month"):
        y, m = add_months(base.year, base.month, sign * count)
        return ("DATE", f"{y}-{m:02d}", mod)
    if letter == "W" and count <= 2 and direction in ("later", "earlier") and len(ctx.last_date) == 10:
        # "arrested on 19 January ... released on bail a week later": the day a week on from the day named
        return ("DATE", ymd(base + dt.timedelta(weeks=sign * count)), mod)
    if letter == "W" and count <= 2 and direction == "ago":
        # "A week ago the chief executive resigned", "two weeks ago": that day, as news writers mean it (and
        # TimeBank annotates it); "six weeks ago" is only as precise as its week
        return ("DATE", ymd(base - dt.timedelta(weeks=count)), mod)
    if letter == "W":
        return ("DATE", iso_week(base + dt.timedelta(weeks=sign * count)), mod)
    if letter == "D":
        return ("DATE", ymd(base + dt.timedelta(days=sign * count * per)), mod)
    if letter == "H":  # "48 hours later": the day it lands on
        return ("DATE", ymd(base + dt.timedelta(days=sign * (count // 24))), mod)
    return ("DATE", ymd(base), mod)  # minutes ago: the day itself
