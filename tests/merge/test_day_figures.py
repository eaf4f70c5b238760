"""twins45: one figure of a day (or a month) told twice in other words ("put the number of dead at 16" / "At least 16
people were killed"; "about 75% of the oil" / "nearly three-quarters of it") is one entry
(merge.happenings.join_day_figures; derivations.yaml ``day_figures``); two units, two tolls, two doers, a figure
only beside the title's happening, a small number, a year or a day of a month stay apart."""

from __future__ import annotations

import pytest

from timeline.merge.happenings import Figure, figures_apart, figures_of, join_day_figures, same_figure
from timeline.merge.joins import article_names
from timeline.merge.similarity import Similarity, derivations

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = derivations()["day_figures"]["examples"]
FILLER = [(f"z{i}", "2009-01-01", f"BP filler event {w} happened.")
          for i, w in enumerate("abcdefghijklmnopqrstuvwxyz")]  # a corpus in which a doer's or a town's name is rare


def _groups(row: list[str], date: str = "2011-04-24") -> int:
    title_a, quote_a, title_b, quote_b = row
    clusters, items = singleton_clusters([("a1", date, title_a, quote_a), ("a2", date, title_b, quote_b)] + FILLER)
    join_day_figures(clusters, Similarity(items), article_names(items))
    return len([c for c in clusters if c.members and not c.members[0].event.article.startswith("z")])


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_one_figure_told_twice_joins(row):
    assert _groups(row) == 1


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_one_figure_of_a_month_joins(row):
    assert _groups(row, "2010-08") == 1


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_near_misses_stay_apart(row):
    assert _groups(row) == 2


def test_one_figure_on_two_dates_stays_apart():
    title_a, quote_a, title_b, quote_b = EXAMPLES["one"][0]
    clusters, items = singleton_clusters([("a1", "2011-04-24", title_a, quote_a), ("a2", "2011-04-25", title_b, quote_b)]
                                         + FILLER)
    join_day_figures(clusters, Similarity(items), article_names(items))
    assert all(c.members for c in clusters)


@pytest.mark.parametrize("a, b", [
    ("about 75% of the oil was gone", "nearly three-quarters of it had evaporated"),
    ("cut dispersants by 75 per cent", "three quarters of the oil"),
    ("BP said the cap captured 10,000 barrels", "about ten thousand barrels a day"),
    ("a bill for $480m from BP", "BP has sent a bill for $480 million"),
    ("the 5,000-barrel estimate", "revised its estimate upwards to 5,000 barrels a day"),
])
def test_one_quantity_in_other_words(a, b):
    assert same_figure(figures_of(a), figures_of(b))


@pytest.mark.parametrize("a, b", [
    ("revised its estimate upwards to 5,000 barrels a day", "only received $5,000 compensation cheques"),
    ("a bill for $480m", "a bill for \u00a3480m"),  # two currencies
    ("two people were killed", "two people were wounded"),  # a small count alone
    ("The ship sank in 2010", "The rig exploded in 2010"),  # a year
    ("on June 16 the rig exploded", "the well was capped on 16 June"),  # a day of a month
    ("at 10:30 the rig exploded", "at 10:30 the well was capped"),  # a time of day
    ("about 75% of the oil", "about 0.75 barrels"),  # a share is no count
    ("Anti-aircraft fire rang out for a third night", "a third of the planes were grounded"),  # an ordinal
])
def test_no_one_quantity(a, b):
    assert not same_figure(figures_of(a), figures_of(b))


def test_figures_of_one_unit_apart():
    assert figures_apart(figures_of("16 people were killed and 71 were wounded"),
                         figures_of("16 people were killed and 40 were wounded"))
    assert not figures_apart(figures_of("put the number of dead at 16, with 71 wounded"),
                             figures_of("at least 16 people were killed and 71 were wounded"))


def test_figures_read():
    assert figures_of("at least 16 people were killed") == {Figure(16.0, "people")}
    assert figures_of("put the number of dead at 16, with 71 wounded") >= {Figure(16.0, "")}
    assert figures_of("about ten thousand barrels") == {Figure(10000.0, "barrel")}
    assert figures_of("\u00a33m compensation") == {Figure(3000000.0, "\u00a3")}
    assert figures_of("in 2010, on June 16, at 10:30") == frozenset()
    assert figures_of("put the number of dead at 16 on Sunday") == {Figure(16.0, "")}  # "on" is no unit
    assert figures_of("about three dozen soldiers") == {Figure(36.0, "soldier")}
