"""dates32: a title that tells a report takes no finished-past date from inside the clause it reports (dating.yaml
told_clause_report_verbs, told_clause_examples; dating.told_clause_date): "A spokesman said ... its presence at the
air show in 2009 was ..." (told in 2011) is no 2009 event. A date before the told clause's verb dates the telling."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.events.dating import table, told_clause_date
from timeline.model import Sentence, Timex

from dated_titles import dated_titles  # one article's titles for one date phrase

EXAMPLES: list[dict[str, Any]] = list(table()["told_clause_examples"])  # type: ignore[call-overload]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:50] for e in EXAMPLES])
def test_told_clause_examples(example: dict[str, Any]) -> None:
    assert dated_titles(example["text"], example["phrase"], example["published"]) == example["titles"]


def test_both_kinds_of_example() -> None:
    assert {bool(e["titles"]) for e in EXAMPLES} == {True, False}


def _check(text: str, phrase: str, title: str, value: str, published: str) -> str | None:
    from datetime import date
    at = text.index(phrase)
    sentence = Sentence(text=text, start=0, end=len(text))
    timex = Timex(text=phrase, start=at, end=at + len(phrase), type="DATE", value=value)
    return told_clause_date(title, sentence, timex, value, date.fromisoformat(published).toordinal())


SPOKESMAN = ("A spokesman said it had never been involved in talks and its presence at the air show in 2009 was part"
             " of a delegation.")


@pytest.mark.parametrize("text,phrase,title,value,published,expected", [
    (SPOKESMAN, "2009", "A spokesman said it had never been involved in talks", "2009", "2011-04-18", ""),
    # the same sentence told within perfect_past_days of the date: the telling may be that day's
    (SPOKESMAN, "2009", "A spokesman said it had never been involved in talks", "2009", "2010-01-10", None),
    # the title is the told clause itself: no report in it
    (SPOKESMAN, "2009", "Its presence at the air show was part of a delegation", "2009", "2011-04-18", None),
    # the date before the told clause's verb dates the telling
    ("Younis told CNN in February that he switched sides.", "February",
     "Younis told CNN that he switched sides", "2011-02", "2011-07-30", None),
    ("Hayward said in May that the spill was tiny.", "May", "Hayward said that the spill was tiny", "2010-05",
     "2010-07-16", None),
    # a present report is a report too; its pronoun speaker names no one the told clause could be told of
    ("He says he allowed the election to take place in 1864.", "1864", "He says he allowed the election to take place",
     "1864", "2011-04-11", ""),
    # "he"/"she" and a past verb after "that" or the verb: the told clause, told of the speaker
    ("Lord Browne revealed in a memoir that he took BP to the brink of a merger six years ago.", "six years ago",
     "Lord Browne revealed in a memoir that he took BP to the brink of a merger", "2004", "2010-06-02",
     "Lord Browne took BP to the brink of a merger"),
    ("The minister said he met Gaddafi in 2009.", "2009", "The minister said he met Gaddafi", "2009", "2011-04-18",
     "The minister met Gaddafi"),
    # a date after a determiner is its noun's ("the 1988 bombing"): the noun's own rules read it
    ("He said he had evidence that Gadhafi ordered the 1988 bombing of a jet.", "1988",
     "He said he had evidence that Gadhafi ordered the 1988 bombing of a jet", "1988", "2011-02-24", None),
    ("The physician said he was captured by rebel forces in Ras Lanuf in March.", "March",
     "The physician said he was captured by rebel forces in Ras Lanuf", "2011-03", "2011-06-17",
     "The physician was captured by rebel forces in Ras Lanuf"),
    # "it" or "they" and a past verb may be the speaker or another: left to the rules before
    ("The firm said it sold the unit in 2009.", "2009", "The firm said it sold the unit", "2009", "2011-04-18", None),
    # ... but "it" and a present tells no past act of that date: no event
    ("Eni has said it expects output to fall after a drop in the first quarter.", "the first quarter",
     "Eni has said it expects output to fall after a drop", "2011-Q1", "2011-05-16", ""),
    # a dash ends the told clause before it opens: no report
    ("Hayward and Barton argued - he was briefed that BP had struck oil in April.", "April",
     "Hayward and Barton argued - he was briefed that BP had struck oil", "2010-04", "2010-06-18", None),
])
def test_told_clause_date(text, phrase, title, value, published, expected):
    assert _check(text, phrase, title, value, published) == expected
