"""twins53: a title whose subject is a bare noun pointing back ("The same album earned Jackson his last number one")
joins the one other entry of its date and article whose title writes the noun (merge.referents.join_bare_referents;
referents.yaml): the examples join, the near misses stay."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.referents import bare_referent, join_bare_referents, rules
from timeline.merge.similarity import item_of, title_word_key, title_words
from timeline.model import Event, Source

EXAMPLES = rules()["examples"]


def _cluster(article: str, title: str, date: str) -> Cluster:
    quote = title + "."
    event = Event(article=article, date=date, mod="", title=title, source=Source(article, quote, date),
                  keys=tuple(sorted({title_word_key(w) for w in title_words(quote)})), trigger="tell")
    cluster = Cluster()
    cluster.add(item_of(event))
    return cluster


def _joined_into(row: dict) -> int | None:
    day = [_cluster(article, title, row["date"]) for article, title in row["entries"]]
    join_bare_referents(day)
    if day[0].members:
        return None
    first = row["entries"][0][1]
    return next(i for i, c in enumerate(day[1:]) if any(m.event.title == first for m in c.members))


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_bare_referent_joins_its_telling(row: dict) -> None:
    assert _joined_into(row) == row["into"]


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_near_miss_stays_apart(row: dict) -> None:
    assert _joined_into(row) is None


def test_bare_referent_forms() -> None:
    assert bare_referent("The same album earned Jackson his last number one when first released") == "album"
    assert bare_referent("The committee repeated calls for a cease-fire") == "committee"
    assert bare_referent("The process was halted") == "process"
    assert bare_referent("The rebels promised free and fair elections") is None  # a plural
    assert bare_referent("The government said that Obeidi had been appointed") is None  # a side
    assert bare_referent("The oil leak began") is None  # "oil" is no head: a noun follows
    assert bare_referent("The meeting of the committee was held") is None  # a preposition follows
    assert bare_referent("The recently departed director said so") is None  # an adverb, not a noun
    assert bare_referent("Number Ones topped the UK album chart") is None  # no bare subject


def test_another_date_stays_apart() -> None:
    day = [_cluster("a1", "The same album earned Jackson his last number one", "2003"),
           _cluster("a1", "Number Ones topped the UK album chart", "2009")]
    join_bare_referents(day)
    assert day[0].members and len(day[1].members) == 1
