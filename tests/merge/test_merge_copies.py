"""A sentence copied word for word into a later article keeps its first telling's date (timeline.merge.copies)."""

from __future__ import annotations

import pytest

from timeline.events import extract
from timeline.merge import merge
from timeline.merge.copies import first_tellings
from timeline.merge.similarity import items_of
from timeline.model import Article

CASES = "Another fifteen cases of swine flu were confirmed yesterday by the Health Protection Agency."
FIRST = Article(id="news/75", published="2009-06-01", body=f"Experts expect a second wave. {CASES}")
# a correspondent's page published a month later, holding the earlier post in its archive
BLOG_PAGE = Article(id="blog/348", published="2009-06-30",
                    body=f"Denmark reported a case of resistance to Tamiflu on Monday. {CASES}")


def _entries(*articles: Article):
    return merge([e for a in articles for e in extract(a)])


def test_a_copied_sentence_joins_its_first_telling():
    entries = _entries(FIRST, BLOG_PAGE)
    cases = [e for e in entries if "fifteen" in e.title.lower()]
    assert [(e.date, sorted(s.article for s in e.sources)) for e in cases] == [("2009-05-31", ["blog/348", "news/75"])]


@pytest.mark.parametrize("order", [(FIRST, BLOG_PAGE), (BLOG_PAGE, FIRST)])
def test_the_first_telling_is_the_earliest_publication_whatever_the_order(order):
    assert _entries(*order) == _entries(FIRST, BLOG_PAGE)


def test_the_copy_is_retold_as_written_on_the_first_day():
    items = first_tellings(items_of(extract(FIRST) + extract(BLOG_PAGE)))
    copies = [i.event for i in items if i.event.source.quote == CASES]
    assert {(e.article, e.date, e.source.published) for e in copies} == {
        ("news/75", "2009-05-31", "2009-06-01"), ("blog/348", "2009-05-31", "2009-06-01")}


def test_near_misses_keep_their_own_dates():
    # the same words published the same day read the phrase the same way; another sentence is no copy
    same_day = Article(id="other/1", published="2009-06-01", body=CASES)
    reworded = Article(id="other/2", published="2009-06-30",
                       body="Fifteen more cases of swine flu were confirmed yesterday in Scotland.")
    items = items_of(extract(FIRST) + extract(same_day) + extract(reworded))
    assert first_tellings(items) == items
    dates = {e.date for e in _entries(FIRST, reworded) if "fifteen" in e.title.lower()}
    assert dates == {"2009-05-31", "2009-06-29"}
