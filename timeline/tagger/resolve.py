"""Choosing among the readings of an underspecified date by the tense of its clause (the tense is read by
timeline.text.tense; calendar arithmetic is timeline.tagger.calendar)."""

from __future__ import annotations

import datetime as dt
import re

from timeline.errors import TimelineError

_DCT = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


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


def pick(candidates: list[tuple[tuple[int, ...], str]], ref: tuple[int, ...], tense: str,
         cue_after: bool = False) -> str:
    """Choose among candidate readings keyed by a sortable calendar tuple.

    A future cue ("will", "scheduled") takes the next reading within about eleven months, a
    past-tense verb the last one within about ten months ("the year ended March 31" in November); a reporting verb ("said") only the last one within three months, since
    what is said is often about the future ("said talks resume in December" in a November story).
    Otherwise the past reading wins unless the future one is less than half as far.
    """
    if not candidates:
        return ""
    here = _ordinal(ref)
    ordered = sorted(candidates, key=lambda c: _ordinal(c[0]))
    before = [c for c in ordered if _ordinal(c[0]) <= here]
    after = [c for c in ordered if _ordinal(c[0]) >= here]
    if tense == "since" and before:
        return before[-1][1]  # "since April": the last one, however far back
    reach = {"past": _PAST_REACH, "said": _QUARTER_YEAR}.get(tense, 0)
    if reach and before and here - _ordinal(before[-1][0]) <= reach:
        return before[-1][1]
    # a future cue after the expression holds it more loosely ("the downfall in August, and now
    # his death will ...", in October): half a year ahead at most
    if tense == "future" and after and _ordinal(after[0][0]) - here <= (_HALF_YEAR if cue_after else _FUTURE_REACH):
        return after[0][1]
    if tense == "present" and after and _ordinal(after[0][0]) - here <= _HALF_YEAR:
        return after[0][1]
    if before and after and _ordinal(after[0][0]) - here > (here - _ordinal(before[-1][0])) // 2:
        # no future cue: news reports what happened, so the past reading wins unless the future
        # one is less than half as far ("February 24 - militias take control" in August is the
        # February just gone; "Talks resume in June" in April is the June ahead)
        return before[-1][1]

    def distance(c: tuple[tuple[int, ...], str]) -> tuple[int, int]:
        dist = _ordinal(c[0]) - here
        # on a tie prefer the past: news mostly reports what happened
        return (abs(dist), 0 if dist <= 0 else 1)

    return min(ordered, key=distance)[1]


_HALF_YEAR = 6 * 31
_QUARTER_YEAR = 3 * 31
# a past-tense verb reaches back most of a year ("in the year ended March 31" in November)
_PAST_REACH = 320
_FUTURE_REACH = 345  # "will resume in March" in April: eleven months ahead


def _ordinal(key: tuple[int, ...]) -> int:
    y = key[0]
    m = key[1] if len(key) > 1 else 1
    d = key[2] if len(key) > 2 else 1
    return y * 372 + (m - 1) * 31 + (d - 1)
