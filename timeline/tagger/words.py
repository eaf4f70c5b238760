"""Reading the words of a match: numbers ("twenty-four", "1,000"), month names, day numbers, written-out
years and the point modifiers ("early", "the end of") that set a TIMEX3 mod."""

from __future__ import annotations

import re

from timeline.tagger.context import Context, Groups


def low(s: str | None) -> str:
    return " ".join(s.lower().split()) if s else ""


def point_mod(g: Groups, ctx: Context) -> str:
    """START/MID/END from a leading "early", "the end of", "mid-", ... phrase; else APPROX from a leading
    "around", "about", ... (vocab.yaml approx_mods); "" if neither."""
    phrase = low(g.get("pmod"))
    if not phrase:
        return ctx.tables.approx_mods.get(low(g.get("amod")), "")
    phrase = re.sub(r"^the |\bof( the)?$|\bin( the)?$|[- ]|\bthe$", " ", phrase)
    phrase = re.sub(r"\s+", " ", phrase).strip()
    phrase = phrase.removeprefix("the ").removeprefix("very ").strip()
    return ctx.tables.point_mods.get(phrase, "")


def number(word: str | None, ctx: Context) -> float | None:
    """A cardinal from digits or words ("24", "1,000", "twenty-four", "a couple of"); None if vague."""
    w = low(word)
    if not w:
        return None
    if re.fullmatch(r"[\d,]+(\.\d+)?", w):
        return float(w.replace(",", ""))
    nums = ctx.tables.numbers
    if w in nums:
        return nums[w]
    total, current = 0.0, 0.0
    for p in re.split(r"[- ]", w):
        if p not in nums:
            return None
        if p in ("hundred", "thousand"):  # "two thousand" is 2 x 1000, not 2 + 1000
            current = max(current, 1) * nums[p]
            if p == "thousand":
                total, current = total + current, 0.0
        else:
            current += nums[p]
    return total + current


def year_words(w: str, ctx: Context) -> int | None:
    """"nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    w = low(w).replace(" and", "")
    if w.startswith("two thousand"):
        rest = w.removeprefix("two thousand").strip()
        n = number(rest, ctx) if rest else 0
        return 2000 + int(n) if n is not None else None
    m = re.fullmatch(r"nineteen[- ](.+)", w)
    if m:
        n = number(m.group(1), ctx)
        return 1900 + int(n) if n is not None and n < 100 else None
    return None


def month_number(name: str | None, ctx: Context) -> int:
    return ctx.tables.months[low(name).rstrip(".")]


def day_number(text: str | None) -> int:
    return int(re.match(r"\d+", text or "0").group(0))  # type: ignore[union-attr]
