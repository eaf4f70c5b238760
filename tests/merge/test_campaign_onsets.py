"""twins66: the entries of one month telling the beginning of one war or one campaign join into the one most articles
tell (timeline.merge.campaign_onsets, campaign_onsets.yaml): "Civil war ... ignited" / "Fighting broke out" / "Rebels
launched their uprising" (February 2011), and then into the one larger day entry of the month telling a beginning of
its class. A town's battle, the other class, a day's and a year's beginnings stay."""

from __future__ import annotations

import pytest

from timeline.merge.campaign_onsets import _table, join_campaign_onsets, onset_class
from timeline.merge.clustering import Cluster
from timeline.merge.similarity import item_of, title_word_key, title_words
from timeline.model import Event, Source


def _cluster(name: str, date: str, articles: int, title: str) -> Cluster:
    cluster = Cluster()
    for n in range(articles):
        words = title_words(title)
        cluster.add(item_of(Event(article=f"{name}-{n}", date=date, mod="", title=title,
                                  source=Source(f"{name}-{n}", title + ".", date),
                                  keys=tuple(sorted({title_word_key(w) for w in words})), trigger=words[-1])))
    return cluster


@pytest.mark.parametrize("case", _table()["examples"], ids=lambda c: c["name"])
def test_the_examples_of_the_table(case):
    clusters = [_cluster(f"e{n}", case["month"], count, title) for n, (count, title) in enumerate(case["titles"])]
    clusters += [_cluster(f"d{n}", date, count, title) for n, (date, count, title) in enumerate(case.get("days", ()))]
    join_campaign_onsets(clusters)
    entries = [sorted({m.event.title for m in c.members}) for c in clusters if c.members]
    if case.get("joined"):
        assert sorted(case["joined"]) in entries, entries
        # the entry most articles tell is the one the others joined
        first = next(c for c in clusters if c.members and c.members[0].event.title == case["joined"][0])
        assert {m.event.title for m in first.members} == set(case["joined"])
    for title in case.get("apart", ()):
        assert [title] in entries, entries


@pytest.mark.parametrize("title, kind", [
    ("Civil war in the vast North African desert oil producer ignited", "war"),  # eight words to the verb
    ("Fighting broke out", "war"),
    ("Rebels launched their uprising against Gaddafi's 41 years of domination", "war"),  # a launch and its object
    ("NATO bombing campaign began", "campaign"),
    ("The pace of the NATO military effort got under way to protect demonstrators in Libya", "campaign"),
    ("NATO began bombing Libya", "campaign"),
    ("The fighting began in Misrata", None),  # a named town: a battle of the month
    ("The war in Libya began", None),  # a named setting after the noun
    ("The legions of foreign workers began fleeing the rapidly escalating conflict", None),  # the noun is no subject
    ("Rebels launched an attack", None),  # no war's or campaign's noun
    ("Libya's war began after months of protests and a crackdown that lasted into the summer", "war"),
    ("The war that the rebels fought for months with little help from abroad finally began", None),  # too far
])
def test_the_class_of_a_title(title, kind):
    assert onset_class(title) == kind
