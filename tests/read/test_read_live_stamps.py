"""rules.yaml `kept_prefix_stamp`: a live report's bracketed clock-and-weekday item stamp, cut from the start of its
line, stays as a paragraph of its own so the tagger counts the item's weekdays from its day."""

from __future__ import annotations

import pytest

from timeline.read import boilerplate
from timeline.read.boilerplate import clean, kept_prefix_stamp

_TABLE = boilerplate.RULES["kept_prefix_stamp"]


@pytest.mark.parametrize("stamp", _TABLE["keep"])
def test_table_keeps(stamp: str) -> None:
    assert kept_prefix_stamp(stamp + " ") == ["", stamp, ""]


@pytest.mark.parametrize("stamp", _TABLE["cut"])
def test_table_cuts(stamp: str) -> None:
    assert kept_prefix_stamp(stamp + " ") == []


def test_clean_keeps_the_stamp_before_its_item() -> None:
    body = ("Rebels held the east.\n"
            "(4:42 p.m. Monday ET, 10:42 p.m. Monday in Libya) The U.N. Security Council has decided to not take "
            "action Monday.\nDiscussions will likely continue at a planned Thursday briefing.")
    lines = [line for line in clean(body).split("\n") if line]
    assert lines == ["Rebels held the east.", "(4:42 p.m. Monday ET, 10:42 p.m. Monday in Libya)",
                     "The U.N. Security Council has decided to not take action Monday.",
                     "Discussions will likely continue at a planned Thursday briefing."]
    assert "\n\n(4:42 p.m. Monday ET, 10:42 p.m. Monday in Libya)\n\n" in clean(body)


def test_clean_drops_stamps_without_weekday() -> None:
    body = ("Rebels held the east.\n"
            "(Posted at 11:06 a.m. ET, 6:06 p.m. local time) At least 15 people have been killed in Zawiya.\n"
            "(9:22 p.m. ET, 3:22 a.m. in Libya) Forces loyal to Gadhafi attacked.")
    assert clean(body).split("\n") == ["Rebels held the east.", "At least 15 people have been killed in Zawiya.",
                                       "Forces loyal to Gadhafi attacked."]

