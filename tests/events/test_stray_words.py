"""Stray words of the article's flow in a title (polish.yaml stray_words, timeline.events.polish.without_stray_words):
every example and near miss of the table, alone and through the whole polish."""
import pytest

from timeline.events.polish import polished, rules, with_opening_place, without_stray_words

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["stray_words_examples"], ids=lambda e: e["title"][:40])
def test_a_stray_word_goes(example):
    assert without_stray_words(example["title"]) == example["polished"]
    assert polished(example["title"], example["title"]) == example.get("whole", example["polished"])


@pytest.mark.parametrize("title", TABLE["stray_words_near_misses"], ids=lambda t: t[:40])
def test_a_word_the_title_needs_stays(title):
    assert without_stray_words(title) == title


def test_the_opening_another_a_phrase_leaves_takes_its_article():
    assert without_stray_words("In one instance another rebel tugboat was stopped") == "A rebel tugboat was stopped"


def test_a_title_without_any_word_of_the_table_is_returned_as_is():
    title = "Rebels took Brega"
    assert without_stray_words(title) is title


def test_an_other_the_sentence_tells_beside_its_noun_stays():
    sentence = "Demonstrations unfolded Friday in other cities as well, he said."
    assert without_stray_words("Demonstrations unfolded in other cities", sentence) == "Demonstrations unfolded in other cities"
    assert polished("Demonstrations unfolded in other cities", sentence) == "Demonstrations unfolded in other cities"
    assert without_stray_words("Demonstrations unfolded in other cities") == "Demonstrations unfolded in cities"


def test_the_room_of_a_telling_does_not_come_back_as_the_opening_place():
    sentence = ("In the courtroom in Los Angeles on Tuesday, prosecutor David Walgren said that Dr Murray ordered a "
                "security guard to collect medical paraphernalia.")
    title = "Prosecutor David Walgren said that Dr Murray ordered a security guard to collect medical paraphernalia"
    assert with_opening_place(title, sentence) == title
    # strays3: a named teller's place stays out too (polish.yaml opening_place teller_verbs; tests/events/test_strays3.py)
    court = "In court in Los Angeles on Monday, Dr Murray's lawyer Edward Chernoff said the defense's position was firm."
    assert with_opening_place("Dr Murray's lawyer Edward Chernoff said the defense's position was firm", court) == \
        "Dr Murray's lawyer Edward Chernoff said the defense's position was firm"
    town = "In Los Angeles on Thursday, paramedic Martin Blount testified that Dr Murray cleaned up vials."
    assert with_opening_place("Paramedic Martin Blount testified that Dr Murray cleaned up vials", town) == \
        "Paramedic Martin Blount testified that Dr Murray cleaned up vials"
