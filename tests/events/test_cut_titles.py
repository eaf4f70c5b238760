"""Titles a cut left inside a phrase (cuts20): an "and" that goes on with a range or list, a figure's gloss in
brackets, a title that starts or ends mid-phrase, an opening phrase that keeps its preposition, a participle that
told only the date before what was said. The rule tables' examples and near misses, one test each."""

import pytest

from timeline.events import extract
from timeline.events.clauses import _continues_open_phrase, joins_a_phrase
from timeline.events.lexicon import rules as events_rules
from timeline.events.titles import cut_mid_phrase, headline_words, without_date
from timeline.model import Article
from timeline.text.clauses import event_clause_break

OPEN_AND = events_rules()["open_phrase_and"]["examples"]
MID_PHRASE = events_rules()["title_mid_phrase_examples"]
BARE_PHRASE = events_rules()["title_bare_phrase_examples"]
SAYING = events_rules()["title_saying_participle_examples"]


@pytest.mark.parametrize("example", OPEN_AND, ids=[e["text"][:40] for e in OPEN_AND])
def test_an_and_that_goes_on_with_a_range_or_list(example):
    text = example["text"]
    at = text.index(example["after"]) + len(example["after"])
    if text[at:at + 2] == " (":  # the figure's gloss in brackets: its breaks join only inside a range
        found = [m for m in event_clause_break().finditer(text) if at <= m.start() < text.index(")", at) + 1]
        assert found and all(joins_a_phrase(text, m.start(), m.end()) for m in found) is example["joins"]
        at = text.index(")", at) + 1
    assert text.startswith(" and ", at)
    assert _continues_open_phrase(text, at, at + 1) is example["joins"]


@pytest.mark.parametrize("example", MID_PHRASE, ids=[e["title"] for e in MID_PHRASE])
def test_a_title_cut_mid_phrase(example):
    assert cut_mid_phrase(example["title"]) is example["cut"]


@pytest.mark.parametrize("example", BARE_PHRASE, ids=[e["words"] for e in BARE_PHRASE])
def test_an_opening_phrase_run_into_its_subject_keeps_its_preposition(example):
    assert " ".join(headline_words(example["words"].split())).lower().startswith(example["opens"].lower())


@pytest.mark.parametrize("example", SAYING, ids=[e["text"][:40] for e in SAYING])
def test_a_participle_that_told_only_the_date_before_what_was_said(example):
    text = example["text"]
    at = text.index(example["date"])
    head, _ = without_date(text, at, at + len(example["date"]))
    assert " ".join(w for w in head if w) == example["head"]


def _titles(body: str, published: str = "2011-09-20") -> list[str]:
    return [e.title for e in extract(Article(id="a", body=body, published=published))]


@pytest.mark.parametrize("body,title", [
    ("The U.S. State Department said on Tuesday it was seeking to release between $1 billion (605.7 million pounds)"
     " and $1.5 billion of frozen Libyan government assets to the rebels within days.",
     "The U.S. State Department said it was seeking to release between $1 billion and $1.5 billion of frozen Libyan"
     " government assets to the rebels within days"),
    ("A spokesman for Gaddafi told Syrian-based Arrai TV on Sunday that 17 “mercenaries”, including what he called"
     " French and British “technical experts” had been captured in Bani Walid.",
     "A spokesman for Gaddafi told Syrian-based Arrai TV that 17 mercenaries, including what he called French and"
     " British technical experts had been captured in Bani Walid"),
    ("Business figures such as Lord Jones, the UK trade ambassador and former CBI boss, criticised Cameron for not"
     " being sufficiently supportive of the company last month.",
     "Business figures such as Lord Jones criticised Cameron for not being sufficiently supportive of the company"),
    # the last item of a list is no doer: the list's head is the subject
    ("Ministers from the so-called Libya contact group, including the United States, France and Britain, as well as"
     " Arab allies Qatar, Kuwait and Jordan, agreed in May to set up a fund to help the rebels in the civil war.",
     "Ministers from the so-called Libya contact group agreed to set up a fund to help the rebels in the civil war"),
    # near miss: an apposition right before the verb names the doer
    ("The last stronghold, Jalalabad, fell on Monday.", "Jalalabad fell"),
    ("During the 2003 SARS outbreak more than 8000 people contracted the disease and 774 people died.",
     "During the SARS outbreak more than 8000 people contracted the disease and 774 people died"),
    ("Thursday's strike came a day after spokesmen for the Libyan rebels sparred with a spokesman for the Libyan"
     " government over who was in control of the airport.",
     "The strike came a day after spokesmen for the Libyan rebels sparred with a spokesman for the Libyan government"),
])
def test_a_title_keeps_the_phrase_a_cut_split(body, title):
    assert title in _titles(body)


def test_a_fragment_that_starts_mid_phrase_titles_nothing():
    body = ("Among them is El Sewedy Electric, which has exported its cables to Libya since 1999 and agreed in 2003 to"
            " set up a $64 million factory in Tripoli, although the project has yet to be developed.")
    assert "1999 and agreed" not in _titles(body)
