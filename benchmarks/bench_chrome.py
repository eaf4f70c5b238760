#!/usr/bin/env python3
"""Page furniture read as reporting: how many timeline entries quote comments, footers, credits, stamps, tweets.

Usage: .venv/bin/python benchmarks/bench_chrome.py [--base REV] [--data DIR] [--show N] [TOPIC ...]

Builds each Timeline17 development topic (DIR/TOPIC/InputDocs, DIR defaults to ../shared/data/timeline17) with
this checkout and, with --base, with git revision REV (a `git archive` of it in a temporary folder), then prints per
topic: the entries written, and the entries whose quote is page furniture by the check below (and how many
quotes that is). --show N prints N flagged quotes per topic and side, to audit the check.

The check is independent of timeline/read/rules.yaml on purpose: a few plain, hand-written signs of furniture
seen in these pages (a print-edition footer, a contact address, a comment-thread header or moderation note, a
live-blog or update stamp, a photo credit, a tweet widget, an agency dateline or a story's bullet highlights
still glued to the text, a byline). It flags a quote, not a line: a quote that only contains furniture next to
reporting ("Photograph: Name/AP The well was capped today.") counts as furniture, since its title and date can
come from either.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import REPO, TIMELINE17, find_shared  # noqa: E402
TOPICS = ("LibyaWar_reuters", "LibyaWar_cnn", "H1N1_bbc", "MJ_bbc", "bpoil_guardian")

# kind -> signs (plain regexes, case-sensitive unless marked)
SIGNS: dict[str, tuple[str, ...]] = {
    "print footer": (r"appeared on p\d", r"appears in print", r"(?i)this article was (?:first )?published on [a-z]"),
    "contact footer": (r"[\w.]+@[\w]+\.(?:co|com|org)\b", r"Letters for publication"),
    "comment": (r"\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ \d{4} - \d{1,2}:\d\d", r"\bwrote:", r"house rules",
                r"reactively-moderated", r"comment was removed"),
    # a stamp opening the quote and closed by a colon or parenthesis, a place-and-zone stamp, a blog byline stamp,
    # a post stamp; not a clock time inside reporting ("will speak at 7:30 p.m. ET Monday")
    "stamp": (r"^\(?(?:[A-Z]{3,}, )?(?:(?:Updated|Posted)(?: at)?:? )?\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?[^.:()]{0,40}[:)]",
              r"[A-Z]{3,}, \d{1,2}:\d\d [ap]\.m\. ET", r"\(\d{1,2}:\d\d [ap]\.m\. (?:\w+day )?ET,",
              r"\| \d{1,2}:\d\d (?:UK time|[AP]M)", r"(?i)last updated", r"\d{4} \d{1,2}:\d\d [ap]m ET"),
    "credit": (r"\bPhotograph\b", r"Illustration ?:", r"/(?:AP|AFP|Reuters|REUTERS|Getty|EPA|PA)\b"),
    "tweet": (r"RETWEET", r"\(@\w+\)", r"\bRT @", r"\bbit\.ly\b", r"^(?:ly|kr)/\w"),
    # a dateline glued to a headline or highlights; bullet highlights (two or more "* " in one quote: a single
    # "* " item is a factbox line, which is reporting)
    "lead": (r"\((?:Reuters|AP|AFP|CNN)\)?[”\"]? ?(?:--|[-–—])", r"\* [^*]{2,300}\* ", r"CNN Wire Staff"),
    "byline": (r"^By [A-Z][a-z]+ [A-Z][a-z]+ [A-Z]",),
}
_COMPILED = {kind: tuple(re.compile(s) for s in signs) for kind, signs in SIGNS.items()}


def furniture(quote: str) -> str | None:
    """The kind of furniture a quote shows, or None."""
    for kind, patterns in _COMPILED.items():
        if any(p.search(quote) for p in patterns):
            return kind
    return None


def build(command: list[str], docs: Path, env: dict[str, str] | None) -> list[dict]:
    result = subprocess.run([*command, "build", str(docs), "-o", "-", "-q"], capture_output=True, text=True, env=env)
    if result.returncode not in (0, 1):
        sys.exit(f"bench_chrome: build failed on {docs}: {result.stderr.strip()[:300]}")
    return (yaml.safe_load(result.stdout) or {}).get("events", [])


def count(events: list[dict]) -> tuple[int, int, int, list[tuple[str, str]]]:
    """(entries, entries quoting furniture, furniture quotes, examples)."""
    flagged_events = flagged_quotes = 0
    examples = []
    for event in events:
        kinds = [furniture(str(source.get("quote", ""))) for source in event.get("sources", [])]
        hits = [k for k in kinds if k]
        flagged_quotes += len(hits)
        if hits:
            flagged_events += 1
            examples.append((hits[0], str(event["sources"][kinds.index(hits[0])]["quote"])))
    return len(events), flagged_events, flagged_quotes, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topics", nargs="*", default=list(TOPICS))
    parser.add_argument("--base", help="git revision to compare with (built from a `git archive` of it)")
    parser.add_argument("--data", type=Path, default=find_shared() / TIMELINE17)
    parser.add_argument("--show", type=int, default=0, help="print N flagged quotes per topic and side")
    args = parser.parse_args()

    import os

    # -P: `python -m` would put the working directory first on sys.path, ahead of PYTHONPATH
    sides: list[tuple[str, list[str], dict[str, str] | None]] = []
    tmp = None
    if args.base:
        tmp = tempfile.TemporaryDirectory()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.base], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", tmp.name], input=archive.stdout, check=True)
        sides.append((f"base {args.base[:10]}", [sys.executable, "-P", "-m", "timeline"], {**os.environ, "PYTHONPATH": tmp.name}))
    sides.append(("this checkout", [sys.executable, "-P", "-m", "timeline"], {**os.environ, "PYTHONPATH": str(REPO)}))
    try:
        rows = []
        for topic in args.topics:
            row = [topic]
            for label, command, env in sides:
                total, events, quotes, examples = count(build(command, args.data / topic / "InputDocs", env))
                row += [total, events, quotes]
                for kind, quote in examples[: args.show]:
                    print(f"  {topic} [{label}] {kind}: {quote[:160]}", file=sys.stderr)
            rows.append(row)
    finally:
        if tmp is not None:
            tmp.cleanup()
    header = ["topic"]
    for label, _, _ in sides:
        header += [f"entries ({label})", "furniture entries", "furniture quotes"]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
    if len(rows) > 1:
        sums = ["total"] + [sum(r[i] for r in rows) for i in range(1, len(header))]
        print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(sums, widths))))


if __name__ == "__main__":
    main()
