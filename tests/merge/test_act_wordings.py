"""One act of one day told by synonymous verbs (merge.acts.join_act_wordings, derivations.yaml ``act_wordings``):
"slapped" / "enacted" sanctions, "stormed into" / "burst into" a hotel are one entry when they share what the act
befell and their doers agree; two doers' acts, another idiom ("burst into flames"), another day stay apart."""

from __future__ import annotations

import pytest

from test_merge_derivations import _check_join_of_finished_entries  # a sibling module: pytest puts tests/merge on the path
from timeline.merge.acts import _classes, _leading_names, act_in
from timeline.merge.joins import article_names
from timeline.merge.acts import join_act_wordings
from timeline.merge.similarity import derivations, title_words

EXAMPLES = derivations()["act_wordings"]["examples"]


def _join(clusters, items, sim) -> None:
    join_act_wordings(clusters, sim, article_names(items))


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda c: c["name"])
def test_one_act_of_one_day_in_two_wordings(case):
    _check_join_of_finished_entries(_join, case)


@pytest.mark.parametrize(("title", "told"), [
    ("Al-Obeidy burst into the Rixos Hotel", True),
    ("A fighter jet burst into flames", False),
    ("The minister stormed out of the meeting", False),
    ("Protesters stormed the embassy", True),
    ("A storm hit the coast", False),
])
def test_a_storming_and_its_near_misses(title, told):
    storm = next(c for c in _classes() if c.name == "storm")
    assert (act_in(title_words(title), storm) is not None) == told


@pytest.mark.parametrize(("phrase", "doer"), [
    (["Barack", "Obama", "used", "first", "Oval", "Office"], ["Barack", "Obama"]),
    (["Obama's", "Oval", "Office"], ["Obama's"]),
    (["first", "televised"], []),
])
def test_an_address_doer_is_the_names_leading_its_modifiers(phrase, doer):
    # an address's modifiers stand before it ("his first Oval Office address"): its doer is the names leading them
    address = next(c for c in _classes() if c.name == "address")
    assert _leading_names(phrase, address) == doer
