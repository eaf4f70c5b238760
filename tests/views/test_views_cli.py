"""The views through the command line: `timeline show --format/--columns/--width/--title`, `build`'s
table, and progress on stderr."""

from __future__ import annotations

import io
import json
import shutil

from click.testing import CliRunner

from timeline.cli import cli
from timeline.progress import Progress
from views_helpers import REAL, ROOT, SEED


def show(tmp_path, *args):
    shutil.copy(SEED, tmp_path / "timeline.yaml")
    return CliRunner().invoke(cli, ["show", str(tmp_path / "timeline.yaml"), *args])


def test_show_html_page_is_one_file_titled_from_the_option(tmp_path):
    result = show(tmp_path, "--format", "html-page", "--title", "Syria, 2014-2016")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("<!DOCTYPE html>") and "<title>Syria, 2014-2016</title>" in result.stdout
    assert result.stdout.count('<li class="entry') == 11


def test_show_titles_a_page_from_the_file_name(tmp_path):
    shutil.copy(REAL, tmp_path / "h1n1-outbreak.yaml")
    result = CliRunner().invoke(cli, ["show", str(tmp_path / "h1n1-outbreak.yaml"), "--format", "markdown"])
    assert result.stdout.startswith("# H1n1 outbreak\n")


def test_show_filters_apply_to_every_view(tmp_path):
    data = json.loads(show(tmp_path, "--format", "timelinejs", "--since", "2016-05").stdout)
    assert [s["start_date"]["month"] for s in data["events"]] == ["5", "5", "5", "5"]
    lines = show(tmp_path, "--format", "jsonl", "--grep", "ceasefire").stdout.splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Ceasefire brokered"]


def test_show_columns_and_width(tmp_path):
    result = show(tmp_path, "--columns", "when,title", "--width", "40", "--format", "plain")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["when", "title"] and max(map(len, lines)) <= 40
    assert lines[4].startswith("late 2015") and lines[4].endswith("…")
    full = show(tmp_path, "--columns", "when,title", "--width", "0", "--format", "plain").stdout
    assert "U.S.-led and Russian airstrikes on its oil facilities" in full  # --width 0: not cut
    piped = show(tmp_path, "--columns", "when,title", "--format", "plain").stdout  # not a terminal: not cut
    assert "U.S.-led and Russian airstrikes on its oil facilities" in piped and "…" not in piped


def test_show_rejects_unknown_columns_and_formats_in_one_line(tmp_path):
    bad = show(tmp_path, "--columns", "date,colour")
    assert bad.exit_code == 2 and bad.stderr.count("\n") == 1 and "unknown column 'colour'" in bad.stderr
    page = show(tmp_path, "--columns", "date", "--format", "markdown")
    assert page.exit_code == 2 and "--columns does not apply to --format markdown" in page.stderr
    fmt = show(tmp_path, "--format", "pdf")
    assert fmt.exit_code == 2 and "html-page" in fmt.stderr and "timelinejs" in fmt.stderr


def test_build_prints_any_view(tmp_path):
    articles = ROOT / "articles"
    result = CliRunner().invoke(cli, ["build", str(articles), "-o", str(tmp_path / "t.yaml"), "--format", "markdown"])
    assert result.exit_code == 0 and result.stdout.startswith("# Timeline\n\n11 events from 3 articles.")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_waits_then_redraws_one_line_and_erases_it():
    out, clock = _Terminal(), _Clock()
    progress = Progress(out, clock=clock, delay=2.0, interval=0.25)
    progress.update(5, 9)
    assert out.getvalue() == ""  # a quick build says nothing
    clock.now = 2.5
    progress.update(412, 1311)
    assert out.getvalue() == "\rtimeline: 412 articles read, 1,311 events found"
    clock.now = 2.6
    progress.update(413, 1312)  # too soon to redraw
    clock.now = 3.0
    progress.update(1, 1)
    first, last = "timeline: 412 articles read, 1,311 events found", "timeline: 1 article read, 1 event found"
    assert out.getvalue() == f"\r{first}\r{last}" + " " * (len(first) - len(last))  # the longer line wiped
    progress.done()
    assert out.getvalue().endswith("\r" + " " * len(last) + "\r")


def test_progress_is_off_when_stderr_is_no_terminal_or_quiet(monkeypatch):
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert Progress.on_stderr(True).stream is None
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert Progress.on_stderr(False).stream is None
    assert Progress.on_stderr(True).stream is terminal
