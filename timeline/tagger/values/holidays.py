"""Holidays: fixed-day ones and the movable ones (Thanksgiving, Labor Day, Easter ...), nearest to the DCT."""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.calendar import easter, iso_week, last_weekday, nth_weekday, safe_date, ymd
from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.filters import fires
from timeline.tagger.resolve import pick
from timeline.tagger.words import low


def holiday(g: Groups, ctx: Context) -> Result:
    if fires("holiday_object", ctx):
        return None  # "his Christmas card list": the holiday qualifies a thing
    result = _holiday(g, ctx)
    if result is None or not (g.get("wk") or g.get("per")) or not re.fullmatch(r"\d{4}-\d\d-\d\d", result[1]):
        return result
    if g.get("per"):
        # "the Easter holidays", "the Christmas break": a period around the day, never the day itself nor its first
        # day; its month is the finest value that holds it (school holidays run about two weeks around Easter)
        return ("DATE", result[1][:7], "")
    return ("DATE", iso_week(dt.date.fromisoformat(result[1])), "")  # "Easter week": its ISO week


def _holiday(g: Groups, ctx: Context) -> Result:
    code = ctx.tables.holidays[low(g["hol"])]
    rel = low(g.get("rel"))
    if g.get("y"):
        years = [int(g["y"] or 0)]
    elif ctx.dct is None:
        return ("DATE", f"XXXX-{code}" if "-" in code else "XXXX-XX-XX", "")
    else:
        years = [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1]
    cands = []
    for y in years:
        d = _holiday_date(code, y)
        if d:
            cands.append(((d.year, d.month, d.day), ymd(d)))
    if not cands:
        return None
    if len(cands) == 1 or ctx.dct is None:
        return ("DATE", cands[0][1], "")
    ref = (ctx.dct.year, ctx.dct.month, ctx.dct.day)
    if rel in ("last", "next"):
        before = [c for c in sorted(cands) if c[0] < ref]
        after = [c for c in sorted(cands) if c[0] > ref]
        chosen = before[-1:] if rel == "last" else after[:1]
        return ("DATE", chosen[0][1], "") if chosen else None
    return ("DATE", pick(cands, ref, ctx.tense()), "")


def _holiday_date(code: str, year: int) -> dt.date | None:
    if re.fullmatch(r"\d\d-\d\d", code):
        return safe_date(year, int(code[:2]), int(code[3:]))
    if code == "THANKSGIVING":
        return nth_weekday(year, 11, 4, 4)
    if code == "LABOR":
        return nth_weekday(year, 9, 1, 1)
    if code == "MEMORIAL":
        return last_weekday(year, 5, 1)
    if code == "ELECTION":
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    if code in ("EASTER", "GOODFRIDAY", "EASTERMONDAY"):
        return easter(year) + dt.timedelta(days={"GOODFRIDAY": -2, "EASTERMONDAY": 1}.get(code, 0))
    return None
