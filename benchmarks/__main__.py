"""Run the benchmark suites: every script benchmarks/NAME.py is a suite.

Usage (from the repository's root):
  python3 -m benchmarks                        list the suites, what each measures, whether ../shared has what it needs
  python3 -m benchmarks SUITE... [-- ARGS]     run them (SUITE: `bench_startup`, `startup` or `bench_startup.py`)
  python3 -m benchmarks --all                  run every suite
  python3 -m benchmarks report [--check]       draw the figures tables of docs/measured.md from the JSON
Options: --shared DIR (default $TIMELINE_SHARED, else ../shared beside the repository), --out DIR (default
benchmarks/results). ARGS after `--` go to every suite run.

Each suite's output passes through as it runs; its stdout, stderr, exit code, wall and CPU time, and the
lines of its stdout that carry figures (with their numbers) are written to OUT/SUITE.json. A suite that
needs ../shared is skipped with one line naming what is absent. Exit codes: 0 every suite ran and exited
0, 1 a suite failed or was skipped, 2 usage (an unknown suite).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import resource
import shlex
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

from benchmarks import _report, _shared

HERE = Path(__file__).resolve().parent
NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")  # 1,440 / 0.83 / 56.3 (ms) / 25 (x); not d2_coup
# suites that need an argument to run at all, and the one that shows them on this checkout
DEFAULT_ARGUMENTS: dict[str, list[str]] = {"bench_titles": ["timeline.yaml"], "bench_glued": ["timeline.yaml"],
                                         "bench_unnamed": ["timeline.yaml"], "bench_devsets": ["--sets", "all"]}


def suites() -> dict[str, Path]:
    """Every benchmark script by suite name (file name without .py), sorted; helpers (`_*.py`) are not suites."""
    return {p.stem: p for p in sorted(HERE.glob("*.py")) if not p.name.startswith("_")}


def summary(path: Path) -> str:
    """The first line of the script's docstring: what it measures."""
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def resolve(name: str, known: dict[str, Path]) -> str | None:
    stem = name.removesuffix(".py").rsplit("/", 1)[-1]
    for candidate in (stem, f"bench_{stem}"):
        if candidate in known:
            return candidate
    return None


def list_suites(known: dict[str, Path], shared: Path) -> None:
    for name, path in known.items():
        absent = _shared.missing(name, shared)
        if not _shared.needs_shared(name):
            where = "self-contained"
        elif absent:
            where = f"needs {shared} (absent: {', '.join(absent)})"
        else:
            where = f"uses {shared}"
        print(f"{name:20} {summary(path)}\n{'':20} [{where}]")


def figures(stdout: str) -> list[dict[str, object]]:
    """Each stdout line that carries a number, with its numbers: what a later run is compared on."""
    found = []
    for line in stdout.splitlines():
        numbers = [float(n.replace(",", "")) for n in NUMBER.findall(line)]
        if numbers:
            found.append({"line": line.rstrip(), "numbers": numbers})
    return found


def _tee(source: IO[str], sink: IO[str], kept: list[str]) -> None:
    for line in source:
        sink.write(line)
        sink.flush()
        kept.append(line)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_suite(name: str, path: Path, shared: Path, extra: list[str]) -> dict[str, object]:
    record: dict[str, object] = {"suite": name, "shared": str(shared) if _shared.needs_shared(name) else None,
                                 "started": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    absent = _shared.missing(name, shared)
    if absent:
        message = f"{name}: skipped: needs {', '.join(absent)}, which is absent (--shared DIR or ${_shared.ENV})"
        print(message, file=sys.stderr)
        return record | {"status": "skipped", "reason": message}
    arguments = _shared.shared_arguments(name, shared) + (extra or DEFAULT_ARGUMENTS.get(name, []))
    command = [sys.executable, str(path.relative_to(_shared.REPO)), *arguments]
    print(f"== {name}: {shlex.join(command)}", file=sys.stderr, flush=True)
    out: list[str] = []
    err: list[str] = []
    cpu, start = _children_cpu(), time.perf_counter()
    with subprocess.Popen(command, cwd=_shared.REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, encoding="utf-8", errors="replace") as proc:
        readers = [threading.Thread(target=_tee, args=(proc.stdout, sys.stdout, out)),
                   threading.Thread(target=_tee, args=(proc.stderr, sys.stderr, err))]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join()
        code = proc.wait()
    stdout = "".join(out)
    return record | {
        "command": shlex.join(command),
        "status": "ok" if code == 0 else "failed",
        "exit_code": code,
        "wall_seconds": round(time.perf_counter() - start, 3),
        "cpu_seconds": round(_children_cpu() - cpu, 3),
        "figures": figures(stdout),
        "stdout": stdout,
        "stderr": "".join(err),
    }


def write_record(record: dict[str, object], out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{record['suite']}.json"
    target.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(prog="python3 -m benchmarks", description=__doc__.splitlines()[0],
                                     epilog="Without SUITE (and without --all): list the suites.")
    parser.add_argument("suites", nargs="*", metavar="SUITE")
    parser.add_argument("--all", action="store_true", help="run every suite")
    parser.add_argument("--shared", help=f"the shared folder (default ${_shared.ENV}, else ../shared)")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="where the JSON goes")
    return parser.parse_args(argv), extra


def main(argv: list[str]) -> int:
    if argv[:1] == ["report"]:
        return _report.main(argv[1:])
    options, extra = parse(argv)
    known = suites()
    shared = _shared.find_shared(options.shared)
    if not options.suites and not options.all:
        list_suites(known, shared)
        return 0
    chosen = list(known) if options.all else [resolve(name, known) for name in options.suites]
    unknown = [name for name, found in zip(options.suites, chosen) if found is None]
    if unknown:
        print(f"python3 -m benchmarks: unknown suite {', '.join(unknown)} (run it without arguments for the list)",
              file=sys.stderr)
        return 2
    worst = 0
    for name in chosen:
        assert name is not None
        record = run_suite(name, known[name], shared, extra)
        target = write_record(record, options.out)
        print(f"== {name}: {record['status']}"
              + (f" (exit {record['exit_code']}, {record['wall_seconds']} s)" if "exit_code" in record else "")
              + f" -> {target.relative_to(_shared.REPO) if target.is_relative_to(_shared.REPO) else target}",
              file=sys.stderr)
        worst = max(worst, 0 if record["status"] == "ok" else 1)
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
