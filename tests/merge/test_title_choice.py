"""The title an entry prints (timeline.merge.title_choice): faults and choices as title_choice.yaml's examples."""

from __future__ import annotations

import itertools

import pytest

from timeline.merge.entries import choose_title
from timeline.merge.similarity import item_of
from timeline.merge.title_choice import FAULTS, rules, title_faults
from timeline.model import Event, Source

FAULT_EXAMPLES = rules()["faults"]
CHOICES = rules()["choices"]
DAY = ("2010-04-20", "")


def item(n: int, title: str, quote: str, date: str = DAY[0]):
    return item_of(Event(article=f"a{n}", date=date, mod="", title=title, source=Source(f"a{n}", quote, date)))


@pytest.mark.parametrize("example", FAULT_EXAMPLES, ids=[e["title"] for e in FAULT_EXAMPLES])
def test_faults_are_those_an_editor_strikes(example):
    assert set(example["faults"]) <= set(FAULTS)
    assert title_faults(example["title"], example["quote"]) == frozenset(example["faults"])


def test_examples_hold_clean_and_faulty_titles():
    assert any(not e["faults"] for e in FAULT_EXAMPLES) and any(e["faults"] for e in FAULT_EXAMPLES)


@pytest.mark.parametrize("choice", CHOICES, ids=[c["chosen"] for c in CHOICES])
def test_the_most_printable_title_is_chosen_whatever_the_order(choice):
    items = [item(n, title, quote) for n, (title, quote) in enumerate(choice["titles"])]
    for order in itertools.permutations(items):
        assert choose_title(list(order), DAY) == choice["chosen"]


def test_a_title_of_the_entry_date_wins_over_a_cleaner_one_of_another():
    items = [item(0, "The rig exploded in", "The rig exploded in the Gulf on 20 April."),
             item(1, "Deepwater Horizon oil rig exploded", "Deepwater Horizon oil rig exploded in April.", "2010-04")]
    assert choose_title(items, DAY) == "The rig exploded in"
    assert choose_title(items, ("2010-04", "")) == "Deepwater Horizon oil rig exploded"


def test_no_title_gives_none():
    assert choose_title([item(0, "", "Nothing on 20 April.")], DAY) == ""
