"""tense1: a dated line told in the past (timeline.events.polish): "has already completed" -> "completed", "are
reacting" -> "were reacting", "replaces" -> "replaced" on a line dated before its article's day; and what stays."""
import pytest

from timeline.events import _in_dated_past
from timeline.events.polish import in_past_present_act, in_past_progressive, in_simple_past, polished, rules
from timeline.model import Event, Source

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["present_perfect_day_examples"], ids=lambda e: e["title"][:40])
def test_a_day_word_after_the_perfect_goes_with_it(example):
    assert in_simple_past(example["title"]) == example["polished"]
    assert polished(example["title"], example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["present_perfect_day_near_misses"])
def test_a_day_word_stays_where_the_perfect_stays(title):
    assert in_simple_past(title) == title


def test_a_name_of_capitalised_verb_forms_is_a_subject():
    # "United" and "States" read as verb forms alone; inside a name they are none
    assert in_simple_past("The United States has completed evacuation operations") == \
        "The United States completed evacuation operations"
    assert in_simple_past("Officials united the rival camps, have completed the count") == \
        "Officials united the rival camps, have completed the count"  # a lower-case past form: the subject's own verb
    # (tense5) a participle between a noun and a preposition describes the noun: "have completed" is the main verb
    assert in_simple_past("Officials united in grief have completed the count") == \
        "Officials united in grief completed the count"


@pytest.mark.parametrize("example", TABLE["present_progressive_examples"], ids=lambda e: e["title"][:40])
def test_a_present_progressive_takes_the_past(example):
    assert in_past_progressive(example["title"]) == example["past"]


@pytest.mark.parametrize("title", TABLE["present_progressive_near_misses"])
def test_a_present_progressive_near_miss_stays(title):
    assert in_past_progressive(title) == title


def test_a_quoted_progressive_stays():
    sentence = "The White House is “analyzing” the speech, an official said."
    assert in_past_progressive("Rebels are “retreating” from Brega", "Rebels are “retreating” from Brega.") == \
        "Rebels are “retreating” from Brega"
    assert in_past_progressive("The White House is analyzing the speech", sentence) == \
        "The White House was analyzing the speech"  # the quotation marks one word, not the verb phrase


@pytest.mark.parametrize("example", TABLE["present_act_examples"], ids=lambda e: e["title"][:40])
def test_an_s_present_act_takes_the_past(example):
    assert in_past_present_act(example["title"]) == example["past"]


@pytest.mark.parametrize("title", TABLE["present_act_near_misses"])
def test_an_s_present_near_miss_stays(title):
    assert in_past_present_act(title) == title


@pytest.mark.parametrize("title", [
    "Some rebels from Misrata got a bit of a reprieve",  # a determiner before the -s word: a noun
    "Aid workers from the Red Cross brought medical supplies into Sirte",  # the first word's plural, a past verb after
    "Two medical clinics that were shut by the military remained closed",  # a relative's verb right after
    "Libya's quality of life and infrastructure initiatives the country had been advancing",  # a verb in its clause
])
def test_a_plural_noun_is_no_present_verb(title):
    assert in_past_present_act(title) == title


def _event(date: str, published: str, title: str) -> Event:
    return Event("a", date, "", title, Source("a", title + ".", "", published=published))


def test_only_a_line_dated_before_its_article_takes_the_past():
    before = _in_dated_past(_event("2011-02-20", "2011-02-21", "Libyans are reacting to the address"), "")
    assert before.title == "Libyans reacted to the address"  # the past progressive then the simple past
    same_day = _in_dated_past(_event("2011-02-21", "2011-02-21", "Libyans are reacting to the address"), "")
    assert same_day.title == "Libyans are reacting to the address"  # the article's own day: its news
    month = _in_dated_past(_event("2011-02", "2011-02-21", "The sealing system replaces a previous cap"), "")
    assert month.title == "The sealing system replaces a previous cap"  # the month holds the article's day
    assert _in_dated_past(_event("2010-06", "2010-07-13", "The sealing system replaces a previous cap"), "").title \
        == "The sealing system replaced a previous cap"
