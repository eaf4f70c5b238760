"""A printed title cut after a word of illness, death or care keeps the illness its sentence goes on to name (cuts7,
polish.with_verb_complement; polish.yaml illness_complement): "were diagnosed [with swine flu]", "died [after
contracting the virus]", "the death toll [from swine flu]"; every example and near miss of the table."""
import pytest

from timeline.events.polish import printed, rules, with_verb_complement

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["illness_complement_examples"], ids=lambda e: e["title"][:40])
def test_a_title_keeps_the_illness_its_word_is_about(example):
    assert with_verb_complement(example["title"], example["sentence"], example["expression"]) == example["printed"]
    assert printed(example["title"], example["sentence"], example["expression"]) == example["printed"]


@pytest.mark.parametrize("example", TABLE["illness_complement_near_misses"], ids=lambda e: e["title"][:40])
def test_a_place_a_time_a_cause_that_is_no_illness_or_a_named_illness_stays_out(example):
    assert with_verb_complement(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_the_word_of_illness_must_end_the_title_with_no_other_verb_after_it():
    # "diagnosed" is followed by another verb's phrase ("closed the school"): the "with" phrase is not its complement
    title = "Pupils were diagnosed and officials closed the school"
    sentence = "Pupils were diagnosed and officials closed the school on Monday with swine flu fears."
    assert with_verb_complement(title, sentence, "Monday") == title


def test_a_verb_of_no_illness_takes_no_illness_phrase():
    title = "Officials met the minister"
    assert with_verb_complement(title, "Officials met the minister on Monday with flu experts.", "Monday") == title
