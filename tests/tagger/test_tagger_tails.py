"""Tail readings that replace a search from the text's start (which grew with the square of the text) must say
exactly what that search says, at every offset."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.tagger.anchor import _WEEKDAY_END, _weekday_ends_at

TEXTS = [
    "He left on Monday and Tuesday.",
    "on Friday night, then Saturday   \t  morning, then SUNDAY\nevening",
    "Monday" + " " * 40 + "afternoon\n and xMonday, Wednesdays, Thursday\n",
    "a midday meeting; a Tuesday\u2028night; fortnight; Monday night\n\n",
]


def _by_search(text: str, end: int) -> bool:
    return _WEEKDAY_END.search(text, 0, end) is not None


@pytest.mark.parametrize("text", TEXTS)
def test_weekday_tail_reads_as_the_search_from_the_start(text):
    found = [_weekday_ends_at(text, end) for end in range(len(text) + 1)]
    assert found == [_by_search(text, end) for end in range(len(text) + 1)]
    assert any(found)  # the cases hold weekdays that end where the search says


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Monday", "friday", "night", "Morning", " ", "   ", "\n", "\t", "x", ",", "day",
                                 "afternoon", "Wednes"]), max_size=30))
def test_weekday_tail_reads_as_the_search_on_any_text(pieces):
    text = "".join(pieces)
    assert all(_weekday_ends_at(text, end) is _by_search(text, end) for end in range(len(text) + 1))
