"""A printed title keeps the phrase its last verb needs (cuts1, polish.with_verb_complement; polish.yaml
verb_complement): the phrase a verb governs ("blame Britain [for the catastrophe]"), a "while" gerund telling how the
act happened, a distance's "away" after its bracketed conversion, the verb's phrase after an ", including ...,"
aside; every example and near miss of the table."""
import pytest

from timeline.events.polish import polished, printed, rules, with_verb_complement

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["verb_complement_examples"], ids=lambda e: e["title"][:40])
def test_a_title_keeps_the_phrase_its_verb_needs_when_printed(example):
    assert with_verb_complement(example["title"], example["sentence"], example["expression"]) == example["printed"]
    assert printed(example["title"], example["sentence"], example["expression"]) == example["printed"]


@pytest.mark.parametrize("example", TABLE["verb_complement_examples"], ids=lambda e: e["title"][:40])
def test_the_members_titles_the_merge_compares_stay_as_cut(example):
    # a print edit: polished (what the merge and the title choice weigh) does not add the phrase
    assert example["printed"] not in polished(example["title"], example["sentence"], example["expression"])


@pytest.mark.parametrize("example", TABLE["verb_complement_near_misses"], ids=lambda e: e["title"][:40])
def test_a_second_event_a_date_or_a_long_phrase_stays_out(example):
    assert with_verb_complement(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_a_preposition_its_verb_does_not_govern_is_no_complement():
    # "attacked" governs no "with"; "blamed" does govern "for"
    sentence = "Rebels attacked the town on Monday with mortars and blamed the army for the losses."
    assert with_verb_complement("Rebels attacked the town", sentence, "Monday") == "Rebels attacked the town"
    assert with_verb_complement("The minister blamed the army", "The minister blamed the army on Monday for the "
                                "losses.", "Monday") == "The minister blamed the army for the losses"


def test_a_while_clause_of_its_own_subject_is_a_second_event():
    sentence = "Rebels captured Brega on Monday while Gaddafi's forces shelled Misrata."
    assert with_verb_complement("Rebels captured Brega", sentence, "Monday") == "Rebels captured Brega"
    assert with_verb_complement("Rebels captured Brega", "Rebels captured Brega on Monday while shelling Misrata.",
                                "Monday") == "Rebels captured Brega while shelling Misrata"


def test_the_kept_phrase_must_end_at_a_boundary():
    # cut inside the phrase ("... left twelve soldiers [and several aid workers ...]"): nothing is kept
    sentence = "The minister blamed the army on Monday for the attack that left twelve soldiers and nine aid workers dead."
    assert with_verb_complement("The minister blamed the army", sentence, "Monday") == "The minister blamed the army"


def test_a_distance_with_nothing_after_its_bracket_stays():
    sentence = "On Sunday, forces shelled the city from 40 kilometers (25 miles), a spokesman said."
    title = "Forces shelled the city from 40 kilometers"
    assert with_verb_complement(title, sentence, "Sunday") == title
    assert with_verb_complement(title, sentence.replace("(25 miles),", "(25 miles) away,"), "Sunday") \
        == "Forces shelled the city from 40 kilometers away"


def test_an_editors_bracket_inside_a_name_stays_a_gloss_stays_out():
    title = "The plane was carrying members"
    assert with_verb_complement(title, "The plane was carrying members of (Libyan leader Moammar) Gadhafi's family on "
                                "Monday.", "Monday") == "The plane was carrying members of (Libyan leader Moammar) Gadhafi's family"
    # a bracket after a number glosses it: not freed, so the phrase is not kept
    assert with_verb_complement(title, "The plane was carrying members of a team worth 100 million euros ($144 "
                                "million) on Monday.", "Monday") == title
