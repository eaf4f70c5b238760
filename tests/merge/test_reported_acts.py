"""A telling of an act and the act itself (twins49, merge.reported_acts.join_reported_acts): a day entry whose title
reports an act ("BP announced ..., saying it had succeeded in inserting a tube") joins the one entry of its day that
does it ("BP successfully inserted a tube into the riser"); another act, a denial, a plan, a claim, another doer, or
two candidate acts stay apart (reported_acts.yaml ``examples``)."""

from __future__ import annotations

import pytest

from timeline.merge.reported_acts import content_act, does_act, join_reported_acts, reported_act, rules

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = rules()["examples"]


def _rows(day: list) -> list[tuple[str, ...]]:
    rows = []
    for i, entry in enumerate(day):
        title, sentence = (entry[0], entry[1]) if isinstance(entry, list) else (entry, entry + ".")
        rows.append((f"a{i}", "2010-05-16", title, sentence))
    return rows


def _groups(day: list) -> int:
    clusters, _ = singleton_clusters(_rows(day))
    join_reported_acts(clusters)
    return len([c for c in clusters if c.members])


@pytest.mark.parametrize("day", EXAMPLES["one"])
def test_a_report_joins_the_act_it_tells(day):
    assert _groups(day) == 1


@pytest.mark.parametrize("day", EXAMPLES["apart"])
def test_another_act_a_denial_a_plan_or_two_acts_stay_apart(day):
    assert _groups(day) == len(day)


def test_the_content_clause_of_a_saying_participle_is_read():
    act = reported_act("BP announced the first good news", "BP announced the first good news, saying it had succeeded "
                       "in inserting a tube into the riser.")
    assert act is not None and act.verb == "insert" and "tube" in act.objects and act.doer == {"bp"}


def test_a_pronoun_stands_for_the_teller_and_a_named_subject_for_itself():
    assert content_act("it had inserted a tube".split(), frozenset({"bp"})).doer == {"bp"}
    assert content_act("that troops had retaken the town".split(), frozenset({"bp"})).doer == {"troops"}


def test_a_content_without_a_past_verb_or_with_a_modal_tells_no_act():
    assert content_act("it would insert a tube".split(), frozenset({"bp"})) is None
    assert content_act("it is inserting a tube".split(), frozenset({"bp"})) is None
    assert reported_act("The cost has broken through the $2bn mark, BP told the City", "") is None


def test_an_act_needs_its_doer_before_its_verb():
    act = content_act("it had inserted a tube".split(), frozenset({"bp"}))
    assert does_act("BP inserted a tube into the riser", act)
    assert not does_act("Engineers inserted a tube into the riser", act)
    assert not does_act("Transocean inserted a tube into the riser", act)
    assert not does_act("BP said it inserted a tube into the riser", act)


def test_a_capitalised_past_form_is_a_name_not_the_verb():
    act = content_act("that the United Nations had imposed a no-fly zone".split(), frozenset({"oic"}))
    assert act is not None and act.verb == "impose" and act.doer == {"united", "nations"}


def test_a_teller_named_by_a_capitalised_past_form_is_read():
    act = reported_act("The United States said it had frozen $30 billion in Libyan assets", "")
    assert act is not None and act.verb == "freeze" and act.doer == {"united", "states"}


def test_an_act_may_go_on_after_its_object_but_not_be_denied_before_its_verb():
    act = content_act("troops had retaken the town".split(), frozenset({"ministry"}))
    assert does_act("Troops retook the town and pushed west", act)
    assert not does_act("Troops had not retaken the town", act)
