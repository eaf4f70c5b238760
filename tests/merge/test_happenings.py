"""One happening of one day told with different nouns is one entry (merge.happenings.join_day_happenings;
derivations.yaml ``day_happenings``): the examples' sentences tell one happening of one class and kind, the near
misses two (two kinds, two places, two people), the plans, negations and adjectives none."""

from __future__ import annotations

import pytest

from timeline.merge.happenings import happenings_of, join_day_happenings
from timeline.merge.joins import article_names
from timeline.merge.similarity import Similarity, derivations

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = derivations()["day_happenings"]["examples"]
FILLER = [(f"z{i}", "2010-01-01", f"BP filler event number {i} happened.")
          for i in range(30)]  # a corpus in which a place's or a person's name is rare


def _joined(rows: list[tuple[str, str, str]], published: str = "") -> list[list[str]]:
    clusters, items = singleton_clusters(rows, published)
    join_day_happenings(clusters, Similarity(items), article_names(items))
    return sorted(sorted(m.event.article for m in c.members) for c in clusters if c.members)


def _day(sentences: list[str], one_article: bool = False) -> list[tuple[str, str, str]]:
    return [("a" if one_article else f"a{i}", "2010-05-08", s) for i, s in enumerate(sentences)]


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_one_happening_told_with_different_nouns_joins(row):
    joined = _joined(_day(row, one_article=True) + FILLER)
    assert len([g for g in joined if not g[0].startswith("z")]) == 1


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_two_happenings_of_one_day_stay_apart(row):
    joined = _joined(_day(row) + FILLER)
    assert len([g for g in joined if not g[0].startswith("z")]) == len(row)


@pytest.mark.parametrize("sentence", EXAMPLES["none"])
def test_a_plan_a_negation_or_an_adjective_tells_none(sentence):
    assert happenings_of(sentence) == []


def test_a_suit_needs_one_article_or_a_rare_name():
    row = ["Alabama filed a lawsuit against BP yesterday.", "A complaint filed by Louisiana accuses BP of negligence."]
    joined = _joined(_day(row) + FILLER)
    assert len([g for g in joined if not g[0].startswith("z")]) == 2


def test_one_article_is_not_enough_for_a_gathering():
    # a live blog tells a day's several meetings: a gathering needs its parties named alike, whatever the article
    row = ["Clinton held talks with Jibril in Abu Dhabi on Monday.",
           "Sarkozy held talks with Medvedev at the Elysee on Monday."]
    joined = _joined(_day(row, one_article=True) + [("y", "2010-01-02", "Later Clinton, Jibril, Sarkozy and Medvedev "
                                                                          "spoke of Abu Dhabi and the Elysee.")] + FILLER)
    assert len([g for g in joined if g[0] == "a"]) == 2


def test_a_gathering_s_titles_are_no_parties():
    # "President Obama" and "Obama" name one party: the title is no name the other telling lacks
    row = ["Svanberg has been summoned to the White House for talks with Obama on Wednesday.",
           "President Obama emerged after today's meeting and said that two issues had been discussed."]
    assert len([g for g in _joined(_day(row) + FILLER) if not g[0].startswith("z")]) == 1


def test_another_day_stays_apart():
    rows = [("a", "2010-05-08", "The first attempt to stem the flow with a huge containment tower failed on Saturday."),
            ("b", "2010-05-09", "BP crews were forced to abandon their efforts to put a box over the leak.")]
    assert len(_joined(rows + FILLER)) == 32


@pytest.mark.parametrize("row", EXAMPLES["past_one"])
def test_one_recalled_day_told_by_two_articles_joins(row):
    joined = _joined(_day(row) + FILLER, published="2011-03-01")
    assert len([g for g in joined if not g[0].startswith("z")]) == 1


@pytest.mark.parametrize("row", EXAMPLES["past_apart"])
def test_two_recalled_happenings_of_one_day_stay_apart(row):
    joined = _joined(_day(row) + FILLER, published="2011-03-01")
    assert len([g for g in joined if not g[0].startswith("z")]) == len(row)


def test_a_coup_on_the_feeds_own_day_joins_nothing():
    row = EXAMPLES["past_one"][0]
    joined = _joined(_day(row) + FILLER, published="2010-05-09")
    assert len([g for g in joined if not g[0].startswith("z")]) == 2


# twins41: one act of a day told by its aftermath (derivations.yaml ``day_aftermaths``)
AFTERMATHS = derivations()["day_aftermaths"]["examples"]


@pytest.mark.parametrize("row", AFTERMATHS["one"])
def test_one_act_told_by_its_aftermath_joins_across_articles(row):
    joined = _joined(_day(row) + FILLER)
    assert len([g for g in joined if not g[0].startswith("z")]) == 1


@pytest.mark.parametrize("row", AFTERMATHS["apart"])
def test_two_acts_of_one_day_told_by_aftermaths_stay_apart(row):
    joined = _joined(_day(row) + FILLER)
    assert len([g for g in joined if not g[0].startswith("z")]) == len(row)


@pytest.mark.parametrize("sentence", AFTERMATHS["none"])
def test_no_dwelling_or_store_struck(sentence):
    assert not [t for t in happenings_of(sentence) if t.group.startswith("strike_on_")]


def test_a_dwelling_placed_in_one_common_town_joins_across_articles():
    # "Tripoli", "NATO" and "Libyan" are too common to be rare names: the town after both houses is what they share
    common = [(f"y{i}", "2010-01-01", f"Libyan officials and NATO met in Tripoli for filler number {i}.")
              for i in range(10)]
    row = ["Libyan officials said on Sunday a NATO strike had hit a civilian house in the capital Tripoli.",
           "NATO acknowledged on Sunday that a strike erred and destroyed a house in Tripoli."]
    joined = _joined(_day(row) + common + FILLER)
    assert len([g for g in joined if g[0].startswith("a")]) == 1
    row = ["Libyan officials said on Sunday a NATO strike had hit a civilian house in the capital Tripoli.",
           "NATO acknowledged on Sunday that a strike erred and destroyed a house in Misrata."]
    joined = _joined(_day(row) + common + FILLER)
    assert len([g for g in joined if g[0].startswith("a")]) == 2


def test_a_dwelling_joins_a_group_it_agrees_with_through_one_member():
    # the town links the first to the second; the rare district links the second to the third
    common = [(f"y{i}", "2010-01-01", f"Libyan officials and NATO met in Tripoli for filler number {i}.")
              for i in range(10)]
    row = ["Reporters taken to Tripoli's Souq al-Juma district on Sunday saw bodies pulled out of the rubble of a destroyed building.",
           "NATO acknowledged on Sunday that a strike near Souq al-Juma erred and destroyed a house in Tripoli.",
           "Libyan officials said on Sunday a NATO strike had hit a civilian house in the capital Tripoli."]
    joined = _joined(_day(row) + common + FILLER)
    assert len([g for g in joined if g[0].startswith("a")]) == 1
