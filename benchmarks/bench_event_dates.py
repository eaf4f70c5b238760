#!/usr/bin/env python3
"""How many real sentences give their event the date of its own clause (figures only, no thresholds).

Usage: python3 benchmarks/bench_event_dates.py

Reads benchmarks/data/event_dates.yaml: sentences of the Timeline17 development topics whose date the blind audits
struck (a background date given to a later event, a weekday read in the wrong direction, an "ago" of weeks or years
given as an exact day, a clock time counted from another event, a date phrase in an idiom), each with what is
right. Each sentence is read as an article of its own, published on the case's date; it prints how many come out
right and a line for each that does not.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from timeline.events import extract  # noqa: E402
from timeline.model import Article, Event  # noqa: E402

CASES = Path(__file__).resolve().parent / "data" / "event_dates.yaml"


def cases() -> list[dict[str, Any]]:
    return list(yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"])


def phrase_events(case: dict[str, Any]) -> list[Event]:
    """The events the case's sentence yields from its date phrase."""
    events = extract(Article(id="case", body=case["text"], published=case["published"]))
    return [e for e in events if e.source.expression.rstrip(".").lower() == case["phrase"].lower()]


def is_right(case: dict[str, Any], events: list[Event]) -> bool:
    """Whether the events of the phrase are what the case says is right."""
    if case.get("none"):
        main = str(case.get("main", "")).lower()
        return all(main and main not in e.title.lower().split() for e in events)
    if not events:
        return bool(case.get("or_none"))
    return all(e.date == case["date"] and e.mod == case.get("mod", "") for e in events)


def describe(events: list[Event]) -> str:
    return "; ".join(f"{e.date}{' ' + e.mod if e.mod else ''} {e.title!r}" for e in events) or "(no event)"


def main() -> int:
    table = cases()
    misses = []
    for case in table:
        events = phrase_events(case)
        if not is_right(case, events):
            want = "no event of the main clause" if case.get("none") \
                else f"{case['date']} {case.get('mod', '')}".strip()
            misses.append(f"  [{case['audit']}] {case['phrase']!r}: {describe(events)}; want {want}")
    print(f"event dates: {len(table) - len(misses)}/{len(table)} cases right")
    for line in misses:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
