"""Properties of timeline.tagger.tag on any input: no exception, well-formed, bounded, deterministic.

Hostile inputs must return (their timing is measured in benchmarks/bench_tagger.py, not here).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import TimelineError
from timeline.model import Timex
from timeline.tagger import tag

TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"", "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}

# words the rules care about, so generated text reaches the normalisers, not only the scanner
WORDS = ["May", "March", "Monday", "Friday", "last", "next", "this", "year", "years", "month", "week",
         "weekend", "quarter", "third", "the", "a", "ago", "earlier", "later", "late", "early", "mid-",
         "today", "yesterday", "night", "morning", "1998", "2016", "27", "3/27/2016", "10:35", "a.m.",
         "p.m.", "EST", "five-year", "two", "twenty-four", "hours", "since", "for", "months", "each",
         "every", "summer", "fall", "1990s", "'80s", "fiscal", "now", "recently", "Christmas", ",", ".",
         "at", "least", "more", "than", "about", "half", "1/2", "of", "in", "that", "day", "following"]


def well_formed(text: str, found: list[Timex]) -> None:
    assert isinstance(found, list)
    previous_end = 0
    for t in found:
        assert isinstance(t, Timex)
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= previous_end, "sorted and non-overlapping"
        previous_end = t.end
        assert t.text == text[t.start : t.end]
        assert t.type in TYPES
        assert t.value and t.value == t.value.strip()
        assert t.mod in MODS


dcts = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(str))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), dcts)
def test_any_text(text: str, dct: str | None) -> None:
    well_formed(text, tag(text, dct))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), dcts)
def test_date_words(text: str, dct: str | None) -> None:
    found = tag(text, dct)
    well_formed(text, found)
    assert tag(text, dct) == found, "deterministic"


def test_no_dct_invents_nothing() -> None:
    for t in tag("He left on Monday, March 27, last year and yesterday.", None):
        assert not t.value[:4].isdigit(), t


@pytest.mark.parametrize("dct", ["2016-13-01", "yesterday", "16-04-06", "2016-02-30"])
def test_bad_dct_is_a_project_error(dct: str) -> None:
    with pytest.raises(TimelineError):
        tag("on Monday", dct)


@pytest.mark.slow
def test_hostile_digits_and_spaces() -> None:
    text = ("1234 5678 90 1998 12/1 10:35 " * 4000)[:100_000]
    well_formed(text, tag(text, "2016-04-06"))


def test_hostile_repeated_may() -> None:
    text = "May " * 25_000
    found = tag(text, "2016-04-06")
    well_formed(text, found)


@pytest.mark.slow
def test_hostile_one_megabyte_line() -> None:
    text = ("The deal was signed on March 27, 2016 and 12345 shares moved last year " * 15_000)[:1_000_000]
    found = tag(text, "2016-04-06")
    well_formed(text, found)
    # every whole sentence gives its two dates; the last, cut at 1 MB, keeps "March 27" (of 2016, from the DCT)
    sentences = text.count("March 27, 2016")
    assert [(t.text, t.value) for t in found] == [("March 27, 2016", "2016-03-27"), ("last year", "2015")] * sentences \
        + [("March 27", "2016-03-27")]


def test_hostile_long_word_runs() -> None:
    text = " ".join(["the"] * 20_000 + ["last"] * 20_000 + ["year"])
    well_formed(text, tag(text, "2016-04-06"))


def test_unicode_that_changes_length_when_lowered() -> None:
    text = "İİİ March 27, 2016 İ"  # 'İ'.lower() is two characters
    found = tag(text, "2016-04-06")
    well_formed(text, found)
    assert [t.text for t in found] == ["March 27, 2016"]


@pytest.mark.parametrize("dct", ["9999-12-31", "0001-01-01", "2000-02-29"])
def test_calendar_edges(dct: str) -> None:
    text = "tomorrow, yesterday, next week, last year, next Monday, Christmas, the next day, a year ago"
    well_formed(text, tag(text, dct))


# The two-letter rule buckets (used at month and weekday names) leave out only rules that can
# never match there: any text starting with the key matches the same rules in both buckets.
NAME_TEXTS = ["May 5", "May 2010", "May", "May May", "Monday", "Monday morning", "March 27, 2016",
              "Mar. 27", "Sunday night", "September 11", "Sept. 30", "Tuesday, Jan. 6", "June 5-7",
              "many years ago", "months ago", "more than two years", "most recently", "decades-long",
              "December 1999", "the 1990s", "Thursday's", "Friday, 2 May", "Saturday nights"]


@given(st.sampled_from(NAME_TEXTS), st.sampled_from(["", " ago", " later", ", 2016", " 5", " night"]))
@settings(max_examples=200, deadline=None)
def test_two_letter_buckets_lose_no_rule(head: str, tail: str) -> None:
    from timeline.tagger.rules import NAME_KEYS, bucket

    text = (head + tail).lower()
    key = text[:2]
    if key not in NAME_KEYS:
        return
    wide, narrow = bucket(key[0]), bucket(key)
    wide_m, narrow_m = wide.every.match(text), narrow.every.match(text)
    wide_hits = {wide.slots[k][0]: wide_m.span(top) for k, top in enumerate(wide.tops)
                 if wide_m and wide_m.start(top) >= 0}
    narrow_hits = {narrow.slots[k][0]: narrow_m.span(top) for k, top in enumerate(narrow.tops)
                   if narrow_m and narrow_m.start(top) >= 0}
    assert wide_hits == narrow_hits
