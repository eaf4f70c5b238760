"""A printed title cut after the first member of a coordination keeps the second member its sentence goes on with
(polish.with_second_conjunct; polish.yaml second_conjunct): "some food warehouses [and a medical facility that
were hit by NATO forces]", "some oil [and gas]"; not a second predicate, a clause of its own subject, a date or a
quotation. Also: the "on" key of verb_complement governed reads as the word "on", not as YAML's boolean."""
from pathlib import Path

import pytest
import yaml

from timeline.events.polish import (_governed, _governing_verb, polished, printed, rules, with_second_conjunct,
                                    with_verb_complement)

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["second_conjunct_examples"], ids=lambda e: e["title"][:40])
def test_a_title_keeps_the_second_member_of_its_coordination_when_printed(example):
    assert with_second_conjunct(example["title"], example["sentence"], example["expression"]) == example["printed"]
    # (the print edits after it may add the sentence's opening place: "In Washington, ...")
    assert example["printed"] in printed(example["title"], example["sentence"], example["expression"])


@pytest.mark.parametrize("example", TABLE["second_conjunct_examples"], ids=lambda e: e["title"][:40])
def test_the_members_titles_the_merge_compares_stay_as_cut(example):
    # a print edit: polished (what the merge and the title choice weigh) does not add the member
    assert example["printed"] not in polished(example["title"], example["sentence"], example["expression"])


@pytest.mark.parametrize("example", TABLE["second_conjunct_near_misses"], ids=lambda e: e["title"][:40])
def test_a_second_predicate_a_clause_a_date_or_a_quotation_stays_out(example):
    assert with_second_conjunct(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_a_noun_phrase_member_is_kept_a_clause_with_its_own_verb_is_not():
    title = "NATO sank eight Libyan warships"
    assert with_second_conjunct(title, "NATO sank eight Libyan warships on Friday and a fuel tanker.", "Friday") \
        == "NATO sank eight Libyan warships and a fuel tanker"
    # the same words as a clause's subject, its verb after them
    assert with_second_conjunct(title, "NATO sank eight Libyan warships on Friday and a fuel tanker was seized.",
                                "Friday") == title
    # a second predicate of the title's own subject
    assert with_second_conjunct(title, "NATO sank eight Libyan warships on Friday and intercepted a fuel tanker.",
                                "Friday") == title


def test_the_member_stops_at_its_boundary():
    title = "An aide said the mud was stopping some oil"
    sentence = "An aide said Thursday the mud was stopping some oil and gas, but had a ways to go."
    assert with_second_conjunct(title, sentence, "Thursday") == "An aide said the mud was stopping some oil and gas"
    # a purpose of its own after the member goes
    assert with_second_conjunct("Obama authorized $25 million in commodities", "Obama on Wednesday authorized $25 "
                                "million in commodities and services to be made available to partners.",
                                "Wednesday") == "Obama authorized $25 million in commodities and services"


def test_a_verb_taking_its_infinitive_is_no_member():
    title = "Obama announced the return of the ambassador to Tripoli"
    sentence = "Obama on Tuesday announced the return of the ambassador to Tripoli and pledges to help Libya rebuild."
    assert with_second_conjunct(title, sentence, "Tuesday") == title


def test_a_past_form_ends_a_first_member_only_as_a_shared_modifier():
    # "burned and mangled bodies": the past forms both qualify the noun
    assert with_second_conjunct("Rebels were putting burned", "On Monday rebels were putting burned and mangled "
                                "bodies into blankets.", "Monday") == "Rebels were putting burned and mangled bodies " \
                                                                      "into blankets"
    # "ordered the embassy closed and kicked diplomats out": a second predicate after a noun's complement
    title = "The State Department ordered the Libyan embassy closed"
    assert with_second_conjunct(title, "In March, the State Department ordered the Libyan embassy closed and kicked "
                                "diplomats out of the country.", "March") == title
    # "he's defected and said ...": a perfect's participle, then a second predicate
    title = "The minister confirmed that he's defected"
    assert with_second_conjunct(title, "The minister confirmed Wednesday that he's defected and said he's considering "
                                "signing up.", "Wednesday") == title


def test_a_relative_on_the_member_is_kept_its_clause_verb_after_it_is_not():
    title = "Journalists were taken to see some food warehouses"
    sentence = "Journalists were taken on Monday to see some food warehouses and a clinic that were hit by NATO forces."
    assert with_second_conjunct(title, sentence, "Monday") == \
        "Journalists were taken to see some food warehouses and a clinic that were hit by NATO forces"


def test_a_member_too_long_for_the_title_stays_out():
    title = "The federal government created the impression that it was either not fully competent to handle the spill"
    sentence = ("By the end of the summer the federal government created the impression that it was either not fully "
                "competent to handle the spill or fully candid with the American people about the scope of the problem"
                " and its causes in the Gulf.")
    assert with_second_conjunct(title, sentence, "the end of the summer") == title


def test_the_on_key_of_the_governed_prepositions_is_the_word_on():
    # YAML 1.1 reads a bare `on:` key as True: its verbs never governed their "on" phrase
    assert "on" in _governed() and "true" not in _governed()
    assert _governing_verb("The commission turned its sights".split(), "on")
    assert with_verb_complement("The council imposed sanctions", "The council imposed sanctions on Monday on the "
                                "regime.", "Monday") == "The council imposed sanctions on the regime"


def _boolean_keys(node: object) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                found.append(repr(key))
            found += _boolean_keys(value)
    elif isinstance(node, list):
        for item in node:
            found += _boolean_keys(item)
    return found


def test_no_key_of_a_rule_table_reads_as_a_boolean():
    package = Path(__file__).resolve().parents[2] / "timeline"
    tables = sorted(package.rglob("*.yaml"))
    assert tables
    found = {str(t.relative_to(package)): _boolean_keys(yaml.safe_load(t.read_text(encoding="utf-8"))) for t in tables}
    assert {t: keys for t, keys in found.items() if keys} == {}
    assert _boolean_keys(yaml.safe_load("governed:\n  on: [imposed]\n")) == ["True"]  # the check finds a bare on
