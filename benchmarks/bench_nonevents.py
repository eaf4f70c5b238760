#!/usr/bin/env python3
"""Counts of entries an editor would strike as non-events or as wrongly dated, over built timelines (figures only).

Usage: python3 benchmarks/bench_nonevents.py TIMELINE.yaml [TIMELINE.yaml ...] [--show KIND]

Build the timelines first, e.g. for the five development topics:
    for T in LibyaWar_reuters LibyaWar_cnn H1N1_bbc MJ_bbc bpoil_guardian; do
        .venv/bin/timeline build ../shared/data/timeline17/$T/InputDocs -o /tmp/ne-$T.yaml -q; done
    python3 benchmarks/bench_nonevents.py /tmp/ne-*.yaml

Each kind is a surface pattern of the entry's first source (quote and date expression), so the counts are
indicative (a pattern may hit a real event, and misses what it does not spell out); they go down when the
event stage stops listing these, and are read with a sample (--show KIND prints the entries of one kind):
- schedule: a broadcast listing ("BBC Radio 4, 2100 BST Tuesday");
- background: a state in the present tense told by the title ("is the largest", "are below the surface");
- opinion: a judgement or a modal title ("would be a mistake", "critics say", "should");
- plan: a title that tells a plan, not an outcome ("will be meeting", "is expected to", "plans to");
- figure: a statistic ("1.9 percent more", "barrels per day");
- first_person: a reader's letter or a speaker's own story ("My great-grandfather was born");
- offset_dated: dated by an offset from another event ("10 seconds later", "hours after") with no other date
  in the quote to count from;
- before_after: "before 1861", "after 2005" dated as the year itself (no BEFORE/AFTER mod);
- name_date: a name that looks like a date ("the Today programme", "Album of the Year", "Independence Day").
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

KINDS: dict[str, re.Pattern[str]] = {}


def _kind(name: str, pattern: str, field: str) -> None:
    KINDS[name] = (field, re.compile(pattern))  # type: ignore[assignment]


_kind("schedule", r"\b(?:BBC (?:Radio \d|One|Two|Three|Four|World|News)|Radio \d|\d{4} (?:BST|GMT)|[Ll]isten again|"
      r"(?:on|at) \d{4} GMT)\b", "quote")
_kind("background", r"\b(?:is|are|'s) (?:the |a |an |now |also |still )?(?:\w+est|largest|biggest|main|only|home|"
      r"located|situated|below|above|about|some|one|part)\b", "title")
_kind("opinion", r"\b(?:would be|would have|should|must|ought to|critics? (?:say|said)|it is time|in my view|"
      r"i think|i believe|a mistake)\b", "title_lower")
_kind("plan", r"\b(?:will|is expected to|are expected to|was expected to|were expected to|plans? to|planned to|"
      r"is due to|are due to|is to|are to|intends? to|is set to|are set to|is scheduled|are scheduled)\b", "title_lower")
_kind("figure", r"\b\d[\d.,]*\s?(?:%|percent|per cent|bpd|barrels|tonnes)|\bper (?:day|cent)\b", "title")
_kind("first_person", r"^(?:My|Our|I|We)\b|\b(?:my|our) (?:great-)*(?:grand)?(?:father|mother|parents|family)\b",
      "quote")
_kind("offset_dated", r"(?i)^(?:\w+ )?(?:\w+ )?(?:seconds|minutes|hours|moments|days|weeks|months|years) "
      r"(?:later|after|earlier)$", "expression")
_kind("before_after", r"(?i)\b(?:before|after|prior to|earlier than|later than) \d{4}\b", "quote_expr")
_kind("name_date", r"(?:\bthe Today\b|\bof the Year\b|\bIndependence Day\b|\bTomorrow\b)", "expression_ctx")


def kinds_of(entry: dict) -> set[str]:
    if not entry.get("date"):
        return set()
    source = (entry.get("sources") or [{}])[0]
    quote, expression = str(source.get("quote", "")), str(source.get("expression", ""))
    title = str(entry.get("title", ""))
    found = set()
    for name, (field, pattern) in KINDS.items():  # type: ignore[misc]
        if field == "quote":
            hit = pattern.search(quote)
        elif field == "title":
            hit = pattern.search(title)
        elif field == "title_lower":
            hit = pattern.search(title.lower())
        elif field == "expression":
            hit = pattern.search(expression)
        elif field == "quote_expr":  # the expression inside the before/after phrase, and no mod to say so
            hit = any(expression in m.group() for m in pattern.finditer(quote)) and not entry.get("mod")
        else:  # the expression as written in the quote, with a word on each side
            at = quote.find(expression)
            hit = at >= 0 and pattern.search(quote[max(0, at - 4): at + len(expression) + 1])
        if hit:
            found.add(name)
    return found


def main(argv: list[str]) -> int:
    show = ""
    if "--show" in argv:
        i = argv.index("--show")
        show = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    total: Counter[str] = Counter()
    print(f"{'file':36} {'dated':>6} " + " ".join(f"{k:>12}" for k in KINDS))
    for path in argv:
        events = (yaml.safe_load(Path(path).read_text()) or {}).get("events") or []
        counts: Counter[str] = Counter()
        for entry in events:
            if entry.get("date"):
                counts["dated"] += 1
            for kind in kinds_of(entry):
                counts[kind] += 1
                if kind == show:
                    src = (entry.get("sources") or [{}])[0]
                    print(f"  [{entry['date']} {entry.get('mod', '')}] {entry['title']}\n      <{src.get('expression')}> "
                          f"{str(src.get('quote'))[:300]}")
        total.update(counts)
        print(f"{Path(path).name[:36]:36} {counts['dated']:>6} " + " ".join(f"{counts[k]:>12}" for k in KINDS))
    print(f"{'total':36} {total['dated']:>6} " + " ".join(f"{total[k]:>12}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
