"""twins68: a fighting side's advance or attack told with no town joins the day's ground battle of the one town its own
sentence names (merge.placed_sides, placed_sides.yaml ``examples``): "A carefully orchestrated uprising was launched to
coincide with the advance of rebel troops on three fronts" ("... the fall of Tripoli came quickly ...") / "376 people
were killed in fighting in Tripoli"; a sentence naming no place, another town, two places or a dateline's town, a
title naming a country or no side, a plan, an air strike, another day stay apart."""

from __future__ import annotations

import pytest

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path

from timeline.merge.placed_sides import _table, cluster_place, join_placed_sides, sentence_places, side_unplaced

EXAMPLES = _table()["examples"]


def _joined(rows) -> bool:
    clusters, _ = singleton_clusters(rows)
    join_placed_sides(clusters)
    return sum(1 for c in clusters if c.members) < len(rows)


def _rows(case, days=("2011-08-20", "2011-08-20")):
    return [(f"a{i}.htm", day, *pair) for i, (pair, day) in enumerate(zip((case["battle"], case["placed"]), days))]


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda c: c["name"])
def test_the_table_examples(case):
    rows = _rows(case)
    assert _joined(rows) == case["one"]
    assert _joined(list(reversed(rows))) == case["one"]  # indifferent to which comes first


def test_the_table_holds_both_kinds():
    assert {c["one"] for c in EXAMPLES} == {True, False}


def test_another_day_stays_apart():
    case = next(c for c in EXAMPLES if c["one"])
    assert not _joined(_rows(case, ("2011-08-20", "2011-08-21")))


def test_a_second_ground_battle_of_another_town_does_not_stop_the_placed_one():
    case = EXAMPLES[0]
    rows = _rows(case) + [("a9.htm", "2011-08-20", "Rebels clashed with government troops in Zawiya",
                           "Rebels clashed with government troops in Zawiya.")]
    clusters, _ = singleton_clusters(rows)
    join_placed_sides(clusters)
    assert [len(c.members) for c in clusters] == [2, 0, 1]


def test_a_town_of_two_ground_entries_that_day_is_left_apart():
    case = EXAMPLES[0]
    rows = _rows(case) + [("a9.htm", "2011-08-20", "Government forces shelled Tripoli",
                           "Government forces shelled Tripoli.")]
    clusters, _ = singleton_clusters(rows)
    join_placed_sides(clusters)  # (join_town_battles would have made the two Tripoli battles one entry first)
    assert all(len(c.members) == 1 for c in clusters)


@pytest.mark.parametrize(("title", "unplaced"), [
    ("A carefully orchestrated uprising was launched to coincide with the advance of rebel troops", True),
    ("Government troops mounted a sustained assault", True),
    ("Rebel forces had attacked the gates of the compound", True),
    ("Rebels attacked government positions in Brega", False),  # a town: town_battles' work
    ("Government forces attacked rebels in Libya", False),  # a country
    ("Clashes erupted again", False),  # no side
    ("Rebels vowed to attack government positions", False),  # a plan
    ("Rebels said a car bomb killed two fighters", False),  # a bombing
    ("Rebels met with the envoy", False),  # no violence
    ("U.S. military officials said Saturday's strikes had halted an advance by Muammar Gaddafi's forces", False),  # air
])
def test_what_tells_a_sides_violence_with_no_place(title, unplaced):
    assert side_unplaced(title) == unplaced


@pytest.mark.parametrize(("quote", "places"), [
    ("After a six-month civil war, the fall of Tripoli came quickly.", {"tripoli"}),
    ("The fortified Tripoli compound attacked by Libyan rebels Tuesday is the seat of his power.", {"tripoli"}),
    ("A rebel spokesman said fighting had moved westward from Misrata.", {"misrata"}),
    ("Rebel fighters retreated east of al-Brega on Sunday.", {"brega"}),
    ("Rebel fighters pushed forward from Ajdabiya toward Brega on Monday.", {"ajdabiya", "brega"}),
    ("TRIPOLI, Libya (CNN) -- Government forces attacked rebel positions on Monday.", set()),
    ("Tuesday morning troops announced they were in control, the spokesman said.", set()),
    ("Government troops mounted a sustained assault, Moammar Gadhafi's spokesman said.", set()),
])
def test_the_places_a_sentence_names(quote, places):
    assert sentence_places(quote, frozenset({"tripoli"})) == places


def test_a_cluster_is_placed_when_every_sentence_naming_a_place_names_the_one_town():
    towns = frozenset({"tripoli", "zawiya"})
    assert cluster_place(["Rebels attacked the city of Tripoli.", "Rebels attacked at dawn."], towns) == "tripoli"
    assert cluster_place(["Rebels attacked the city of Tripoli.", "Rebels attacked Zawiya."], towns) is None
    assert cluster_place(["Rebels attacked at dawn.", "Rebels attacked before noon."], towns) is None
    assert cluster_place(["Rebels attacked the city of Tripoli and Zawiya."], towns) is None
    assert cluster_place(["Rebels attacked the outskirts of Sirte."], towns) is None  # no battle of that town
