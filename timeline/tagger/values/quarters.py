"""Quarters and halves: "the third quarter", "Q3 2016", "the year-ago quarter", "the quarter ended July 31"."""

from __future__ import annotations

import re

from timeline.tagger.anchor import focus_quarter, rel_year
from timeline.tagger.calendar import full_year, quarter_of, quarter_of_month
from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.filters import fires
from timeline.tagger.words import low, number


def quarter(g: Groups, ctx: Context) -> Result:
    n = ctx.tables.ordinals[low(g["ord"])]
    unit = low(g["qunit"])
    letter = "H" if unit == "half" else "Q"
    if (letter == "H" and n > 2) or n > 4:
        return None
    if g.get("pl") and not (g.get("y1") or g.get("y2")):
        return ("SET", f"XXXX-{letter}{n}", "")
    poss = low(g.get("poss"))
    if g.get("the") and g.get("sep") == "-":
        return None  # "the third-quarter results": the adjective alone is the expression
    if not (g.get("y1") or g.get("y2") or g.get("yrel") or poss) and fires("period_of_other", ctx):
        return None  # "the second half of the 20th century": a part of another period, not of this year
    if letter == "H" and not (g.get("y1") or g.get("y2") or g.get("yrel") or poss) and fires("match_half", ctx):
        return None  # "added time to the first half": a half of a match, not of this year
    if g.get("y1") or g.get("y2"):
        y: int | None = int(g.get("y1") or g.get("y2") or 0)
    elif g.get("yrel"):
        y = rel_year(g["yrel"] or "", ctx)
    elif poss in ("last year's", "next year's", "this year's"):
        y = rel_year(poss.replace("'s", ""), ctx)
    elif ctx.dct is None:
        y = None
    else:
        cur = quarter_of(ctx.dct) if letter == "Q" else (1 if ctx.dct.month <= 6 else 2)
        y = ctx.dct.year
        if n > cur and ctx.tense() != "future":
            y -= 1  # quarters are reported after they end: "the fourth quarter" in January is last year's
    if y and poss in ("year-ago", "year-earlier", "year ago", "year earlier"):
        y -= 1
        ctx.rule = "quarter_ago"  # derived, so it does not become the document's focus
    return ("DATE", f"{y if y else 'XXXX'}-{letter}{n}", "")


def quarter_short(g: Groups, ctx: Context) -> Result:
    """"Q3 2016", "2016 Q3", "H1 2016", "Q4-15"; a bare "Q3" takes the year as "the third quarter" does."""
    code = low(g.get("q") or g.get("q3"))
    letter, n = code[0].upper(), int(code[1])
    if letter == "H" and n > 2:
        return None
    if g.get("y") or g.get("y3"):
        return ("DATE", f"{g.get('y') or g.get('y3')}-{letter}{n}", "")
    if g.get("y2"):
        return ("DATE", f"{full_year((g['y2'] or '')[-2:])}-{letter}{n}", "")
    if fires("code_names_a_kind", ctx):
        return None  # "this H1 swine flu virus": a kind's code, not a period
    if ctx.dct is None:
        return ("DATE", f"XXXX-{letter}{n}", "")
    cur = quarter_of(ctx.dct) if letter == "Q" else (1 if ctx.dct.month <= 6 else 2)
    y = ctx.dct.year - 1 if n > cur and ctx.tense() != "future" else ctx.dct.year
    return ("DATE", f"{y}-{letter}{n}", "")


_ENDED_ON = re.compile(r"\s+(ended|ending)\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b(?:,\s+(\d{4})\b)?")


def _quarter_ended(ctx: Context) -> str | None:
    """"the quarter ended July 31": the calendar quarter holding most of its three months (May-July: Q2)."""
    m = _ENDED_ON.match(ctx.after(30))
    if not m or m.group(2).lower() not in ctx.tables.months or ctx.dct is None:
        return None
    month, day = ctx.tables.months[m.group(2).lower()], int(m.group(3))
    if m.group(4):
        year = int(m.group(4))
    else:
        ahead = (month, day) > (ctx.dct.month, ctx.dct.day)
        year = ctx.dct.year  # "ended" looks back to the last such day, "ending" ahead to the next
        if m.group(1) == "ended" and ahead:
            year -= 1
        elif m.group(1) == "ending" and not ahead:
            year += 1
    year, middle = (year, month - 1) if month > 1 else (year - 1, 12)
    return f"{year}-Q{quarter_of_month(middle)}"


def quarter_ref(g: Groups, ctx: Context) -> Result:
    text = low(ctx.text[ctx.start : ctx.end])
    unit = low(g.get("qunit"))
    ago = bool(g.get("ago") or g.get("tail"))
    if unit == "period" and not (ago or g.get("latest") or g.get("y1")):
        return None  # "the period" alone is too vague to place
    if unit and not text.startswith(("the ", "its ")) and not (ago or g.get("cur") or g.get("latest") or g.get("y1")):
        return None  # "a quarter of the shares"
    if ctx.dct is None:
        return ("DATE", "XXXX-QX", "")
    if unit == "quarter" and not (ago or g.get("cur") or g.get("latest") or g.get("y1")):
        ended = _quarter_ended(ctx)
        if ended:
            return ("DATE", ended, "")
    if g.get("cur"):
        return ("DATE", f"{ctx.dct.year}-Q{quarter_of(ctx.dct)}", "")
    focus = focus_quarter(ctx)
    if focus is None:
        return None
    y, q = focus
    if g.get("latest") and not ago:
        # "the latest quarter": the last one completed before the story, whatever was named before
        q = quarter_of(ctx.dct) - 1
        y = ctx.dct.year if q else ctx.dct.year - 1
        q = q or 4
    if g.get("y1"):
        return ("DATE", f"{g['y1']}-Q{q}", "")
    if ago:
        if not unit and not ctx.last_quarter:
            return ("DATE", str(ctx.dct.year - 1), "")
        return ("DATE", f"{y - 1}-Q{q}", "")
    return ("DATE", f"{y}-Q{q}", "")


def two_quarters(g: Groups, ctx: Context) -> Result:
    """"the first two quarters of 1990" is its first half."""
    half = 1 if low(g["which"]) == "first" else 2
    return ("DATE", f"{g['y']}-H{half}", "")


def months_period(g: Groups, ctx: Context) -> Result:
    n = number(g["n"], ctx)
    return ("DURATION", f"P{int(n or 0)}M", "") if n else None
