"""Markdown articles read as prose: the events in a sentence with a link are found, markup never leaks."""

from pathlib import Path

import pytest

from timeline.events import extract
from timeline.read import read_articles
from timeline.read.markdown import to_text

ARTICLE = """---
published: 2019-03-20
title: Port reopens
---
# Port reopens after floods

![Cranes at dawn](https://example.org/img/cranes.jpg)

The **northern port** reopened on *Monday*, [the harbour authority said](https://example.org/news/2019-03-18/port).
Dock workers had walked out in February, according to [union records][1].

> "We lost two weeks," a shipping agent said.

[1]: https://example.org/union
"""


@pytest.mark.parametrize("markdown,text", [
    ("See [the report](https://x.org/a_b) now.", "See the report now."),
    ("![chart](chart.png) Prices rose.", " Prices rose."),
    ("## Heading", "Heading"),
    ("> quoted line", "quoted line"),
    ("It was **very** bad and _quite_ sudden.", "It was very bad and quite sudden."),
    ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
    ("Use `timeline build` here.", "Use timeline build here."),
    ("[1]: https://example.org/x", ""),
    ("---", ""),
])
def test_markup_to_text(markdown, text):
    assert to_text(markdown) == text


def test_lines_are_kept_one_for_one():
    assert to_text(ARTICLE).count("\n") == ARTICLE.count("\n")


def test_markdown_article_reads_as_prose_and_yields_its_events(tmp_path: Path):
    path = tmp_path / "port.md"
    path.write_text(ARTICLE, encoding="utf-8")
    (article,) = list(read_articles([str(path)]))
    assert "](" not in article.body and "**" not in article.body and "https://" not in article.body
    assert "the harbour authority said" in article.body
    dates = {e.date for e in extract(article) if e.date}
    assert {"2019-03-18", "2019-02"} <= dates


def test_hostile_markdown_returns():
    assert to_text("[" * 100_000 + "](" * 100_000 + "*_" * 100_000)
