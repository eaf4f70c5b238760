#!/usr/bin/env python3
"""TempEval-3 Task A on TimeBank and AQUAINT, with the judged gold errors shown apart.

Usage: python3 benchmarks/bench_timex.py [SHARED_DIR] [--unjudged]
       (default ../shared, relative to the repository)

Runs `timeline dates --format jsonl` over each corpus once and scores it with the matching and
metrics of ../shared/tools/score_timex.py (imported, not copied), so the first line per corpus is
the official figure. The second line sets aside the value errors listed in
benchmarks/timex_gold_audit.yaml as gold errors or conventions the corpora do not share, counting
neither the gold nor our expression, to show how much of the remaining distance is ours.
`--unjudged` lists value errors the audit does not cover. Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import REPO, find_shared  # noqa: E402
AUDIT = Path(__file__).resolve().parent / "timex_gold_audit.yaml"
CORPORA = ("timebank", "aquaint")
SET_ASIDE = ("gold-error", "convention")


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_timex", shared / "tools" / "score_timex.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tag(paths: list[Path]) -> dict[str, list[dict]]:
    out = subprocess.run([sys.executable, "-m", "timeline", "dates", "--format", "jsonl", *map(str, paths)],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    by_doc: dict[str, list[dict]] = collections.defaultdict(list)
    for line in out.splitlines():
        record = json.loads(line)
        by_doc[Path(record["file"]).name].append(record)
    return by_doc


def score(scorer: ModuleType, corpus_dir: Path, audit: dict[tuple[str, str, str], str]) -> dict:
    paths = sorted(corpus_dir.glob("*.tml"))
    by_doc = tag(paths)
    counts = collections.Counter()
    unjudged = []
    for path in paths:
        _, text, gold = scorer.read_tml(path)
        system = sorted(by_doc.get(path.name, []), key=lambda s: (s["start"], s["end"]))
        counts["gold"] += len(gold)
        counts["system"] += len(system)
        counts["strict"] += len(scorer.match(gold, system, overlap=False))
        for g, s in scorer.match(gold, system, overlap=True):
            counts["relaxed"] += 1
            if str(s.get("value", "")).upper() == g["value"].upper():
                counts["value"] += 1
                continue
            words = text[g["start"]:g["end"]]
            kind = audit.get((path.name, words, g["value"]))
            if kind:
                counts[kind] += 1
            else:
                unjudged.append(f"{path.name}: {words!r} gold {g['value']} got {s.get('value')}")
    return {"counts": counts, "unjudged": unjudged, "documents": len(paths)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(find_shared()))
    ap.add_argument("--unjudged", action="store_true", help="list value errors the audit does not cover")
    args = ap.parse_args()
    shared = Path(args.shared)
    scorer = load_scorer(shared)
    audit = {(item["file"], item["text"], item["gold"]): item["kind"]
             for item in yaml.safe_load(AUDIT.read_text(encoding="utf-8"))}
    for corpus in CORPORA:
        result = score(scorer, shared / "data" / "timeml" / corpus, audit)
        c = result["counts"]
        aside = sum(c[k] for k in SET_ASIDE)
        value_f1 = scorer.f1(c["value"], c["system"], c["gold"])[2]
        strict_f1 = scorer.f1(c["strict"], c["system"], c["gold"])[2]
        kept_f1 = scorer.f1(c["value"], c["system"] - aside, c["gold"] - aside)[2]
        judged = ", ".join(f"{k} {c[k]}" for k in (*SET_ASIDE, "ours"))
        relaxed_f1 = scorer.f1(c["relaxed"], c["system"], c["gold"])[2]
        print(f"{corpus:9} official: value F1 {value_f1:.4f} · strict F1 {strict_f1:.4f} · relaxed F1 {relaxed_f1:.4f} "
              f"(documents {result['documents']}, gold {c['gold']}, system {c['system']}, matched strict "
              f"{c['strict']}, relaxed {c['relaxed']}, value {c['value']}; value errors {c['relaxed'] - c['value']})")
        print(f"{'':9} judged value errors: {judged}; unjudged {len(result['unjudged'])}")
        print(f"{'':9} value F1 with the {aside} gold errors and conventions set aside: {kept_f1:.4f}")
        if args.unjudged:
            for line in result["unjudged"]:
                print(f"{'':9}   unjudged: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
