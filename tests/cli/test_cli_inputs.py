"""The command line as a demanding new user meets it: bad and real-world inputs, exit codes, stderr/stdout
discipline and the files left behind. Every fixture is written into tmp_path by the test itself.

Complements tests/cli/test_cli.py (happy path, formats of `show`, basic filters and usage errors) and the
reader-level tests in tests/read/test_read.py: here everything goes through `timeline ...` (click's CliRunner, or a
real process where only a real process shows the behaviour: a closed pipe, PYTHONHASHSEED)."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli

GOOD = """---
published: "2016-05-25"
title: "Fallujah offensive"
---
The army launched an offensive on Fallujah on Monday after weeks of preparation.
"""

UNDATED = "The harbour authority closed the northern docks on Monday after the storm.\n"


def run(args: list[str], cwd: Path, input: str | bytes | None = None):
    """`timeline ARGS` in folder `cwd`; stderr kept apart from stdout; a crash fails the test loudly."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, args, input=input, catch_exceptions=False)
    finally:
        os.chdir(old)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    return result


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


# ------------------------------------------------------------------------------------------- usage errors


def test_default_folder_missing_is_one_line_exit_2(tmp_path):
    result = run(["build"], tmp_path)
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        "timeline: error: no articles/ folder here: name the files or folders to read (timeline build PATH...)"]
    assert result.stdout == "" and not (tmp_path / "timeline.yaml").exists()


def test_one_missing_path_among_good_ones_is_skipped_like_any_unreadable_input(corpus, tmp_path):
    result = run(["build", str(corpus), "gone.txt", "-q"], tmp_path)
    assert result.exit_code == 1
    assert lines(result.stderr)[0] == "timeline: skipped gone.txt: no such file or directory"
    assert (tmp_path / "timeline.yaml").exists()
    strict = run(["build", str(corpus), "gone.txt", "--strict", "-o", "strict.yaml"], tmp_path)
    assert strict.exit_code == 1 and not (tmp_path / "strict.yaml").exists()


@pytest.mark.parametrize("args,needle", [
    (["show", "--format", "nope"], "nope"),
    (["dates", "--format", "nope", "x.txt"], "nope"),
    (["build", "--input-format", "pdf", "news"], "pdf"),
    (["build", "--top", "0", "news"], "--top"),
    (["build", "--published", "25/05/2016", "news"], "25/05/2016"),
    (["build", "--published", "2999-01-01", "news"], "future"),
    (["dates", "--dct", "2016-99-01", "x.txt"], "2016-99-01"),
    (["dates"], "FILE"),
    (["show", "--until", "2016-13"], "2016-13"),
    (["show", "--since", "2016-5"], "2016-5"),
    (["bild"], "bild"),
    (["build", "--nope"], "--nope"),
])
def test_usage_errors_one_line_exit_2_nothing_written(corpus, tmp_path, args, needle):
    (tmp_path / "x.txt").write_text("The talks resumed on Monday.\n", encoding="utf-8")
    run(["build", str(corpus), "-q", "-o", "timeline.yaml"], tmp_path)
    before = (tmp_path / "timeline.yaml").read_bytes()
    result = run(args, tmp_path)
    assert result.exit_code == 2
    assert len(lines(result.stderr)) == 1 and needle in result.stderr
    assert result.stderr.startswith("timeline: error: ")
    assert result.stdout == ""
    assert (tmp_path / "timeline.yaml").read_bytes() == before


# ------------------------------------------------------------------------------------------- bad input


BAD_INPUTS = [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\xff\xfe", "binary file"),
    ("empty.txt", b"", "empty file"),
    ("fm.txt", b'---\npublished: "2016-05-25"\ntitle: ok\nsource: [unclosed\n---\nTroops advanced on Monday.\n',
     "fm.txt:4: malformed front matter"),
    ("unclosed.md", b"---\npublished: 2016-05-25\nTroops advanced on Monday.\n", "unclosed.md:1: "),
    ("baddate.txt", b'---\ntitle: x\npublished: "next tuesdayish"\n---\nTroops advanced on Monday.\n',
     "baddate.txt:3: published: 'next tuesdayish' is not a date"),
    ("feb30.txt", b"---\npublished: 2016-02-30\n---\nTroops advanced on Monday.\n", "feb30.txt:2: "),
    ("future.txt", b'---\npublished: "2099-01-01"\n---\nTroops advanced on Monday.\n', "2099-01-01 is in the future"),
    ("undated.txt", UNDATED.encode(), "no publication date"),
    ("page.html", b"<html><body><article><p>The port closed on Tuesday after the storm.</p></article></body></html>",
     "no publication date"),
    ("broken.tml", b"<TimeML><TEXT>unclosed", "not well-formed TimeML"),
    ("bad.json", b'{"articles": [', "not valid JSON"),
]


@pytest.mark.parametrize("name,content,message", BAD_INPUTS, ids=[bad[0] for bad in BAD_INPUTS])
def test_bad_article_is_one_line_the_rest_is_written(corpus, tmp_path, name, content, message):
    (corpus / name).write_bytes(content)
    result = run(["build", str(corpus), "-o", "out.yaml"], tmp_path)
    assert result.exit_code == 1
    skipped = [line for line in lines(result.stderr) if line.startswith("timeline: skipped")]
    assert len(skipped) == 1, result.stderr
    assert skipped[0].startswith(f"timeline: skipped {corpus / name}")
    assert message in skipped[0]
    # the timeline is still written from the rest, and stdout still carries the table
    data = load(tmp_path / "out.yaml")
    assert list(data["articles"]) == ["good"]
    assert [e["date"] for e in data["events"]] == ["2016-05-23"]
    assert "2016-05-23" in result.stdout and "skipped" not in result.stdout


def test_several_bad_articles_each_listed_once_in_order(corpus, tmp_path):
    bad = {"a_empty.txt": b"", "b_bin.txt": b"\x00\x01\x02\x00binary", "c_undated.txt": UNDATED.encode()}
    for name, content in bad.items():
        (corpus / name).write_bytes(content)
    result = run(["build", str(corpus), "-q"], tmp_path)
    assert result.exit_code == 1
    assert [line.split(":")[1].strip() for line in lines(result.stderr)] == \
        [f"skipped {corpus / name}" for name in sorted(bad)]
    assert result.stdout == ""  # -q: no table, and only errors on stderr


def test_publication_date_tomorrow_is_accepted_the_day_after_is_not(tmp_path):
    today = dt.date.today()
    folder = tmp_path / "tz"
    folder.mkdir()
    for name, day in (("tomorrow", today + dt.timedelta(days=1)), ("later", today + dt.timedelta(days=2))):
        (folder / f"{name}.txt").write_text(f'---\npublished: "{day}"\n---\nThe council voted on Monday.\n')
    result = run(["build", str(folder), "-q"], tmp_path)
    assert result.exit_code == 1
    assert lines(result.stderr) == [f"timeline: skipped {folder / 'later.txt'}: publication date "
                                    f"{today + dt.timedelta(days=2)} is in the future (today is {today})"]
    assert list(load(tmp_path / "timeline.yaml")["articles"]) == ["tomorrow"]


def test_two_files_with_the_same_id_skip_the_second_by_name(corpus, tmp_path):
    (corpus / "good.md").write_text(GOOD.replace("2016-05-25", "2016-05-26"), encoding="utf-8")
    result = run(["build", str(corpus), "-q"], tmp_path)
    assert result.exit_code == 1
    assert len(lines(result.stderr)) == 1 and "good.txt" in result.stderr and "id 'good'" in result.stderr


def test_empty_folder_is_exactly_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run(["build", "empty"], tmp_path)
    assert result.exit_code == 1 and result.stdout == ""
    assert len(lines(result.stderr)) == 1 and "empty" in result.stderr
    assert not (tmp_path / "timeline.yaml").exists()


def test_lone_undated_file_is_exactly_one_line(tmp_path):
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    result = run(["build", "undated.txt"], tmp_path)
    assert result.exit_code == 1 and result.stdout == ""
    assert len(lines(result.stderr)) == 1 and "undated.txt" in result.stderr
    assert "no publication date" in result.stderr


# ------------------------------------------------------------------------------------------- encodings


def test_cp1252_file_warns_in_one_line_naming_file_and_encoding(tmp_path):
    (tmp_path / "latin.txt").write_bytes(
        b'---\npublished: "2019-09-19"\n---\nThe caf\xe9 owners protested on Tuesday against the closure.\n')
    result = run(["build", "latin.txt", "-o", "-"], tmp_path)
    assert result.exit_code == 0
    assert lines(result.stderr) == ["timeline: latin.txt: not UTF-8; decoded as cp1252 (Windows Latin-1)"]
    assert "The caf\u00e9 owners" in yaml.safe_load(result.stdout)["events"][0]["sources"][0]["quote"]


def test_utf16_with_bom_is_read_silently(tmp_path):
    text = '---\npublished: "2019-09-19"\n---\nThe café owners protested on Tuesday against the closure.\n'
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    result = run(["build", "u16.txt", "-o", "-"], tmp_path)
    assert result.exit_code == 0 and result.stderr == ""
    assert yaml.safe_load(result.stdout)["events"][0]["date"] == "2019-09-17"


def test_html_meta_charset_is_honoured(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '<meta property="article:published_time" content="2019-03-14"></head><body><article>'
            '<p>The mayor of Москва resigned on Tuesday after the vote.</p></article></body></html>')
    (tmp_path / "cyr.html").write_bytes(page.encode("cp1251"))
    result = run(["build", "cyr.html", "-o", "-"], tmp_path)
    assert result.exit_code == 0
    assert "Москва" in result.stdout


# ------------------------------------------------------------------------------------------- --published, --strict


def test_published_dates_undated_text_but_not_front_matter(corpus, tmp_path):
    (corpus / "undated.txt").write_text(UNDATED, encoding="utf-8")
    result = run(["build", str(corpus), "--published", "2019-09-18", "-v", "-o", "-"], tmp_path)
    assert result.exit_code == 0
    data = yaml.safe_load(result.stdout)
    # an article with a title is a mapping; one with only its date stays a bare date
    assert data["articles"] == {"good": {"published": "2016-05-25", "title": "Fallujah offensive"}, "undated": "2019-09-18"}
    assert {e["date"] for e in data["events"]} == {"2016-05-23", "2019-09-16"}
    assert f"{corpus / 'undated.txt'}: published 2019-09-18 (from option)" in result.stderr
    assert f"{corpus / 'good.txt'}: published 2016-05-25 (from front matter)" in result.stderr


def test_published_option_beats_a_dateline(tmp_path):
    (tmp_path / "d.txt").write_text("April 6, 2016 — 7:00 PM EDT\n\nThe talks resumed on Monday in Geneva.\n")
    plain = run(["build", "d.txt", "-v", "-o", "-"], tmp_path)
    assert yaml.safe_load(plain.stdout)["articles"] == {"d": "2016-04-06"} and "(from dateline)" in plain.stderr
    option = run(["build", "d.txt", "--published", "2016-05-25", "-o", "-"], tmp_path)
    assert yaml.safe_load(option.stdout)["events"][0]["date"] == "2016-05-23"
    assert "April 6" not in option.stdout  # the stamp is metadata, never an event or a quote


def test_strict_fails_writes_nothing_and_keeps_the_old_file(corpus, tmp_path):
    run(["build", str(corpus), "-q", "-o", "kept.yaml"], tmp_path)
    before = (tmp_path / "kept.yaml").read_bytes()
    (corpus / "undated.txt").write_text(UNDATED, encoding="utf-8")
    for output in ("kept.yaml", "new.yaml", "-"):
        result = run(["build", str(corpus), "--strict", "-o", output], tmp_path)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert "undated.txt" in result.stderr and "--strict" in lines(result.stderr)[-1]
    assert (tmp_path / "kept.yaml").read_bytes() == before
    assert not (tmp_path / "new.yaml").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.yaml", "news"]  # no temporary file left


def test_strict_with_every_article_read_exits_0(corpus, tmp_path):
    result = run(["build", str(corpus), "--strict", "-q"], tmp_path)
    assert result.exit_code == 0 and result.stderr == ""
    assert (tmp_path / "timeline.yaml").exists()


# ------------------------------------------------------------------------------------------- output discipline


def test_yaml_to_stdout_is_pure_yaml_even_with_skips_and_verbose(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    result = run(["build", str(corpus), "-v", "--format", "github", "-o", "-"], tmp_path)
    assert result.exit_code == 1
    assert result.stdout.startswith("# Generated by `timeline build`")
    data = yaml.safe_load(result.stdout)
    assert set(data) == {"articles", "events"} and "|" not in result.stdout  # no table mixed in
    assert "skipped" in result.stderr and "published 2016-05-25" in result.stderr
    assert not (tmp_path / "timeline.yaml").exists()


def test_failed_write_leaves_no_partial_file(corpus, tmp_path, monkeypatch):
    run(["build", str(corpus), "-q", "-o", "old.yaml"], tmp_path)
    before = (tmp_path / "old.yaml").read_bytes()

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    for output in ("old.yaml", "new.yaml"):
        result = run(["build", str(corpus), "-o", output], tmp_path)
        assert result.exit_code == 1
        assert lines(result.stderr) == [f"timeline: error: {output}: cannot write: No space left on device"]
        assert result.stdout == ""
    assert (tmp_path / "old.yaml").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "old.yaml"]


def test_unwritable_output_is_one_line(corpus, tmp_path):
    (tmp_path / "adir").mkdir()
    for output, reason in (("nodir/x.yaml", "No such file or directory"), ("adir", "Is a directory")):
        result = run(["build", str(corpus), "-o", output], tmp_path)
        assert result.exit_code == 1 and result.stdout == ""
        assert lines(result.stderr) == [f"timeline: error: {output}: cannot write: {reason}"]


def test_corrupt_existing_output_is_named_with_its_line_and_not_overwritten(corpus, tmp_path):
    (tmp_path / "timeline.yaml").write_text("events: [\n  - {id: x\n", encoding="utf-8")
    result = run(["build", str(corpus)], tmp_path)
    assert result.exit_code == 1 and result.stdout == ""
    assert len(lines(result.stderr)) == 1 and "timeline.yaml:2: not valid YAML" in result.stderr
    assert (tmp_path / "timeline.yaml").read_text(encoding="utf-8") == "events: [\n  - {id: x\n"
    shown = run(["show"], tmp_path)
    assert shown.exit_code == 1 and len(lines(shown.stderr)) == 1 and "timeline.yaml:2" in shown.stderr


@pytest.mark.slow
def test_mixed_corpus_rebuild_is_byte_identical_across_hash_seeds(tmp_path):
    folder = mixed_corpus(tmp_path)
    outputs = []
    for seed in ("0", "1"):
        out = tmp_path / f"seed{seed}.yaml"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-m", "timeline", "build", str(folder), "-q", "-o", str(out)],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr  # the bad JSONL record is skipped
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    again = run(["build", str(folder), "-q", "-o", str(tmp_path / "seed0.yaml")], tmp_path)  # over the old file
    assert again.exit_code == 1
    assert (tmp_path / "seed0.yaml").read_bytes() == outputs[0]


def big_timeline(path: Path, count: int = 4000) -> None:
    events = [{"id": f"e{i:05d}", "date": f"2016-05-{1 + i % 28:02d}", "title": f"Event number {i} happened",
               "reports": 1, "sources": [{"article": "a", "quote": f"Event number {i} happened on Monday.",
                                          "expression": "Monday"}]} for i in range(count)]
    path.write_text(yaml.safe_dump({"articles": {"a": "2016-05-30"}, "events": events}, sort_keys=False),
                    encoding="utf-8")


@pytest.mark.parametrize("args", [["show", "big.yaml"], ["show", "big.yaml", "--format", "csv"],
                                  ["dates", "--dct", "2016-05-25", "--format", "jsonl", "big.txt"]])
@pytest.mark.slow
def test_closed_pipe_is_silent(tmp_path, args):
    """`timeline show | head -1`: a real process and a real pipe, closed after the first line."""
    big_timeline(tmp_path / "big.yaml")
    (tmp_path / "big.txt").write_text("The council met on Monday and again on Tuesday.\n" * 5000, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "timeline", *args], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0
    assert first.strip() and err == b""


# ------------------------------------------------------------------------------------------- show filters

SHOW_YAML = """articles:
  2011-02-20/248.htm: "2011-02-20"
  wire: "2016-06-02"
events:
- id: late-2015
  date: "2015"
  mod: END
  title: Rebels captured the town
  reports: 1
  sources:
  - article: wire
    quote: Rebels captured the town in late 2015.
    expression: late 2015
- id: april-30
  date: "2016-04-30"
  title: Talks collapsed
  reports: 1
  sources:
  - article: wire
    quote: Talks collapsed on April 30.
    expression: April 30
- id: may
  date: "2016-05"
  title: Aid deliveries resumed
  reports: 1
  sources:
  - article: wire
    quote: Aid deliveries resumed in May.
    expression: May
- id: may-31
  date: "2016-05-31"
  title: Convoy reached Daraya
  reports: 2
  sources:
  - article: 2011-02-20/248.htm
    quote: A convoy reached the besieged town of DARAYA on May 31.
    expression: May 31
  - article: wire
    quote: The convoy reached Daraya on May 31.
    expression: May 31
- id: june-1
  date: "2016-06-01"
  title: Ceasefire extended
  reports: 1
  sources:
  - article: wire
    quote: The ceasefire was extended on June 1.
    expression: June 1
"""


@pytest.fixture()
def shown(tmp_path):
    (tmp_path / "timeline.yaml").write_text(SHOW_YAML, encoding="utf-8")

    def dates(*args: str) -> list[str]:
        result = run(["show", *args, "--format", "csv"], tmp_path)
        rows = list(csv.reader(io.StringIO(result.stdout)))[1:]
        assert result.exit_code == 0
        # a filter that matches nothing says so, on one line of stderr; otherwise stderr stays empty
        assert len(lines(result.stderr)) == (0 if rows else 1)
        return [" ".join(filter(None, row[:2])) for row in rows]  # csv: date, mod

    return dates


def test_show_month_prefix_bounds_are_inclusive(shown):
    assert shown("--since", "2016-05") == ["2016-05", "2016-05-31", "2016-06-01"]
    assert shown("--until", "2016-05") == ["2015 END", "2016-04-30", "2016-05", "2016-05-31"]
    assert shown("--since", "2016-05", "--until", "2016-05") == ["2016-05", "2016-05-31"]
    assert shown("--since", "2016-05-31", "--until", "2016-05-31") == ["2016-05", "2016-05-31"]
    assert shown("--since", "2016-06", "--until", "2016-05") == []
    assert shown("--until", "2015") == ["2015 END"]


def test_show_grep_matches_quotes_case_insensitively_and_sources_are_or(shown):
    assert shown("--grep", "besieged") == ["2016-05-31"]  # only in a quote, not in the title
    assert shown("--grep", "daraya", "--grep", "CONVOY") == ["2016-05-31"]
    assert shown("--grep", "daraya", "--grep", "ceasefire") == []
    assert shown("--source", "wire", "--since", "2016-05-31") == ["2016-05", "2016-05-31", "2016-06-01"]
    assert shown("--source", "nobody", "--source", "wire", "--until", "2016-04") == ["2015 END", "2016-04-30"]
    assert shown("--source", "nobody") == []


def test_show_source_with_a_dotted_id(shown):
    assert shown("--source", "2011-02-20/248.htm") == ["2016-05-31"]


def test_show_formats_escape_what_their_readers_need(tmp_path):
    (tmp_path / "timeline.yaml").write_text(
        SHOW_YAML.replace("Convoy reached Daraya", '"Board of AT&T cut 5% of jobs at R_D, <Daraya>"'), encoding="utf-8")
    html = run(["show", "--format", "html"], tmp_path).stdout
    assert "AT&amp;T" in html and "&lt;Daraya&gt;" in html and "<Daraya>" not in html
    latex = run(["show", "--format", "latex"], tmp_path).stdout
    assert r"AT\&T cut 5\% of jobs at R\_D" in latex
    csv_out = run(["show", "--format", "csv"], tmp_path).stdout
    assert '"Board of AT&T cut 5% of jobs at R_D, <Daraya>"' in csv_out
    tsv = run(["show", "--format", "tsv"], tmp_path).stdout.splitlines()
    assert len({line.count("\t") for line in tsv}) == 1 and len(tsv) == 6  # no tab inside a cell


def test_show_github_table_escapes_pipes(tmp_path):
    (tmp_path / "timeline.yaml").write_text(SHOW_YAML.replace("Ceasefire extended", '"Talks | Geneva"'),
                                            encoding="utf-8")
    result = run(["show", "--format", "github"], tmp_path)
    rows = result.stdout.splitlines()
    assert all(row.replace("\\|", "").count("|") == 4 for row in rows)


# ------------------------------------------------------------------------------------------- timeline dates


def test_dates_stdin_jsonl_offsets(tmp_path):
    text = "Talks resumed on Monday. They will meet again on Monday."
    result = run(["dates", "--dct", "2016-05-25", "--format", "jsonl", "-"], tmp_path, input=text)
    assert result.exit_code == 0 and result.stderr == ""
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["file"], r["value"], r["type"]) for r in rows] == [("<stdin>", "2016-05-23", "DATE"),
                                                                  ("<stdin>", "2016-05-30", "DATE")]
    assert all(text[r["start"]:r["end"]] == r["text"] == "Monday" for r in rows)
    assert all(set(r) == {"file", "start", "end", "text", "type", "value", "mod"} for r in rows)


def test_dates_front_matter_wins_over_dct_and_offsets_are_into_the_body(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(["dates", "--dct", "2019-01-01", "--format", "jsonl", "a.txt"], tmp_path)
    row = json.loads(result.stdout.splitlines()[0])
    body = GOOD.split("---\n", 2)[2]
    assert row["value"] == "2016-05-23" and body[row["start"]:row["end"]] == "Monday"


def test_dates_of_a_timeml_file_use_its_dct_and_text_content(tmp_path):
    (tmp_path / "t.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" '
        'functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DCT>\n<TEXT>\nAT&amp;T said on '
        '<TIMEX3 tid="t1" type="DATE" value="1998-02-26">Thursday</TIMEX3> it would cut jobs.\n</TEXT>\n</TimeML>\n',
        encoding="utf-8")
    result = run(["dates", "--dct", "2016-05-25", "--format", "jsonl", "t.tml"], tmp_path)
    assert result.exit_code == 0
    row = json.loads(result.stdout)
    assert (row["start"], row["end"], row["value"]) == (14, 22, "1998-02-26")  # "\nAT&T said on " is 14 chars


def test_dates_skips_a_bad_file_and_lists_the_rest(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x00binary\xff")
    (tmp_path / "ok.txt").write_text("The talks resumed on Monday.\n", encoding="utf-8")
    result = run(["dates", "--dct", "2016-05-25", "--format", "csv", "bin.txt", "ok.txt"], tmp_path)
    assert result.exit_code == 1
    assert lines(result.stderr) == ["timeline: skipped bin.txt: binary file, not text"]
    assert result.stdout.splitlines() == ["file,start,end,text,type,value,mod", "ok.txt,21,27,Monday,DATE,2016-05-23,"]


def test_dates_without_a_date_hints_at_an_option_dates_accepts(tmp_path):
    result = run(["dates", "-"], tmp_path, input="The talks resumed on Monday.\n")
    assert result.exit_code == 1
    assert "--published" in result.stderr  # `timeline dates` takes --published as an alias of --dct
    again = run(["dates", "--published", "2016-05-25", "-"], tmp_path, input="The talks resumed on Monday.\n")
    assert again.exit_code == 0 and "2016-05-23" in again.stdout


def test_dates_accepts_a_future_reference_date(tmp_path):
    # --dct is only what relative dates resolve against: a date in the future is no error here
    result = run(["dates", "--dct", "2099-01-01", "--format", "csv", "-"], tmp_path,
                 input="The talks resumed on Monday.\n")
    assert result.exit_code == 0, result.stderr
    assert "2098-12-29" in result.stdout  # 2099-01-01 is a Thursday


# ------------------------------------------------------------------------------------------- real-world formats


def mixed_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    (folder / "2011-02-20").mkdir(parents=True)
    (folder / "2016-05-26").mkdir()
    (folder / "2011-02-20" / "248.htm.txt").write_text(
        "Protesters gathered in the square on Saturday, witnesses said.\n", encoding="utf-8")
    (folder / "2016-05-26" / "r.txt").write_text(
        "WASHINGTON, May 25 (Reuters) - The Senate approved the defense bill on Tuesday after a long debate.\n",
        encoding="utf-8")
    (folder / "page.html").write_text(NEWS_PAGE, encoding="utf-8")
    (folder / "feed.jsonl").write_text(FEED, encoding="utf-8")
    (folder / "README.md").write_text("Notes about this folder, written on Monday.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 \x00\x01")
    return folder


NEWS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Floods close port | Gazette</title>
<meta property="article:published_time" content="2019-03-14T06:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<header>Breaking: Markets rallied on Monday after the announcement.</header>
<article>
<h1>Floods close port</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p>The port authority closed the harbour on Tuesday after heavy rain flooded the docks.</p>
</article>
<div class="comments"><p>Reader: I saw the river burst its banks on Sunday.</p></div>
<footer>Updated on March 15, 2019. All rights reserved.</footer>
</body></html>
"""

FEED = "\n".join([
    json.dumps({"id": "g1", "title": "Strike", "maintext": "Dock workers ended their strike on Monday after a deal.",
                "date_publish": "2019-09-18 06:30:00"}),
    json.dumps({"text": "The council approved the budget on Friday after a debate.", "date": 1568764800}),
    "not json at all",
    json.dumps({"content": "The mayor resigned on Friday after the vote.", "published": "Wed, 18 Sep 2019 08:00:00 +0000"}),
]) + "\n"


def test_mixed_real_world_corpus(tmp_path):
    folder = mixed_corpus(tmp_path)
    result = run(["build", str(folder), "-v", "-o", "-"], tmp_path)
    assert result.exit_code == 1
    skipped = [line for line in lines(result.stderr) if line.startswith("timeline: skipped")]
    assert skipped == [f"timeline: skipped {folder / 'feed.jsonl'}:3: not valid JSON: Expecting value (column 1)"]
    data = yaml.safe_load(result.stdout)
    assert data["articles"] == {"2011-02-20/248.htm": "2011-02-20", "2016-05-26/r": "2016-05-25", "feed-2": "2019-09-18",
                                "feed-4": "2019-09-18", "g1": {"published": "2019-09-18", "title": "Strike"},
                                "page": {"published": "2019-03-14", "title": "Floods close port"}}
    assert f"{folder / '2011-02-20' / '248.htm.txt'}: published 2011-02-20 (from path)" in result.stderr
    assert f"{folder / '2016-05-26' / 'r.txt'}: published 2016-05-25 (from dateline)" in result.stderr
    assert f"{folder / 'page.html'}: published 2019-03-14 (from metadata)" in result.stderr
    by_article = {s["article"]: e["date"] for e in data["events"] for s in e["sources"]}
    assert by_article == {"2011-02-20/248.htm": "2011-02-19", "2016-05-26/r": "2016-05-24", "page": "2019-03-12",
                          "g1": "2019-09-16", "feed-2": "2019-09-13", "feed-4": "2019-09-13"}
    # navigation, header, share bar, comments and the "Updated on" stamp are not events
    for chrome in ("Markets rallied", "burst its banks", "Share on", "Updated on", "March 15"):
        assert chrome not in result.stdout


def test_html_without_a_date_is_rescued_by_published(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><body><article><p>The port closed on Tuesday after the storm.</p></article></body></html>")
    skipped = run(["build", "p.html", "-o", "-"], tmp_path)
    assert skipped.exit_code == 1 and skipped.stdout == "" and "p.html" in skipped.stderr
    rescued = run(["build", "p.html", "--published", "2019-03-14", "-o", "-"], tmp_path)
    assert rescued.exit_code == 0 and yaml.safe_load(rescued.stdout)["events"][0]["date"] == "2019-03-12"


def test_json_articles_and_stdin_with_input_format(tmp_path):
    (tmp_path / "r.json").write_text(json.dumps({"articles": [
        {"id": "r1", "articleBody": "The port closed on Tuesday after the storm.", "datePublished": "2019-03-14"}]}))
    result = run(["build", "r.json", "-o", "-"], tmp_path)
    assert result.exit_code == 0 and yaml.safe_load(result.stdout)["articles"] == {"r1": "2019-03-14"}
    piped = run(["build", "-", "--input-format", "jsonl", "-o", "-"], tmp_path, input=FEED)
    assert piped.exit_code == 1 and "<stdin>:3" in piped.stderr
    assert len(yaml.safe_load(piped.stdout)["articles"]) == 3


def test_short_sentence_with_names_is_an_event(tmp_path):
    (tmp_path / "p.txt").write_text('---\npublished: "2016-05-25"\n---\nRebels seized Palmyra on March 27.\n')
    result = run(["build", "p.txt", "-o", "-"], tmp_path)
    assert [e["date"] for e in yaml.safe_load(result.stdout)["events"]] == ["2016-03-27"]
