"""twins44: a sentence pointing back to its day's act by the act's bare noun ("Wednesday's disclosure", "The
interview, snippets of which were released") joins the entry its own article tells that day
(merge.happenings.join_day_backrefs; derivations.yaml ``day_backrefs``): the examples join, the near misses stay."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.happenings import backref_of, join_day_backrefs
from timeline.merge.similarity import derivations, item_of, title_word_key, title_words
from timeline.model import Event, Source

EXAMPLES = derivations()["day_backrefs"]["examples"]


def _cluster(article: str, quote: str, date: str = "2011-10-12") -> Cluster:
    event = Event(article=article, date=date, mod="", title=quote.rstrip("."), source=Source(article, quote, date),
                  keys=tuple(sorted({title_word_key(w) for w in title_words(quote)})), trigger="tell")
    cluster = Cluster()
    cluster.add(item_of(event))
    return cluster


def _joined_into(row: list) -> int | None:
    back, others, _ = row
    day = [_cluster("a1", back)] + [_cluster("a1", q) for q in others] + [_cluster("a2", "Another paper said so.")]
    join_day_backrefs(day)
    if day[0].members:
        return None
    return next(i for i, c in enumerate(day[1:]) if any(m.event.source.quote == back for m in c.members))


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_backref_joins_its_act(row: list) -> None:
    assert _joined_into(row) == row[2]


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_near_miss_stays_apart(row: list) -> None:
    assert _joined_into(row) is None


def test_backref_forms() -> None:
    assert backref_of("Both sides appeared surprised by Wednesday\u2019s disclosure.").owned
    assert not backref_of("The interview, snippets of which were released last night by NBC.").owned
    assert backref_of("Transocean accused BP of failings in today's report.") is None
    assert backref_of("Wednesday's disclosure was reported.") is not None  # the day-owned subject


def test_undated_mention_of_its_article_counts() -> None:
    """The article's own telling of the act may be an undated mention joined into the day's entry by another
    article's dated sentence ("Lawyers for Dr Conrad Murray have stepped back ...", dated by "12 October 2011 ...")."""
    back = _cluster("a1", "Both the prosecution and the judge appeared surprised by Wednesday's disclosure.")
    act = _cluster("a2", "12 October 2011 Dr Murray's defense backs out of claims Jackson swallowed the dose.")
    act.add(_cluster("a1", "Lawyers for Dr Murray have stepped back from claims Jackson swallowed the dose.",
                     date="").members[0])
    day = [back, act]
    join_day_backrefs(day)
    assert not back.members and len(act.members) == 3
