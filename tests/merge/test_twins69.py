"""twins69: a body's name both titles write ("Security Council") is a participant a month's entry and a day entry
share, however common its words are in the corpus (coarse_twins.yaml ``bodies``, timeline.merge.coarse_twins)."""

from __future__ import annotations

import pytest

from test_coarse_twins import _item
from timeline.merge.clustering import Cluster
from timeline.merge.coarse_twins import _body_names, _table, join_coarse_twins, shared_participants
from timeline.merge.similarity import Similarity, title_word_key

# every word of the bodies' and persons' names below is common in this corpus: only the body rule can join them
COMMON = "security council un us european union national transitional conrad murray dr libya court vote authorize"


def _joined(coarse: tuple[str, str], days: list[tuple[str, str]], reverse: bool = False) -> list[list[str]]:
    items = [_item("coarse", *coarse)] + [_item(f"day{n}", *day) for n, day in enumerate(days)]
    others = [_item(f"other{n}", f"2000-01-{n % 28 + 1:02d}", f"Other report {n} said", "said", COMMON)
              for n in range(100)]
    order = list(reversed(items)) if reverse else items
    clusters = []
    for item in order:
        cluster = Cluster()
        cluster.add(item)
        clusters.append(cluster)
    join_coarse_twins(clusters, Similarity([*order, *others]))
    return sorted(sorted(m.event.title for m in c.members) for c in clusters if c.members)


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize("case", _table()["bodies_examples"], ids=lambda c: c["name"])
def test_the_examples_of_bodies(case, reverse):
    entries = _joined(tuple(case["coarse"]), [tuple(d) for d in case["days"]], reverse)
    coarse_title = case["coarse"][1]
    if "joins" in case:
        assert sorted([coarse_title, case["joins"]]) in entries, entries
        assert len(entries) == len(case["days"])
    else:
        assert len(entries) == 1 + len(case["days"]), entries


@pytest.mark.parametrize("title, names", [
    ("The U.N. Security Council voted to authorize a no-fly zone", {("security", "council")}),
    ("Russia abstained in the Security Council vote", {("security", "council")}),
    ("Libya's National Transitional Council agreed", {("transitional", "council")}),  # as keys: "transit"
    ("The Council of the European Union agreed", set()),  # "Union" after "European": ("european", "union")
    ("Council members agreed", set()),  # the first word's capital says nothing
    ("The council of elders met", set()),  # not capitalised: no name
    ("Dr Conrad Murray appeared in court", set()),  # a person's name
])
def test_body_names(title, names):
    if "European" in title:
        names = {("european", "union")}
    assert _body_names(title) == frozenset((title_word_key(a), title_word_key(b)) for a, b in names)


def test_a_body_name_is_a_participant_only_when_both_titles_write_it():
    items = [_item("a", "2011-03", "Russia abstained in the U.N. Security Council vote", "abstained"),
             _item("b", "2011-03-17", "The U.N. Security Council voted to authorize a no-fly zone", "voted"),
             _item("c", "2011-03-20", "The U.N. General Assembly voted to suspend Libya", "voted")]
    others = [_item(f"o{n}", "2000-01-01", f"Other report {n} said", "said", COMMON) for n in range(100)]
    sim = Similarity([*items, *others])
    assert {"security", "council"} <= shared_participants(sim, items[0], items[1])
    assert not {"security", "council"} & shared_participants(sim, items[0], items[2])
