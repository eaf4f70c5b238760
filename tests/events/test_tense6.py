"""An -s word right after a subject that is "The" + a name, before a noun and a plural noun, is the title's verb
(tense6, timeline.events.polish._named_subject and _compound_plural_at, polish.yaml chronology_present
name_determiners): "June 27 - The ICC issues arrest warrants" -> "The ICC issued arrest warrants". A plural noun of a
compound subject ("Government forces pound"), a line of the day (no chronology item, no earlier date) and the
participle table present_claim shares with participle_subjects stay as they were."""
import pytest

from timeline.events.polish import (_compound_plural_at, _present_first_verb, _named_subject, in_past_present_act,
                                    in_past_tense, rules)

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["chronology_compound_examples"], ids=lambda e: e["title"][:40])
def test_an_s_verb_after_a_named_subject_takes_the_past(example):
    assert in_past_tense(example["title"], example["sentence"]) == example["polished"]


@pytest.mark.parametrize("example", TABLE["chronology_compound_near_misses"], ids=lambda e: e["title"][:40])
def test_a_compound_subject_or_a_line_of_the_day_stays(example):
    assert in_past_tense(example["title"], example["sentence"]) == example["title"]


def test_a_line_dated_before_its_article_takes_the_past_too():
    # the caller applies in_past_present_act only to a line dated before its article's day
    assert in_past_present_act("The ICC issues arrest warrants for Gaddafi") == \
        "The ICC issued arrest warrants for Gaddafi"


def test_the_parts_of_the_rule():
    words = "The U.N. Security Council imposes travel bans".split(" ")
    assert _named_subject(words, 4) and _compound_plural_at(words, 5)
    assert not _named_subject("Government forces pound rebel positions".split(" "), 1)
    assert not _named_subject("The rebels' forces".split(" "), 2)
    assert not _compound_plural_at("issues arrest warrants".split(" "), 2)  # nothing after the plural's place
    assert not _compound_plural_at("issues orders today".split(" "), 1)  # the first word is a plural
    assert not _compound_plural_at("issues arrested men".split(" "), 1)  # a past participle


def test_the_participle_table_is_one():
    assert "modifier_prepositions" not in TABLE["present_claim"]
    # present_claim reads participle_subjects prepositions: "detained under" modifies, "detained" alone is the verb
    assert _present_first_verb("Men detained under emergency laws are being held in Tripoli".split(" "))
    assert not _present_first_verb("Police detained men who are being held in Tripoli".split(" "))
