"""Titles that keep what their verb needs to say what happened (cuts22): the role an "as" gives a verb's object,
the span a count covers, a list of names in the subject, a demonstrative object, the day a forecast occurrence is
doubted for, a dash aside's modifiers and list, a reversal after a phrase the naming step named. The rule tables'
examples and near misses, one test each."""

import pytest

from timeline.events import extract
from timeline.events.clauses import joins_a_phrase
from timeline.events.lexicon import rules as events_rules
from timeline.events.polish import with_complement
from timeline.events.subjects import opening_subject
from timeline.events.titles import _without_open_ends, is_incomplete, without_date
from timeline.model import Article

AS_ROLE = events_rules()["as_role_examples"]
SINCE_SPAN = events_rules()["since_span_examples"]
NAME_LIST = events_rules()["subject_name_list_examples"]
DEMONSTRATIVE = events_rules()["title_demonstrative_objects"]["examples"]
FORECAST = events_rules()["title_forecast_occurrence_examples"]


def _joins(text: str, word: str) -> bool:
    at = text.index(f" {word} ")
    return joins_a_phrase(text, at, at + 1)


@pytest.mark.parametrize("example", AS_ROLE, ids=[e["text"][:40] for e in AS_ROLE])
def test_an_as_that_gives_the_object_its_role_is_no_clause_break(example):
    assert _joins(example["text"], "as") is example["joins"]


@pytest.mark.parametrize("example", SINCE_SPAN, ids=[e["text"][:40] for e in SINCE_SPAN])
def test_a_since_date_after_a_count_is_no_clause_break(example):
    assert _joins(example["text"], "since") is example["joins"]


@pytest.mark.parametrize("example", NAME_LIST, ids=[e["sentence"][:40] for e in NAME_LIST])
def test_a_subject_goes_on_through_its_list_of_names(example):
    assert opening_subject(example["sentence"], through_reports=False) == example["subject"]


@pytest.mark.parametrize("example", DEMONSTRATIVE, ids=[e["words"] for e in DEMONSTRATIVE])
def test_a_demonstrative_object_ends_a_title(example):
    assert " ".join(_without_open_ends(example["words"].split())) == example["title"]
    if example["words"] == example["title"]:
        assert not is_incomplete(example["words"])  # a pronoun object is no open end the date's title falls back on


@pytest.mark.parametrize("example", FORECAST, ids=[e["text"][:40] for e in FORECAST])
def test_a_forecast_occurrence_keeps_its_day(example):
    text = example["text"]
    at = text.index(example["date"])
    head, _ = without_date(text, at, at + len(example["date"]))
    assert " ".join(w for w in head if w) == example["head"]


def _titles(body: str, published: str) -> list[str]:
    return [e.title for e in extract(Article(id="a", body=body, published=published))]


@pytest.mark.parametrize("body,published,title", [
    ("He was called on the carpet last month for referring to the Muslim Brotherhood in Egypt as a secular"
     " organization at another Congressional hearing.", "2011-03-11",
     "He was called on the carpet for referring to the Muslim Brotherhood in Egypt as a secular organization at"
     " a Congressional hearing"),  # "another": stray_words
    ("Friday's killings brought to 50 the number of people killed since Tuesday, when the protests began, the"
     " medical source said.", "2011-02-18", "The killings brought to 50 the number of people killed since Tuesday"),
    ("Six were killed Thursday by Gadhafi's rooftop snipers -- unseen but too often precise.", "2011-03-24",
     "Six were killed by Gadhafi's rooftop snipers -- unseen but too often precise"),
    # (nonevents32: "said he doubts a vote will occur Wednesday" is a doubt, no entry; "expects" keeps the shape)
    ("France's U.N. ambassador, Gerard Araud, said he expects a vote will occur Wednesday because the resolution has"
     " a long and technical text.", "2011-03-16",
     "France's U.N. ambassador Gerard Araud said he expects a vote will occur Wednesday"),
    ("When asked in a Daily Telegraph interview last year if trade and BP were factors, Straw said: “Yes, (it was)"
     " a very big part of that.", "2010-07-15", "Straw said: Yes, (it was) a very big part of that"),
])
def test_a_title_keeps_what_its_verb_needs(body, published, title):
    assert title in _titles(body, published)


def test_a_reversal_after_a_phrase_the_naming_step_named():
    sentence = ("The spokesman said a small unit of government forces had entered the city Tuesday but were repelled"
                " by opposition fighters.")
    got = with_complement("The spokesman said a small unit of government forces had entered Ajdabiya", sentence,
                          "Tuesday")
    assert got.endswith("had entered Ajdabiya but were repelled by opposition fighters")
    # near miss: a name the sentence holds is no name the naming step put in
    assert with_complement("The unit had entered Ajdabiya", "The unit had entered Ajdabiya Tuesday.", "Tuesday") \
        == "The unit had entered Ajdabiya"
