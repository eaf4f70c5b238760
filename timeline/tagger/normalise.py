"""Normalisers: named groups of a rule match -> (TIMEX3 type, value, mod), or None to reject.

Values keep the granularity the text gave ("in February" -> 2016-02, never 2016-02-01).
Relative expressions resolve against the DCT; anaphoric ones against the last date mentioned.
Without a DCT the unknown parts stay X ("XXXX-03-27"): nothing is invented.
"""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType
from typing import Callable, Mapping

from timeline.tagger import resolve as rv
from timeline.tagger.context import SINCE_BEFORE, Context, Result

Groups = Mapping[str, str | None]

_PREPS_BEFORE_MONTH = frozenset(
    "in of since until till by from to through during between and before after early late mid last next "
    "this that on for around about or past each every the".split())


def _prep_before(before: str) -> bool:
    """True if a preposition-like word and whitespace, or a hyphen, end `before` ("in May",
    "mid-May"). Plain string work, not a regex search from every position: this is the hot path
    of hostile "May May May ...". Same answer as a regex search for one of the words and
    whitespace, or a hyphen, at the end (also before a final newline)."""
    if before.endswith(("-", "-\n")):  # ("$" matches before a final newline too)
        return True
    t = before.rstrip()
    if len(t) == len(before):
        return False
    i = len(t)
    while i > 0 and t[i - 1].isalpha():
        i -= 1
    if i > 0 and (t[i - 1].isalnum() or t[i - 1] == "_"):
        return False
    return t[i:].lower() in _PREPS_BEFORE_MONTH


_MONEY_BEFORE = re.compile(r"(?:[$%\d]|\bcents?|\bdollars?|\bpercent|\btimes|\bper cent)\s*\S*\s*$", re.IGNORECASE)
_CALL_IT_BEFORE = re.compile(r"\bcall(?:s|ed|ing)?\s+it\s+$", re.IGNORECASE)
_CAPITAL_WORD = re.compile(r"\s+[A-Z][a-z]")
_PLURAL_BEFORE = re.compile(r"\b[a-z]{3,}[^s\W]s\s+(?:of\s+(?:the\s+)?[a-z]+\s+)?$")  # "barrels (of oil) a day"


# --- small helpers ------------------------------------------------------------------------------

def _low(s: str | None) -> str:
    return " ".join(s.lower().split()) if s else ""


def _point_mod(g: Groups, ctx: Context) -> str:
    """START/MID/END from a leading "early", "the end of", "mid-", ... phrase."""
    phrase = _low(g.get("pmod"))
    if not phrase:
        return ""
    phrase = re.sub(r"^the |\bof( the)?$|\bin( the)?$|[- ]|\bthe$", " ", phrase)
    phrase = re.sub(r"\s+", " ", phrase).strip()
    phrase = phrase.removeprefix("the ").removeprefix("very ").strip()
    return ctx.tables.point_mods.get(phrase, "")


def number(word: str | None, ctx: Context) -> float | None:
    """A cardinal from digits or words ("24", "1,000", "twenty-four", "a couple of"); None if vague."""
    w = _low(word)
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


def _year_words(w: str, ctx: Context) -> int | None:
    """"nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    w = _low(w).replace(" and", "")
    if w.startswith("two thousand"):
        rest = w.removeprefix("two thousand").strip()
        n = number(rest, ctx) if rest else 0
        return 2000 + int(n) if n is not None else None
    m = re.fullmatch(r"nineteen[- ](.+)", w)
    if m:
        n = number(m.group(1), ctx)
        return 1900 + int(n) if n is not None and n < 100 else None
    return None


def _month(name: str | None, ctx: Context) -> int:
    return ctx.tables.months[_low(name).rstrip(".")]


def _day(text: str | None) -> int:
    return int(re.match(r"\d+", text or "0").group(0))  # type: ignore[union-attr]


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 1900 if y >= 50 else 2000
    return y


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _rel_year(phrase: str, ctx: Context) -> int | None:
    if ctx.dct is None:
        return None
    p = _low(phrase)
    # "that year", "the following year": the year the text last named ("in 2019 ... in June of that year")
    focus = int(ctx.last_date[:4]) if ctx.last_date[:4].isdigit() else ctx.dct.year
    if p in ("that year", "the same year"):
        return focus
    if p == "the previous year":
        return focus - 1
    if p == "the following year":
        return focus + 1
    if p in ("last year", "a year ago"):
        return ctx.dct.year - 1
    if p == "next year":
        return ctx.dct.year + 1
    return ctx.dct.year


def _weekday_date(wd: int, rel: str, ctx: Context) -> dt.date | None:
    """The date of a weekday near the DCT: direction from the rule's word, else from tense."""
    if ctx.dct is None:
        return None
    today = ctx.dct.isoweekday()
    back = (today - wd) % 7
    ahead = (wd - today) % 7
    anchor = _anchor_date(ctx)
    if rel in ("the previous", "the following") and anchor is not None and anchor != ctx.dct:
        # anaphoric: "shares closed Friday, down from the previous Friday" counts from the date in focus
        if rel == "the previous":
            return anchor - dt.timedelta(days=(anchor.isoweekday() - wd) % 7 or 7)
        return anchor + dt.timedelta(days=(wd - anchor.isoweekday()) % 7 or 7)
    if rel in ("last", "this past", "the previous"):
        return ctx.dct - dt.timedelta(days=back or 7)
    if rel in ("next", "this coming", "the following", "the next"):
        return ctx.dct + dt.timedelta(days=ahead or 7)
    # "Wednesday's ruling" names an event already known: the past unless the rule said otherwise;
    # "until Tuesday", "as soon as Tuesday" is a deadline ahead
    if ctx.after(2) in ("'s", "’s"):
        tense = ""
    elif _DEADLINE_BEFORE.search(ctx.before(24)) and not _HAD_BEFORE.search(ctx.before(60) + " " + ctx.after(40)):
        tense = "future"  # but "Until Thursday, they had not called him a suspect" is past
    elif _SCHEDULED_FOR_BEFORE.search(ctx.before(40)):
        tense = "future"  # "a hearing set for Friday"
    else:
        tense = ctx.tense()
    if tense == "future":
        return ctx.dct + dt.timedelta(days=ahead)
    return ctx.dct - dt.timedelta(days=back)


_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|as soon as|as early as|no later than)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)



_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad\b", re.IGNORECASE)


def _deadline_or_tense(ctx: Context) -> tuple[str, bool]:
    """(tense, weak): "to conclude by May": a deadline is ahead, unless a past verb governs it
    ("had left by May"). "until March 6", "through January": the end of a span that a past verb
    may have started ("extended the loans through January"), so a past cue only counts as no cue
    at all. `weak`: the future cue comes after the expression, so it reaches less far."""
    if _BY_BEFORE.search(ctx.before(4)) and not _HAD_BEFORE.search(ctx.before(60) + " " + ctx.after(40)):
        return "future", False
    if _SCHEDULED_FOR_BEFORE.search(ctx.before(40)):
        return "future", False  # "the judge set sentencing for March 28": a date fixed ahead
    if SINCE_BEFORE.search(ctx.before(7)):
        return "since", False  # "the most since April": always the last one gone
    tense = ctx.tense()
    if tense in ("past", "said") and _UNTIL_BEFORE.search(ctx.before(10)) \
            and not _HAD_BEFORE.search(ctx.before(60) + " " + ctx.after(40)):
        return "", False
    return tense, tense == "future" and ctx.cue_after()


_SCHEDULED_FOR_BEFORE = re.compile(r"\b(?:set|scheduled|slated|rescheduled|postponed|adjourned|deferred)\s+"
                                   r"(?:[\w'-]+\s+){0,3}(?:for|until|to)\s+$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|effective)\s+$", re.IGNORECASE)


def _month_day_value(month: int, day: int, ctx: Context, year: int | None = None) -> str | None:
    if year is not None:
        d = rv.safe_date(year, month, day)
        return _ymd(d) if d else None
    if rv.safe_date(2000, month, day) is None:
        return None
    if ctx.dct is None:
        return f"XXXX-{month:02d}-{day:02d}"
    cands = []
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        d = rv.safe_date(y, month, day)
        if d:
            cands.append(((d.year, d.month, d.day), _ymd(d)))
    ref = (ctx.dct.year, ctx.dct.month, ctx.dct.day)
    picked = rv.pick(cands, ref, *_deadline_or_tense(ctx)) or None
    return _in_told_year(month, day, ctx, picked)


_TOLD_YEAR_CHARS = 300  # how far a date written with its year sets the year of the dates after it
_TOLD_YEAR_DAYS = 183  # how far after that date a day without a year may lie


def _in_told_year(month: int, day: int, ctx: Context, picked: str | None) -> str | None:
    """ "the attackers got in on 17 January 2023 ... Loopwell detected them on 2 February": a day without a
    year, told right after a date written with its year, follows that date, not the publication's year."""
    if not ctx.stated_date or not 0 <= ctx.start - ctx.stated_end <= _TOLD_YEAR_CHARS:
        return picked
    told = dt.date.fromisoformat(ctx.stated_date)
    if picked and picked[:4] == str(told.year):
        return picked
    for y in (told.year, told.year + 1):
        d = rv.safe_date(y, month, day)
        if d and told <= d and (d - told).days <= _TOLD_YEAR_DAYS:
            return _ymd(d)
    return picked


def _month_value(month: int, rel: str, ctx: Context) -> str:
    if ctx.dct is None:
        return f"XXXX-{month:02d}"
    y, cur = ctx.dct.year, ctx.dct.month
    if rel in ("last", "this past"):
        return f"{y if month < cur else y - 1}-{month:02d}"
    if rel in ("next", "this coming"):
        return f"{y if month > cur else y + 1}-{month:02d}"
    if rel == "this" or month == cur:
        return f"{y}-{month:02d}"
    cands = [((yy, month), f"{yy}-{month:02d}") for yy in (y - 1, y, y + 1)]
    return rv.pick(cands, (y, cur), *_deadline_or_tense(ctx))


def _anchor_date(ctx: Context) -> dt.date | None:
    """The day an anaphoric expression counts from: the last full date mentioned, else the DCT."""
    if len(ctx.last_date) == 10:
        try:
            return dt.date.fromisoformat(ctx.last_date)
        except ValueError:
            pass
    return ctx.dct


# --- normalisers ---------------------------------------------------------------------------------

def absolute(g: Groups, ctx: Context) -> Result:
    y = _year(g["y"] or "")
    m = int(g["mn"] or 0)
    d = _day(g["d"])
    if m > 12 >= d:
        m, d = d, m  # 27/03/2016: day first
    date = rv.safe_date(y, m, d)
    if date is None:
        return None
    if g.get("h"):
        return ("TIME", f"{_ymd(date)}T{g['h']}:{g['mi']}", "")
    return ("DATE", _ymd(date), "")


def week_of(g: Groups, ctx: Context) -> Result:
    value = _month_day_value(_month(g["m"], ctx), _day(g["d"]), ctx, int(g["y"]) if g.get("y") else None)
    if not value or value.startswith("X"):
        return None
    return ("DATE", rv.iso_week(dt.date.fromisoformat(value)), "")


def month_day(g: Groups, ctx: Context) -> Result:
    day = ctx.tables.ordinals[_low(g["od"])] if g.get("od") else _day(g["d"])  # "the second day of October"
    if day < 1 or day > 31:
        return None
    year = int(g["y"]) if g.get("y") else (_rel_year(g["yrel"] or "", ctx) if g.get("yrel") else None)
    value = _month_day_value(_month(g["m"], ctx), day, ctx, year)
    if value is None:
        return None
    return ("DATE", value, _point_mod(g, ctx))


def day_in_focus(g: Groups, ctx: Context) -> Result:
    """ "on the 13th": that day of the month the text last named, else of the DCT's month (the last one past)."""
    d = _focus_day(_day(g["d"]), ctx)
    return ("DATE", _ymd(d), "") if d else None


def _focus_day(day: int, ctx: Context) -> dt.date | None:
    focus = ctx.last_date if re.match(r"\d{4}-\d\d", ctx.last_date) else ""
    if focus:
        return rv.safe_date(int(focus[:4]), int(focus[5:7]), day)
    if ctx.dct is None:
        return None
    y, m = (ctx.dct.year, ctx.dct.month) if day <= ctx.dct.day else rv.add_months(ctx.dct.year, ctx.dct.month, -1)
    return rv.safe_date(y, m, day)


_MONTH_STEP = MappingProxyType({"this": 0, "last": -1, "next": 1, "that": 0, "the same": 0,
                                "the previous": -1, "the following": 1})


def day_of_month(g: Groups, ctx: Context) -> Result:
    """ "on the 1st of this month", "the 14th of last month"; "of that month" counts from the date in focus."""
    rel = _low(g["rel"])
    base = _anchor_date(ctx) if rel in ("that", "the same", "the previous", "the following") else ctx.dct
    if base is None:
        return None
    y, m = rv.add_months(base.year, base.month, _MONTH_STEP[rel])
    d = rv.safe_date(y, m, _day(g["d"]))
    return ("DATE", _ymd(d), "") if d else None


def month_year(g: Groups, ctx: Context) -> Result:
    month = _month(g["m"], ctx)
    if g.get("y"):
        year: int | None = int(g["y"] or 0)
    elif g.get("yw"):
        year = _year_words(g["yw"] or "", ctx)
    else:
        year = _rel_year(g.get("yrel") or "", ctx)
        if year is None:
            return None
    if year is None:
        return None
    return ("DATE", f"{year}-{month:02d}", _point_mod(g, ctx))


def month(g: Groups, ctx: Context) -> Result:
    name = g["m"] or ""
    rel = _low(g.get("rel"))
    pmod = _point_mod(g, ctx)
    if not rel and not pmod:
        before = ctx.before(25)
        has_prep = _prep_before(before)
        # "May" the modal, "March" the verb or noun, "April" the first name: need a preposition
        if _low(name) in ("may", "march") and not has_prep:
            return None
        if not has_prep and _CAPITAL_WORD.match(ctx.after(4)):
            return None
        if ctx.dct is not None and _contract_month(before, ctx):
            m = _month(name, ctx)  # "Brent futures for April": the contract month ahead
            return ("DATE", f"{ctx.dct.year + (m < ctx.dct.month)}-{m:02d}", "")
    return ("DATE", _month_value(_month(name, ctx), rel, ctx), pmod)


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


def holiday(g: Groups, ctx: Context) -> Result:
    result = _holiday(g, ctx)
    if result is None or not g.get("wk") or not re.fullmatch(r"\d{4}-\d\d-\d\d", result[1]):
        return result
    return ("DATE", rv.iso_week(dt.date.fromisoformat(result[1])), "")  # "Easter week": its ISO week


def _holiday(g: Groups, ctx: Context) -> Result:
    code = ctx.tables.holidays[_low(g["hol"])]
    rel = _low(g.get("rel"))
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
            cands.append(((d.year, d.month, d.day), _ymd(d)))
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
    return ("DATE", rv.pick(cands, ref, ctx.tense()), "")


def _holiday_date(code: str, year: int) -> dt.date | None:
    if re.fullmatch(r"\d\d-\d\d", code):
        return rv.safe_date(year, int(code[:2]), int(code[3:]))
    if code == "THANKSGIVING":
        return _nth_weekday(year, 11, 4, 4)
    if code == "LABOR":
        return _nth_weekday(year, 9, 1, 1)
    if code == "MEMORIAL":
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=(last.isoweekday() - 1) % 7)
    if code == "ELECTION":
        return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    if code in ("EASTER", "GOODFRIDAY"):
        easter = _easter(year)
        return easter - dt.timedelta(days=2) if code == "GOODFRIDAY" else easter
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def _easter(year: int) -> dt.date:
    # Anonymous Gregorian algorithm (Meeus/Jones/Butcher)
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def clock(g: Groups, ctx: Context) -> Result:
    if g.get("noon") and re.search(r"\bhigh\W*$", ctx.before(8), re.IGNORECASE):
        return None  # "high noon" is a figure of speech
    if g.get("noon"):
        hour, minute = (24, 0) if _low(g["noon"]) == "midnight" else (12, 0)
    else:
        h = g.get("h") or ""
        hv = int(h) if h.isdigit() else int(number(h, ctx) or -1)
        if hv < 0 or hv > 23:
            return None
        minute = int(g["mi"]) if g.get("mi") else 0
        ap = _low(g.get("ap")).replace(".", "")
        pod = _low(g.get("pod"))
        if ap == "pm" or pod in ("afternoon", "evening"):
            hv = hv + 12 if hv < 12 else hv
        elif ap == "am" and hv == 12:
            hv = 0
        hour = hv
    date = _clock_date(g, ctx, hour)
    hhmm = f"{hour:02d}:{minute:02d}"
    mod = "APPROX" if _low(g.get("dmod")) in ("about", "around", "approximately", "roughly") else ""
    return ("TIME", f"{date}T{hhmm}", mod)


def _clock_date(g: Groups, ctx: Context, hour: int = 12) -> str:
    if g.get("dx"):
        d = _deixis_date(_low(g["dx"]), ctx)
        return _ymd(d) if d else "XXXX-XX-XX"
    if g.get("wd"):
        d = _weekday_date(ctx.tables.weekdays[_low(g["wd"])], "", ctx)
        return _ymd(d) if d else "XXXX-XX-XX"
    if g.get("m") and g.get("d"):
        return _month_day_value(_month(g["m"], ctx), _day(g["d"]), ctx) or "XXXX-XX-XX"
    if g.get("mm") and g.get("dd"):  # "at about 2:40 p.m. on 14 July"
        return _month_day_value(_month(g["mm"], ctx), _day(g["dd"]), ctx) or "XXXX-XX-XX"
    if g.get("dd"):  # "just before midnight on the 13th"
        d = _focus_day(_day(g["dd"]), ctx)
        return _ymd(d) if d else "XXXX-XX-XX"
    aside = _ASIDE_AFTER.match(ctx.after(60))
    if aside:
        # "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)"
        inner = aside.group(1).split()
        for word in (aside.group(2) or "", inner[-1] if inner else ""):
            if word[:1].isupper() and word.lower() in ctx.tables.weekdays:
                d = _weekday_date(ctx.tables.weekdays[word.lower()], "", ctx)
                if d and word == (inner[-1] if inner else ""):
                    d += dt.timedelta(days=_local_day_shift(aside.group(1), hour))
                return _ymd(d) if d else "XXXX-XX-XX"
    between = ctx.text[ctx.last_end : ctx.start] if 0 <= ctx.last_end <= ctx.start else "?"
    if _JOINS_DATE_AND_TIME.fullmatch(between) and re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last_value):
        return ctx.last_value  # "April 7, 2016 — 5:42 AM EDT": the time of that day
    if 0 <= ctx.start - ctx.last_date_end <= _CLOCK_FOCUS_CHARS and re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last_date):
        # "The quake struck before dawn on Tuesday. It hit at 4:17 a.m.": the day just told of
        return ctx.last_date
    return _ymd(ctx.dct) if ctx.dct else "XXXX-XX-XX"


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


def _deixis_date(word: str, ctx: Context) -> dt.date | None:
    if ctx.dct is None:
        return None
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    return ctx.dct + dt.timedelta(days=shift)


def _title(ctx: Context) -> bool:
    """A capitalised phrase inside a sentence is a name: ABC's "This Week", "VOA Today"."""
    words = ctx.text[ctx.start : ctx.end].split()
    if not words[0][:1].isupper() or ctx.start == 0:
        return False
    quote = _OPEN_QUOTE.search(ctx.before(4))
    if quote:
        # a quotation opened mid-sentence on a capitalised phrase is a title: ABC News' "This Week,"
        outside = ctx.before(12)[: -len(quote.group())]
        if len(words) < 2 or not outside.strip() or _SENTENCE_START.search(outside):
            return False
    elif _SENTENCE_START.search(ctx.before(4)):
        return False
    return all(w[:1].isupper() for w in words) and (len(words) > 1 or bool(_CAPITAL_BEFORE.search(ctx.before(20)))
                                                    or bool(_NAME_ARTICLE_BEFORE.search(ctx.before(6))))


_SENTENCE_START = re.compile(r"(?:[.!?:]['\"’”]?\s+|\n\s*|^\s*|[\"“‘`]+)$")
_OPEN_QUOTE = re.compile(r"[\"“‘`]+$")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s+$")
_NAME_ARTICLE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$")  # "the Today show", "Radio 4's Today programme"


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([A-Za-z]+)(?:[\s-]+([A-Za-z]+))?")


def deixis(g: Groups, ctx: Context) -> Result:
    if _title(ctx):
        return None
    word = _low(g["dx"])
    pod = _low(g.get("pod"))
    if word == "today" and not pod:
        generic = _POSSESSIVE_NOUN.match(ctx.after(40))  # the noun, or an adjective and the noun
        if generic and (generic.group(1).lower() in ctx.tables.generic_today_nouns
                        or (generic.group(2) or "").lower() in ctx.tables.generic_today_nouns):
            return None  # "today's world", "many of today's computers": the present era in general
    if word == "tonight":
        pod = "night"
    d = _deixis_date(word, ctx)
    if d is not None and g.get("dayrel"):  # "the day before yesterday"
        d += dt.timedelta(days=-1 if _low(g["dayrel"]).endswith("before") else 1)
    day = _ymd(d) if d else "XXXX-XX-XX"
    mod = _point_mod(g, ctx)
    if pod:
        return ("TIME", f"{day}T{ctx.tables.parts_of_day[pod]}", mod)
    return ("DATE", day, mod)


def this_pod(g: Groups, ctx: Context) -> Result:
    rel = _low(g.get("rel"))
    pod = _low(g["pod"])
    if pod == "overnight":
        # the night that ends on the day in focus: "London shares fell Friday on overnight losses
        # in New York" is Thursday night (TimeBank), a story of April 6 "rose overnight" April 5
        anchor = _anchor_date(ctx)
        day = _ymd(anchor - dt.timedelta(days=1)) if anchor else "XXXX-XX-XX"
        return ("TIME", f"{day}TNI", "")
    word = {"last": "yesterday", "yesterday": "yesterday", "tomorrow": "tomorrow"}.get(rel, "today")
    if rel == "last" and pod not in ("night", "evening"):
        return None  # "last morning" is not idiomatic news English
    d = _deixis_date(word, ctx)
    day = _ymd(d) if d else "XXXX-XX-XX"
    return ("TIME", f"{day}T{ctx.tables.parts_of_day[pod]}", _point_mod(g, ctx))


def weekday(g: Groups, ctx: Context) -> Result:
    wd = ctx.tables.weekdays[_low(g["wd"])]
    pod = _low(g.get("pod"))
    pod_code = f"T{ctx.tables.parts_of_day[pod]}" if pod else ""
    every = _low(g.get("every"))
    if every in ("every", "each") or g.get("pl") or g.get("podpl"):
        return ("SET", f"XXXX-WXX-{wd}{pod_code}", "")
    d = _weekday_date(wd, _low(g.get("rel")), ctx)
    if d is not None and g.get("dayrel"):  # "the day before last Tuesday's hearing"
        d += dt.timedelta(days=-1 if _low(g["dayrel"]).endswith("before") else 1)
    day = _ymd(d) if d else f"XXXX-WXX-{wd}"
    early_late = _EARLY_LATE_BEFORE.search(ctx.before(8))
    mod = {"early": "START", "late": "END"}[early_late.group(1).lower()] if early_late else ""
    if pod_code:
        return ("TIME", f"{day}{pod_code}", mod)
    return ("DATE", day, mod)


_EARLY_LATE_BEFORE = re.compile(r"\b(early|late)[\s-]+$", re.IGNORECASE)


_DIGIT_GROUP_AFTER = re.compile(r"[ -]\d{3}[ -]\d{3,4}(?!\d)")


def year(g: Groups, ctx: Context) -> Result:
    if g.get("yw"):
        y = _year_words(g["yw"] or "", ctx)
        if y is None:
            return None
    else:
        y = int(g["y"] or 0)
    mod = _point_mod(g, ctx)
    post = _low(g.get("post"))
    pre = _low(g.get("pre"))
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
        if _NUMBER_NAME_BEFORE.search(before):
            return None
        if _is_count(ctx):
            return None
        if _TIMEZONE_AFTER.match(ctx.after(6)) or _is_clock_stamp(g, ctx):
            return None  # "by 2000 GMT", "repeated 1700, Sunday", "1633: Danny Shaw": a 24-hour clock time
        if _DIGIT_GROUP_AFTER.match(ctx.after(10)):
            return None  # "a helpline on 1800 700 700": a phone number
        if _named_year(before, ctx):
            return None  # "a joint venture called Orion 1980", "Mirage 2000 fighters"
    if y < 1000 or y > 2100:
        return None
    if "half" in _low(g.get("pmod")):  # "the last half of 1989" is a half-year, not its end
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


_WEEKDAY_AFTER = re.compile(r",?\s(?:on\s)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b")
_STAMP = re.compile(r"(?<![\d,.])([01]\d|2[0-3])([0-5]\d):\s")
_STAMP_WINDOW = 1500  # how far apart the stamps of one live report stand
_STAMP_RUN = 3  # a run of this many 24-hour stamps minutes apart is a live report's clock, not a chronology


def _is_clock_stamp(g: Groups, ctx: Context) -> bool:
    """A four-digit 24-hour time read as a year: one followed by its day ("repeated 1700, Sunday 14 June"), or
    one of a live report's stamps ("1633: Danny Shaw ... 1642: Chris Boatman ... 1649: ..."): at least
    _STAMP_RUN "HHMM: " stamps near each other, in order, each within an hour of the one before."""
    if len(g.get("y") or "") != 4 or not re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", g["y"]):
        return False
    if _WEEKDAY_AFTER.match(ctx.after(12)):
        return True
    if not ctx.after(2).startswith(": "):
        return False
    lo = max(0, ctx.start - _STAMP_WINDOW)
    stamps = [(m.start(), int(m.group(1)) * 60 + int(m.group(2)))
              for m in _STAMP.finditer(ctx.text, lo, ctx.start + _STAMP_WINDOW)]
    runs, run = [], stamps[:1]
    for prev, cur in zip(stamps, stamps[1:]):
        if 0 < cur[1] - prev[1] <= 60:
            run.append(cur)
        else:
            runs.append(run)
            run = [cur]
    runs.append(run)
    return any(len(r) >= _STAMP_RUN and any(at == ctx.start for at, _ in r) for r in runs)


_NUMBER_NAME_BEFORE = re.compile(
    r"(?:\b(?:No|no|Number|number|Flight|flight|Boeing|model|Model|route|Route|Room|room|[Rr]esolutions?)\.?\s*)$")
_MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|could|might|may|can|shall|should|must)|'ll)\s+$", re.IGNORECASE)
_TIMEZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|[ECMP][SD]T|BST|CET|gmt|utc)\b")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|since|of|by|until|from|during|for|before|after)\s+$", re.IGNORECASE)
# "between 1000 and 2000", "from 1,500 to 2000": a range that starts with a number that is no year
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+([\d,.]+)\s+(?:and|to)\s+$", re.IGNORECASE)


_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")


def _named_year(before: str, ctx: Context) -> bool:
    """A year right after a capitalised word inside a sentence is part of a name ("Orion 1980"),
    unless that word is a month, weekday, season, holiday or a year_title_words entry."""
    m = _TITLE_WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1).lower()
    t = ctx.tables
    if word in t.months or word in t.weekdays or word in t.seasons or word in t.year_title_words \
            or any(h.split()[-1] == word for h in t.holidays):
        return False
    head = ctx.text[max(0, ctx.start - len(before) - 4) : ctx.start - len(before) + m.start()]
    return not _SENTENCE_START.search(head) and ctx.start - len(before) + m.start() > 0


def _is_count(ctx: Context) -> bool:
    """A bare four-digit number that counts things: "2000 people", "up to 2000 rebels",
    "between 1000 and 2000" (the count-noun and lead-word tables are in vocab.yaml)."""
    before = ctx.before(40)
    word = _NEXT_WORD.match(ctx.after(20))
    if word and word.group(1).lower() in ctx.tables.count_nouns and not _YEAR_PREP_BEFORE.search(before[-12:]):
        return True
    lead = " ".join(before.lower().split()[-2:])
    if any(lead == w or lead.endswith(" " + w) for w in ctx.tables.count_leads):
        return True
    rng = _RANGE_BEFORE.search(before)
    if rng:
        first = rng.group(1).rstrip(".,")
        return not (len(first) == 4 and first.isdigit() and 1600 <= int(first) <= 2099)
    return False


def year_end(g: Groups, ctx: Context) -> Result:
    if ctx.dct is None:
        return ("DATE", "XXXX", "END")
    if SINCE_BEFORE.search(ctx.before(8)):
        return ("DATE", str(ctx.dct.year - 1), "END")  # "since year-end": the last one passed
    return ("DATE", str(ctx.dct.year), "END")


_AGE_BEFORE = re.compile(r"\b(?:her|his|their|my|your|our|its)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.IGNORECASE)


def decade(g: Groups, ctx: Context) -> Result:
    if g.get("dw") and (g["dw"] or "")[:1].isupper() and ctx.text[ctx.start : ctx.end] == g["dw"] \
            and ctx.start > 0 and not _SENTENCE_START.search(ctx.before(4)):
        return None  # "less Forties cargoes": a capitalised name inside a sentence, not a decade
    if _AGE_BEFORE.search(ctx.before(12)):
        return None  # "a woman in her sixties", "in their 20s": an age, not a decade
    if g.get("dw"):
        digit = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}[_low(g["dw"])]
        century = 19
    else:
        digit = int(g["dd"] or 0)
        century = int(g["c"]) if g.get("c") else 19
    # TIMEX3 as TempEval-3 writes it: a decade is its first three digits ("199"), no trailing X
    return ("DATE", f"{century}{digit}", _point_mod(g, ctx))


def century(g: Groups, ctx: Context) -> Result:
    n = int(g["ord"] or 0)
    if n < 1 or n > 21:
        return None
    return ("DATE", f"{n - 1:02d}", _point_mod(g, ctx))


_SEASON_START = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})
_QUALIFY_SEASON = re.compile(r"\b(?:in|this|last|next|by|during|until|since|early|late|through|over|the)\s+$", re.IGNORECASE)


def season(g: Groups, ctx: Context) -> Result:
    code = ctx.tables.seasons[_low(g["season"])]
    rel = _low(g.get("rel"))
    mod = _point_mod(g, ctx)
    if g.get("y"):
        return ("DATE", f"{g['y']}-{code}", mod)
    if g.get("yw"):
        y = _year_words(g["yw"] or "", ctx)
        return ("DATE", f"{y}-{code}", mod) if y else None
    if not rel and not mod and not g.get("the") and not _QUALIFY_SEASON.search(ctx.before(12)):
        return None  # "spring" the noun or verb
    if not rel and re.match(r"\s+(?:in|of)\b", ctx.after(5)):
        return None  # "the fall of Tripoli", "the fall in prices"
    if ctx.dct is None:
        return ("DATE", f"XXXX-{code}", mod)
    y = ctx.dct.year
    if rel in ("last", "the previous"):
        y -= 1
    elif rel in ("next", "the following"):
        y = y if _SEASON_START[code] > ctx.dct.month else y + 1
    elif rel == "that":
        y = int(ctx.last_date[:4]) if ctx.last_date[:4].isdigit() else y
    return ("DATE", f"{y}-{code}", mod)


def _focus_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter a financial story is about: the last one it named, else the one before the DCT's."""
    if ctx.last_quarter:
        return int(ctx.last_quarter[:4]), int(ctx.last_quarter[-1])
    if ctx.dct is None:
        return None
    q = rv.quarter_of(ctx.dct) - 1
    return (ctx.dct.year, q) if q else (ctx.dct.year - 1, 4)


def quarter(g: Groups, ctx: Context) -> Result:
    n = ctx.tables.ordinals[_low(g["ord"])]
    unit = _low(g["qunit"])
    letter = "H" if unit == "half" else "Q"
    if (letter == "H" and n > 2) or n > 4:
        return None
    if g.get("pl") and not (g.get("y1") or g.get("y2")):
        return ("SET", f"XXXX-{letter}{n}", "")
    poss = _low(g.get("poss"))
    if g.get("the") and g.get("sep") == "-":
        return None  # "the third-quarter results": the adjective alone is the expression
    if g.get("y1") or g.get("y2"):
        y: int | None = int(g.get("y1") or g.get("y2") or 0)
    elif g.get("yrel"):
        y = _rel_year(g["yrel"] or "", ctx)
    elif poss in ("last year's", "next year's", "this year's"):
        y = _rel_year(poss.replace("'s", ""), ctx)
    elif ctx.dct is None:
        y = None
    else:
        cur = rv.quarter_of(ctx.dct) if letter == "Q" else (1 if ctx.dct.month <= 6 else 2)
        y = ctx.dct.year
        if n > cur and ctx.tense() != "future":
            y -= 1  # quarters are reported after they end: "the fourth quarter" in January is last year's
    if y and poss in ("year-ago", "year-earlier", "year ago", "year earlier"):
        y -= 1
        ctx.rule = "quarter_ago"  # derived, so it does not become the document's focus
    return ("DATE", f"{y if y else 'XXXX'}-{letter}{n}", "")


def quarter_short(g: Groups, ctx: Context) -> Result:
    """"Q3 2016", "2016 Q3", "H1 2016", "Q4-15"; a bare "Q3" takes the year as "the third quarter" does."""
    code = _low(g.get("q") or g.get("q3"))
    letter, n = code[0].upper(), int(code[1])
    if letter == "H" and n > 2:
        return None
    if g.get("y") or g.get("y3"):
        return ("DATE", f"{g.get('y') or g.get('y3')}-{letter}{n}", "")
    if g.get("y2"):
        return ("DATE", f"{_year((g['y2'] or '')[-2:])}-{letter}{n}", "")
    if ctx.dct is None:
        return ("DATE", f"XXXX-{letter}{n}", "")
    cur = rv.quarter_of(ctx.dct) if letter == "Q" else (1 if ctx.dct.month <= 6 else 2)
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
    return f"{year}-Q{(middle - 1) // 3 + 1}"


def quarter_ref(g: Groups, ctx: Context) -> Result:
    text = _low(ctx.text[ctx.start : ctx.end])
    unit = _low(g.get("qunit"))
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
        return ("DATE", f"{ctx.dct.year}-Q{rv.quarter_of(ctx.dct)}", "")
    focus = _focus_quarter(ctx)
    if focus is None:
        return None
    y, q = focus
    if g.get("latest") and not ago:
        # "the latest quarter": the last one completed before the story, whatever was named before
        q = rv.quarter_of(ctx.dct) - 1
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
    half = 1 if _low(g["which"]) == "first" else 2
    return ("DATE", f"{g['y']}-H{half}", "")


def months_period(g: Groups, ctx: Context) -> Result:
    n = number(g["n"], ctx)
    return ("DURATION", f"P{int(n or 0)}M", "") if n else None


_ANAPHORIC_REL = MappingProxyType({"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0, "that": 0})


def rel_unit(g: Groups, ctx: Context) -> Result:
    if _title(ctx):
        return None
    rel = _low(g.get("rel"))
    unit = _low(g["unit"])
    the = bool(g.get("the"))
    mod = _point_mod(g, ctx)
    if not rel and not the and not mod:
        return None
    if (the and rel in ("following", "next", "previous", "preceding")) or rel in ("that", "same"):
        return _anaphoric_unit(unit, _ANAPHORIC_REL[rel], ctx, mod)
    if ctx.dct is None:
        return ("DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                         "decade": "XXX", "century": "XX"}[unit], mod)
    step = 0
    if the and rel in ("last", "past") and unit == "week" and not mod:
        # "for the last week", "in the past week": the seven days up to the DCT, placed in the
        # calendar week holding most of them (last week on a Monday, this week on a Friday)
        return ("DATE", rv.iso_week(ctx.dct - dt.timedelta(days=3)), mod)
    if rel in ("last", "past", "previous", "preceding", "prior", "this past", "latest"):
        step = -1  # "the latest fiscal year": the last one completed, as "the latest quarter"
    elif rel in ("next", "coming", "following", "this coming"):
        step = 1
    elif not rel and unit == "weekend":
        # "over the weekend": the one just past, or the coming one (same ISO week) when future
        step = 0 if ctx.dct.isoweekday() >= 6 or ctx.tense() == "future" else -1
    return ("DATE", _shift_unit(ctx.dct, unit, step), mod)


def _shift_unit(base: dt.date, unit: str, step: int) -> str:
    if unit == "year":
        return str(base.year + step)
    if unit == "month":
        y, m = rv.add_months(base.year, base.month, step)
        return f"{y}-{m:02d}"
    if unit in ("week", "weekend"):
        w = rv.iso_week(base + dt.timedelta(weeks=step))
        return w + "-WE" if unit == "weekend" else w
    if unit == "day":
        return _ymd(base + dt.timedelta(days=step))
    if unit == "decade":
        return f"{base.year // 10 + step}"
    if unit == "century":
        return f"{base.year // 100 + step:02d}"
    return str(base.year)


def _anaphoric_unit(unit: str, step: int, ctx: Context, mod: str = "") -> Result:
    anchor = _anchor_date(ctx)
    if unit == "year" and ctx.last_date[:4].isdigit():
        return ("DATE", str(int(ctx.last_date[:4]) + step), mod)
    if unit == "month" and len(ctx.last_date) >= 7:
        y, m = rv.add_months(int(ctx.last_date[:4]), int(ctx.last_date[5:7]), step)
        return ("DATE", f"{y}-{m:02d}", mod)
    if unit == "day" and len(ctx.last_date) == 7 and ctx.last_date[:4].isdigit():
        return ("DATE", f"{ctx.last_date}-XX", mod)  # "last October ... that same day": a day of that month
    if anchor is None:
        return None
    if unit in ("morning", "afternoon", "evening", "night"):
        d = anchor
        return ("TIME", f"{_ymd(d)}T{ctx.tables.parts_of_day[unit]}", mod)
    return ("DATE", _shift_unit(anchor, unit, step), mod)


def unit_before(g: Groups, ctx: Context) -> Result:
    """"$300 million last year, down from $450 million the year before.": a step from the date just read."""
    unit, step = _low(g["unit"]), -1 if _low(g["after"]) == "before" else 1
    last = ctx.last_value
    if unit == "year" and re.fullmatch(r"\d{4}", last):
        return ("DATE", str(int(last) + step), "")
    if unit == "month" and re.fullmatch(r"\d{4}-\d\d", last):
        y, m = rv.add_months(int(last[:4]), int(last[5:7]), step)
        return ("DATE", f"{y}-{m:02d}", "")
    if unit == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", last):
        try:
            return ("DATE", _ymd(dt.date.fromisoformat(last) + dt.timedelta(days=step)), "")
        except ValueError:
            return None
    return None


def the_year(g: Groups, ctx: Context) -> Result:
    """"the year ended March 31" is a span of a year; "for the year", "the full year" the current one."""
    pre = ctx.before(12).lower().split()[-1:]
    if "Year" in ctx.text[ctx.start:ctx.end]:
        return None  # "Album of the Year", "Person of the Year": an award's name, not this year
    if re.match(r"\s+(?:before|after)\b", ctx.after(8)):
        return None  # "the year before": not this year
    if re.match(r"\s+(?:ended|ending|to)\b", ctx.after(8)) or pre in (["throughout"], ["over"]):
        return ("DURATION", "P1Y", "")
    if ctx.dct is None:
        return ("DATE", "XXXX", "")
    return ("DATE", str(ctx.dct.year), "")


_SENTENCE_BREAK = re.compile(r"[.!?]['\"’”]*\s")
_DATE_APPOSED = re.compile(r",\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})\b")
_DAY_NAMED_AFTER = re.compile(r"\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|tomorrow)\b")


def anaphoric(g: Groups, ctx: Context) -> Result:
    ana = _low(g.get("ana"))
    unit = _low(g["unit"])
    after = _low(g.get("after"))
    if not ana:
        if unit in ("morning", "afternoon", "evening") and not after and _point_mod(g, ctx) \
                and not _DAY_NAMED_AFTER.match(ctx.after(16)):
            # "by mid-afternoon", "late in the evening": a day named earlier in the sentence, else the DCT's
            between = ctx.text[ctx.last_end : ctx.start] if 0 < ctx.last_end <= ctx.start else "."
            same_sentence = len(between) < 200 and not _SENTENCE_BREAK.search(between)
            anchor = _anchor_date(ctx) if same_sentence else ctx.dct
            return None if anchor is None else \
                ("TIME", f"{_ymd(anchor)}T{ctx.tables.parts_of_day[unit]}", _point_mod(g, ctx))
        return None
    if ana in ("the day before", "the day after"):
        return None if after else _anaphoric_unit("day", -1 if ana.endswith("before") else 1, ctx)
    word = ana.split()[-1]
    step = _ANAPHORIC_REL.get(word, 0)
    if unit == "day" and word in ("that", "same") and not after:
        named = _DATE_APPOSED.match(ctx.after(20))
        if named and named.group(1).lower().rstrip(".") in ctx.tables.months and ctx.dct is not None:
            value = _month_day_value(_month(named.group(1), ctx), int(named.group(2)), ctx)
            if value:
                return ("DATE", value, "")  # "That day, March 17, Clinton had ...": the day named
    if unit in ("morning", "afternoon", "evening", "night"):
        anchor = _anchor_date(ctx)
        if anchor is None:
            return None
        d = anchor + dt.timedelta(days=step)
        return ("TIME", f"{_ymd(d)}T{ctx.tables.parts_of_day[unit]}", _point_mod(g, ctx))
    return _anaphoric_unit(unit, step, ctx, _point_mod(g, ctx))


def offset(g: Groups, ctx: Context) -> Result:
    unit_word = _low(g["unit"])
    letter, per = ctx.tables.units[unit_word]
    direction = _low(g["dir"])
    dmod = ctx.tables.duration_mods.get(_low(g.get("dmod")), "")
    n = number(g.get("n"), ctx) if g.get("n") else None
    if direction == "since":
        return _duration_value(n, letter, per, dmod)
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if n is None:
        if direction in ("later", "earlier"):
            return ("DURATION", _period(None, letter, per), "")  # "a few days later": no date to give
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "")
    mod = "APPROX" if dmod else ""
    base = ctx.dct if direction in ("ago", "from now", "hence") else _anchor_date(ctx)
    if base is None:
        return ("DURATION", _period(n, letter, per), mod)
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
            and len(ctx.last_date) == 7 and ctx.last_date[:4].isdigit():
        y, m = rv.add_months(int(ctx.last_date[:4]), int(ctx.last_date[5:7]), sign * count)
        return ("DATE", f"{y}-{m:02d}", mod)  # "in March 2009 ... six months later"
    if letter == "Q":
        y, m = rv.add_months(base.year, base.month, sign * 3 * count)
        return ("DATE", f"{y}-Q{(m - 1) // 3 + 1}", mod)
    if letter == "M" and unit_word.startswith("month"):
        y, m = rv.add_months(base.year, base.month, sign * count)
        return ("DATE", f"{y}-{m:02d}", mod)
    if letter == "W" and count <= 2 and direction in ("later", "earlier") and len(ctx.last_date) == 10:
        # "arrested on 19 January ... released on bail a week later": the day a week on from the day named
        return ("DATE", _ymd(base + dt.timedelta(weeks=sign * count)), mod)
    if letter == "W" and count <= 2 and direction == "ago":
        # "A week ago the chief executive resigned", "two weeks ago": that day, as news writers mean it (and
        # TimeBank annotates it); "six weeks ago" is only as precise as its week
        return ("DATE", _ymd(base - dt.timedelta(weeks=count)), mod)
    if letter == "W":
        return ("DATE", rv.iso_week(base + dt.timedelta(weeks=sign * count)), mod)
    if letter == "D":
        return ("DATE", _ymd(base + dt.timedelta(days=sign * count * per)), mod)
    if letter == "H":  # "48 hours later": the day it lands on
        return ("DATE", _ymd(base + dt.timedelta(days=sign * (count // 24))), mod)
    return ("DATE", _ymd(base), mod)  # minutes ago: the day itself


def _period(n: float | None, letter: str, per: int) -> str:
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
            return {"Y": "P6M", "M": "P15D", "W": "P3DT12H", "D": "PT12H", "H": "PT30M"}.get(letter, f"{prefix}X{letter}")
        return f"{prefix}{whole}{letter}{half}"
    return f"{prefix}{int(count)}{letter}"


def _duration_value(n: float | None, letter: str, per: int, mod: str, minutes: bool = False) -> Result:
    if minutes:
        if n is not None and n != int(n) and n - int(n) == 0.5:
            return ("DURATION", f"PT{int(n)}M30S" if int(n) else "PT30S", mod)  # "a minute and a half"
        return ("DURATION", f"PT{'X' if n is None else _fmt(n * per)}M", mod)
    return ("DURATION", _period(n, letter, per), mod)


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def duration(g: Groups, ctx: Context) -> Result:
    unit_word = _low(g["unit"])
    letter, per = ctx.tables.units[unit_word]
    minutes = unit_word.startswith("minute")
    mod = ctx.tables.duration_mods.get(_low(g.get("dmod")), "")
    n_word = _low(g.get("n"))
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
    if unit_word == "quarters" and n == 2 and _low(g.get("dir")) in ("first", "last", "final", "second") \
            and re.match(r"\s+of\s+(?:fiscal\s+)?\d{4}\b", ctx.after(20)):
        return None  # "the first two quarters of 1990": a half-year (two_quarters)
    if unit_word.startswith("quarter") and (fraction or (n_word in ("a", "an") and not g.get("dir"))):
        return None  # "a quarter of the shares", "shrunk by more than a quarter": a fraction
    if n_word in ("a", "an") and not g.get("dir") and (_MONEY_BEFORE.search(ctx.before(14))
                                                        or _PLURAL_BEFORE.search(ctx.before(24))):
        return None  # a rate ("$5 a year", "four flights a week"), not a time
    if unit_word == "day" and n_word in ("a", "an") and _CALL_IT_BEFORE.search(ctx.before(16)):
        return None  # "decided to call it a day": an idiom
    if n is not None and letter == "H" and n == 24 and not re.search(r"\d", n_word):
        return ("DURATION", "P1D", mod)  # "the last twenty-four hours" reads as one day
    if _low(g.get("adj")).endswith("old") or re.match(r"[- ]old\b", ctx.after(5)):
        return None  # an age ("52 years old") is not a temporal expression in TimeML news
    if n is None and not (g.get("vague") or g.get("dir") or g.get("n2") or g.get("and")
                          or ctx.rule in ("duration_for", "duration_long", "duration_over")):
        return None
    if minutes:
        return _duration_value(n, letter, per, mod, minutes=True)
    if letter == "H" or letter == "S":
        return ("DURATION", "PT" + _period(n, letter, per).removeprefix("PT").removeprefix("P"), mod)
    return ("DURATION", _period(n, letter, per), mod)


def _quarters_of_time(g: Groups, ctx: Context) -> bool:
    """"the first two quarters of 1990", "several quarters of losses" are time; "three quarters
    of its output" is a fraction."""
    return bool(g.get("dir") or g.get("vague") or re.match(r"\s+of\s+(?:fiscal\s+)?\d{4}\b", ctx.after(20)))


def vague_duration(g: Groups, ctx: Context) -> Result:
    w = _low(g["w"])
    return ("DURATION", "PXM" if w == "some time" else "PXY" if w == "a long time" else "PXX", "")


_SET_UNITS = MappingProxyType({"day": "P1D", "night": "P1D", "week": "P1W", "weekend": "P1W", "month": "P1M", "year": "P1Y",
              "quarter": "P1Q", "hour": "PT1H", "minute": "PT1M", "morning": "XXXX-XX-XXTMO",
              "evening": "XXXX-XX-XXTEV", "afternoon": "XXXX-XX-XXTAF"})


def set_every(g: Groups, ctx: Context) -> Result:
    unit = _low(g["unit"]).rstrip("s") if _low(g["unit"]) not in ctx.tables.months else _low(g["unit"])
    if unit in ctx.tables.months:
        return ("SET", f"XXXX-{ctx.tables.months[unit]:02d}", "")
    if unit in ctx.tables.seasons:
        return ("SET", f"XXXX-{ctx.tables.seasons[unit]}", "")
    value = _SET_UNITS.get(unit)
    if value is None:
        return None
    n_word = _low(g.get("n"))
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
    return ("SET", _ADVERBS[_low(g["adv"])], "")


_REFS = MappingProxyType({"present": ("now", "right now", "currently", "current", "these days", "nowadays", "present",
                     "the present", "the time being", "this moment", "the moment", "so far"),
         "past": ("recently", "more recently", "recent", "lately", "the past", "previously", "formerly")})


def ref(g: Groups, ctx: Context) -> Result:
    w = _low(g["ref"])
    if w in ("so far", "the moment"):
        return None
    if w in _REFS["present"]:
        if w == "current" and re.match(r"\s+(?:account|affairs|events|law|rules?|system|management|owners?|members?|levels?)\b", ctx.after(14), re.I):
            return None
        return ("DATE", "PRESENT_REF", "")
    if w in _REFS["past"]:
        return ("DATE", "PAST_REF", "")
    return ("DATE", "FUTURE_REF", "")


NORMALISERS: Mapping[str, Callable[[Groups, Context], Result]] = MappingProxyType({
    "absolute": absolute, "week_of": week_of, "month_day": month_day, "month_year": month_year,
    "day_of_month": day_of_month, "day_in_focus": day_in_focus,
    "month": month, "holiday": holiday, "clock": clock, "deixis": deixis, "this_pod": this_pod,
    "weekday": weekday, "year": year, "decade": decade, "century": century, "season": season,
    "quarter": quarter, "quarter_short": quarter_short, "year_end": year_end, "quarter_ref": quarter_ref,
    "months_period": months_period, "two_quarters": two_quarters,
    "rel_unit": rel_unit, "the_year": the_year, "unit_before": unit_before, "anaphoric": anaphoric,
    "offset": offset,
    "duration": duration, "vague_duration": vague_duration, "set_every": set_every,
    "set_adverb": set_adverb, "ref": ref,
})
