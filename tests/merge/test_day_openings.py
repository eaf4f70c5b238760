"""twins43: the opening of a campaign or an uprising is one happening of its day, told by its first act, its signal,
its weapons (merge.happenings.join_day_openings; derivations.yaml ``day_openings``): the examples' sentences join, the
near misses (too few articles telling an opening, two places) stay apart, plans, sayings and votes tell none."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.happenings import day_toll_part, join_day_openings, join_day_toll_parts, openings_of
from timeline.merge.similarity import Similarity, derivations, item_of, title_word_key, title_words
from timeline.model import Event, Source

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = derivations()["day_openings"]["examples"]
FILLER = [(f"z{i}", "2010-01-01", f"Filler event number {i} happened.") for i in range(30)]


def _joined(rows: list[tuple[str, str, str]]) -> list[list[str]]:
    clusters, items = singleton_clusters(rows)
    join_day_openings(clusters, Similarity(items))
    return [sorted(m.event.article for m in c.members) for c in clusters if c.members]


def _day(sentences: list[str], date: str = "2011-03-19") -> list[tuple[str, str, str]]:
    return [(f"a{i}", date, s) for i, s in enumerate(sentences)]


def _groups(rows: list[tuple[str, str, str]]) -> int:
    return len([g for g in _joined(rows + FILLER) if not g[0].startswith("z")])


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_an_opening_told_by_its_first_act_its_signal_or_its_weapons_joins(row):
    assert _groups(_day(row)) == 1


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_too_few_openings_or_two_places_stay_apart(row):
    assert _groups(_day(row)) > 1


@pytest.mark.parametrize("sentence", EXAMPLES["none"])
def test_a_plan_a_saying_or_a_vote_tells_no_opening(sentence):
    assert not any(o.onset for o in openings_of(sentence).values())


def test_another_day_stays_apart():
    row = EXAMPLES["one"][0]
    rows = _day(row[:3]) + [("b", "2011-03-20", row[4])]
    assert _groups(rows) == 2


def test_the_start_of_protests_and_their_eruption_are_one_opening():
    row = ["The news network reports Facebook was used to coordinate the start of the protests in Libya, which went into full swing on February 17.",
           "Two days later, protests against Col. Moammar Gadhafi's 41-year rule erupted in the eastern city of Benghazi.",
           "Protests against Gadhafi's rule began in Benghazi on February 17."]
    common = [(f"y{i}", "2010-01-01", f"Libya filler number {i}.") for i in range(10)]
    joined = _joined(_day(row, "2011-02-17") + common + FILLER)
    assert len([g for g in joined if g[0].startswith("a")]) == 1


def test_an_entry_whose_title_tells_another_thing_keeps_it():
    # its other source tells the opening (and counts toward the day's), but its title is the announcement
    row = EXAMPLES["one"][0][:3]
    rows = _day(row) + FILLER
    clusters, items = [], []
    paris = "Leaders meeting in Paris announced the start of military intervention on Saturday."
    for article, date, quote in rows + [("p", "2011-03-19", paris), ("p2", "2011-03-19", paris),
                                        ("q", "2011-03-19", "Coalition air strikes began on Saturday near the coast.")]:
        event = Event(article=article, date=date, mod="", title=quote.rstrip("."), source=Source(article, quote, date),
                      keys=tuple(sorted({title_word_key(w) for w in title_words(quote)})), trigger="tell")
        items.append(item_of(event))
    for item in items[:-2]:
        cluster = Cluster()
        cluster.add(item)
        clusters.append(cluster)
    clusters[-1].add(items[-2])
    clusters[-1].add(items[-1])  # the announcement's entry holds an opening's telling beside its title
    join_day_openings(clusters, Similarity(items))
    groups = [sorted(m.event.article for m in c.members) for c in clusters if c.members]
    assert ["p", "p2", "q"] in groups and ["a0", "a1", "a2"] in groups


# a day's toll told by its part (day_openings.tolls; join_day_toll_parts)
TOLLS = derivations()["day_openings"]["tolls"]["examples"]


def _one_article_day(sentences: list[str]) -> list[list[str]]:
    # one article's sentences of Friday 2011-02-18, each its own entry
    clusters = []
    for i, quote in enumerate(sentences):
        event = Event(article="a", date="2011-02-18", mod="", title=quote.rstrip("."), source=Source("a", quote, "2011-02-18"),
                      keys=tuple(sorted({title_word_key(w) for w in title_words(quote)} | {f"k{i}"})), trigger="tell")
        cluster = Cluster()
        cluster.add(item_of(event))
        clusters.append(cluster)
    join_day_toll_parts(clusters)
    return [[m.event.title for m in c.members] for c in clusters if c.members]


@pytest.mark.parametrize("row", TOLLS["one"])
def test_a_running_toll_whose_subject_is_the_days_dead_joins_the_days_count(row):
    assert len(_one_article_day(row)) == 1


@pytest.mark.parametrize("row", TOLLS["apart"])
def test_no_count_of_the_day_or_no_days_dead_stays_apart(row):
    assert len(_one_article_day(row)) == 2


def test_another_weekday_is_no_part_of_the_day():
    assert not day_toll_part("Thursday's killings brought to 50 the number killed.", "2011-02-18")
    assert day_toll_part("Friday's killings brought to 50 the number killed.", "2011-02-18")
