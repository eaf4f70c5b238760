"""Durations: "five years", "the past 18 months", "a decades-long embargo", "some time"."""

from __future__ import annotations

import re

from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.filters import fires
from timeline.tagger.words import low, number


_MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|could|might|may|can|shall|should|must)|'ll)\s+$", re.IGNORECASE)


def period(n: float | None, letter: str, per: int) -> str:
    prefix = "PT" if letter in ("H", "S") else "P"  # minutes are written by the caller
    if n is None:
        return f"{prefix}X{letter}"
    count = n * per
    if count != int(count):
        # a half: "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "a day and a half" -> P1DT12H
        whole = int(count)
        half = {"Y": "6M", "M": "15D", "W": "3DT12H", "D": "T12H", "H": "30M", "S": ""}.get(letter)
        if half is None or count - whole != 0.5:
            return f"{prefix}X{letter}"
        if whole == 0:
            halves = {"Y": "P6M", "M": "P15D", "W": "P3DT12H", "D": "PT12H", "H": "PT30M"}
            return halves.get(letter, f"{prefix}X{letter}")
        return f"{prefix}{whole}{letter}{half}"
    return f"{prefix}{int(count)}{letter}"


def duration_value(n: float | None, letter: str, per: int, mod: str, minutes: bool = False) -> Result:
    if minutes:
        if n is not None and n != int(n) and n - int(n) == 0.5:
            return ("DURATION", f"PT{int(n)}M30S" if int(n) else "PT30S", mod)  # "a minute and a half"
        return ("DURATION", f"PT{'X' if n is None else _fmt(n * per)}M", mod)
    return ("DURATION", period(n, letter, per), mod)


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def duration(g: Groups, ctx: Context) -> Result:
    unit_word = low(g["unit"])
    letter, per = ctx.tables.units[unit_word]
    minutes = unit_word.startswith("minute")
    mod = ctx.tables.duration_mods.get(low(g.get("dmod")), "")
    n_word = low(g.get("n"))
    n: float | None = number(n_word, ctx) if n_word else None
    if n_word and n is None:
        return None
    if n_word == "one" and unit_word == "day" and not g.get("dir") and _MODAL_BEFORE.search(ctx.before(12)):
        return ("DATE", "FUTURE_REF", "")  # "Islam will one day be ...": some day ahead, not a day long
    unit_text = g.get("unit") or ""
    if unit_text[:1].isupper() and ctx.start > 0 and not re.search(r"[.!?\n]\s*$", ctx.before(3)):
        return None  # "60 Minutes", a title
    if ctx.rule == "duration_adj" and g.get("pl") and n_word in ("a", "an"):
        return None  # "a decades-long embargo": the plural is vague (duration_long)
    if g.get("one"):
        n = 1  # "a day-long meeting", "a weeklong strike"
    if g.get("n2") or g.get("and"):
        n = None
    if g.get("vague"):
        n = None
    if (g.get("half") or g.get("frac")) and n is not None:  # "and a half", " 1/2"
        n += 0.5
    if g.get("orso") or "couple" in n_word:
        mod = mod or "APPROX"
    if n is not None and n == 0:
        return None
    fraction = bool(re.match(r"\s+of\b", ctx.after(5))) and not _quarters_of_time(g, ctx)
    if unit_word == "quarters" and n == 2 and low(g.get("dir")) in ("first", "last", "final", "second") \
            and re.match(r"\s+of\s+(?:fiscal\s+)?\d{4}\b", ctx.after(20)):
        return None  # "the first two quarters of 1990": a half-year (two_quarters)
    if unit_word.startswith("quarter") and (fraction or (n_word in ("a", "an") and not g.get("dir"))):
        return None  # "a quarter of the shares", "shrunk by more than a quarter": a fraction
    if n_word in ("a", "an") and not g.get("dir") and (fires("money_before", ctx) or fires("plural_before", ctx)):
        return None  # a rate ("$5 a year", "four flights a week"), not a time
    if unit_word == "day" and n_word in ("a", "an") and fires("call_it_a_day", ctx):
        return None  # "decided to call it a day": an idiom
    if n is not None and letter == "H" and n == 24 and not re.search(r"\d", n_word):
        return ("DURATION", "P1D", mod)  # "the last twenty-four hours" reads as one day
    if low(g.get("adj")).endswith("old") or fires("years_old", ctx):
        return None  # an age ("52 years old") is not a temporal expression in TimeML news
    if n is None and not (g.get("vague") or g.get("dir") or g.get("n2") or g.get("and")
                          or ctx.rule in ("duration_for", "duration_long", "duration_over")):
        return None
    if minutes:
        return duration_value(n, letter, per, mod, minutes=True)
    if letter == "H" or letter == "S":
        return ("DURATION", "PT" + period(n, letter, per).removeprefix("PT").removeprefix("P"), mod)
    return ("DURATION", period(n, letter, per), mod)


def _quarters_of_time(g: Groups, ctx: Context) -> bool:
    """"the first two quarters of 1990", "several quarters of losses" are time; "three quarters
    of its output" is a fraction."""
    return bool(g.get("dir") or g.get("vague") or re.match(r"\s+of\s+(?:fiscal\s+)?\d{4}\b", ctx.after(20)))


def vague_duration(g: Groups, ctx: Context) -> Result:
    w = low(g["w"])
    return ("DURATION", "PXM" if w == "some time" else "PXY" if w == "a long time" else "PXX", "")
