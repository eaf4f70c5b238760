"""speed3: every article's names (NameSets.every_name) are gathered once, not once per cluster a join reads."""

from __future__ import annotations

from timeline.merge.joins import NameSets


def test_every_name_is_the_union_of_the_articles_names_made_once():
    sets = NameSets({"a": frozenset({"gaddafi", "tripoli"}), "b": frozenset({"benghazi"}), "c": frozenset()})
    every = sets.every_name()
    assert every == {"gaddafi", "tripoli", "benghazi"}
    assert sets.every_name() is every  # held: the year incidents ask once per cluster (a pass grew with the square)


def test_every_name_of_no_articles_is_empty():
    assert NameSets({}).every_name() == frozenset()
