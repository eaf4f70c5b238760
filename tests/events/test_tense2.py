"""A dated line's past progressive main verb told in the simple past (timeline.events.polish): "was giving
evidence" -> "gave evidence", "were meeting in Brussels" -> "met in Brussels"; and what stays (an attempt, a wait, a
posture, a plan, the scene of another act, a joined perfect, a quotation)."""
import pytest

from timeline.events import _in_dated_past
from timeline.events.polish import in_reported_future_past, in_simple_past_of_progressive, polished, rules
from timeline.model import Event, Source

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["past_progressive_examples"], ids=lambda e: e["title"][:40])
def test_a_past_progressive_takes_the_simple_past(example):
    assert in_simple_past_of_progressive(example["title"]) == example["past"]
    assert polished(example["title"], example["title"]) == example["past"]


@pytest.mark.parametrize("title", TABLE["past_progressive_near_misses"])
def test_a_past_progressive_near_miss_stays(title):
    assert in_simple_past_of_progressive(title) == title


def test_every_kept_word_is_an_ing_form():
    # a kept word with no -ing form would guard nothing: the rule reads only -ing forms
    for word in TABLE["past_progressive"]["kept"]:
        assert word.endswith("ing"), word


def test_a_kept_word_stays_where_its_neighbour_changes():
    assert in_simple_past_of_progressive("Pretoria was awaiting the outcome") == "Pretoria was awaiting the outcome"
    assert in_simple_past_of_progressive("Pretoria was announcing the outcome") == "Pretoria announced the outcome"


def test_a_final_consonant_y_takes_ied_and_a_vowel_y_ed():
    assert in_simple_past_of_progressive("Ships were carrying aid to Misrata") == "Ships carried aid to Misrata"
    assert in_simple_past_of_progressive("The delegates were staying at the hotel") == \
        "The delegates were staying at the hotel"  # "staying": a state, kept
    assert in_simple_past_of_progressive("The army was deploying troops") == "The army deployed troops"


def test_a_quoted_progressive_stays():
    sentence = "A spokesman said rebels “were retreating” from Brega."
    assert in_simple_past_of_progressive("Rebels were retreating from Brega", sentence) == \
        "Rebels were retreating from Brega"
    assert in_simple_past_of_progressive("Rebels were retreating from Brega", "Rebels were retreating from Brega.") == \
        "Rebels retreated from Brega"


def test_a_span_stays():
    assert in_simple_past_of_progressive("NATO was bombing the city since Monday") == \
        "NATO was bombing the city since Monday"


def _event(title: str, date: str, published: str) -> Event:
    return Event("a", date, "", title, Source("a", title + ".", "", published=published))


def test_a_present_progressive_dated_before_its_article_ends_in_the_simple_past():
    # tense1 moves "are reacting" to "were reacting" on a line dated before its article's day; this rule then
    # tells the act as done
    event = _in_dated_past(_event("Libyans are reacting to the address", "2011-02-20", "2011-02-21"),
                           "Libyans are reacting to the address.")
    assert event.title == "Libyans reacted to the address"
    same_day = _in_dated_past(_event("Libyans are reacting to the address", "2011-02-21", "2011-02-21"),
                              "Libyans are reacting to the address.")
    assert same_day.title == "Libyans are reacting to the address"  # the article's own day: no past yet


@pytest.mark.parametrize("example", TABLE["reported_future_examples"], ids=lambda e: e["title"][:40])
def test_a_reported_future_takes_the_past(example):
    assert in_reported_future_past(example["title"]) == example["polished"]
    assert polished(example["title"], example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["reported_future_near_misses"])
def test_a_reported_future_near_miss_stays(title):
    assert in_reported_future_past(title) == title


def test_a_future_inside_a_quotation_of_the_sentence_stays():
    sentence = "Italy announced that it “will open a consulate” in Benghazi."
    assert in_reported_future_past("Italy announced that it will open a consulate", sentence) == \
        "Italy announced that it will open a consulate"
    assert in_reported_future_past("Italy announced that it will open a consulate", "Italy announced that it will open "
                                   "a consulate in Benghazi.") == "Italy announced that it would open a consulate"


def test_a_plan_word_needs_its_to():
    assert in_reported_future_past("Officials said the ship is due in port") == "Officials said the ship is due in port"
    assert in_reported_future_past("Officials said the ship is due to dock") == "Officials said the ship was due to dock"
