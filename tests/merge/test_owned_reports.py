"""One named owner's report told by several entries of one day is one entry (merge.joins.report_owner,
join_owned_reports; derivations.yaml ``owned_reports``): the examples' titles name their owner, the near misses
(a report another doer reacts to, a report nobody is named as the owner of) name none."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.joins import join_definite_instruments, join_owned_reports, report_owner
from timeline.merge.similarity import derivations, item_of
from timeline.model import Event, Source

EXAMPLES = derivations()["owned_reports"]["examples"]


@pytest.mark.parametrize("title,owner", EXAMPLES["owner"])
def test_a_report_as_the_titles_happening_names_its_owner(title, owner):
    assert report_owner(title) == owner


@pytest.mark.parametrize("title", EXAMPLES["none"])
def test_a_report_reacted_to_or_of_no_one_names_no_owner(title):
    assert report_owner(title) is None


def _clusters(rows: list[tuple[str, str, str]]) -> list[Cluster]:
    clusters = []
    for article, date, title in rows:
        event = Event(article=article, date=date, mod="", title=title, source=Source(article, title + ".", date),
                      keys=tuple(sorted(title.lower().split())), trigger="report")
        cluster = Cluster()
        cluster.add(item_of(event))
        clusters.append(cluster)
    return clusters


def test_one_owners_reports_of_one_day_join_and_others_stay():
    clusters = _clusters([
        ("a", "2010-09-08", "A report by BP's investigation team takes this demolition job a stage further"),
        ("b", "2010-09-08", "A report was released by BP"),
        ("c", "2010-09-08", "Transocean accused BP of attempting to conceal its own failings in a report"),
        ("d", "2010-09-09", "BP published its own findings into the causes of the disaster"),
        ("e", "2010-09-08", "Amnesty International published a report on the situation"),
    ])
    join_owned_reports(clusters)
    entries = sorted(sorted(m.event.article for m in c.members) for c in clusters if c.members)
    assert entries == [["a", "b"], ["c"], ["d"], ["e"]]


INSTRUMENTS = derivations()["definite_instruments"]["examples"]


def _pair_joined(pair: list[str]) -> bool:
    clusters = _clusters([("a", "2010-05-16", pair[0]), ("b", "2010-05-16", pair[1])])
    join_definite_instruments(clusters)
    return sum(bool(c.members) for c in clusters) == 1


@pytest.mark.parametrize("pair", INSTRUMENTS["one"])
def test_a_thing_used_joins_the_one_entry_introducing_it(pair):
    assert _pair_joined(pair)


@pytest.mark.parametrize("pair", INSTRUMENTS["apart"])
def test_another_doers_or_a_thing_not_used_stays_apart(pair):
    assert not _pair_joined(pair)


def test_a_thing_two_entries_introduce_stays_apart():
    clusters = _clusters([("a", "2010-05-16", "BP began funnelling the oil using the tube"),
                          ("b", "2010-05-16", "BP inserted a tube into the riser"),
                          ("c", "2010-05-16", "BP lowered a tube to the seabed")])
    join_definite_instruments(clusters)
    assert all(c.members for c in clusters)


MONTHS = EXAMPLES["months"]


def _month_pair_joined(pair: list[str]) -> bool:
    clusters = _clusters([("a", "2010-09", pair[0]), ("b", "2010-09", pair[1])])
    join_owned_reports(clusters)
    return sum(bool(c.members) for c in clusters) == 1


def test_an_owners_own_report_of_one_month_is_one():
    assert _month_pair_joined(MONTHS["one"])


def test_an_owners_other_reports_of_one_month_stay_apart():
    assert not _month_pair_joined(MONTHS["apart"])
