"""A plan told in the past with no outcome ("were to spend the night", "was to begin broadcasting") is
no event (events.yaml not_news past_plan); a coordinated outcome, a saying, a purpose ("the aim was to"), "was to be"
+ what it became, "was to have been" and an outcome told after it stay."""
from dataclasses import replace

import pytest

from test_speakerless_plans import built_with_and_without_planned  # a sibling module
from timeline.events.lexicon import rules
from timeline.events.triggers import is_past_plan, told_past_plan_only
from timeline.model import Entry, Source

EXAMPLES = rules()["not_news"]["past_plan"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e['title'][:40]}-{e['plan']}" for e in EXAMPLES])
def test_past_plan_examples(example):
    assert is_past_plan(example["title"], example["sentence"]) is example["plan"]


def test_examples_hold_both_sides():
    assert {e["plan"] for e in EXAMPLES} == {True, False}


HAYWARD = "Hayward was due to open an awards ceremony"


def test_an_outcome_after_the_plan_keeps_it():
    assert is_past_plan(HAYWARD, f"{HAYWARD} tonight.")
    told = f"{HAYWARD} but pulled out"
    assert not is_past_plan(told, f"{told} on Monday.")


def test_the_sentence_must_hold_the_past_future():
    # a title polished into a past future that its sentence does not tell is not this rule's
    assert not is_past_plan("Four journalists were to spend the night", "Four journalists spent the night there.")


def test_the_subject_route_needs_the_title_as_the_subject():
    sentence = "Also Monday, the first television station in Libya since the revolution was to begin broadcasting."
    assert is_past_plan("The first television station in Libya", sentence)
    # a coordinated verb after the title: the title has its own
    assert not is_past_plan("Netto was released", "Netto was released Thursday and was to leave the country Friday.")
    # a comma in the gap: another clause
    assert not is_past_plan("The first television station", "The first television station, officials said, was to "
                                                            "begin broadcasting.")


@pytest.mark.parametrize("title", ["The aim of the mission was to protect civilians",
                                   "The vote was to be a turning point for the rebels",
                                   "She was to become the first woman to lead the party",
                                   "Younis was to have been questioned by the council",
                                   "Residents said the ministers were to meet in Brussels"])
def test_near_misses_stay(title):
    assert not is_past_plan(title, f"{title} on Monday.")


JOURNALISTS = "Four freed journalists were to spend the night at the Rixos Hotel"
QUOTE = "The four freed journalists were to spend the night at the hotel Wednesday, Ibrahim said."


def _entry(title: str, *quotes: str) -> Entry:
    return Entry(id="e", date="2011-05-18", mod="", title=title,
                 sources=[Source(f"a{i}", quote, "Wednesday", published="2011-05-18") for i, quote in enumerate(quotes)])


def test_every_source_must_tell_the_plan():
    assert told_past_plan_only(_entry(JOURNALISTS, QUOTE))
    assert not told_past_plan_only(_entry(JOURNALISTS, QUOTE, "Four freed journalists spent the night at the "
                                                              "Rixos Hotel on Wednesday."))


def test_a_rejected_or_curated_plan_is_the_persons():
    assert not told_past_plan_only(replace(_entry(JOURNALISTS, QUOTE), rejected=True))
    assert not told_past_plan_only(replace(_entry(JOURNALISTS, QUOTE), curated=("title",)))


def test_a_build_leaves_out_the_past_plan_and_keeps_it_with_planned(tmp_path):
    outputs = built_with_and_without_planned(
        tmp_path, "2011-05-19",
        "The four freed journalists were to spend the night at the hotel Wednesday, with their rooms paid for by the "
        "Libyan government, and then be driven to the Tunisian border, Ibrahim said.\n"
        "Rebels took the town of Bin Jawad on Wednesday, a rebel spokesman said.\n")
    assert "Bin Jawad" in outputs[()] and "spend the night" not in outputs[()]
    assert "spend the night" in outputs[("--planned",)]
