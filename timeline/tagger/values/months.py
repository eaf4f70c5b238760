"""Months: "May 2010", "in March", "last April", and commodity contract months ("Brent for April")."""

from __future__ import annotations

import re

from timeline.tagger.anchor import month_value, rel_year
from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.filters import fires, prep_before
from timeline.tagger.words import low, month_number, point_mod, year_words


def month_year(g: Groups, ctx: Context) -> Result:
    month = month_number(g["m"], ctx)
    if g.get("y"):
        year: int | None = int(g["y"] or 0)
    elif g.get("yw"):
        year = year_words(g["yw"] or "", ctx)
    else:
        year = rel_year(g.get("yrel") or "", ctx)
        if year is None:
            return None
    if year is None:
        return None
    return ("DATE", f"{year}-{month:02d}", point_mod(g, ctx))


def month(g: Groups, ctx: Context) -> Result:
    name = g["m"] or ""
    rel = low(g.get("rel"))
    pmod = point_mod(g, ctx)
    if not rel and not g.get("pmod"):  # "earlier in March": the lead, mod or none, makes it a date
        before = ctx.before(25)
        has_prep = prep_before(before) or bool(g.get("amod"))  # "around March": the approx word is a preposition
        # "May" the modal, "March" the verb or noun, "April" the first name: need a preposition
        if low(name) in ("may", "march") and not has_prep:
            return None
        if not has_prep and fires("name_after_month", ctx):
            return None
        if ctx.dct is not None and _contract_month(before, ctx):
            m = month_number(name, ctx)  # "Brent futures for April": the contract month ahead
            return ("DATE", f"{ctx.dct.year + (m < ctx.dct.month)}-{m:02d}", "")
    return ("DATE", month_value(month_number(name, ctx), rel, ctx), pmod)


_WORDS_FOR_BEFORE = re.compile(r"([a-z]+(?: [a-z]+)?)\s+for\s+$")
_WORDS_AFTER = re.compile(r"\s+([a-z]+)(?: ([a-z]+))?")
_IN_BEFORE = re.compile(r"\b(?:in|since|during|by|until|through|from|of|last|next|this)\s+$", re.IGNORECASE)


def _contract_month(before: str, ctx: Context) -> bool:
    """"futures for April", "April crude", "the May contract": a commodity contract month."""
    words = ctx.tables.contract_words
    m = _WORDS_FOR_BEFORE.search(before.lower())
    if m and (m.group(1) in words or m.group(1).split()[-1] in words):
        return True
    if _IN_BEFORE.search(before):
        return False  # "in April crude prices rose": the month, then the subject
    m = _WORDS_AFTER.match(ctx.after(24))
    return bool(m) and (m.group(1) in words or f"{m.group(1)} {m.group(2)}" in words)
