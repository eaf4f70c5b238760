"""The figures tables of docs/measured.md, generated from the suites' JSON in benchmarks/results/.

Usage (from the repository's root):
  python3 -m benchmarks report            rewrite every generated section of the documents below
  python3 -m benchmarks report --check    rewrite nothing; exit 1 naming each section that differs

A generated section sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` in a document;
everything outside the markers is written by hand. Each section is drawn by one function below from the JSON
files it names: a suite's record as `python3 -m benchmarks SUITE` wrote it (its figures parsed from the
lines it printed), or, for readings and runs too long to repeat at will, a file of results/recorded/ (status
"recorded") whose `rows` hold the figures, with the `command` that made them and `source`, where they were
first written down; a new run of such a suite is written down there by whoever runs it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks._shared import REPO, RESULTS

DOCUMENTS = (REPO / "docs" / "measured.md", REPO / "README.md")
SECTION = re.compile(r"(<!-- generated:(?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- /generated:(?P=name) -->)", re.DOTALL)
DEVSET_TOTAL = re.compile(r"^all (?P<set>[\w-]+): required recall \d+/\d+ = (?P<recall>[\d.]+) · "
                          r"precision \d+/\d+ = (?P<precision>[\d.]+)$", re.MULTILINE)
# F1 is drawn from the counts (2 x matched / (system + gold)), not from the 4 decimals printed: no double rounding
TIMEX_LINE = re.compile(r"^(?P<corpus>\w+)\s+official: .*\(documents (?P<documents>\d+), gold (?P<gold>\d+), "
                        r"system (?P<system>\d+), matched strict (?P<strict>\d+), relaxed (?P<relaxed>\d+), "
                        r"value (?P<value>\d+);", re.MULTILINE)
STARTUP_LINE = re.compile(r"^(?P<name>timeline --help|python -c 'import dateparser')\s+(?P<wall>[\d.]+) ms wall\s+"
                          r"(?P<cpu>[\d.]+) ms CPU$", re.MULTILINE)


class MissingResult(Exception):
    """A section's JSON file is absent or lacks the figures the section shows."""


def load(name: str, results: Path) -> dict[str, Any]:
    """A suite's record as the runner wrote it (results/NAME.json)."""
    path = results / f"{name}.json"
    if not path.is_file():
        raise MissingResult(f"{path} is absent (run: python3 -m benchmarks {name})")
    return json.loads(path.read_text(encoding="utf-8"))


def load_recorded(name: str, results: Path) -> dict[str, Any]:
    """Figures written down once (results/recorded/NAME.json): a rerun of the suite does not overwrite them."""
    path = results / "recorded" / f"{name}.json"
    if not path.is_file():
        raise MissingResult(f"{path} is absent")
    return json.loads(path.read_text(encoding="utf-8"))


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows]) + "\n"


def bold(text: str, on: bool) -> str:
    return f"**{text}**" if on and text else text


def devsets(results: Path) -> str:
    """Required recall / precision of every article set now (bench_devsets) beside the recorded earlier runs."""
    totals = DEVSET_TOTAL.finditer(load("bench_devsets", results)["stdout"])
    now = {m["set"]: f"{m['recall']} / {m['precision']}" for m in totals}
    history = load_recorded("devsets_history", results)
    rows = []
    for row in history["rows"]:
        if row["set"] not in now:
            raise MissingResult(f"bench_devsets.json has no total for {row['set']} (run it with --sets all)")
        newest = bool(row.get("newest"))
        rows.append([bold(row["set"], newest), bold(now[row["set"]], newest), row["first_blind"], row["session_start"]])
    return table(["set", "now", "first measured (blind)", "at this session's start"], rows)


def timex(results: Path) -> str:
    """TempEval-3 Task A figures of each corpus (bench_timex) beside HeidelTime's as recorded."""
    found = {m["corpus"]: m for m in TIMEX_LINE.finditer(load("bench_timex", results)["stdout"])}
    peer = load_recorded("heideltime", results)
    rows = []
    for row in peer["rows"]:
        ours = found.get(row["corpus"])
        if ours is None:
            raise MissingResult(f"bench_timex.json has no line for {row['corpus']}")
        gold, system = int(ours["gold"]), int(ours["system"])
        f1 = {kind: f"{2 * int(ours[kind]) / (gold + system):.3f}" for kind in ("value", "strict", "relaxed")}
        rows.append([f"{row['label']} ({ours['documents']} documents, {gold:,} TIMEX3)", bold(f1["value"], True),
                     bold(f1["strict"], True), f1["relaxed"], f"{row['value']} / {row['strict']}"])
    return table(["corpus", "value F1", "strict F1", "relaxed F1", "HeidelTime here: value / strict"], rows)


def recorded(name: str, header: list[str], columns: list[str]) -> Callable[[Path], str]:
    """A section whose rows are a recorded JSON file's `rows`, one column a key."""

    def draw(results: Path) -> str:
        record = load_recorded(name, results)
        return table(header, [[bold(str(row[key]), key in row.get("bold", ())) for key in columns]
                              for row in record["rows"]])

    draw.__doc__ = f"The rows of results/recorded/{name}.json (a row's `bold` names the cells set in bold)."
    return draw


def startup(results: Path) -> str:
    """The start-up sentence: `timeline --help` beside importing dateparser alone (bench_startup)."""
    found = {m["name"]: m for m in STARTUP_LINE.finditer(load("bench_startup", results)["stdout"])}
    if len(found) != 2:
        raise MissingResult("bench_startup.json lacks its timeline --help or dateparser line")
    ours, peer = found["timeline --help"], found["python -c 'import dateparser'"]
    return (f"**Start-up** (`python3 -m benchmarks startup`, medians): `timeline --help` takes "
            f"{float(ours['cpu']):.0f} ms of CPU ({float(ours['wall']):.0f} ms wall); `python -c \"import dateparser\"` alone takes "
            f"{float(peer['cpu']):.0f} ms of CPU ({float(peer['wall']):.0f} ms wall). On this shared machine the wall "
            f"time moves with the other jobs; the CPU time is the figure to compare.\n")


SECTIONS: dict[str, Callable[[Path], str]] = {
    "devsets": devsets,
    "timex": timex,
    "tls": recorded("bench_tls", ["5 development topics", "date F1", "AR1", "AR2"], ["run", "date_f1", "ar1", "ar2"]),
    "audit": recorded("audit_readings", ["build", "sample", "event precision", "dates right",
                                          "titles printable (as is / one edit)", "duplicates"],
                      ["build", "sample", "event_precision", "dates_right", "titles_printable", "duplicates"]),
    "duplicates": recorded("bench_duplicates", ["topic", "entries before / after word families",
                                                "estimated twins before / after"], ["topic", "entries", "twins"]),
    "startup": startup,
}


def regenerate(text: str, results: Path) -> tuple[str, list[str]]:
    """`text` with every generated section drawn anew, and the names of the sections that changed."""
    changed: list[str] = []

    def draw(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in SECTIONS:
            raise MissingResult(f"no section called {name!r} (known: {', '.join(SECTIONS)})")
        body = SECTIONS[name](results)
        if body != match["body"]:
            changed.append(name)
        return match.group(1) + body + match.group(4)

    return SECTION.sub(draw, text), changed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m benchmarks report", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a section differs")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON is (default benchmarks/results)")
    options = parser.parse_args(argv)
    stale = []
    try:
        for document in DOCUMENTS:
            text = document.read_text(encoding="utf-8")
            new, changed = regenerate(text, options.results)
            stale += [f"{document.relative_to(REPO)}: {name}" for name in changed]
            if changed and not options.check:
                document.write_text(new, encoding="utf-8")
    except MissingResult as error:
        print(f"python3 -m benchmarks report: {error}", file=sys.stderr)
        return 1
    for line in stale:
        print(f"{'differs from its JSON' if options.check else 'rewritten'}: {line}", file=sys.stderr)
    return 1 if options.check and stale else 0
