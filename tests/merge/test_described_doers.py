"""One person's act of one day, named in one entry and described by a role noun in another
(joins.join_described_doers, derivations.yaml ``described_doers``): the two join when the described entry's sources
write the name and the titles share what was done; another doer, another act or a common verb stays apart."""

from __future__ import annotations

import pytest

from timeline.events.titles import event_keys
from timeline.merge.clustering import Cluster
from timeline.merge.joins import article_names, join_described_doers
from timeline.merge.similarity import derivations, item_of
from timeline.model import Event, Source

EXAMPLES = derivations()["described_doers"]["examples"]
DATE = "2011-03-26"


def _item(title: str, trigger: str, article: str):
    event = Event(article=article, date=DATE, mod="", title=title, source=Source(article, title + ".", DATE),
                  keys=event_keys(title), trigger=trigger)
    return item_of(event)


def _joined(pair: list[list[str]]) -> bool:
    (title, trigger, other), (named, named_trigger) = pair
    described = Cluster()
    for item in (_item(title, trigger, "a"), _item(other, trigger, "c")):
        described.add(item)
    told = Cluster()
    told.add(_item(named, named_trigger, "b"))
    clusters = [told, described]
    join_described_doers(clusters, article_names([m for c in clusters for m in c.members]))
    return not described.members and len(told.members) == 3


@pytest.mark.parametrize("pair", EXAMPLES["one"], ids=lambda p: f"{p[0][0][:30]} / {p[1][0][:30]}")
def test_a_described_doer_joins_the_named_one_its_sources_write(pair):
    assert _joined(pair)


@pytest.mark.parametrize("pair", EXAMPLES["apart"], ids=lambda p: f"{p[0][0][:30]} / {p[1][0][:30]}")
def test_another_doer_act_or_common_verb_stays_apart(pair):
    assert not _joined(pair)


def test_two_named_doers_of_the_day_leave_the_described_one_apart():
    (title, trigger, other), (named, named_trigger) = EXAMPLES["one"][0]
    described = Cluster()
    described.add(_item(title, trigger, "a"))
    described.add(_item(other + " with Sarah Smith", trigger, "c"))
    clusters = [Cluster(), Cluster(), described]
    clusters[0].add(_item(named, named_trigger, "b"))
    clusters[1].add(_item("Smith stormed into the Rixos Hotel", named_trigger, "d"))
    join_described_doers(clusters, article_names([m for c in clusters for m in c.members]))
    assert described.members
