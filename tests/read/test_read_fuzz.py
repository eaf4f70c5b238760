"""Fuzzing the readers: whatever the bytes, reading yields Articles or ArticleErrors and raises nothing else."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import ArticleError, TimelineError
from timeline.model import Article
from timeline.read import FORMATS, read_articles

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTENSIONS = [exts[0] for exts in FORMATS.values()]
# where an article's publication date may come from (timeline.read.article.build)
DATE_ORIGINS = {"front matter", "metadata", "tml", "option", "dateline", "path"}

# fragments that steer random input towards the readers' interesting paths
FRAGMENTS = [
    "---\n", "published: ", "2016-05-25", "2016-02-30", "title: x\n", "[", "{", "}", "]", '"', ":", "\n",
    "April 6, 2016 — 7:00 PM EDT\n", "Updated on ", "WASHINGTON, May 25 (Reuters) - ", "-LRB- ", "`` ", " '' ",
    " , ", "<p>", "</p>", "<article>", "<nav>", "<script type='application/ld+json'>", "</script>",
    '<meta property="article:published_time" content="', '">', "<TimeML><TEXT>", "</TEXT></TimeML>",
    "<DCT><TIMEX3 value='1998-02-06'/></DCT>", '{"text": "a", "date": "', '"}', "more...", "http://x.y/z",
    "\x00", "\ufeff", "\r\n", "é", "\u2014", "&amp;", "&#0;", "&#xD800;",
]
texty = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=30).map("".join)


def check(data: bytes, extension: str, input_format: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"2016-05-27 item{extension}"
        path.write_bytes(data)
        for item in read_articles([str(path)], input_format=input_format, today="2024-01-01"):
            assert isinstance(item, (Article, ArticleError))
            if isinstance(item, Article):
                # a real calendar date no later than `today`, from one of the places a date may come from
                assert dt.date.fromisoformat(item.published) <= dt.date(2024, 1, 1), item.published
                assert item.date_origin in DATE_ORIGINS, item.date_origin
                assert item.body.strip(), "an article with no text is an ArticleError, not an Article"
            else:
                assert isinstance(item, TimelineError) and "\n" not in str(item), str(item)


@SETTINGS
@given(data=st.binary(max_size=2000), extension=st.sampled_from(EXTENSIONS))
def test_random_bytes(data: bytes, extension: str) -> None:
    check(data, extension, None)


@SETTINGS
@given(text=texty, extension=st.sampled_from(EXTENSIONS), input_format=st.sampled_from([None, *FORMATS]))
@pytest.mark.slow
def test_structured_text(text: str, extension: str, input_format: str | None) -> None:
    check(text.encode("utf-8", "surrogatepass"), extension, input_format)


@SETTINGS
@given(text=texty, encoding=st.sampled_from(["utf-16", "cp1252", "latin-1", "utf-8-sig"]))
def test_other_encodings(text: str, encoding: str) -> None:
    check(text.encode(encoding, "replace"), ".txt", None)


WORDS = ["the", "army", "said", "on", "Monday", "By", "Share", "more", "Home", "»", "|", "2016", "April", "6,",
         "posts", "(12", "comments)", "Updated", "http://x.y", "Reuters", "WASHINGTON,", "Advertisement", "Read"]


@SETTINGS
@given(words=st.lists(st.sampled_from(WORDS), min_size=8, max_size=40))
def test_prose_sentences_are_never_removed(words: list[str]) -> None:
    """A line that reads like a sentence (eight words or more, mostly lower case, a full stop) is kept."""
    from timeline.read.boilerplate import chrome_rule

    line = " ".join(words) + "."
    lower = sum(1 for w in words if w.islower())
    if lower * 2 >= len(words):
        assert chrome_rule(line) is None, line
