"""A described speaker's saying joins the named one of its day and article (merge.described_twins.join_described_twins;
described_twins.yaml): the examples join, the near misses (two persons tied, no body named, no tie, two articles, an
act, an indefinite age, two named speakers, the age beside another man, two occasions) stay."""

from __future__ import annotations

import pytest

from test_quoted_twins import _cluster  # one entry of a day, built as for the quoted twins

from timeline.merge.described_twins import described, join_described_twins, rules

EXAMPLES = rules()["examples"]
_ELSEWHERE = "2011-01-01"  # the day of the articles' other sentences: no saying of the row's day


def _joined_into(row: dict) -> int | None:
    day = [_cluster(article, title, quote, row["date"]) for article, title, quote in row["entries"]]
    others = [_cluster(article, sentence, sentence, _ELSEWHERE) for article, sentence in row.get("sentences", ())]
    join_described_twins(day + others)
    if day[0].members:
        return None
    first = row["entries"][0][1]
    return next(i for i, c in enumerate(day[1:]) if any(m.event.title == first for m in c.members))


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_described_twin_joins(row: dict) -> None:
    assert _joined_into(row) == row["into"]


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_near_miss_stays_apart(row: dict) -> None:
    assert _joined_into(row) is None


def test_another_day_stays_apart() -> None:
    row = EXAMPLES["one"][0]
    (a1, t1, q1), (a2, t2, q2) = row["entries"][:2]
    day = [_cluster(a1, t1, q1, "2011-08-16"), _cluster(a2, t2, q2, "2011-08-17")]
    join_described_twins(day)
    assert all(c.members for c in day)


def test_described() -> None:
    found = described("Anti-Gadhafi forces made advances -- in the northwest -- a spokesman for NATO's military "
                      "operation told reporters")
    assert found is not None and found.words == ("spokesman", "for", "NATO's", "military", "operation")
    age = described("The 57-year-old former soldier said they were waging a war")
    assert age is not None and age.definite and age.age == "57"
    closing = described("Libya's civil war is reaching stalemate, a senior U.S. general said on Thursday")
    assert closing is not None and not closing.definite and closing.age == ""
    assert described("A French minister visited Benghazi") is None  # an act
    assert described("French Defense Minister Gerard Longuet said the rebels should wait") is None  # a name
    assert described("Rebels said they had entered al-Zawiya") is None  # no determiner
