"""background1: the writer's analysis as a title's only predicate is not an event (events.yaml not_news analysis_*):
a turn named, pressure faced, a thing made evident, a comparison drawn."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules
from timeline.events.triggers import not_news_kind, writes_analysis
from timeline.model import Article

EXAMPLES = rules()["not_news"]["analysis_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"][:40] for e in EXAMPLES])
def test_analysis_examples(example):
    assert writes_analysis(example["title"]) is example["analysis"]


def test_examples_hold_both_sides():
    assert {e["analysis"] for e in EXAMPLES} == {True, False}


@pytest.mark.parametrize("title", [
    "The fighting marked a reversal of the momentum of the opposition",  # a turn named
    "Gadhafi faced new international pressure",  # pressure faced
    "Divisions among alliance partners became more evident",  # a thing made evident
    "The disaster is several times worse than BP",  # a comparison drawn
])
def test_not_news_kind_calls_each_shape_a_judgement(title):
    assert not_news_kind(title) == "judgement"


@pytest.mark.parametrize("title", [
    "BP was fined $50m for safety breaches",  # a real event in the past
    "The rig exploded and sank",
    "Rebel leaders marked the 100th day of an uprising",  # an anniversary kept
    "Misrata faced another heavy bombardment",  # an act someone did to it
    "The death toll was more than 100",  # a count, not a comparison
    "Coastal towns were hit harder than the cities",  # a passive act
    "Officials said divisions became more evident",  # told
])
def test_events_and_told_analysis_stay(title):
    assert not writes_analysis(title)


def test_a_relative_clause_of_the_subject_does_not_tell_an_act():
    # the past verb inside "that President Obama authorized" belongs to the subject; outside a relative it tells an act
    assert writes_analysis("The intervention that President Obama authorized is a different operation than Iraq")
    assert not writes_analysis("President Obama authorized an intervention and it is a different operation than Iraq")
    # a participle after a determiner is an adjective, not an act
    assert writes_analysis("The attitude towards the implicated companies was strikingly mild compared with today")


def test_analysis_drops_its_entry_and_keeps_the_event_beside_it():
    text = ("Tuesday's fighting marked a reversal of the momentum of the opposition. "
            "Government forces retook the town of Bin Jawad on Tuesday.")
    titles = [event.title for event in extract(Article(id="x", body=text, published="2011-03-30"))]
    assert not any("reversal" in title for title in titles)
    assert any("Bin Jawad" in title for title in titles)
