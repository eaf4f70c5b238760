"""verbless2: a noun phrase and its relative clause whose date is a year on the noun's own event ("the 1953 U.S.-backed
coup that overthrew ..."), told as the clause (events/verbless.py relative_fragment_title, _date_modifies_noun;
verbless.yaml relative_fragment dated_noun_*)."""
import pytest

from timeline.events.verbless import _table, is_verbless, relative_fragment_title

_RULE = _table()["relative_fragment"]


@pytest.mark.parametrize("example", _RULE["dated_noun_examples"], ids=lambda e: e["becomes"])
def test_a_year_on_the_event_noun_dates_its_subject_clause(example):
    assert relative_fragment_title(example["title"], example["sentence"], example["expression"]) == example["becomes"]


@pytest.mark.parametrize("example", _RULE["dated_noun_kept"], ids=lambda e: e["title"] + " | " + e["sentence"])
def test_a_year_on_no_event_noun_or_apart_from_it_or_an_object_clause_is_left_alone(example):
    assert relative_fragment_title(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_a_date_that_is_no_year_is_left_alone():
    sentence = "He recalled the March coup that overthrew the king."
    assert relative_fragment_title("The coup that overthrew the king", sentence, "March") \
        == "The coup that overthrew the king"


def test_an_adverb_between_an_owner_and_a_participle_makes_it_attributive():
    assert is_verbless("Iran's democratically elected government")
    assert is_verbless("The hastily assembled force")
    assert not is_verbless("The army quickly seized towns")  # a subject before the adverb: the participle is a verb
    assert not is_verbless("The U.S.-backed coup overthrew Iran's democratically elected government")
