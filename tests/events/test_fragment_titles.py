"""Titles a cut left without a needed part (issue 13): the rule tables' examples and near misses, one test each."""

import pytest

from timeline.events.clauses import _present_after_apposition
from timeline.events.lexicon import rules as events_rules
from timeline.events.titles import ends_open_gerund
from timeline.merge.title_choice import title_faults

GERUNDS = events_rules()["title_open_gerund_examples"]
APPOSITIONS = events_rules()["apposition_subject_examples"]


@pytest.mark.parametrize("example", GERUNDS, ids=[e["title"] for e in GERUNDS])
def test_a_title_ending_on_an_open_gerund(example):
    assert ends_open_gerund(example["title"].split()) is example["open"]


def test_title_choice_weighs_an_open_gerund_as_a_cut():
    quote = "On Wednesday, he was forced to apologise for saying: “I want my life back”."
    assert "cut" in title_faults("Hayward was forced to apologise for saying", quote)
    whole = "On Wednesday, he was forced to apologise for saying he wanted his life back."
    assert "cut" not in title_faults("Hayward was forced to apologise for saying he wanted his life back", whole)


@pytest.mark.parametrize("example", APPOSITIONS, ids=[e["before"] + e["first"] for e in APPOSITIONS])
def test_a_present_verb_after_a_name_and_its_apposition(example):
    assert _present_after_apposition(example["before"], example["first"]) is example["subject"]


@pytest.mark.parametrize("words,kept", [
    ("Hayward said he wanted his life back", True),   # a verb, its object, then the particle
    ("The rebels took the town back", True),
    ("The mayor of the town back", False),             # no verb before the object: "back [in May]" introduced a date
])
def test_a_particle_after_a_verb_and_its_object_stays(words, kept):
    from timeline.events.titles import _without_open_ends
    assert (_without_open_ends(words.split())[-1] == words.split()[-1]) is kept


@pytest.mark.parametrize("title,quote,fault", [
    ("A fourth test performed", "A fourth test, performed in April, did indicate the cement would hold.", True),
    ("The first cap installed", "The first cap, installed on 3 June, takes oil and gas to the ship.", True),
    # near misses: the participle is the main verb; a comma before a verb that is no aside's
    ("A fourth test was performed", "A fourth test, performed in April, did indicate the cement would hold.", False),
    ("Jacqueline Fleming died at the hospital", "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the hospital.",
     False),
])
def test_title_choice_weighs_a_participle_aside_alone(title, quote, fault):
    assert ("no_main_clause" in title_faults(title, quote)) is fault


def test_an_apposition_kept_in_the_title_is_no_participle_aside():
    quote = "Earlier this year Jackson's father, Joe, filed a wrongful death lawsuit against Dr Murray."
    assert "no_main_clause" not in title_faults("Jackson's father, Joe, filed a wrongful death lawsuit against Dr Murray",
                                                quote)


NOUN_EVENTS = events_rules()["title_noun_event_examples"]


@pytest.mark.parametrize("example", NOUN_EVENTS, ids=[e["title"] for e in NOUN_EVENTS])
def test_an_owners_event_noun_is_told_as_a_clause(example):
    from timeline.events.titles import _noun_event_told
    assert " ".join(_noun_event_told(example["title"].split())) == example["told"]
