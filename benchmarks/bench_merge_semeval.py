#!/usr/bin/env python3
"""Cross-document event merging against SemEval-2015 Task 4 (TimeLine) trial data.

Usage: python3 benchmarks/bench_merge_semeval.py [DATA_DIR]
       (default ../shared/data/semeval2015-task4-trial, relative to the repository)

The data: 30 Wikinews TimeML articles about Apple and 6 gold timelines; each gold line lists the
mentions (`doc-sentence-token`) of one event, often from several documents. We read the .tml
articles with timeline.read, extract events with timeline.events.extract and merge them with
timeline.merge.merge (the article body is rebuilt from the gold <s> sentences, one per line, since the
TimeML TEXT runs them together without spaces), then map each source back to a gold mention: the gold sentence(s) the quote
covers, and in them the mention whose token matches the event's trigger (or the only mention there).
Among the gold mentions the tool dates (mapped to some entry), a pair is a predicted link when both
sit on one entry and a gold link when both sit on one gold line. Prints pairwise precision, recall
and F1 (all links, and cross-document links only) and how many gold mentions were mapped. Figures
only: no thresholds.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import itertools
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import find_shared  # noqa: E402
from timeline.events import extract  # noqa: E402
from timeline.merge import merge  # noqa: E402
from timeline.read import read_articles  # noqa: E402
from timeline.errors import TimelineError  # noqa: E402

SENTENCE = re.compile(r'<s id="(\d+)">(.*?)</s>', re.S)
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")

Mention = tuple[str, int, str]  # (doc id, sentence id, token)


def norm(text: str) -> str:
    return SPACE.sub("", text).lower()


def doc_id(name: str) -> str:
    return re.match(r"\d+", name).group()


def gold_sentences(tml: Path) -> dict[int, str]:
    raw = tml.read_text(encoding="utf-8")
    body = raw.split("<TEXT>", 1)[-1]
    return {int(n): html.unescape(TAG.sub("", s)) for n, s in SENTENCE.findall(body)}


def gold_lines(folder: Path, sentences: dict[str, dict[int, str]]) -> tuple[list[list[Mention]], dict[Mention, str]]:
    """The gold timelines' lines (mentions of one event) and each mention's gold date."""
    lines, dates = [], {}
    for path in sorted(folder.glob("*.txt")):
        for row in path.read_text(encoding="utf-8").splitlines()[1:]:
            cells = row.split("\t")
            mentions = []
            for cell in cells[2:]:
                doc, sent, token = cell.split("-", 2)
                if token.isdigit():  # a token position (whitespace split) rather than the token itself
                    words = sentences.get(doc, {}).get(int(sent), "").split()
                    token = words[int(token)] if int(token) < len(words) else token
                mention = (doc, int(sent), token.lower())
                mentions.append(mention)
                dates[mention] = cells[1] if len(cells) > 1 else ""
            if mentions:
                lines.append(mentions)
    return lines, dates


def stem_match(token: str, trigger: str) -> bool:
    n = min(len(token), len(trigger), 5)
    return n >= 3 and token[:n] == trigger[:n]


def pairs(groups: list[set[Mention]], cross_only: bool) -> set[frozenset[Mention]]:
    out = set()
    for group in groups:
        for a, b in itertools.combinations(sorted(group), 2):
            if not cross_only or a[0] != b[0]:
                out.add(frozenset((a, b)))
    return out


def prf(pred: set, gold: set) -> tuple[float, float, float]:
    hit = len(pred & gold)
    p = hit / len(pred) if pred else 0.0
    r = hit / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(find_shared() / "data/semeval2015-task4-trial"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list the links found, missed and wrong")
    args = ap.parse_args()
    data = Path(args.data)
    corpus = data / "Corpus-trial-data_task4_TimeML"
    tmls = sorted(corpus.glob("*.tml"))
    sentences = {doc_id(p.name): gold_sentences(p) for p in tmls}
    lines, gold_date = gold_lines(data / "TimeLines_trial_data_task4_v1.2", sentences)
    by_sentence: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for line in lines:
        for m in line:
            by_sentence[(m[0], m[1])].append(m)

    start = time.perf_counter()
    events, doc_of = [], {}
    for item in read_articles([str(p) for p in tmls]):
        if isinstance(item, TimelineError):
            print(f"skipped: {item}", file=sys.stderr)
            continue
        doc = doc_id(Path(item.path or item.id).name)
        doc_of[item.id] = doc
        # the TimeML TEXT has no space between its <s> elements ("2010Yesterday"): the reader keeps the
        # character content as is (offsets), so give the sentence splitter the gold sentence breaks
        body = "\n".join(sentences[doc][n] for n in sorted(sentences[doc]))
        events.extend(extract(dataclasses.replace(item, body=body)))
    entries = merge(events)
    took = time.perf_counter() - start

    def mention_of(article: str, quote: str, trigger: str, date: str) -> Mention | None:
        """The gold mention a source stands for: in the sentence(s) it quotes, the one whose token is
        the event's trigger, else the one whose gold date agrees with the entry's, else the only one."""
        doc = doc_of.get(article, "")
        q = norm(quote)
        hits = [n for n, s in sentences.get(doc, {}).items() if norm(s) and (norm(s) in q or q in norm(s))]
        candidates = sorted({m for n in hits for m in by_sentence.get((doc, n), [])})
        for test in (lambda m: stem_match(m[2], trigger.lower()),
                     lambda m: bool(date) and (gold_date[m].startswith(date) or date.startswith(gold_date[m]))):
            chosen = [m for m in candidates if test(m)]
            if chosen:
                return chosen[0]
        return candidates[0] if len(candidates) == 1 else None

    trigger_of = {(e.article, e.source.quote, e.source.expression): e.trigger for e in events}
    predicted: list[set[Mention]] = []
    for entry in entries:
        group = set()
        for s in entry.sources:
            m = mention_of(s.article, s.quote, trigger_of.get((s.article, s.quote, s.expression), ""), entry.date)
            if m is not None:
                group.add(m)
        predicted.append(group)
    dated = set().union(*predicted) if predicted else set()
    gold_groups = [{m for m in line if m in dated} for line in lines]
    all_gold = {m for line in lines for m in line}

    print(f"{len(tmls)} articles, {len(events)} events, {len(entries)} entries, "
          f"{sum(1 for e in entries if e.reports > 1)} entries from 2+ articles · {took:.1f} s")
    print(f"gold mentions dated by the tool: {len(dated)}/{len(all_gold)}")
    for label, cross in (("all links", False), ("cross-document links", True)):
        pred, gold = pairs(predicted, cross), pairs(gold_groups, cross)
        p, r, f = prf(pred, gold)
        full = pairs([set(line) for line in lines], cross)
        print(f"{label}: predicted {len(pred)} · gold among dated mentions {len(gold)} (of {len(full)}) · "
              f"P {p:.3f} R {r:.3f} F1 {f:.3f} · recall of all gold links {len(pred & full) / len(full) if full else 0:.3f}")
        if args.verbose:
            for name, links in (("found", pred & gold), ("missed", gold - pred), ("wrong", pred - gold)):
                for link in sorted(sorted(link) for link in links):
                    print(f"  {name}: " + "  ~  ".join(f"{d}-{n}-{t} [{gold_date.get((d, n, t), '')}] "
                                                     f"{sentences[d].get(n, '')[:60]!r}" for d, n, t in link))
    return 0


if __name__ == "__main__":
    sys.exit(main())
