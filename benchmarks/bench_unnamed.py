#!/usr/bin/env python3
"""Titles whose subject is unnamed: they open with a pronoun or a description a reader cannot place.

Usage: python3 benchmarks/bench_unnamed.py [--show N] [--kind KIND] TIMELINE.yaml ...

Build the timelines first, e.g. for the five development topics:
    for T in LibyaWar_reuters LibyaWar_cnn H1N1_bbc MJ_bbc bpoil_guardian; do
        .venv/bin/timeline build ../shared/data/timeline17/$T/InputDocs -o /tmp/un-$T.yaml -q --no-cache; done
    python3 benchmarks/bench_unnamed.py /tmp/un-*.yaml

The check is independent of timeline/events/subjects.py and events.yaml on purpose: plain, hand-written signs read
from the titles alone, so the rules cannot grade themselves. Kinds (a title counts under the first it shows):
- pronoun: a title that opens with a personal, possessive or relative pronoun ("He was", "It sent", "Their
  lawyers", "Whose songs", "This claim");
- age: "The 26-year-old ...";
- role: "The" (maybe a number or up to two lower-case words) then a noun that stands for a person, a body or a place
  the article names elsewhere ("The singer", "The firm's shares", "the town", "The two women", "The patient");
- demonym: "The" and one capitalised nationality word ("The Irishman", "The Briton").
Each distinct title counts once per file. It prints, per file and in total: titles, unnamed titles by kind, and with
--show N the first N of each kind.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

KINDS = ("pronoun", "age", "role", "demonym")

PRONOUNS = frozenset("""
    he she it they his her its their him them whose this these those that such
""".split())
# nouns a news title uses for someone or something the article names elsewhere
ROLE_NOUNS = frozenset("""
    man woman men women boy girl child children teenager person people couple pair
    singer star doctor physician patient victim suspect defendant officer soldier pilot driver captain
    leader president minister chief spokesman spokeswoman official officials lawyer lawyers family father mother
    son daughter brother sister wife husband widow judge jury prosecutor prosecutors
    company firm group giant operator insurer bank agency government regime ministry council court
    town city village country capital region state port area
    proposal resolution claim report letter statement plan bill deal move decision document ruling
    clip video film song songs album
""".split())
DEMONYM = re.compile(r"(?:[A-Z][a-z]+(?:man|woman|men|women)|[A-Z][a-z]+(?:ian|ese|ish|i|er|on))")
AGE = re.compile(r"\d{1,3}-year-old")


def _bare(word: str) -> str:
    return re.sub(r"['’]s$", "", word.strip(",.;:!?\"“”'‘’()")).lower()


def kind_of(title: str) -> str:
    """The kind of unnamed subject a title opens with, or ""."""
    words = title.split()
    if not words:
        return ""
    first = _bare(words[0])
    if first in PRONOUNS and len(words) > 1 and (first not in ("that", "this", "these", "those", "such")
                                                 or words[1][:1].islower()):
        return "pronoun"
    if first != "the" or len(words) < 3:
        return ""
    if AGE.fullmatch(_bare(words[1])):
        return "age"
    if DEMONYM.fullmatch(words[1].rstrip(",")) and words[2][:1].islower() and len(words[1]) > 4:
        return "demonym"
    for k in range(1, min(4, len(words) - 1)):
        word = words[k]
        if not word[:1].islower():
            return ""
        if _bare(word) in ROLE_NOUNS:
            following = words[k + 1]
            # "The company said", "The firm's shares fell": the noun is the subject's head (not "the company town")
            if following[:1].islower() and (word.endswith(("'s", "’s")) or _bare(following) not in ROLE_NOUNS
                                            and _bare(following) not in ("of", "in", "at", "for", "from", "on")):
                return "role"
            return ""
    return ""


def titles(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    seen: dict[str, None] = {}
    for event in data.get("events") or []:
        seen.setdefault(str(event.get("title") or ""), None)
    return [t for t in seen if t]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print the first N titles of each kind")
    parser.add_argument("--kind", choices=KINDS, help="only this kind with --show")
    args = parser.parse_args(argv)
    total: Counter[str] = Counter()
    all_titles = 0
    for path in args.files:
        try:
            found = titles(path)
        except (OSError, yaml.YAMLError) as error:
            print(f"bench_unnamed: cannot read {path}: {error}", file=sys.stderr)
            return 2
        kinds = {t: kind_of(t) for t in found}
        counts = Counter(k for k in kinds.values() if k)
        total.update(counts)
        all_titles += len(found)
        print(f"{path.name}: titles {len(found)}, unnamed {sum(counts.values())} "
              + " ".join(f"{k}={counts[k]}" for k in KINDS))
        for kind in KINDS:
            if args.show and (args.kind in (None, kind)):
                for title in [t for t, k in kinds.items() if k == kind][:args.show]:
                    print(f"  [{kind}] {title}")
    share = sum(total.values()) / all_titles if all_titles else 0.0
    print(f"TOTAL: titles {all_titles}, unnamed {sum(total.values())} ({share:.3f}) "
          + " ".join(f"{k}={total[k]}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
