"""Publication dates: metadata values, datelines in an article's first lines, dates in paths."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.read.pubdate import dateline_date, parse_date, path_date

# (metadata value, expected date or None)
VALUES = [
    ("2016-04-07", "2016-04-07"),
    ("2016-04-07T19:00:00Z", "2016-04-07"),
    ("2016-04-07 06:30:00", "2016-04-07"),
    ("2016-04-07T23:30:00-05:00", "2016-04-07"),  # the date as the publisher wrote it, not moved to UTC
    ("2016/04/07", "2016-04-07"),
    ("April 7, 2016", "2016-04-07"),
    ("Apr. 7, 2016", "2016-04-07"),
    ("7 April 2016", "2016-04-07"),
    ("Thu, 07 Apr 2016 12:00:00 GMT", "2016-04-07"),
    ("Thursday, April 7th, 2016", "2016-04-07"),
    (dt.date(2016, 4, 7), "2016-04-07"),
    (dt.datetime(2016, 4, 7, 12, 0), "2016-04-07"),
    ("2016-02-30", None),
    ("2016-13-01", None),
    ("next week", None),
    ("", None),
    ("1459987200", None),
    (1459987200, "2016-04-07"),  # Unix seconds
    (1459987200000, "2016-04-07"),  # Unix milliseconds
    (True, None),
    (None, None),
    (20160407, None),
    (1e300, None),
]


@pytest.mark.parametrize(("value", "expected"), VALUES)
def test_parse_date(value: object, expected: str | None) -> None:
    assert parse_date(value) == expected


# (first lines of a text, a date from its path or None, expected date or None)
DATELINES = [
    ("April 6, 2016 — 7:00 PM EDT\n\nText.", None, "2016-04-06"),
    ("Thu Apr 7, 2016\n\nText.", None, "2016-04-07"),
    ("Published: 14 March 2019\nText.", None, "2019-03-14"),
    ("Posted on 2019-03-14 at 10:02\nText.", None, "2019-03-14"),
    # a repost stamp and an update come after the publication: the earliest non-update stamp wins
    ("Thu Apr 7, 2016, 12:54 PM Apr 2016\n\nTitle\n\nApril 6, 2016 — 7:00 PM EDT\nUpdated on April 7, 2016 — 5:42 AM EDT\n", None, "2016-04-06"),
    ("Updated on April 7, 2016 — 5:42 AM EDT\nText.", None, None),
    ("WASHINGTON, May 25 (Reuters) - The Senate voted.", "2016-05-27", "2016-05-25"),
    ("WASHINGTON, Dec 30 (Reuters) - The Senate voted.", "2017-01-02", "2016-12-30"),
    ("WASHINGTON, May 25 (Reuters) - The Senate voted.", None, None),
    ("LONDON, Jan. 5, 2012 (AP) — Prices rose.", None, "2012-01-05"),
    ("March 3 (Market Dispatch) - The companies ended the deal.", "2023-03-05", "2023-03-03"),  # no place
    ("SALEM, Ore., July 17 (Meridian Wire) - The fire grew.", "2024-07-18", "2024-07-17"),  # a region too
    ("Headline here TRIPOLI | Thu Sep 8 , 2011 7:26 pm EDT TRIPOLI (Reuters) - The voice", None, "2011-09-08"),
    # dates in prose are not datelines
    ("The treaty was signed on April 6, 2016 in Geneva by both sides.", None, None),
    ("On March 27, 2016, the army retook Palmyra.\nText.", None, None),
    ("In May 25 people died.", None, None),
]


@pytest.mark.parametrize(("text", "year_from", "expected"), DATELINES)
def test_dateline(text: str, year_from: str | None, expected: str | None) -> None:
    found = dateline_date(text, year_from)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("timeline17/H1N1_bbc/InputDocs/2009-04-27/558.htm.txt", "2009-04-27"),
        ("news/2016-05-25-fallujah.txt", "2016-05-25"),
        ("2016-05-25/x/2016-05-27.txt", "2016-05-27"),
        ("2016-05-25/x/y.txt", "2016-05-25"),
        ("a/2016-02-30/y.txt", None),
        ("NYT19981120.0362.tml", None),
        ("articles/000_7f097d9632f1824c.md", None),
    ],
)
def test_path_date(path: str, expected: str | None) -> None:
    assert path_date(path) == expected


@pytest.mark.parametrize(
    "hostile",
    ["1" * 200_000, "May " * 50_000, "April 6, " * 30_000, ("2016-" * 40_000), ("WASHINGTON, May " * 20_000), "x" * 10_000_000],
)
@pytest.mark.slow
def test_hostile_text_returns(hostile: str) -> None:
    # time is measured by benchmarks/bench_hostile.py, not asserted here; none of these runs is a date
    assert dateline_date(hostile, "2016-05-27") is None
    assert parse_date(hostile) is None


@pytest.mark.parametrize("text,expected", [
    ("7 avril 2016", "2016-04-07"),
    ("Jueves 7 de abril de 2016", "2016-04-07"),
    ("2016年4月7日", "2016-04-07"),
    ("7. April 2016", "2016-04-07"),
    ("next week", None),
    ("2 days ago", None),
    ("April 2016", None),
])
def test_metadata_dates_in_other_languages(text, expected):
    from timeline.read.pubdate import parse_date

    assert parse_date(text) == expected
