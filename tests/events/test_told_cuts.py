"""Titles that dropped what makes them true (cuts21): a view or a warning keeps its teller though a past form opens
its subject ("Prolonged exposure ... is a danger, scientists warned"); a clause word after a participle is its
preposition, and the title keeps the participle's subject ("Hafle, testifying before a panel on Friday ...,
rejected"); a talks noun keeps its topic phrase. The rule tables' examples and near misses, one test each."""

import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules
from timeline.events.titles import _told_verb, shorten
from timeline.model import Article

PARTICIPLE = events_rules()["participle_preposition_examples"]
PARTICIPLE_NEAR = events_rules()["participle_preposition_near_misses"]
TOPIC = events_rules()["title_talks_topic_examples"]
TOPIC_NEAR = events_rules()["title_talks_topic_near_misses"]


def _titles(row: dict) -> list[str]:
    events = extract(Article(id="a", body=row["sentence"], published=row["published"]))
    return [e.title for e in events if e.source.expression == row["date"]]


@pytest.mark.parametrize("row", PARTICIPLE + PARTICIPLE_NEAR, ids=[r["sentence"][:40] for r in PARTICIPLE + PARTICIPLE_NEAR])
def test_a_clause_word_after_a_participle_keeps_the_participles_subject(row):
    titles = _titles(row)
    assert titles == [row["title"]]


@pytest.mark.parametrize("told,verb", [
    ("Prolonged exposure to crude oil is a public health danger", "is"),
    ("Armed rebels seized the airport", "seized"),
    ("Killed in the attack were two guards", "Killed"),  # a past form before a function word is the verb
    ("Rebels seized the airport", "seized"),
])
def test_the_verb_of_what_a_closing_teller_told(told, verb):
    words = told.split()
    assert words[_told_verb(words)] == verb


def test_a_warning_keeps_its_teller():
    body = ("Prolonged exposure to crude oil and chemical dispersants is a public health danger, environmental"
            " scientists warned yesterday as BP spent a third day trying to initiate a top kill operation.")
    titles = [e.title for e in extract(Article(id="a", body=body, published="2010-05-28"))]
    # (tense5) "Prolonged" describes "exposure": the report before the closing past telling takes "was"
    assert titles == ["Prolonged exposure to crude oil and chemical dispersants was a public health danger,"
                      " environmental scientists warned"]


def test_a_saying_dated_by_its_occasion_is_no_reported_past():
    # the near miss: a noun after the verb is the reported subject, whose finished past dates no event
    body = "Clinton said the attack in June 2009 was a crime."
    assert [e.title for e in extract(Article(id="a", body=body, published="2011-04-01"))] == []


@pytest.mark.parametrize("row", TOPIC, ids=[r["keeps"] for r in TOPIC])
def test_talks_keep_their_topic(row):
    assert row["keeps"] in " ".join(shorten(row["title"].split()))


@pytest.mark.parametrize("row", TOPIC_NEAR, ids=[r["drops"] for r in TOPIC_NEAR])
def test_a_phrase_that_only_places_the_talks_goes(row):
    assert row["drops"] not in " ".join(shorten(row["title"].split()))
