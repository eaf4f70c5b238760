"""`timeline diff OLD NEW`: changes told as events, on the seed timeline edited the ways a rebuild or a
person changes it; and the same as git's external diff driver."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.diff import diff_timelines, render_text
from timeline.model import Source
from timeline.store import dump_timeline
from views_helpers import SEED, load

NEW_ARTICLE = "003_new"


def _edited() -> tuple[list, dict]:
    """The seed after a new article and a person's edits: one event re-dated, one retitled, one gaining
    a source and one losing one, one added, one removed, one noted."""
    entries, articles = load(SEED)
    by_date = {e.date + e.mod: e for e in entries}
    by_date["2016-03-27"].date = "2016-03-26"
    by_date["2016-02"].title = "Partial cease-fire brokered by the U.S. and Russia"
    by_date["2015END"].sources = [s for s in by_date["2015END"].sources if s.article != "000_7f097d9632f1824c"]
    by_date["2016-03END"].sources.append(Source(NEW_ARTICLE, "Kerry met Putin in Moscow late last month.", "late last month"))
    by_date["2016-03END"].note = "Moscow, 24 March"
    removed = by_date["2014"]
    added = replace(removed, id="2016-06-01-talks-resumed", date="2016-06-01", title="Talks resumed in Geneva",
                    sources=[Source(NEW_ARTICLE, "Talks resumed in Geneva on June 1.", "June 1")], generated="")
    kept = [e for e in entries if e is not removed] + [added]
    articles = dict(articles, **{NEW_ARTICLE: {"published": "2016-06-02"}})
    return kept, articles


def test_changes_are_told_as_events():
    old_entries, old_articles = load(SEED)
    new_entries, new_articles = _edited()
    diff = diff_timelines(old_entries, new_entries, old_articles, new_articles)
    assert diff.counts() == {"added": 1, "removed": 1, "re-dated": 1, "retitled": 1, "sources gained": 1,
                             "sources lost": 1, "note": 1}
    text = render_text(diff, "timeline.yaml")
    lines = text.splitlines()
    assert lines[0] == ("timeline.yaml: articles: 1 added, 0 removed; events: 1 added, 1 removed, 1 re-dated, "
                        "1 retitled, 1 sources gained, 1 sources lost, 1 note")
    assert lines[1] == "+ article 003_new (published 2016-06-02)"
    title = {e.date + e.mod: e.title for e in old_entries}  # the seed's titles, as the current build words them
    assert f"- 2014: {title['2014']}" in lines
    assert "+ 1 June 2016: Talks resumed in Geneva  [1 source: 003_new]" in lines
    assert f"~ 26 March 2016: {title['2016-03-27']}" in lines
    assert "    re-dated: 27 March 2016 (2016-03-27) -> 26 March 2016 (2016-03-26)" in lines
    assert f'    retitled: “{title["2016-02"]}” -> “Partial cease-fire brokered by the U.S. and Russia”' in lines
    assert "    sources gained: 003_new “Kerry met Putin in Moscow late last month.”" in lines
    assert any(line.startswith("    sources lost: 000_7f097d9632f1824c “Moreover, in late-2015") for line in lines)
    assert "    note: “Moscow, 24 March”" in lines
    changed = [line for line in lines if line[:2] in ("+ ", "- ", "~ ") and "article" not in line]
    assert changed[0].startswith("- 2014") and changed[-1].startswith("+ 1 June 2016")  # chronological


def test_no_change_and_new_ids_for_the_same_events():
    entries, articles = load(SEED)
    assert render_text(diff_timelines(entries, entries, articles, articles)) == "no change\n"
    renamed = [replace(e, id="x-" + e.id) for e in entries]  # a file rebuilt from scratch: same sources
    diff = diff_timelines(entries, renamed, articles, articles)
    assert not diff


def _write(path, entries, articles):
    path.write_text(dump_timeline(entries, articles=articles), encoding="utf-8")


def test_diff_command_text_json_and_exit_code(tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    shutil.copy(SEED, old)
    _write(new, *_edited())
    runner = CliRunner()
    result = runner.invoke(cli, ["diff", str(old), str(new)])
    assert result.exit_code == 0 and "re-dated: 27 March 2016" in result.stdout
    data = json.loads(runner.invoke(cli, ["diff", "--format", "json", str(old), str(new)]).stdout)
    assert data["articles_added"] == [{"id": "003_new", "published": "2016-06-02"}]
    assert sorted(c["change"] for c in data["events"]) == ["added", "changed", "changed", "changed", "changed", "removed"]
    assert runner.invoke(cli, ["diff", "--exit-code", str(old), str(new)]).exit_code == 1
    assert runner.invoke(cli, ["diff", "--exit-code", str(old), str(old)]).exit_code == 0
    missing = runner.invoke(cli, ["diff", str(old), str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and "nope.yaml: no such file" in missing.stderr
    three = runner.invoke(cli, ["diff", str(old), str(new), str(new)])
    assert three.exit_code == 2 and "two timeline files" in three.stderr


@pytest.mark.slow
def test_git_uses_it_as_its_diff_driver(tmp_path):
    """The README's set-up: .gitattributes names the driver, git config says what runs it."""
    def git(*args: str) -> str:
        env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
                   GIT_COMMITTER_EMAIL="t@t", GIT_CONFIG_NOSYSTEM="1", HOME=str(tmp_path))
        return subprocess.run(["git", *args], cwd=tmp_path, env=env, capture_output=True, text=True, check=True).stdout

    git("init", "-q")
    git("config", "diff.timeline.command", f"{sys.executable} -m timeline diff")
    (tmp_path / ".gitattributes").write_text("timeline.yaml diff=timeline\n", encoding="utf-8")
    shutil.copy(SEED, tmp_path / "timeline.yaml")
    git("add", ".")
    git("commit", "-qm", "seed")
    _write(tmp_path / "timeline.yaml", *_edited())
    shown = git("diff")
    assert shown.startswith("timeline.yaml: articles: 1 added, 0 removed; events: 1 added, 1 removed, 1 re-dated")
    assert "    retitled: “Ceasefire brokered” -> “Partial cease-fire brokered by the U.S. and Russia”" in shown
    git("config", "diff.timeline.textconv",
        f"{sys.executable} -m timeline show --all --format tsv --columns date,mod,title,articles,note")
    lines = git("diff", "--no-ext-diff").splitlines()
    assert "-2016-02\t\tCeasefire brokered\t000_7f097d9632f1824c; 001_de104759018b5689\t" in lines
    assert "+2016-02\t\tPartial cease-fire brokered by the U.S. and Russia\t000_7f097d9632f1824c; 001_de104759018b5689\t" in lines
