"""Titles that glued two pieces of a sentence together (a second predicate of another time, a bare gerund the date's
cut left alone, an unclosed quotation): the steps one at a time. Whole sentences are in events.yaml
title_sentence_examples and polish.yaml quotation_marks_examples."""

import pytest

from timeline.events.polish import _unclosed_quotation, with_quotation_marks
from timeline.events.titles import _closing_bare_gerund, _without_present_conjunct, qualified_noun


@pytest.mark.parametrize("title,bare", [
    ("The drones were sent to north Africa, arriving", True),
    ("The drones were sent to north Africa, killing", True),
    ("The strike hit tourism, farming, fishing", False),  # the last item of a list
    ("Rebels took the town of Brega", False),
    ("He said, according", False),  # a stopword
])
def test_a_lone_gerund_after_a_comma_is_dropped(title, bare):
    assert _closing_bare_gerund(title.split()) is bare


def _present_cut(text: str, date: str) -> str:
    at = text.index(date)
    return _without_present_conjunct(text, (at, at + len(date)))


def test_a_present_predicate_after_a_past_date_goes():
    assert _present_cut("Weldon led a delegation to Libya in 2004 and is visiting Tripoli", "2004") \
        == "Weldon led a delegation to Libya in 2004"
    assert _present_cut("Aujali had resigned his post in February and has since represented the rebels", "February") \
        == "Aujali had resigned his post in February"


@pytest.mark.parametrize("text,date", [
    ("Weldon is visiting Tripoli since 2004 and is meeting officials", "2004"),  # a present main verb
    ("Weldon led a delegation in 2004 and visited Tripoli", "2004"),  # a past second predicate
    ("Weldon led a delegation in 2004, and is visiting Tripoli", "2004"),  # a comma: a clause break of its own
    # the "and" is a reported clause's, with its own verb after the date
    ("Dabbashi told reporters on Monday that Gadhafi has declared war and is committing genocide", "Monday"),
])
def test_near_misses_keep_their_second_predicate(text, date):
    assert _present_cut(text, date) == text


def test_a_relative_noun_stops_at_an_infinitive_and_a_described_name():
    assert qualified_noun("Analysts expect BP to resume paying dividends".split()) == []
    assert qualified_noun("disaster for many years and windstorm Xynthia".split()) == []  # "which of the two"
    assert qualified_noun("was typical of the fluid and confused conflict".split()) == \
        "the fluid and confused conflict".split()


def test_an_unclosed_quotation_closes_at_the_title_end():
    sentence = "Tony Hayward tweeted this morning that “Our top priority is the Gulf."
    assert _unclosed_quotation(sentence) == [(39, 68, "Our top priority is the Gulf")]
    assert with_quotation_marks("Tony Hayward tweeted that Our top priority is the Gulf", sentence) \
        == "Tony Hayward tweeted that “Our top priority is the Gulf”"
    assert _unclosed_quotation("He said “no” and left.") == []  # closed: the paired spans' case


@pytest.mark.parametrize("words,verb", [
    ("The rebels deny any links", 2),
    ("The rebels also denied any links", -1),  # an adverb: the lexicon's own verb finder reads on
    ("The statement says the rebels", -1),  # no plural subject
    ("The rebels' leaders deny any links", -1),  # a longer subject: not guessed
])
def test_a_plain_present_after_a_short_plural_subject(words, verb):
    from timeline.events.titles import _plural_present_verb
    assert _plural_present_verb(words.split()) == verb


# ---- two pieces of a sentence joined into one title: a lead-in before a dash, a dateline, a clock time across a
# dash, a long relative clause run into the main predicate (events.yaml title_dash_lead_in_examples,
# title_relative_main_examples, title_glued_examples)

from timeline.events import extract  # noqa: E402
from timeline.events.lexicon import rules as events_rules  # noqa: E402
from timeline.events.titles import make_title, without_dash_lead_in  # noqa: E402
from timeline.model import Article  # noqa: E402

LEAD_INS = events_rules()["title_dash_lead_in_examples"]


@pytest.mark.parametrize("example", LEAD_INS, ids=[e["title"][:40] for e in LEAD_INS])
def test_a_pointing_lead_in_before_a_dash_goes(example):
    assert " ".join(without_dash_lead_in(example["title"].split())) == example["kept"]


def _titled(text: str, date: str) -> str:
    at = text.index(date)
    return make_title(text, (at, at + len(date)))


def test_a_capitals_dateline_goes_and_its_place_follows_the_verb():
    assert _titled("ALGERIA -- Protests began in January over escalating food prices", "January") \
        == "Protests began in Algeria over escalating food prices"
    assert _titled("TUNISIA - An uprising in Tunisia prompted Ben Ali to leave in January", "January") \
        == "An uprising in Tunisia prompted Ben Ali to leave"  # the place named already
    assert _titled("NATO said on Monday its planes hit 20 targets", "Monday") == "NATO said its planes hit 20 targets"


def test_a_clock_time_after_a_dash_goes_with_its_date():
    assert _titled("11 crew members died - at around 21:49 on April 20", "April 20") == "11 crew members died"
    assert _titled("The rig exploded at around 21:49 on April 20", "April 20") == "The rig exploded at around 21:49"


RELATIVE_MAIN = events_rules()["title_relative_main_examples"]


@pytest.mark.parametrize("example", RELATIVE_MAIN, ids=[e["sentence"][:40] for e in RELATIVE_MAIN])
def test_a_long_relative_clause_gives_way_to_the_dated_main_predicate(example):
    events = extract(Article(id="a", body=example["sentence"], published="2011-08-01"))
    titles = [e.title for e in events if e.source.expression == example["date"]]
    if "title" in example:
        assert titles == [example["title"]]
    else:
        assert all(example["keeps"] in t for t in titles)


AFTER_STATE = events_rules()["title_clause_after_state_examples"]


@pytest.mark.parametrize("example", AFTER_STATE, ids=[e["text"][:40] for e in AFTER_STATE])
def test_a_dated_clause_after_a_present_state_stands_alone(example):
    assert _titled(example["text"], example["date"]) == example["title"]


# The dash-clause examples (`title_dash_clause_examples`) run in test_event_titles.py's piece test, beside the
# glued-sentence examples: both bound the dated piece of a sentence.


def test_a_closing_speaker_loses_the_sentence_stop():
    from timeline.events.polish import with_speaker
    sentence = "“That's what happened in 1957 - a hybrid formed of the 1918 virus with new genes,” says Dr Morens."
    assert with_speaker("A hybrid formed of the 1918 virus with new genes", sentence) \
        == "Dr Morens said “a hybrid formed of the 1918 virus with new genes”"
