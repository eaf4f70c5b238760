"""`timeline build --top N --per-date L --about WORDS` end to end, on small articles written for the tests."""

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli

ARTICLES = {
    "strike-a.txt": """---
published: "2019-09-17"
title: "Harbour strike ends"
---
Dock workers ended their strike at the northern harbour on Monday after the union accepted a pay offer.
The harbour master reopened the container terminal on Monday.
The union had called the strike in August.
""",
    "strike-b.txt": """---
published: "2019-09-20"
title: "Strike cost exporters millions"
---
The dock strike at the northern harbour, which ended on September 16, cost exporters millions.
Shipping lines resumed their calls on September 18.
""",
    "festival.txt": """---
published: "2019-09-19"
title: "Film festival opens"
---
The film festival opened on Wednesday with a premiere.
""",
}


@pytest.fixture()
def feed(tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build(feed, *options):
    result = CliRunner().invoke(cli, ["build", str(feed), "-o", "-", *options])
    assert result.exit_code == 0, result.stderr
    return yaml.safe_load(result.stdout)["events"]


def test_per_date_caps_the_events_of_a_date_and_top_then_counts_dates(feed):
    every = build(feed)
    assert sum(1 for e in every if e["date"] == "2019-09-16") == 2  # ended (told by both), reopened
    capped = build(feed, "--per-date", "1")
    assert sorted({e["date"] for e in capped}) == sorted({e["date"] for e in every})
    assert all(sum(1 for e in capped if e["date"] == d) == 1 for d in {e["date"] for e in capped})
    two_dates = build(feed, "--top", "2", "--per-date", "2")
    assert len({e["date"] for e in two_dates}) == 2
    assert [e["date"] for e in two_dates].count("2019-09-16") == 2


def test_within_a_date_the_event_more_articles_report_comes_first(feed):
    events = build(feed, "--top", "1", "--per-date", "2")
    assert events[0]["date"] == "2019-09-16" and events[0]["reports"] == 2  # told by both strike articles
    assert events[1]["date"] == "2019-09-16" and events[1]["reports"] == 1


def test_about_keeps_the_events_of_one_story(feed):
    strike = build(feed, "--about", "strikes")
    assert strike and all("festival" not in s["article"] for e in strike for s in e["sources"])
    festival = build(feed, "--about", "festival")
    assert [s["article"] for e in festival for s in e["sources"]] == ["festival"]
    assert build(feed, "--about", "volcano") == []


def test_help_names_the_selection_options_with_an_example():
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert result.exit_code == 0
    for word in ("--per-date L", "--about WORDS", "--about libya --top 30 --per-date 2"):
        assert word in result.stdout


def test_per_date_below_one_is_a_usage_error(feed):
    result = CliRunner().invoke(cli, ["build", str(feed), "-o", "-", "--per-date", "0"])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
