"""Titles cut before the complement their verb needs (cuts4, polish.with_verb_complement; polish.yaml verb_complement
spent_time and governed "after"): a span of time spent keeps the gerund that tells what it went on ("spent the first
weekend [... watching a yacht race]"), "to go" keeps its "after" phrase ("to go [after targets]"). Intransitive uses,
a sentence that ends, a place or a comma after the span, and a time after "went" stay as cut."""
import pytest

from timeline.events.polish import polished, printed, rules, with_verb_complement

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["spent_time_examples"], ids=lambda e: e["title"][:40])
def test_a_title_keeps_what_its_spent_time_or_go_needs_when_printed(example):
    assert with_verb_complement(example["title"], example["sentence"], example["expression"]) == example["printed"]
    assert printed(example["title"], example["sentence"], example["expression"]) == example["printed"]


@pytest.mark.parametrize("example", TABLE["spent_time_examples"], ids=lambda e: e["title"][:40])
def test_the_merge_still_compares_the_cut_title(example):
    assert example["printed"] not in polished(example["title"], example["sentence"], example["expression"])


@pytest.mark.parametrize("example", TABLE["spent_time_near_misses"], ids=lambda e: e["title"][:40])
def test_intransitive_ends_and_other_phrases_stay_as_cut(example):
    assert with_verb_complement(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_a_span_with_its_gerund_already_kept_is_left_alone():
    title = "BP spent Thursday assessing the plumes still shooting out of broken machinery"
    sentence = "BP spent Thursday assessing the plumes still shooting out of broken machinery, officials said."
    assert with_verb_complement(title, sentence, "Thursday") == title


def test_a_long_phrase_before_the_gerund_is_not_kept():
    # the gerund lies past spent_time reach: what comes between may be another clause
    sentence = ("Hayward spent the weekend on Saturday after a long and bitter session of questions from the members "
                "of the committee watching a yacht race.")
    assert with_verb_complement("Hayward spent the weekend", sentence, "Saturday") == "Hayward spent the weekend"
