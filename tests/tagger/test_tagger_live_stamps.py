"""A live report's items, each opened on its own line by a bracketed clock-and-weekday stamp
("(8:59 p.m. Monday ET, 2:59 a.m. Tuesday in Libya)"): the stamp's weekday is the nearest one to the page's day,
either way (a live page goes on after the day it is filed under), and the item's weekdays count from the stamp's
first (the writer's) day, down to the next item's stamp (timeline.tagger.anchor._line_stamp_body, vocab.yaml
line_stamp_openers, line_stamp_words)."""

from __future__ import annotations

from timeline.tagger import tag

SUNDAY = "2011-03-20"


def _values(text: str, dct: str = SUNDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_stamp_weekday_after_the_page_day() -> None:
    got = _values("(8:59 p.m. Monday ET, 2:59 a.m. Tuesday in Libya) In a rare public spat, the two leaders differed.")
    assert got["8:59 p.m. Monday"] == "2011-03-21T20:59"
    assert got["2:59 a.m. Tuesday"] == "2011-03-22T02:59"


def test_item_weekday_counts_from_stamp() -> None:
    text = ("(4:42 p.m. Monday ET, 10:42 p.m. Monday in Libya) The Security Council decided to not take action "
            "Monday on the request.\nDiscussions will likely continue at a planned Thursday briefing.\n"
            "The resolution, which passed Thursday, was flawed, he said.\n"
            "Planes flew for the first time Monday, up from 60 on Sunday.")
    got = [(t.text, t.value) for t in tag(text, SUNDAY)]
    assert ("Monday", "2011-03-21") in got  # decided to not take action Monday: the stamp's day, not 03-14
    assert ("Thursday", "2011-03-24") in got  # a planned briefing: ahead of the stamp's day
    assert ("Thursday", "2011-03-17") in got  # passed Thursday: before it
    assert got[-2:] == [("Monday", "2011-03-21"), ("Sunday", "2011-03-20")]  # three lines on: still the item's


def test_item_ends_at_next_stamp() -> None:
    text = ("(11 p.m. Monday ET, 5 a.m. Tuesday in Libya) Strikes went on Monday.\n"
            "(5:10 p.m. Sunday ET, 11:10 p.m. Sunday in Libya) Rebels fled on Saturday.")
    got = [(t.text, t.value) for t in tag(text, SUNDAY)]
    assert ("Monday", "2011-03-21") in got
    assert ("Saturday", "2011-03-19") in got
    assert ("5:10 p.m. Sunday", "2011-03-20T17:10") in got


def test_second_clock_does_not_restamp() -> None:
    # the item is the writer's Monday (ET); the Libyan Tuesday of the stamp does not move "on Tuesday" to it
    got = _values("(8:10 p.m. Monday ET, 2:10 a.m. Tuesday in Libya) Rebels took the town on Tuesday, he said.")
    assert got["Tuesday"] == "2011-03-15"


def test_near_misses_keep_page_day() -> None:
    # a bracket opening a line with no clock is no stamp: a past "Monday" on a Sunday page is the last one
    assert _values("(CNN) -- The council decided on Monday to act.")["Monday"] == "2011-03-14"
    assert _values("(Monday) The council decided to act.")["Monday"] == "2011-03-14"
    # a clock in a bracket inside a line is no item stamp
    assert _values("The council met (at 8 p.m. Monday) and decided to act.")["8 p.m. Monday"].startswith("2011-03-14")
    # the page's own day again with no stamp above
    assert _values("The council decided to not take action Monday.")["Monday"] == "2011-03-14"


def test_stamp_as_its_own_paragraph() -> None:
    # the form the reader leaves (timeline.read.boilerplate.kept_prefix_stamp): the stamp, a blank line, the item
    text = ("Rebels held the east on Monday.\n\n(4:42 p.m. Monday ET, 10:42 p.m. Monday in Libya)\n\n"
            "The U.N. Security Council has decided to not take action Monday.\n"
            "Discussions will likely continue at a planned Thursday briefing.")
    got = [(t.text, t.value) for t in tag(text, SUNDAY)]
    assert got[0] == ("Monday", "2011-03-14")  # above the first stamp: the page's day
    assert ("Monday", "2011-03-21") in got[1:]
    assert got[-1] == ("Thursday", "2011-03-24")
