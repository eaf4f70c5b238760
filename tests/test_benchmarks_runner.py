"""`python3 -m benchmarks`: every script is a suite, ../shared is found one way, a suite that lacks it is skipped."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the runner is run from the repository's root, not installed

from benchmarks import _report, _shared  # noqa: E402
from benchmarks.__main__ import figures, main, resolve, suites  # noqa: E402


def test_every_script_is_a_suite_and_every_need_names_a_script() -> None:
    known = suites()
    assert set(known) == {p.stem for p in (REPO / "benchmarks").glob("*.py") if not p.name.startswith("_")}
    assert set(_shared.NEEDS) <= set(known)
    assert resolve("startup", known) == resolve("bench_startup.py", known) == "bench_startup"
    assert resolve("check_rebuild", known) == "check_rebuild"
    assert resolve("nosuch", known) is None


def test_the_shared_folder_is_the_option_then_the_environment_then_beside_the_repository(monkeypatch, tmp_path):
    monkeypatch.delenv(_shared.ENV, raising=False)
    assert _shared.find_shared() == (REPO.parent / "shared").resolve()
    monkeypatch.setenv(_shared.ENV, str(tmp_path / "env"))
    assert _shared.find_shared() == tmp_path / "env"
    assert _shared.find_shared(str(tmp_path / "option")) == tmp_path / "option"


def test_a_suite_that_needs_shared_names_what_is_absent(tmp_path: Path) -> None:
    assert _shared.missing("bench_hostile", tmp_path) == []
    assert _shared.missing("bench_tls", tmp_path) == [str(tmp_path / "data/timeline17"),
                                                      str(tmp_path / "tools/score_tls.py")]
    assert _shared.shared_arguments("bench_scale", tmp_path) == ["--shared", str(tmp_path)]
    assert _shared.shared_arguments("bench_hostile", tmp_path) == []


def test_running_a_suite_without_shared_skips_it_with_a_record(tmp_path: Path, capsys) -> None:
    out = tmp_path / "results"
    assert main(["--shared", str(tmp_path), "--out", str(out), "devsets"]) == 1
    record = json.loads((out / "bench_devsets.json").read_text(encoding="utf-8"))
    assert record["status"] == "skipped"
    assert str(tmp_path / "tools/score_timeline.py") in record["reason"]
    assert "bench_devsets: skipped: needs" in capsys.readouterr().err


def test_a_self_contained_suite_runs_and_its_figures_are_kept(tmp_path: Path) -> None:
    out = tmp_path / "results"
    assert main(["--out", str(out), "titles", "--", str(REPO / "timeline.yaml")]) == 0
    record = json.loads((out / "bench_titles.json").read_text(encoding="utf-8"))
    assert record["status"] == "ok" and record["exit_code"] == 0
    assert record["stdout"].splitlines()[0].split()[:2] == ["file", "entries"]
    total = next(f for f in record["figures"] if f["line"].startswith("total"))
    assert total["numbers"][0] == len([line for line in (REPO / "timeline.yaml").read_text(encoding="utf-8")
                                       .splitlines() if line.startswith("- id: ")])


def test_an_unknown_suite_is_a_usage_error(capsys) -> None:
    assert main(["nosuch"]) == 2
    assert "unknown suite nosuch" in capsys.readouterr().err


def test_figures_are_the_numbers_of_each_line() -> None:
    assert figures("ratio: 1.3x\nd2_coup: recall 1.00 (6/6 required)\nno figure\n1,440 events") == [
        {"line": "ratio: 1.3x", "numbers": [1.3]},
        {"line": "d2_coup: recall 1.00 (6/6 required)", "numbers": [1.0, 6.0, 6.0]},
        {"line": "1,440 events", "numbers": [1440.0]},
    ]


# ------------------------------------------------------------------------ the generated figures tables


def test_the_generated_tables_are_those_their_json_draws() -> None:
    """docs/measured.md's tables between generated markers are what `python3 -m benchmarks report` draws now."""
    assert _report.main(["--check"]) == 0


def test_every_section_has_its_markers_and_is_drawn_from_its_json() -> None:
    text = (REPO / "docs" / "measured.md").read_text(encoding="utf-8")
    assert sorted(m["name"] for m in _report.SECTION.finditer(text)) == sorted(_report.SECTIONS)
    devsets = next(m["body"] for m in _report.SECTION.finditer(text) if m["name"] == "devsets")
    record = json.loads((_shared.RESULTS / "bench_devsets.json").read_text(encoding="utf-8"))
    dev = re.search(r"^all dev: required recall \d+/\d+ = ([\d.]+) · precision \d+/\d+ = ([\d.]+)$",
                    record["stdout"], re.MULTILINE)
    assert f"| dev | {dev[1]} / {dev[2]} |" in devsets


def test_a_new_result_rewrites_its_section(tmp_path: Path) -> None:
    results = tmp_path / "results"
    shutil.copytree(_shared.RESULTS, results)
    record = json.loads((results / "bench_devsets.json").read_text(encoding="utf-8"))
    record["stdout"] = re.sub(r"(?m)^all heldout-3: .*$", "all heldout-3: required recall 27/27 = 1.00 · "
                              "precision 95/95 = 1.00", record["stdout"])
    (results / "bench_devsets.json").write_text(json.dumps(record), encoding="utf-8")
    text = (REPO / "docs" / "measured.md").read_text(encoding="utf-8")
    new, changed = _report.regenerate(text, results)
    assert changed == ["devsets"]
    assert "| heldout-3 | 1.00 / 1.00 |" in new and "| heldout-3 | 1.00 / 1.00 |" not in text


def test_a_missing_result_is_one_line_naming_it(tmp_path: Path, capsys) -> None:
    (tmp_path / "recorded").mkdir()
    assert _report.main(["--check", "--results", str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("python3 -m benchmarks report: ")


def test_the_data_readme_counts_each_set() -> None:
    """benchmarks/data/README.md's table: topics, articles and gold events (required) of each set as they are."""
    rows = re.findall(r"^\| `([\w-]+)/` \| (\d+) \| (\d+) \| (\d+) \((\d+)\) \|", (_shared.DATA / "README.md")
                      .read_text(encoding="utf-8"), re.MULTILINE)
    assert [row[0] for row in rows] == ["dev"] + [f"heldout-{n}" for n in range(1, 8)]
    for name, topics, articles, events, required in rows:
        golds = sorted((_shared.DATA / name).glob("*/gold.yaml"))
        assert len(golds) == int(topics)
        assert len(list((_shared.DATA / name).glob("*/*.txt"))) == int(articles)
        gold_events = [e for g in golds for e in yaml.safe_load(g.read_text(encoding="utf-8"))["events"]]
        assert len(gold_events) == int(events)
        assert sum(1 for e in gold_events if e.get("required")) == int(required)
