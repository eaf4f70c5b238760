"""The examples of timeline/events/dating.yaml: which event a date phrase dates, and the mod it gives."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.events import extract
from timeline.events.dating import table
from timeline.model import Article

EXAMPLES: list[dict[str, Any]] = list(table()["examples"])  # type: ignore[call-overload]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:50] for e in EXAMPLES])
def test_dating_example(example: dict[str, Any]) -> None:
    events = extract(Article(id="example", body=example["text"], published=example["published"]))
    mine = [e for e in events if e.source.expression.rstrip(".").lower() == example["phrase"].lower()]
    if "none" in example:
        verb = str(example["none"]).lower()
        assert all(verb not in e.title.lower().split() for e in mine), [e.title for e in mine]
        if "title" in example:  # the date gives another event than the clause's (an event noun's), or none
            assert [e.title for e in mine] == example["title"]
            assert all((e.date, e.mod) == (example["date"], example.get("mod", "")) for e in mine)
    else:
        assert mine, "no event from the phrase"
        assert [(e.date, e.mod) for e in mine] == [(example["date"], example.get("mod", ""))] * len(mine)
        if "verb" in example:  # the date stays the clause verb's: every event it gives is titled by that verb
            assert all(str(example["verb"]) in e.title.lower().split() for e in mine), [e.title for e in mine]


def test_every_rule_has_a_positive_and_a_negative_example() -> None:
    kinds = {("none" in e) for e in EXAMPLES}
    assert kinds == {True, False}
