"""A live report's item under its own stamp ("(4:42 p.m. Monday ET, 10:42 p.m. Monday in Libya)", kept by the
reader as a paragraph of its own) is told on the stamp's day, which may be the page's next day: its event, dated
that day by the tagger, is told done by then (events.__init__._told_done) and kept, unless it is a plan."""

from __future__ import annotations

from timeline.events import extract
from timeline.model import Article

STAMP = "(4:42 p.m. Monday ET, 10:42 p.m. Monday in Libya)"
SUNDAY = "2011-03-20"


def _events(item: str) -> list:
    body = f"Rebels held the east, officials said.\n\n{STAMP}\n\n{item}"
    return extract(Article(id="a", body=body, published=SUNDAY))


def test_item_under_stamp_is_dated_its_day_and_told_done() -> None:
    found = [e for e in _events("The U.N. Security Council decided to not take action Monday on Libya's request.")
             if "take action" in e.title]
    assert [(e.date, e.source.told_done) for e in found] == [("2011-03-21", True)]


def test_plan_under_stamp_is_not_told_done() -> None:
    found = [e for e in _events("The council will meet Tuesday to choose a new envoy.") if e.date == "2011-03-22"]
    assert found and all(not e.source.told_done for e in found)


def test_without_stamp_the_page_day_counts() -> None:
    body = "The U.N. Security Council decided to not take action Monday on Libya's request."
    found = [e for e in extract(Article(id="a", body=body, published=SUNDAY)) if "take action" in e.title]
    assert [(e.date, e.source.told_done) for e in found] == [("2011-03-14", False)]


def test_sentence_above_the_first_stamp_is_not_stamped() -> None:
    body = f"The rebels stormed the town on Monday, officials said.\n\n{STAMP}\n\nNATO planes flew on Monday."
    found = [e for e in extract(Article(id="a", body=body, published=SUNDAY)) if "stormed" in e.title]
    assert [(e.date, e.source.told_done) for e in found] == [("2011-03-14", False)]
