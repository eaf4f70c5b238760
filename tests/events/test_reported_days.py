"""A report's day and the day of the act it reports (timeline/events/dating.py reported_act_day and friends)."""

from __future__ import annotations

from timeline.events import extract
from timeline.events.dating import reported_clause_title
from timeline.model import Article


def _dated(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(e.source.expression, e.date, e.title) for e in extract(Article(id="a", body=text, published=published))]


def test_reported_clause_title_drops_the_report() -> None:
    assert reported_clause_title("A U.S. defense official confirmed that Libyan forces fired a Scud missile") \
        == "Libyan forces fired a Scud missile"
    assert reported_clause_title("Abassi said he resigned his position") == "Abassi resigned his position"
    # near miss: a pronoun subject and a speaker that is no name: the report stays
    assert reported_clause_title("The ambassador said he resigned his position") == ""


def test_the_act_takes_its_own_earlier_day_not_the_report_s() -> None:
    found = _dated("The ambassador told reporters Sunday that he resigned his post on Saturday over the killings.",
                   "2011-02-27")
    assert [(p, d) for p, d, _ in found] == [("Saturday", "2011-02-26")]


def test_a_later_day_in_the_report_leaves_the_report_its_day() -> None:
    found = _dated("Italy announced Monday that it will open a consulate Tuesday in Benghazi.", "2011-05-30")
    assert ("Monday", "2011-05-30") in [(p, d) for p, d, _ in found]


def test_a_weekday_in_a_campaign_s_name_dates_nothing() -> None:
    found = _dated("Paul McCartney's Meat-Free Monday project is getting schools to cut meat.", "2010-06-13")
    assert all(d == "" for _, d, _ in found)
