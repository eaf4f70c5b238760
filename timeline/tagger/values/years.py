"""Years, decades, centuries, seasons, "year-end", "the year"."""

from __future__ import annotations

import re
from types import MappingProxyType

from timeline.tagger.context import SINCE_BEFORE, Context, Groups, Result
from timeline.tagger.filters import SENTENCE_START, fires, is_clock_stamp, is_count, named_year
from timeline.tagger.words import low, point_mod, year_words


def year(g: Groups, ctx: Context) -> Result:
    if g.get("yw"):
        y = year_words(g["yw"] or "", ctx)
        if y is None:
            return None
    else:
        y = int(g["y"] or 0)
    mod = point_mod(g, ctx)
    post = low(g.get("post"))
    pre = low(g.get("pre"))
    if post in ("or later", "and beyond", "onward", "onwards"):
        mod = "ON_OR_AFTER"
    elif post == "or earlier":
        mod = "ON_OR_BEFORE"
    if pre == "post":
        mod = "AFTER"
    elif pre == "pre":
        mod = "BEFORE"
    if ctx.rule == "year" and not g.get("pmod") and not pre:
        # a bare four-digit number is a year only where it does not look like a quantity or a name
        before = ctx.before(12)
        if fires("number_name", ctx):
            return None
        if is_count(ctx):
            return None
        if fires("timezone_after", ctx) or is_clock_stamp(g, ctx):
            return None  # "by 2000 GMT", "repeated 1700, Sunday", "1633: Danny Shaw": a 24-hour clock time
        if fires("digit_group_after", ctx):
            return None  # "a helpline on 1800 700 700": a phone number
        if not g.get("amod") and named_year(before, ctx):  # "Wales about 1906": the approx word parts them
            return None  # "a joint venture called Orion 1980", "Mirage 2000 fighters"
    if y < 1000 or y > 2100:
        return None
    if "half" in low(g.get("pmod")):  # "the last half of 1989" is a half-year, not its end
        return ("DATE", f"{y}-H2", "")
    if not mod and not g.get("pmod"):
        mod = _bound_mod(ctx)
    return ("DATE", str(y), mod)


_BOUND_BEFORE = re.compile(r"\b(?P<w>before|prior to|earlier than|until|till|after|later than)\s+(?:(?:just|shortly|"
                           r"long|well|soon|even|only)\s+)?(?:the\s+year\s+)?$", re.IGNORECASE)


_BOUND_MODS = {"before": "BEFORE", "prior to": "BEFORE", "earlier than": "BEFORE", "after": "AFTER",
               "later than": "AFTER"}


def _bound_mod(ctx: Context) -> str:
    """ "before 1861", "prior to 1969", "after 2005": a year that bounds a time, not the time itself (TIMEX3
    mod BEFORE/AFTER). "until 1999" ends a span the clause tells, so it keeps its year plain."""
    found = _BOUND_BEFORE.search(ctx.before(30))
    return _BOUND_MODS.get(found.group("w").lower(), "") if found else ""


def year_end(g: Groups, ctx: Context) -> Result:
    if ctx.dct is None:
        return ("DATE", "XXXX", "END")
    if SINCE_BEFORE.search(ctx.before(8)):
        return ("DATE", str(ctx.dct.year - 1), "END")  # "since year-end": the last one passed
    return ("DATE", str(ctx.dct.year), "END")


def decade(g: Groups, ctx: Context) -> Result:
    if g.get("dw") and (g["dw"] or "")[:1].isupper() and ctx.text[ctx.start : ctx.end] == g["dw"] \
            and ctx.start > 0 and not SENTENCE_START.search(ctx.before(4)):
        return None  # "less Forties cargoes": a capitalised name inside a sentence, not a decade
    if fires("age_possessive", ctx):
        return None  # "a woman in her sixties", "in their 20s": an age, not a decade
    if g.get("dw"):
        digit = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}[low(g["dw"])]
        century = 19
    else:
        digit = int(g["dd"] or 0)
        century = int(g["c"]) if g.get("c") else 19
    # TIMEX3 as TempEval-3 writes it: a decade is its first three digits ("199"), no trailing X
    return ("DATE", f"{century}{digit}", point_mod(g, ctx))


def century(g: Groups, ctx: Context) -> Result:
    n = int(g["ord"] or 0)
    if n < 1 or n > 21:
        return None
    return ("DATE", f"{n - 1:02d}", point_mod(g, ctx))


_SEASON_START = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})
# "last summer" on an October page is the summer just passed, not the one a year before: once this many months have
# gone by since the start of the season in the page's year (the season's three months and one more), "last <season>"
# names that season. Spring from July, summer from October; autumn and winter never within the page's year ("last
# autumn" in June, "last winter" in July are the previous year's).
_SEASON_PASSED_MONTHS = 4
_QUALIFY_SEASON = re.compile(r"\b(?:in|this|last|next|by|during|until|since|early|late|through|over|the)\s+$",
                             re.IGNORECASE)


def season(g: Groups, ctx: Context) -> Result:
    code = ctx.tables.seasons[low(g["season"])]
    rel = low(g.get("rel"))
    mod = point_mod(g, ctx)
    if g.get("y"):
        return ("DATE", f"{g['y']}-{code}", mod)
    if g.get("yw"):
        y = year_words(g["yw"] or "", ctx)
        return ("DATE", f"{y}-{code}", mod) if y else None
    if not rel and not mod and not g.get("the") and not _QUALIFY_SEASON.search(ctx.before(12)):
        return None  # "spring" the noun or verb
    if not rel and fires("season_noun", ctx):
        return None  # "the fall of Tripoli", "the fall in prices"
    if ctx.dct is None:
        return ("DATE", f"XXXX-{code}", mod)
    y = ctx.dct.year
    if rel in ("last", "the previous"):
        y -= 0 if rel == "last" and ctx.dct.month >= _SEASON_START[code] + _SEASON_PASSED_MONTHS else 1
    elif rel in ("next", "the following"):
        y = y if _SEASON_START[code] > ctx.dct.month else y + 1
    elif rel == "that":
        y = int(ctx.last_date[:4]) if ctx.last_date[:4].isdigit() else y
    return ("DATE", f"{y}-{code}", mod)


def the_year(g: Groups, ctx: Context) -> Result:
    """"the year ended March 31" is a span of a year; "for the year", "the full year" the current one."""
    pre = ctx.before(12).lower().split()[-1:]
    if "Year" in ctx.text[ctx.start:ctx.end]:
        return None  # "Album of the Year", "Person of the Year": an award's name, not this year
    if re.match(r"\s+(?:before|after)\b", ctx.after(8)):
        return None  # "the year before": not this year
    if re.match(r"\s+(?:ended|ending|to)\b", ctx.after(8)) or pre in (["throughout"], ["over"]):
        return ("DURATION", "P1Y", "")
    apposed = _YEAR_APPOSED.search(ctx.before(12))
    if apposed and ctx.text[ctx.start:ctx.end].lower() == "the year":
        return ("DATE", apposed.group(1), "")  # "up until 1996, the year Gadhafi squashed an uprising": that year
    if ctx.dct is None:
        return ("DATE", "XXXX", "")
    return ("DATE", str(ctx.dct.year), "")


_YEAR_APPOSED = re.compile(r"\b(1\d{3}|20\d\d),\s*$")  # a year the phrase stands in apposition to
