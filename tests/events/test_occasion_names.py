"""The examples of dating.yaml `occasion_names`: a holiday beside "yesterday" names the occasion; the relative word
dates the event (dating.names_an_occasion)."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.events import extract
from timeline.events.dating import table
from timeline.model import Article

EXAMPLES: list[dict[str, Any]] = list(table()["occasion_names"]["examples"])  # type: ignore[index]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:50] for e in EXAMPLES])
def test_occasion_name_example(example: dict[str, Any]) -> None:
    events = extract(Article(id="example", body=example["text"], published=example["published"]))
    assert [(e.date, e.source.expression) for e in events if e.date == example["date"]] \
        and all(e.source.expression == example["phrase"] for e in events if e.date == example["date"]), \
        [(e.date, e.source.expression, e.title) for e in events]
