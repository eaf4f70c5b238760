"""A big day's violence told in general by some entries and at its one town by others is one entry
(merge.overviews.told_overview, join_day_overviews; derivations.yaml ``day_overviews``): the examples' general
tellings (no town, a leading act of violence) join the day's one battle, or each other; a second town's battle,
another country, another side's strike, another party or town named, a speaker's report, a patrol stay apart."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.overviews import join_day_overviews, told_overview
from timeline.merge.similarity import derivations, item_of
from timeline.model import Event, Source

EXAMPLES = derivations()["day_overviews"]["examples"]


def _general(title: str) -> bool:
    told = told_overview(title)
    return told is not None and not told.towns and told.leads


@pytest.mark.parametrize("title,kind", EXAMPLES["general"])
def test_a_general_telling_tells_its_class_and_no_town(title, kind):
    assert _general(title)
    assert told_overview(title).kind == kind


@pytest.mark.parametrize("title,kind,towns", EXAMPLES["specific"])
def test_a_specific_telling_names_its_town(title, kind, towns):
    told = told_overview(title)
    assert (told.kind, told.towns) == (kind, frozenset(towns))


@pytest.mark.parametrize("title", EXAMPLES["not_general"])
def test_a_report_a_bombing_a_toll_or_a_patrol_is_no_general_telling(title):
    assert not _general(title)


def _clusters(rows: list[list[str]], date: str = "2011-03-19") -> list[Cluster]:
    clusters = []
    for row in rows:
        article, title = row[0], row[1]
        quote = row[2] if len(row) > 2 else title + "."
        event = Event(article=article, date=date, mod="", title=title, source=Source(article, quote, date),
                      keys=tuple(sorted(title.lower().split())), trigger="attack")
        cluster = Cluster()
        cluster.add(item_of(event))
        clusters.append(cluster)
    return clusters


def _entries(rows: list[list[str]], date: str = "2011-03-19") -> int:
    clusters = _clusters(rows, date)
    join_day_overviews(clusters)
    return sum(bool(c.members) for c in clusters)


@pytest.mark.parametrize("rows", EXAMPLES["one"])
def test_one_days_violence_told_in_general_and_at_its_town_is_one_entry(rows):
    assert _entries(rows) == 1


@pytest.mark.parametrize("rows", EXAMPLES["apart"])
def test_two_battles_other_countries_sides_parties_and_patrols_stay_apart(rows):
    assert _entries(rows) == len(rows)


def test_other_days_stay_apart():
    clusters = _clusters([["a", "Western forces hit targets along the Libyan coast"]], "2011-03-19") + \
        _clusters([["b", "A U.S. warship launched cruise missiles against Libya"]], "2011-03-20")
    join_day_overviews(clusters)
    assert all(c.members for c in clusters)
