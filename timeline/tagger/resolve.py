"""Calendar arithmetic and the tense reading used to resolve underspecified dates."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from timeline.errors import TimelineError
from timeline.model import Sentence
from timeline.tagger.rules import Tables
from timeline.text.analysis import WORD, Words
from timeline.text.clauses import tense_clause_break

_DCT = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_WINDOW = 200  # how far around a date its tense cue may stand, within its sentence


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


# words ending in -ed that are not past-tense verbs
_NOT_VERBS = frozenset("need speed feed seed hundred indeed bleed breed greed proceed exceed succeed red bed shed".split())
# after these an -ed word is a passive future ("will be held") or an adjective ("an unspecified date")
_NOT_BEFORE_VERB = frozenset({"be", "been", "a", "an", "the", "still", "very", "most", "more", "fully", "well", "newly"})
# before an irregular participle from the past-cue list these make it passive or infinitive, not past
_PASSIVE_BEFORE = frozenset({"be", "being", "to"})
_JUST_BEFORE_VERB = re.compile(r"\s+")  # "a NATO statement on Tuesday said"
# "In September, it announced plans to ...": a fronted date, then its clause's pronoun and verb
_FRONTED_BEFORE_VERB = re.compile(r",\s+(?:it|he|she|they|we)\s+")
_OBJECT_AFTER = re.compile(r"\s+(?!on\b|in\b|at\b|to\b|that\b)[a-z]")
_PAST_AUXILIARIES = frozenset({"been", "had"})  # pluperfect only: "were planning to" may still be ahead
# a cue after the expression governs it less often than one before ("will meet Monday and were ...")
_AFTER_WEIGHT = 2


@functools.cache
def _cues(future: tuple[str, ...], past: tuple[str, ...], report: tuple[str, ...],
          present: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """Cue phrases as word tuples -> 'future', 'past', 'said' (weak past) or 'present' (weak future)."""
    table: dict[tuple[str, ...], str] = {}
    for kind, words in (("present", present), ("said", report), ("past", past), ("future", future)):
        for phrase in words:
            table[tuple(phrase.lower().split())] = kind
    return table


Token = tuple[int, int, str, str]  # start, end, word, lower-cased word


def _scan(text: str, lo: int, hi: int) -> list[Token]:
    return [(m.start(), m.end(), m.group(), m.group().lower()) for m in WORD.finditer(text, lo, hi)]


def _window(text: str, lo: int, hi: int, cached: Words) -> list[Token]:
    """The words of text[lo:hi], exactly as a scan of that slice alone finds them: the text analysis' words
    wholly inside it, and the cut pieces of the words across its two edges scanned anew."""
    starts, ends = cached.starts, cached.ends
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi, i)
    while j > i and ends[j - 1] > hi:
        j -= 1
    if i >= j:
        return _scan(text, lo, hi)
    inner = [(a, b, text[a:b]) for a, b in zip(starts[i:j], ends[i:j])]
    return _scan(text, lo, starts[i]) + [(a, b, w, w.lower()) for a, b, w in inner] + _scan(text, ends[j - 1], hi)


@functools.cache
def _first_words(future: tuple[str, ...], past: tuple[str, ...], report: tuple[str, ...],
                 present: tuple[str, ...]) -> frozenset[str]:
    """First words of the cue phrases of two or three words: only these start a longer lookup."""
    return frozenset(key[0] for key in _cues(future, past, report, present) if len(key) > 1)


@functools.cache
def _single_words(future: tuple[str, ...], past: tuple[str, ...], report: tuple[str, ...],
                  present: tuple[str, ...]) -> frozenset[str]:
    return frozenset(key[0] for key in _cues(future, past, report, present) if len(key) == 1)


_ENDINGS = ("'ll", "ed")  # "they'll", and past forms in -ed


def tense_cue(text: str, start: int, end: int, tables: Tables, tokens: Words,
              sentence: Sentence | None) -> tuple[str, bool]:
    """(kind, after): the tense cue nearest to text[start:end] in its sentence (as the text analysis split it;
    at most _WINDOW characters either side), and whether that cue comes after the expression (a weaker hold on it).

    Cues are the words of vocab.yaml (will, would, said, ago, ...) and past forms ending in -ed
    (not after "be"/"been": "will be held" is future).
    """
    s_start = max(0, start - _WINDOW)
    s_end = min(len(text), end + _WINDOW)
    if sentence is not None:
        s_start = max(s_start, min(sentence.start, start))
        s_end = min(s_end, max(sentence.end, end))
    cues = _cues(tables.future_cues, tables.past_cues, tables.report_cues, tables.present_cues)
    firsts = _first_words(tables.future_cues, tables.past_cues, tables.report_cues, tables.present_cues)
    singles = _single_words(tables.future_cues, tables.past_cues, tables.report_cues, tables.present_cues)
    best: tuple[int, str, bool] | None = None
    words = _window(text, s_start, s_end, tokens)
    n = len(words)
    prev = ""
    for k, (ws, we, w, low) in enumerate(words):
        if low not in firsts and low not in singles and not low.endswith(_ENDINGS):
            prev = low  # not a cue (most words): nothing more to look at
            continue
        kind = ""
        cue_start, cue_end = ws, we
        if low in firsts and k + 2 < n and (low, words[k + 1][3], words[k + 2][3]) in cues:
            kind = cues[(low, words[k + 1][3], words[k + 2][3])]
            cue_end = words[k + 2][1]
        elif low in firsts and k + 1 < n and (low, words[k + 1][3]) in cues:
            kind = cues[(low, words[k + 1][3])]
            cue_end = words[k + 1][1]
        elif (low,) in cues:
            kind = cues[(low,)]
            if low == "next" and k + 1 < n and words[k + 1][3] == "to":
                kind = ""  # "next to the embassy" is a place
            elif kind in ("past", "said") and prev in _PASSIVE_BEFORE:
                kind = ""  # "will be held", "would be paid": a participle, not a past verb
        elif low.endswith("'ll"):
            kind = "future"
        elif (len(w) > 3 and w.endswith("ed") and w.islower() and low not in _NOT_VERBS
              and prev not in _NOT_BEFORE_VERB):
            kind = "past"
        if kind == "past" and ws > 0 and text[ws - 1] == "-":
            kind = ""  # "the NATO-led alliance", "Western-backed rebels": an adjective
        if kind == "future" and prev in _PAST_AUXILIARIES:
            kind = "past"  # the future in the past: "had been due to expire Friday"
        prev = low
        if not kind or (cue_start >= start and cue_end <= end):
            continue  # a cue inside the expression itself ("next") is read by the rule
        if kind == "said" and cue_start >= end and not _JUST_BEFORE_VERB.fullmatch(text, end, cue_start) \
                and not (_FRONTED_BEFORE_VERB.fullmatch(text, end, cue_start) and _OBJECT_AFTER.match(text, cue_end)):
            continue  # "... on Monday, police said": the verb after governs the quote, not the date
            # (but "a statement on Tuesday said": the verb right after the date governs it)
        if cue_start >= end and tense_clause_break().search(text, end, cue_start):
            continue  # "... on Monday, although it was not on the agenda": another clause's verb
        dist = start - cue_end if cue_end <= start else (cue_start - end) * _AFTER_WEIGHT
        if best is None or dist < best[0]:
            best = (dist, kind, cue_start >= end)
    if best is None:
        return "", False
    return best[1], best[2]
