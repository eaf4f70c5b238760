#!/usr/bin/env python3
"""How many entries of a timeline repeat another entry of the same day: an estimate of the audit's duplicates.

Usage: python3 benchmarks/bench_duplicates.py [TIMELINE.yaml ...] [--topics DIR] [--out DIR] [--list N]
       (default: build each development topic of ../shared/data/timeline17 into --out, default a temporary
       folder, and score it; with files given, score those files and build nothing)

The audit (../shared/docs/audit.md, code U) asks of each real event whether another entry listed on the same
date tells the same real-world event. Without a reader, two entries of one date are counted as one event told
twice when
  * their titles are equal once normalised (lower case, words only, word families of
    timeline/merge/derivations.yaml: "Uprising began" / "uprising began"), or
  * their titles name the same happening (a word of one family of derivations.yaml, "Rig exploded" /
    "Explosion destroyed the rig") and share a participant: another word of one title, not common in the
    topic's titles, that occurs in the other's title or quotes.
Titles of fewer than two content words are page chrome ("ET"), not compared. A wider bound, which reads no rule
table (so it also sees twins told in words of no shared family: "Hayward was grilled" / "Hayward told a committee"),
counts the entries sharing with another entry of their date a rare name: a capitalised word inside the title that is
in at most 2% of the topic's titles; it flags different events of one person too, so it is an upper bound. Prints per timeline the entries, the entries with such a twin on their date and their share (the estimate),
and with --list N the first N flagged pairs to read. Figures only: no thresholds. The estimate is a proxy
(it misses twins worded with no shared family, and flags different events of one kind that share a name);
read the flagged pairs before trusting a change.

On a small topic about one person or one disease (MJ_bbc, H1N1_bbc: ~130 entries) both figures are 0 by design, not
by a fault: 2% of the titles is 3, so the names that would tell a twin ("Murray", "Jackson", "flu", "pandemic") are
common words there, and the twins the audit finds ("Dr Murray was hired by Jackson" / "... by promoters AEG Live"; the
1918 pandemic told four ways) share no family word or no rare name. A floor of 5 or 10 titles for "common" flags only
different events there (two witnesses' testimony of one day); read those topics' same-date entries instead.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import REPO, TIMELINE17, find_shared  # noqa: E402
from timeline.events.lexicon import lexicon  # noqa: E402
from timeline.merge.similarity import families, key_form  # noqa: E402

TOPICS = ("LibyaWar_reuters", "LibyaWar_cnn", "H1N1_bbc", "MJ_bbc", "bpoil_guardian")
WORD = re.compile(r"[A-Za-z0-9][\w'\u2019.-]*")
COMMON = 0.02  # a word in more than this share of a topic's titles names no participant


def words(text: str) -> list[str]:
    stop = lexicon().stopwords
    return [key_form(w.rstrip(".")) for w in WORD.findall(text) if w.lower().rstrip(".") not in stop]


def load(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [e for e in data.get("events", []) if isinstance(e, dict) and not e.get("rejected")]


def twins(entries: list[dict]) -> list[tuple[str, dict, dict]]:
    """The flagged pairs: (reason, entry, entry)."""
    heads = set(families().values())
    titles = [words(str(e.get("title", ""))) for e in entries]
    df = Counter(w for t in titles for w in set(t))
    common = {w for w, n in df.items() if n > COMMON * len(entries) and n > 2}
    quotes = [set(words(" ".join(str(s.get("quote", "")) for s in e.get("sources") or []))) | set(t)
              for e, t in zip(entries, titles)]
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        by_date[f"{e.get('date')}|{e.get('mod') or ''}"].append(i)
    found = []
    for members in by_date.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = titles[i], titles[j]
                if len(a) < 2 or len(b) < 2:
                    continue  # "ET", "Libya": page chrome, not a title to compare
                if a == b:
                    found.append(("same title", entries[i], entries[j]))
                    continue
                happening = set(a) & set(b) & heads
                if not happening:
                    continue
                names = lambda t: set(t) - heads - common  # noqa: E731
                if names(a) & quotes[j] or names(b) & quotes[i]:
                    found.append((f"same {'/'.join(sorted(happening))}", entries[i], entries[j]))
    return found


NAME = re.compile(r"(?<=\s)[A-Z][\w'\u2019.-]*")  # a capitalised word inside a title: a name


def named_twins(entries: list[dict]) -> list[tuple[dict, dict]]:
    """The pairs of one date whose titles share a rare name (the wider bound: no rule table read)."""
    names = [{n.lower().rstrip(".") for n in NAME.findall(" " + " ".join(str(e.get("title", "")).split()[1:]))}
             for e in entries]
    df = Counter(n for t in names for n in t)
    rare = [{n for n in t if df[n] <= max(2, COMMON * len(entries))} for t in names]
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        by_date[f"{e.get('date')}|{e.get('mod') or ''}"].append(i)
    return [(entries[i], entries[j]) for members in by_date.values() for x, i in enumerate(members)
            for j in members[x + 1:] if rare[i] & rare[j]]


def report(name: str, entries: list[dict], show: int) -> None:
    named = {id(e) for pair in named_twins(entries) for e in pair}
    pairs = twins(entries)
    flagged = {id(e) for _, a, b in pairs for e in (a, b)}
    same_title = sum(1 for reason, _, _ in pairs if reason == "same title")
    share = len(flagged) / len(entries) if entries else 0.0
    print(f"{name}: {len(entries)} entries · {len(flagged)} with a twin on their date = {share:.3f} "
          f"· pairs {len(pairs)} ({same_title} same title) · sharing a rare name {len(named)} = "
          f"{len(named) / len(entries) if entries else 0.0:.3f}")
    for reason, a, b in pairs[:show]:
        print(f"    {a.get('date')} [{reason}] {str(a.get('title'))[:60]!r} ~ {str(b.get('title'))[:60]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("timelines", nargs="*", type=Path, help="timeline files to score (nothing is built)")
    ap.add_argument("--topics", type=Path, default=find_shared() / TIMELINE17,
                    help="folder of the Timeline17 topics to build")
    ap.add_argument("--out", type=Path, help="where to write the built timelines (default: a temporary folder)")
    ap.add_argument("--list", type=int, default=0, metavar="N", help="print the first N flagged pairs")
    args = ap.parse_args()
    if args.timelines:
        for path in args.timelines:
            report(path.stem, load(path), args.list)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for topic in TOPICS:
            target = out / f"{topic}.yaml"
            subprocess.run([sys.executable, "-m", "timeline", "build", "-q", str(args.topics / topic / "InputDocs"),
                            "-o", str(target)], cwd=REPO, check=False, stderr=subprocess.DEVNULL)
            report(topic, load(target), args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
