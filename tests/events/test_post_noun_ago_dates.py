"""dates33: a span counted back from the telling ("22 years ago") right after an event noun that "after" or
"following" leads dates that noun, not the clause's act (dating.yaml post_noun_bare_date_ends,
post_noun_bare_date_nouns, post_noun_bare_date_examples; dating.noun_of_another_event): "ESVs were ordered across the
North Sea after the Piper Alpha disaster 22 years ago" is no 1988 ordering."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.events.dating import table

from dated_titles import dated_titles  # one article's titles for one date phrase

EXAMPLES: list[dict[str, Any]] = list(table()["post_noun_bare_date_examples"])  # type: ignore[call-overload]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:50] for e in EXAMPLES])
def test_post_noun_bare_date_examples(example: dict[str, Any]) -> None:
    assert dated_titles(example["text"], example["phrase"], example["published"]) == example["titles"]


def test_the_act_after_the_noun_loses_the_date() -> None:
    # the clause's act is told as after the noun's event, on a day the sentence does not give
    titles = dated_titles("Valves were ordered across the North Sea after the Piper Alpha disaster 22 years ago.",
                          "22 years ago", "2010-06-15")
    assert not any(t.startswith("Valves were ordered") for t in titles)


@pytest.mark.parametrize("text,phrase,published,title", [
    # a linked date was read before; the bare span reads the same way
    ("Safety rules were tightened after the Texas City refinery explosion in 2005.", "2005", "2010-06-15",
     "The Texas City refinery explosion"),
    ("Safety rules were tightened after the Texas City refinery explosion five years ago.", "five years ago",
     "2010-06-15", "The Texas City refinery explosion"),
])
def test_linked_and_bare_alike(text: str, phrase: str, published: str, title: str) -> None:
    assert dated_titles(text, phrase, published) == [title]


def test_a_recent_span_stays_the_acts() -> None:
    # within perfect_past_days of the telling the act and the noun's event are one story: the act keeps the date
    assert dated_titles("Rescuers pulled survivors from the rubble after the building collapse three days ago.",
                        "three days ago", "2010-06-15") \
        == ["Rescuers pulled survivors from the rubble after the building collapse"]


def test_both_kinds_of_example() -> None:
    outcomes = [dated_titles(e["text"], e["phrase"], e["published"]) for e in EXAMPLES]
    assert [] in outcomes and any(o and "after" not in o[0] for o in outcomes) and any(
        o and ("after" in o[0] or "following" in o[0]) for o in outcomes)
