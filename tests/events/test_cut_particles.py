"""A printed title cut before the particle that completes its last verb keeps it (polish.with_verb_particle;
polish.yaml verb_particle): "The deal was first agreed [upon]", "the military should step [in]", "Obama weighed [in]
Saturday"; not a preposition with its object, a relative's "in which", nor a date's own preposition."""
import pytest

from timeline.events.polish import polished, printed, rules, with_verb_particle

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["verb_particle_examples"], ids=lambda e: e["title"][:40])
def test_a_title_keeps_the_particle_its_verb_needs_when_printed(example):
    assert with_verb_particle(example["title"], example["sentence"], example["expression"]) == example["printed"]
    assert printed(example["title"], example["sentence"], example["expression"]) == example["printed"]


@pytest.mark.parametrize("example", TABLE["verb_particle_examples"], ids=lambda e: e["title"][:40])
def test_the_members_titles_the_merge_compares_stay_as_cut(example):
    assert polished(example["title"], example["sentence"], example["expression"]) != example["printed"]


@pytest.mark.parametrize("example", TABLE["verb_particle_near_misses"], ids=lambda e: e["title"][:40])
def test_a_preposition_with_its_object_a_relative_or_a_dates_preposition_stays_out(example):
    assert with_verb_particle(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_the_particle_must_govern_nothing_after_it():
    sentence = "The rebels moved on Monday in because the town had fallen."
    assert with_verb_particle("The rebels moved", sentence, "Monday") == "The rebels moved in"
    # "in" with its object: a place, not the verb's particle
    assert with_verb_particle("The rebels moved", "The rebels moved on Monday in the town.", "Monday") \
        == "The rebels moved"


def test_a_verb_that_ends_its_clause_stays_as_it_is():
    # nothing after the verb: no particle to keep (the rig sank; Jackson died)
    assert with_verb_particle("The rig sank", "The rig sank on 22 April.", "22 April") == "The rig sank"
    assert with_verb_particle("Jackson died", "Jackson died on Thursday, aged 50.", "Thursday") == "Jackson died"


def test_a_popped_in_comes_back_only_before_a_date_that_takes_no_in():
    title = "Obama weighed"
    assert with_verb_particle(title, "Obama weighed in Saturday, telling Merkel to act.", "Saturday") \
        == "Obama weighed in"
    assert with_verb_particle(title, "Obama weighed in last week, telling Merkel to act.", "last week") \
        == "Obama weighed in"
    # "in March": the month's own preposition; a noun before the date: the title ends on no verb
    assert with_verb_particle(title, "Obama weighed in March, telling Merkel to act.", "March") == title
    assert with_verb_particle("The attack came", "The attack came in 2009, killing ten.", "2009") == "The attack came"


def test_a_popped_in_comes_back_before_the_dates_own_preposition():
    title = "She served 25 years on the court after being sworn"
    sentence = "She served 25 years on the court after being sworn in on the 25th of September, 1981."
    assert with_verb_particle(title, sentence, "the 25th of September, 1981") == f"{title} in"
    # "on" the date's own and nothing before it: the title ends on its verb
    assert with_verb_particle("The rig sank", "The rig sank on 22 April.", "22 April") == "The rig sank"
