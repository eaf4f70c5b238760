"""merge.joins.join_year_incidents on tellings whose own clause is another verb's (twins23)."""

from __future__ import annotations

import dataclasses

from timeline.merge.clustering import Cluster
from timeline.merge.joins import _power_words, _seizes_power, join_year_incidents
from timeline.merge.similarity import Similarity, item_of, title_words
from timeline.model import Event, Source


def _event(article: str, date: str, title: str, trigger: str, keys: str, published: str, mod: str = "") -> Event:
    return Event(article=article, date=date, mod=mod, title=title,
                 source=Source(article, title + ".", date, published=published),
                 keys=tuple(sorted(keys.split())), trigger=trigger)


def year_incident_clusters(happenings: list[frozenset[str]], events: list[Event]) -> list[Cluster]:
    """The clusters the events end in after join_year_incidents, each item's happening given (the event's own
    clause), among a hundred unrelated others."""
    items = [dataclasses.replace(item_of(e), happening=h) for e, h in zip(events, happenings)]
    others = [item_of(_event(f"o{n}", "2000-01-01", f"Other event {n}", "said", f"bp oil gulf other{n}", ""))
              for n in range(100)]
    clusters = [Cluster() for _ in items]
    for cluster, item in zip(clusters, items):
        cluster.add(item)
    join_year_incidents(clusters, [*items, *others], Similarity([*items, *others]))
    return [c for c in clusters if c.members]


def _joined(happenings: list[frozenset[str]], events: list[Event]) -> int:
    """How many entries the events end in."""
    return len(year_incident_clusters(happenings, events))


SPILL_SUBJECT = _event("c", "2006",
                       "A 4,800-barrel oil spill temporarily shut down the Prudhoe Bay drilling field pipeline", "shut",
                       "4800-barrel oil spill temporarily shut prudhoe bay drilling field pipeline alaskan",
                       "2010-05-05")
SPILL_TOLD = _event("b", "2006", "There was the Alaskan pipeline spill", "occurred",
                    "alaskan pipeline spill prudhoe bay occurred", "2010-05-05")


def test_a_past_years_spill_told_as_the_subject_of_another_verb_is_the_years_spill():
    # the subject's "spill" is no happening of its clause ("shut"), yet in a past year it tells the incident
    assert _joined([frozenset({"shut"}), frozenset({"spill"})], [SPILL_SUBJECT, SPILL_TOLD]) == 1


def test_a_current_years_spill_as_a_subject_tells_no_incident():
    current = dataclasses.replace(SPILL_SUBJECT,
                                  source=dataclasses.replace(SPILL_SUBJECT.source, published="2006-05-05"))
    told = dataclasses.replace(SPILL_TOLD, source=dataclasses.replace(SPILL_TOLD.source, published="2006-06-05"))
    assert _joined([frozenset({"shut"}), frozenset({"spill"})], [current, told]) == 2


def test_a_seizure_of_power_and_a_towns_capture():
    # power_seizures: a verb and, within the gap, an object not followed by "of"
    assert _seizes_power(title_words("Gadhafi seized control"))
    assert _seizes_power(title_words("The Free Officers brought Gadhafi to power"))
    assert not _seizes_power(title_words("Rebels took control of Brega"))
    assert not _seizes_power(title_words("Gadhafi seized the airport"))
    assert "power" in _power_words("objects")
