"""Two entries of one day whose sentences give the same rare quoted words tell one saying and join
(merge.quoted_twins.join_quoted_twins; quoted_twins.yaml): the examples join, the near misses stay."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.quoted_twins import join_quoted_twins, quoted_spans, rules
from timeline.merge.similarity import item_of, title_word_key, title_words
from timeline.model import Event, Source

EXAMPLES = rules()["examples"]


def _cluster(article: str, title: str, quote: str, date: str) -> Cluster:
    event = Event(article=article, date=date, mod="", title=title, source=Source(article, quote, date),
                  keys=tuple(sorted({title_word_key(w) for w in title_words(quote)})), trigger="tell")
    cluster = Cluster()
    cluster.add(item_of(event))
    return cluster


def _joined_into(row: dict, others: list[Cluster] | None = None) -> int | None:
    day = [_cluster(article, title, quote, row["date"]) for article, title, quote in row["entries"]]
    join_quoted_twins(day + (others or []))
    if day[0].members:
        return None
    first = row["entries"][0][1]
    return next(i for i, c in enumerate(day[1:]) if any(m.event.title == first for m in c.members))


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_quoted_twin_joins(row: dict) -> None:
    assert _joined_into(row) == row["into"]


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_near_miss_stays_apart(row: dict) -> None:
    assert _joined_into(row) is None


def test_a_common_quote_names_no_saying() -> None:
    """The same two entries join while few write the quoted words, and stay once the corpus writes them often."""
    row = {"date": "2011-03-19", "entries": [
        ["a1", "Military action went well beyond the “no-fly zone” initially suggested",
         "Military action went well beyond the “no-fly zone” initially suggested on Saturday."],
        ["a2", "Western-led air strikes began", "Western-led air strikes began on Saturday to enforce a no-fly zone."]]}
    assert _joined_into(row) == 0
    elsewhere = [_cluster(f"b{i}", f"Country {i} called for a no-fly zone",
                          f"Country {i} called on March {i} for a no-fly zone.", f"2011-03-0{i}") for i in (1, 2)]
    assert _joined_into(row, elsewhere) is None


def test_another_day_stays_apart() -> None:
    day = [_cluster("a1", "Gaddafi pledged to stay in power", "Gaddafi pledged on Tuesday to hunt protesters “house by house.”",
                    "2011-02-22"),
           _cluster("a2", "The man promised to “cleanse Libya house by house”",
                    "The man promised on Wednesday to “cleanse Libya house by house.”", "2011-02-23")]
    join_quoted_twins(day)
    assert day[0].members and len(day[1].members) == 1


def test_quoted_spans() -> None:
    assert quoted_spans("He promised to “cleanse Libya house by house.”") == {" cleanse libya house by house "}
    assert quoted_spans("He fulminated against “terrorists” and “drugged youths.”") == set()  # too short
    assert quoted_spans("It is “what it is.”") == set()  # stopwords only
    assert quoted_spans('Lavoie said "the side of the people of Libya" was the only side') \
        == {" the side of the people of libya "}
