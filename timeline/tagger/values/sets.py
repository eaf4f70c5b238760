"""Sets (TIMEX3 SET): "every other week", "each March", "daily", "quarterly"."""

from __future__ import annotations

from types import MappingProxyType

from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.words import low, number


_SET_UNITS = MappingProxyType({"day": "P1D", "night": "P1D", "week": "P1W", "weekend": "P1W", "month": "P1M",
                               "year": "P1Y", "quarter": "P1Q", "hour": "PT1H", "minute": "PT1M",
                               "morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV", "afternoon": "XXXX-XX-XXTAF"})


def set_every(g: Groups, ctx: Context) -> Result:
    unit = low(g["unit"]).rstrip("s") if low(g["unit"]) not in ctx.tables.months else low(g["unit"])
    if unit in ctx.tables.months:
        return ("SET", f"XXXX-{ctx.tables.months[unit]:02d}", "")
    if unit in ctx.tables.seasons:
        return ("SET", f"XXXX-{ctx.tables.seasons[unit]}", "")
    value = _SET_UNITS.get(unit)
    if value is None:
        return None
    n_word = low(g.get("n"))
    if n_word == "other" and value.startswith("P1"):
        value = value.replace("1", "2", 1)
    elif n_word in ("few", "several") and value.startswith("P"):
        value = value.replace("1", "X", 1)
    elif n_word:
        n = number(n_word, ctx)
        if n is None or n != int(n):
            return None
        value = value.replace("1", str(int(n)), 1) if value.startswith("P") else value
    return ("SET", value, "")


_ADVERBS = MappingProxyType({"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
            "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "annual basis": "P1Y",
            "semiannually": "P6M", "hourly": "PT1H"})


def set_adverb(g: Groups, ctx: Context) -> Result:
    return ("SET", _ADVERBS[low(g["adv"])], "")
