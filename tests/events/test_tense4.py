"""A present left beside a past in a title told in the past (tense4): a claim whose telling in the past closes the
title, its main verb a lexical -s present (timeline.events.polish.in_backshifted_claim, polish.yaml
backshifted_claim: "Libya's rebel leadership expects ..., a rebel finance official said" -> "expected"), and a
present joined to a past by "and"/"but" or a side clause's "as he ..." (in_past_conjunct, polish.yaml
past_conjunct: "had quit the government and is supporting" -> "was supporting", "called ... as he announces" ->
"announced"); and what stays."""
import pytest

from timeline.events.polish import in_backshifted_claim, in_past_conjunct, polished, rules

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["backshifted_claim_examples"], ids=lambda e: e["title"][:40])
def test_a_claim_before_a_past_telling_takes_the_past(example):
    assert in_backshifted_claim(example["title"]) == example["polished"]
    assert polished(example["title"], example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["backshifted_claim_near_misses"], ids=lambda t: t[:40])
def test_a_claim_near_miss_stays(title):
    assert in_backshifted_claim(title) == title


@pytest.mark.parametrize("example", TABLE["past_conjunct_examples"], ids=lambda e: e["title"][:40])
def test_a_present_joined_to_a_past_takes_the_past(example):
    assert in_past_conjunct(example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["past_conjunct_near_misses"], ids=lambda t: t[:40])
def test_a_conjunct_near_miss_stays(title):
    assert in_past_conjunct(title) == title


def test_an_irregular_verb_takes_the_lexicon_past():
    assert in_backshifted_claim("The report finds that the well is unsafe, officials said") == \
        "The report found that the well was unsafe, officials said"


def test_the_claim_keeps_a_quotation_and_what_follows_a_relative():
    # words inside quotation marks are the speaker's; a relative or wh- word ends what moves
    assert in_backshifted_claim("The minister expects the town “is safe” and is calm, a spokesman said") == \
        "The minister expected the town “is safe” and was calm, a spokesman said"
    assert in_backshifted_claim("The company expects a plan which is under way to work, a spokesman said") == \
        "The company expected a plan which is under way to work, a spokesman said"


def test_a_quoted_verb_stays():
    sentence = "“NATO risks sliding into a ground war,” Russia's ambassador said."
    title = "NATO risks sliding into a ground war, Russia's ambassador said"
    assert in_backshifted_claim(title, sentence) == title
    sentence = "Officials closed the port, but “say they will reopen it”."
    title = "Officials closed the port, but say they will reopen it"
    assert in_past_conjunct(title, sentence) == title


def test_a_plural_noun_before_a_verb_is_no_present():
    # "generals", "forces" are nouns: the verb after them is the claim's
    title = "Eight generals from his army defected to Italy, the Italian Foreign Ministry told CNN"
    assert in_backshifted_claim(title) == title
    title = "Government forces shelled the town, a witness said"
    assert in_backshifted_claim(title) == title


def test_a_side_clause_needs_a_past_main_verb_and_a_singular_pronoun():
    assert in_past_conjunct("Obama calls for calm as he announces aid") == "Obama calls for calm as he announces aid"
    assert in_past_conjunct("Obama called for calm, as he announces aid") == "Obama called for calm, as he announces aid"
    assert in_past_conjunct("Obama called for calm as he announces aid") == "Obama called for calm as he announced aid"


def test_a_pluperfect_made_from_a_present_perfect_carries_the_joined_verb():
    assert polished("Al Abidi said he has quit the Libyan government and is supporting the protesters",
                    "Al Abidi said Wednesday he has quit the Libyan government and is supporting the protesters.") \
        == "Al Abidi said he had quit the Libyan government and was supporting the protesters"
