"""fragments9: the last guard of title making, a title with no finite verb (events/verbless.py, verbless.yaml)."""
import pytest

from timeline.events.verbless import _table, is_verbless, verbless_fallback


@pytest.mark.parametrize("title", _table()["verbless_examples"])
def test_a_fragment_has_no_finite_verb(title):
    assert is_verbless(title)


@pytest.mark.parametrize("title", _table()["finite_examples"] + [
    "The WHO raised its alert level",  # "WHO" is a name, not the relative "who"
    "A source who fled Zawiya said many bodies lay unclaimed",  # the relative's verb, then the main one
    "It switches the spotlight of blame away from BP",  # a present verb the lexicon does not know
    "Neither did the Air France plane",
    "Residents in the Libyan capital of Tripoli heard sporadic gunshots",  # "Tripoli" is no nationality
])
def test_a_clause_with_a_finite_verb_or_a_headline_participle_is_left_alone(title):
    assert not is_verbless(title)


def test_a_relative_clause_verb_group_is_not_the_titles_verb():
    assert is_verbless("Twenty years of which is being celebrated in a reception at the gallery")
    assert not is_verbless("The man who was arrested, died")


def test_the_short_sentence_gives_the_title():
    sentence = "The administration issued a new, more limited ban today."
    title = verbless_fallback("More limited ban", sentence, "today")
    assert title is not None and title.startswith("The administration issued a new, more limited ban")


def test_a_title_with_a_verb_is_kept_as_it_is():
    assert verbless_fallback("Ceasefire announced", "Ceasefire announced on Sunday.", "Sunday") == "Ceasefire announced"


def test_a_noun_phrase_piece_with_no_fallback_gives_no_event():
    sentence = ("But marine scientists have been warning of a much more extensive spill for weeks and weeks, and have "
                "been demanding that BP release all of the data gathered from its remote operating vehicles, such as "
                "the video footage released on Wednesday.")
    assert verbless_fallback("Such as the video footage released", sentence, "on Wednesday") is None


def test_an_event_nouns_phrase_is_left_to_the_merge():
    sentence = "BP missed warning signs in the hours before the 20 April explosion aboard the oil rig, a report said."
    assert verbless_fallback("The explosion aboard the oil rig", sentence, "20 April") == "The explosion aboard the oil rig"


def test_another_verbless_title_with_no_fallback_stays_for_the_merge():
    sentence = ("Continued political squabbling, combined with poor historical economic data released around the turn "
                "of the month, led to a collapse in sentiment, with many risk assets experiencing the largest falls "
                "since the period immediately following the collapse of Lehman in September 2008, analysts said.")
    title = "The period immediately following the collapse of Lehman"
    assert verbless_fallback(title, sentence, "September 2008") == title
