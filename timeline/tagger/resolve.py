"""Calendar arithmetic and the tense reading used to resolve underspecified dates."""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.errors import TimelineError
from timeline.tagger.rules import Tables

_DCT = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
# a sentence ends at . ! ? (optionally closed by a quote or bracket) followed by space, or a blank line
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s|\n\s*\n")
_WINDOW = 240


def parse_dct(dct: str | None) -> dt.date | None:
    """The document creation date, or None. Anything but YYYY-MM-DD[...] is the caller's error."""
    if dct is None or dct == "":
        return None
    m = _DCT.match(dct)
    if m is None:
        raise TimelineError(f"document date {dct!r} is not YYYY-MM-DD")
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise TimelineError(f"document date {dct!r} is not a calendar date") from None


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def pick(candidates: list[tuple[tuple[int, ...], str]], ref: tuple[int, ...], tense: str) -> str:
    """Choose among candidate readings keyed by a sortable calendar tuple, by tense.

    past: the latest at or before the reference; future: the earliest at or after it;
    no cue: the nearest (news writers rarely mean a date most of a year away without saying so).
    """
    if not candidates:
        return ""
    ordered = sorted(candidates)
    if tense == "past":
        before = [c for c in ordered if c[0] <= ref]
        if before:
            return before[-1][1]
    elif tense == "future":
        after = [c for c in ordered if c[0] >= ref]
        if after:
            return after[0][1]

    def distance(c: tuple[tuple[int, ...], str]) -> tuple[int, int]:
        key = c[0]
        dist = _ordinal(key) - _ordinal(ref)
        # on a tie prefer the past: news mostly reports what happened
        return (abs(dist), 0 if dist <= 0 else 1)

    return min(ordered, key=distance)[1]


def _ordinal(key: tuple[int, ...]) -> int:
    y = key[0]
    m = key[1] if len(key) > 1 else 1
    d = key[2] if len(key) > 2 else 1
    return y * 372 + (m - 1) * 31 + (d - 1)


@functools.cache
def _cue_pattern(future: tuple[str, ...], past: tuple[str, ...]) -> re.Pattern[str]:
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    # -ed words are past participles/preterites unless a passive future ("will be held") precedes
    return re.compile(
        rf"(?<![\w'])(?:(?P<future>{alt(future)})|(?P<past>{alt(past)})|(?<!be\s)(?<!been\s)(?P<ed>[a-z]{{2,}}ed))(?![\w'])",
        re.IGNORECASE,
    )


def tense_near(text: str, start: int, end: int, tables: Tables) -> str:
    """'future', 'past' or '': the tense cue nearest to text[start:end] within its sentence."""
    lo = max(0, start - _WINDOW)
    left = text[lo:start]
    cut = None
    for m in _SENTENCE_END.finditer(left):
        cut = m.end()
    s_start = lo + cut if cut is not None else lo
    right = text[end : end + _WINDOW]
    m_end = _SENTENCE_END.search(right)
    s_end = end + (m_end.start() + 1 if m_end else len(right))
    pattern = _cue_pattern(tables.future_cues, tables.past_cues)
    best: tuple[int, str] | None = None
    for m in pattern.finditer(text, s_start, s_end):
        if m.start() >= start and m.end() <= end:
            continue  # a cue inside the expression itself ("next") is read by the rule
        dist = start - m.end() if m.end() <= start else m.start() - end
        kind = "future" if m.group("future") else "past"
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else ""
