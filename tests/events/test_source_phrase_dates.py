"""dates33: a date inside an "according to" source phrase dates the source, as "said Thursday" does
(dating.yaml report_of_earlier_act source_phrase_leads, source_phrase_words; dating.dates_report_of_earlier_act): a
clause told as earlier than the source (after "after", a past perfect) gets no date from it."""

from __future__ import annotations

import pytest

from dated_titles import dated_titles  # one article's titles for one date phrase

REVOLT = ("Gadhafi spoke to the head of the opposition's military council sometime after the revolt began, according"
          " to a recorded conversation played on Libyan state television Thursday.")


@pytest.mark.parametrize("text,phrase,published", [
    (REVOLT, "Thursday", "2011-03-11"),
    ("According to a report on Monday, the army had withdrawn from the town.", "Monday", "2011-03-03"),
    ("The army had withdrawn from the town, according to a report on Monday.", "Monday", "2011-03-03"),
])
def test_an_earlier_clause_takes_no_source_date(text: str, phrase: str, published: str) -> None:
    assert dated_titles(text, phrase, published) == []


@pytest.mark.parametrize("text,phrase,published,title", [
    # a simple past keeps the source's day, as "Rebels took the town, a spokesman said Monday" does
    ("Obama personally overruled the lawyers, according to a report on Saturday.", "Saturday", "2011-06-19",
     "Obama personally overruled the lawyers, according to a report"),
    # a title that tells the source itself keeps its day
    ("Dr Murray told police he had been giving Jackson propofol, according to an affidavit made public on Monday.",
     "Monday", "2009-08-25", "An affidavit was made public"),
])
def test_kept(text: str, phrase: str, published: str, title: str) -> None:
    assert dated_titles(text, phrase, published) == [title]


def test_a_break_ends_the_source_phrase() -> None:
    # a comma between the lead and the date: the date is no longer the source's, and still dates an event
    text = "The army had withdrawn, according to witnesses, and rebels entered the town on Monday."
    assert dated_titles(text, "Monday", "2011-03-03") != []


def test_the_lead_is_read_only_near_the_date() -> None:
    # more than source_phrase_words words after "according to": the date is another clause's
    text = ("According to the report the rebels who had been driven out of the town by the army returned to the"
            " square on Monday.")
    assert dated_titles(text, "Monday", "2011-03-03") != []
