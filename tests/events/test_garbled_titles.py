"""garbled1: a feeling frame taken off a title, and a subject taken across a clause boundary mended from the
sentence (events/garbled.py, garbled.yaml)."""
import pytest

from timeline.events.garbled import _table, across_boundary, ungarbled, with_possessor_noun, without_feeling_frame


@pytest.mark.parametrize("row", _table()["examples"], ids=lambda row: row["title"][:40])
def test_a_garbled_title_is_mended_and_a_sound_one_stays(row):
    assert ungarbled(row["title"], row["sentence"], str(row["expression"])) == row["mended"]


def test_the_examples_change_some_titles_and_leave_others():
    rows = _table()["examples"]
    assert sum(row["title"] != row["mended"] for row in rows) >= 5
    assert sum(row["title"] == row["mended"] for row in rows) >= 5


def test_a_feeling_frame_needs_there_a_copula_and_no():
    assert without_feeling_frame("There was no mistaking the relief when the cap stopped the flow") \
        == "The cap stopped the flow"
    assert without_feeling_frame("There had been no denying the anger when the plan was announced") \
        == "The plan was announced"
    # no "no": the frame tells the mood itself
    assert without_feeling_frame("There was relief when the cap stopped the flow") \
        == "There was relief when the cap stopped the flow"
    # the joiner too far from the frame: an act, not a frame
    title = "There was no doubt about the long and costly and bitter legal fight ahead when the court met"
    assert without_feeling_frame(title) == title


def test_a_colon_between_the_subject_and_a_verb_of_its_own_that_the_title_keeps_is_no_boundary():
    # the title's words stand in the sentence side by side: nothing was dropped
    sentence = "The plan was simple: rebels would advance on Monday."
    assert across_boundary("Rebels would advance", sentence, "Monday") == "Rebels would advance"


def test_a_gap_that_crosses_a_sentence_end_is_left_alone():
    sentence = "The company began pumping mud on Wednesday afternoon. Seven hours later, the company said: it was able to drop the pressure."
    title = "The company was able to drop the pressure"
    assert across_boundary(title, sentence, "Wednesday afternoon") == title


@pytest.mark.parametrize("row", _table()["possessive_examples"], ids=lambda row: row["title"][:40])
def test_a_possessive_left_without_its_noun_gets_its_words_back(row):
    assert with_possessor_noun(row["title"], row["sentence"], str(row["expression"])) == row["mended"]


def test_a_possessive_whose_noun_was_taken_with_more_words_than_a_repair_puts_back_stays():
    sentence = ("BP's chief executive, who had been under fire for weeks from lawmakers, regulators, fishermen and the "
                "families of the eleven men who died on the rig, on Monday drastically scaled upwards his estimate.")
    title = "BP's drastically scaled upwards his estimate"
    assert with_possessor_noun(title, sentence, "Monday") == title


def test_a_pointing_that_after_the_frame_word_is_no_joiner():
    assert without_feeling_frame("There was no mistaking that smell when the tanker burned off the coast") \
        == "The tanker burned off the coast"
