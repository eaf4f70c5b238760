"""vague1: a title that keeps a placeholder and drops its news ("An incident occurred", "Obama showed his frustration",
"Col. Roland Lavoie disputed") is a fault of title choice (timeline.merge.title_choice.tells_placeholder,
placeholders.yaml): of an entry's members, one telling what happened is printed."""

from __future__ import annotations

import pytest

import timeline.merge.title_choice as title_choice
from timeline.merge.entries import choose_title
from timeline.merge.similarity import item_of
from timeline.merge.title_choice import _placeholders, tells_placeholder, title_faults
from timeline.model import Event, Source

EXAMPLES = _placeholders()["examples"]
NEAR_MISSES = _placeholders()["near_misses"]
DAY = ("2010-04-20", "")


def item(n: int, title: str, quote: str):
    return item_of(Event(article=f"a{n}", date=DAY[0], mod="", title=title, source=Source(f"a{n}", quote, DAY[0])))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"] for e in EXAMPLES])
def test_a_placeholder_kept_and_its_news_dropped_is_a_fault(example):
    assert tells_placeholder(example["title"])
    assert "placeholder" in title_faults(example["title"], example["quote"])


@pytest.mark.parametrize("example", NEAR_MISSES, ids=[e["title"] for e in NEAR_MISSES])
def test_a_title_telling_the_news_is_no_placeholder(example):
    assert not tells_placeholder(example["title"])
    assert "placeholder" not in title_faults(example["title"], example["quote"])


@pytest.mark.parametrize("title", [
    "Lavoie disputed the claim",  # the object is told
    "Gadhafi disputed",  # a subject of one word: too little to tell a headline's passive from a lost object
    "Aid to Misrata was blocked, U.N. coordinator Valerie Amos confirmed",  # the reported clause comes first
    "Aid to Misrata was blocked, the UK,” the Foreign Office announced",  # its comma inside a closing quotation mark
    "Rebels took the town -- a claim the government disputed",  # a dash: the object stands before it
    "The plan was approved by national incident commander Thad Allen",  # approving is an act, not a coming about
    "The decision in the U.N. was taken",  # a phrase between the noun and its verb: not this rule's form
    "A NATO statement was issued",  # whose statement: a name before the noun
    "The report was issued as rebels entered the town",  # a second verb: when
    "The report was issued, saying rebels entered the town",  # what it said
    "Officials were to be informed of the concerns",  # no placeholder form
    "BP was shown the report in advance",  # an object after the noun
    "Obama was to show his frustration",  # an infinitive
])
def test_near_misses_of_each_form(title):
    assert not tells_placeholder(title)


@pytest.mark.parametrize("title", [
    "The Libyan leader again expressed",  # an adverb before the open verb
    "Gadhafi's son and the rebels became friends",
    "The statement was released",
    "That announcement came",
    "This claim was filed",
    "An incident took place",
    "The chairman of the council made this announcement",
    "Italy expressed its concern",
])
def test_more_placeholders(title):
    assert tells_placeholder(title)


def test_a_member_telling_the_news_is_chosen_over_the_placeholder():
    members = [item(1, "Col. Roland Lavoie disputed", "Lavoie disputed that on 20 April, saying NATO took no side."),
               item(2, "Col. Roland Lavoie disputed", "Lavoie disputed that on 20 April, saying NATO took no side."),
               item(3, "Lavoie said NATO took no side in Libya", "Lavoie said on 20 April NATO took no side in Libya.")]
    assert choose_title(members, DAY) == "Lavoie said NATO took no side in Libya"


def _forget_choices():
    title_choice._held_ranks.cache_clear()
    title_choice.title_faults.cache_clear()


def test_without_the_fault_the_shorter_placeholder_would_win(monkeypatch):
    # the counter-check: the choice is this rule's doing, not another fault's
    members = [item(1, "Dr Conrad Murray became friends", "Dr Conrad Murray became friends on 20 April."),
               item(2, "Dr Murray met Michael Jackson in Las Vegas",
                    "Dr Murray met Michael Jackson in Las Vegas on 20 April.")]
    monkeypatch.setattr(title_choice, "tells_placeholder", lambda title: False)
    _forget_choices()
    try:
        assert choose_title(members, DAY) == "Dr Conrad Murray became friends"
    finally:
        monkeypatch.undo()
        _forget_choices()
    assert choose_title(members, DAY) == "Dr Murray met Michael Jackson in Las Vegas"
