#!/usr/bin/env python3
"""Counts of title and entry faults an editor would strike, over built timelines (figures only, no thresholds).

Usage: python3 benchmarks/bench_titles.py TIMELINE.yaml [TIMELINE.yaml ...]

Build the timelines first, e.g. for the five development topics:
    for T in LibyaWar_reuters LibyaWar_cnn H1N1_bbc MJ_bbc bpoil_guardian; do
        .venv/bin/timeline build ../shared/data/timeline17/$T/InputDocs -o /tmp/ev-$T.yaml -q; done
    python3 benchmarks/bench_titles.py /tmp/ev-*.yaml

Per file (and in total) it prints how many entries there are and how many have a title that
- pronoun: opens with a pronoun ("He", "It", "Its", "They") instead of a name;
- no_subject: opens with a verb form ("Overthrew Gaddafi", "Had collected", "Is still full"), not a name that reads
  as one ("Ahmed Bani", "United Nations");
- dangling: ends with a preposition, article, conjunction or auxiliary ("... east of", "... and the");
- stray: opens with punctuation or a bullet ("* NATO said", "- Libya's new rulers");
- question: comes from a question (a quote ending with "?");
- long: has more than 30 words (too long to read as a line);
- cut: stops mid-phrase: its last two words stand in the first quote followed by more words of the same
  phrase (not by punctuation, the end, or a word that opens a new clause such as "and", "which", "said").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from timeline.events.lexicon import is_past, lexicon  # noqa: E402

PRONOUNS = frozenset({"he", "she", "it", "they", "its", "his", "her", "their", "we", "i", "this", "these", "those"})
VERB_OPENERS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
                          "may", "might", "should", "can", "to", "did", "does"})
LONG = 30


def faults(entry: dict) -> set[str]:
    title = str(entry.get("title", ""))
    words = title.split()
    found: set[str] = set()
    if not words:
        return {"empty"}
    first, last = words[0].lower().strip(",.;:"), words[-1].lower().strip(",.;:")
    lex = lexicon()
    if first in PRONOUNS:
        found.add("pronoun")
    name = len(words) > 1 and words[1][:1].isupper() and first not in VERB_OPENERS  # "Ahmed Bani", "United Nations"
    if first in VERB_OPENERS or is_past(first) and not name:
        found.add("no_subject")
    if last in lex.dangling_words or last in lex.date_prepositions or last in ("in", "at", "on", "from", "to"):
        found.add("dangling")
    if not title[:1].isalnum():
        found.add("stray")
    if any(str(s.get("quote", "")).rstrip(" \"”'’").endswith("?") for s in entry.get("sources", [])[:1]):
        found.add("question")
    if len(words) > LONG:
        found.add("long")
    if is_cut(title, str((entry.get("sources") or [{}])[0].get("quote", ""))):
        found.add("cut")
    return found


CLAUSE_OPENERS = frozenset({"and", "but", "or", "which", "who", "whom", "whose", "that", "when", "while", "as",
                            "after", "before", "because", "since", "until", "said", "says", "told", "according",
                            "where", "although", "though", "if", "so"})


def is_cut(title: str, quote: str) -> bool:
    """Whether the title ends where its quote goes on with more of the same phrase."""
    tail = " ".join(title.split()[-2:])
    if len(tail) < 6:
        return False
    at = quote.find(tail)
    if at < 0:
        return False
    rest = quote[at + len(tail):]
    following = re.match(r" ([A-Za-z][\w'’-]*)", rest)
    if not following:
        return False
    word = following.group(1).lower()
    return word not in CLAUSE_OPENERS and not _DATE_WORD.match(word)


_DATE_WORD = re.compile(r"(?:on|in|at|last|this|next|early|late|earlier|later|yesterday|today|tonight|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
                        r"september|october|november|december|\d.*)\Z")


KINDS = ("pronoun", "no_subject", "dangling", "stray", "question", "long", "cut")


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    total = {k: 0 for k in ("entries", *KINDS)}
    print(f"{'file':40} {'entries':>7} " + " ".join(f"{k:>10}" for k in KINDS))
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        entries = [e for e in data.get("events", []) if not e.get("rejected")]
        counts = {k: 0 for k in KINDS}
        for entry in entries:
            for kind in faults(entry) & set(KINDS):
                counts[kind] += 1
        total["entries"] += len(entries)
        for k in KINDS:
            total[k] += counts[k]
        print(f"{Path(path).name:40} {len(entries):>7} " + " ".join(f"{counts[k]:>10}" for k in KINDS))
    print(f"{'total':40} {total['entries']:>7} " + " ".join(f"{total[k]:>10}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
