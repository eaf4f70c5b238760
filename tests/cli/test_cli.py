"""The command line end to end, through click's CliRunner, on small articles written for the tests."""

import json
import os

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli

ARTICLE_A = """---
published: "2019-09-18"
title: "Harbour strike ends"
source: "Test Wire"
---
Dock workers ended their strike at the northern harbour on Monday after the union accepted a pay offer.
The union had called the strike in August, citing unpaid overtime.
Shipping companies say the backlog isn't large today.
"""

ARTICLE_B = """---
published: "2019-09-20"
---
The strike at the northern harbour, which ended on September 16, cost exporters millions.
Port officials will publish a report on the losses next month.
"""


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour-a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "harbour-b.md").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def invoke(args, cwd):
    """Run `timeline ARGS` in folder `cwd`, stderr kept apart from stdout."""
    runner = CliRunner()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(cli, args, catch_exceptions=False)
    finally:
        os.chdir(old)


def test_build_writes_yaml_and_prints_table(corpus, tmp_path):
    result = invoke(["build", str(corpus)], tmp_path)
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((tmp_path / "timeline.yaml").read_text(encoding="utf-8"))
    dates = [e["date"] for e in data["events"]]
    assert "2019-09-16" in dates and "2019-08" in dates
    assert dates == sorted(dates, key=lambda d: d)  # chronological, a month before the days inside it
    strike = [e for e in data["events"] if e["date"] == "2019-09-16"]
    assert len(strike) == 1
    assert {s["article"] for s in strike[0]["sources"]} == {"harbour-a", "harbour-b"}
    assert "2019-09-16" in result.stdout and "date" in result.stdout.splitlines()[0]
    assert "isn't large" not in (tmp_path / "timeline.yaml").read_text(encoding="utf-8")


def test_build_is_byte_identical_on_rebuild(corpus, tmp_path):
    invoke(["build", str(corpus), "-o", "one.yaml"], tmp_path)
    first = (tmp_path / "one.yaml").read_bytes()
    invoke(["build", str(corpus), "-o", "one.yaml"], tmp_path)
    assert (tmp_path / "one.yaml").read_bytes() == first


def test_build_to_stdout_prints_only_yaml(corpus, tmp_path):
    result = invoke(["build", str(corpus), "-o", "-"], tmp_path)
    assert result.exit_code == 0
    assert yaml.safe_load(result.stdout)["events"]
    assert not (tmp_path / "timeline.yaml").exists()


@pytest.mark.parametrize("fmt", ["github", "pipe", "grid", "html", "latex", "tsv", "plain", "csv", "json"])
def test_show_formats(corpus, tmp_path, fmt):
    invoke(["build", str(corpus), "-q"], tmp_path)
    result = invoke(["show", "--format", fmt], tmp_path)
    assert result.exit_code == 0
    assert "2019-09-16" in result.stdout
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert {"date", "mod", "title", "sources", "conflicts"} <= set(rows[0])
        for source in (s for row in rows for s in row["sources"]):  # each source: its article, quote and date phrase
            assert {"article", "published", "quote", "expression"} <= set(source)
            assert source["expression"] in source["quote"]


def test_show_filters(corpus, tmp_path):
    invoke(["build", str(corpus), "-q"], tmp_path)
    since = invoke(["show", "--since", "2019-09", "--format", "csv"], tmp_path).stdout
    assert "2019-09-16" in since and "2019-08" not in since
    until = invoke(["show", "--until", "2019-08", "--format", "csv"], tmp_path).stdout
    assert "2019-08" in until and "2019-09-16" not in until
    by_source = invoke(["show", "--source", "harbour-b", "--format", "csv"], tmp_path).stdout
    assert "2019-08," not in by_source and "2019-09-16" in by_source
    grep = invoke(["show", "--grep", "overtime", "--format", "csv"], tmp_path).stdout
    assert grep.count("\n") == 2 and "2019-08" in grep


def test_dates_jsonl(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("The vote was held on Monday, 14 months after the crisis began.", encoding="utf-8")
    result = invoke(["dates", "--dct", "2016-05-25", "--format", "jsonl", str(path)], tmp_path)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    monday = [r for r in rows if r["text"] == "Monday"]
    assert monday and monday[0]["value"] == "2016-05-23" and monday[0]["type"] == "DATE"
    body = path.read_text(encoding="utf-8")
    assert all(body[r["start"]:r["end"]] == r["text"] for r in rows)


@pytest.mark.parametrize("args,needle", [
    (["build", "--format", "nope"], "nope"),
    (["show", "missing.yaml"], "missing.yaml"),
    (["show", "--since", "soon"], "soon"),
])
def test_usage_errors_are_one_line_and_exit_2(corpus, tmp_path, args, needle):
    if args[0] == "show" and "--since" in args:
        invoke(["build", str(corpus), "-q"], tmp_path)
    result = invoke(args, tmp_path)
    assert result.exit_code == 2
    assert needle in result.stderr and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_nonexistent_path_is_skipped_like_any_unreadable_input(corpus, tmp_path):
    alone = invoke(["build", "no/such/folder"], tmp_path)
    assert alone.exit_code == 1 and alone.stdout == ""
    assert "no/such/folder" in alone.stderr and len(alone.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "timeline.yaml").exists()
    among = invoke(["build", str(corpus), "no/such/folder", "-q"], tmp_path)
    assert among.exit_code == 1
    assert [line for line in among.stderr.splitlines() if "no/such/folder" in line] == \
        ["timeline: skipped no/such/folder: no such file or directory"]
    assert "2019-09-16" in (tmp_path / "timeline.yaml").read_text(encoding="utf-8")


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke(["build", "empty"], tmp_path)
    assert result.exit_code == 1
    assert "empty" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "timeline.yaml").exists()


def test_article_without_date_is_skipped_and_named(corpus, tmp_path):
    (corpus / "undated.txt").write_text("Something happened somewhere, nobody knows when.\n", encoding="utf-8")
    result = invoke(["build", str(corpus), "-q"], tmp_path)
    assert result.exit_code == 1
    assert "undated.txt" in result.stderr
    assert (tmp_path / "timeline.yaml").exists()
    strict = invoke(["build", str(corpus), "-o", "strict.yaml", "--strict"], tmp_path)
    assert strict.exit_code == 1 and not (tmp_path / "strict.yaml").exists()


def test_non_utf8_file_is_read_with_a_warning(corpus, tmp_path):
    (corpus / "latin.txt").write_bytes(
        b"---\npublished: \"2019-09-19\"\n---\nThe caf\xe9 owners' association protested on Tuesday against the closure.\n")
    result = invoke(["build", str(corpus), "-q"], tmp_path)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "caf\u00e9" in (tmp_path / "timeline.yaml").read_text(encoding="utf-8")


def test_help_teaches():
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert result.exit_code == 0
    for word in ("--top", "--format", "--published", "Examples"):
        assert word in result.stdout


@pytest.mark.slow
def test_output_does_not_depend_on_hash_seed_or_file_order(corpus, tmp_path):
    import subprocess
    import sys

    outputs = []
    for seed, order in (("1", [corpus / "harbour-a.txt", corpus / "harbour-b.md"]),
                        ("4242", [corpus / "harbour-b.md", corpus / "harbour-a.txt"])):
        out = tmp_path / f"seed-{seed}.yaml"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "timeline", "build", *map(str, order), "-o", str(out), "-q"],
                       check=True, env=env, cwd=tmp_path)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_jobs_give_the_same_output(corpus, tmp_path):
    one = invoke(["build", str(corpus), "-o", "one.yaml", "-q"], tmp_path)
    two = invoke(["build", str(corpus), "-o", "two.yaml", "-q", "--jobs", "2"], tmp_path)
    assert one.exit_code == two.exit_code == 0
    assert (tmp_path / "one.yaml").read_bytes() == (tmp_path / "two.yaml").read_bytes()


@pytest.mark.parametrize("sentence", [
    "Rebels captured Sirte in March and will hold elections in November.",   # a planned event beside a past one
    "Rebels seized Sirte in 2015, and troops entered Misrata in 2015.",     # one date phrase, two events
    "Rebels seized Sirte on May 2 and will attack Tripoli on June 3.",
])
def test_a_rebuild_on_unchanged_articles_changes_nothing(tmp_path, sentence):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "x.txt").write_text(f"---\npublished: 2016-05-25\n---\n{sentence}\n", encoding="utf-8")
    invoke(["build", str(folder), "-q"], tmp_path)
    first = (tmp_path / "timeline.yaml").read_text(encoding="utf-8")
    invoke(["build", str(folder), "-q"], tmp_path)
    assert (tmp_path / "timeline.yaml").read_text(encoding="utf-8") == first
    assert "\n  conflicts:" not in first


def test_a_rebuild_keeps_undated_mentions_where_they_were(corpus, tmp_path):
    (corpus / "harbour-c.txt").write_text(
        "---\npublished: \"2019-09-21\"\n---\nDock workers at the northern harbour ended their strike after the union "
        "accepted a pay offer.\nThe union had called the strike, citing unpaid overtime.\n", encoding="utf-8")
    invoke(["build", str(corpus), "-q"], tmp_path)
    first = (tmp_path / "timeline.yaml").read_text(encoding="utf-8")
    invoke(["build", str(corpus), "-q"], tmp_path)
    assert (tmp_path / "timeline.yaml").read_text(encoding="utf-8") == first


def test_show_source_names_one_article_even_when_file_names_repeat(tmp_path):
    for day, text in (("2016-05-01", "Rebels seized the airport in 2015."), ("2016-05-02", "Floods closed the port in 2014.")):
        folder = tmp_path / "src" / day
        folder.mkdir(parents=True)
        (folder / "1.txt").write_text(text + "\n", encoding="utf-8")
    invoke(["build", str(tmp_path / "src"), "-o", "src.yaml", "-q"], tmp_path)
    shown = invoke(["show", "src.yaml", "--source", "2016-05-01/1", "--format", "csv"], tmp_path).stdout
    assert "2016-05-01/1" in shown and "2016-05-02/1" not in shown
    by_file = invoke(["show", "src.yaml", "--source", str(tmp_path / "src" / "2016-05-02" / "1.txt"), "--format", "csv"],
                     tmp_path).stdout
    assert "2016-05-02/1" in by_file and "2016-05-01/1" not in by_file
