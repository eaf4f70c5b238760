"""One named speaker's sayings of one day told by one article join (merge.speaker_twins.join_speaker_twins;
speaker_twins.yaml): the examples join, the near misses (two articles, an act, two speakers, two occasions) stay."""

from __future__ import annotations

import pytest

from test_quoted_twins import _cluster  # one entry of a day, built as for the quoted twins

from timeline.merge.speaker_twins import join_speaker_twins, occasions, rules, saying_speaker

EXAMPLES = rules()["examples"]


def _joined_into(row: dict) -> int | None:
    day = [_cluster(article, title, quote, row["date"]) for article, title, quote in row["entries"]]
    join_speaker_twins(day)
    first = row["entries"][0][1]
    holder = next(c for c in day if any(m.event.title == first for m in c.members))
    if len(holder.members) == 1:
        return None
    others = {m.event.title for m in holder.members} - {first}
    return next(i for i, (_, title, _) in enumerate(row["entries"][1:]) if title in others)


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_speaker_twin_joins(row: dict) -> None:
    assert _joined_into(row) == row["into"]


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_near_miss_stays_apart(row: dict) -> None:
    assert _joined_into(row) is None


def test_saying_speaker() -> None:
    assert saying_speaker("Ibrahim Dabbashi said the army is shooting") >= saying_speaker("Dabbashi said so")
    assert saying_speaker("Mustafa Abdul Jalil resigned to protest") is None
    assert saying_speaker("A United Nations official said her meeting ended") is None


def test_another_day_stays_apart() -> None:
    day = [_cluster("a1", "Dabbashi said the toll could be 800", "Dabbashi said Monday the toll could be 800.",
                    "2011-02-21"),
           _cluster("a1", "Ibrahim Dabbashi said the army shoots", "Ibrahim Dabbashi said Tuesday the army shoots.",
                    "2011-02-22")]
    join_speaker_twins(day)
    assert all(c.members for c in day)


def test_occasions() -> None:
    assert occasions("In a speech Monday, Obama said") == frozenset({"speech"})
    assert occasions("Obama said Monday") == frozenset()


def test_closing_attribution_is_a_saying() -> None:
    assert saying_speaker("If laws were broken, those responsible will be brought to justice, President Obama said")
    assert saying_speaker("Dabbashi also said the toll could be 800")
    assert saying_speaker("Health Secretary Jose Angel Cordova announced the toll") is None
