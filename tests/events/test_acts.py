"""A title tells the act, not the reaction to it, and a claim keeps its teller (events.yaml
title_reaction_act_examples, title_dated_subject_participle_examples, title_kept_teller_heads)."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules
from timeline.events.titles import act_not_reaction, shorten
from timeline.model import Article


@pytest.mark.parametrize("row", rules()["title_reaction_act_examples"], ids=lambda r: r["title"][:40])
def test_the_act_a_reaction_follows_is_told(row):
    assert " ".join(act_not_reaction(row["title"].split())) == row["act"]


@pytest.mark.parametrize("title", rules()["title_reaction_act_near_misses"], ids=lambda t: t[:40])
def test_a_reaction_with_no_act_of_its_subject_stays(title):
    assert " ".join(act_not_reaction(title.split())) == title


@pytest.mark.parametrize("row", rules()["title_dated_subject_participle_examples"], ids=lambda r: r["sentence"][:40])
def test_a_dated_participle_in_a_state_subject_is_the_act(row):
    events = extract(Article(id="a", body=row["sentence"], published=row["published"]))
    assert [e.title for e in events if e.source.expression == row["date"]] == [row["title"]]


@pytest.mark.parametrize("row", rules()["title_dated_subject_participle_near_misses"], ids=lambda r: r["sentence"][:40])
def test_a_participle_before_an_act_verb_stays_in_the_subject(row):
    events = extract(Article(id="a", body=row["sentence"], published=row["published"]))
    assert all(" were imposed" not in e.title and " was " not in e.title for e in events)


def test_a_reaction_in_a_relative_clause_tells_its_when_clause():
    body = ("The backlash is dangerous for Barack Obama, who angered many Democrats in March when he announced a plan "
            "to expand offshore drilling.")
    events = extract(Article(id="a", body=body, published="2010-05-05"))
    assert [e.title for e in events if e.source.expression == "March"] == [
        "Barack Obama announced a plan to expand offshore drilling"]


def test_a_teller_that_closes_the_sentence_after_the_dated_clause_stays():
    body = ("On Sunday, a command-and-control center was hit near Tripoli and a missile support facility was struck "
            "near Al Khums, NATO said in a news release.")
    events = extract(Article(id="a", body=body, published="2011-05-24"))
    assert [e.title for e in events] == ["A command-and-control center was hit near Tripoli, NATO said in a news release"]


def test_a_teller_before_a_subordinate_clause_stays():
    words = ("The oil spill has so far cost BP $3.12 bn, the company said as it emerged that the oil giant is "
             "demanding that its partners pay").split()
    assert " ".join(shorten(words)) == "The oil spill has so far cost BP $3.12 bn, the company said"


@pytest.mark.parametrize("row", rules()["title_flourish_examples"] + rules()["title_flourish_near_misses"],
                         ids=lambda r: r["sentence"][:40])
def test_a_flourish_gives_its_as_clause(row):
    events = extract(Article(id="a", body=row["sentence"], published=row["published"]))
    assert [e.title for e in events if e.source.expression == row["date"]] == [row["title"]]
