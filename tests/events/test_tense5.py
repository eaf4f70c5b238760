"""A past participle inside a title's subject that modifies its noun is no verb there (tense5,
timeline.events.polish._participle_modifier, polish.yaml participle_subjects): the present and report rules that
need a subject alone before the main verb read the title ("Unemployed people are being used" -> "were being used",
"People wounded in fighting in Libya's besieged city ... are dying, ... said" -> "were dying"); a participle with an
object or a function word after it stays the verb."""
import pytest

from timeline.events.polish import _participle_modifier, _subject_ends_at, in_past_progressive, polished, rules

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["participle_subjects_examples"], ids=lambda e: e["title"][:40])
def test_a_participle_modifier_leaves_the_subject_to_its_verb(example):
    title = example["title"]
    told = in_past_progressive(title, title) if example["rule"] == "progressive" else polished(title, title)
    assert told == example["past"]


@pytest.mark.parametrize("example", TABLE["participle_subjects_near_misses"], ids=lambda e: e["title"][:40])
def test_a_participle_with_an_object_stays_the_verb(example):
    words = example["title"].split(" ")
    assert not _participle_modifier(words, example["at"], len(words))
    assert not _subject_ends_at(words, len(words), frozenset())


def test_a_plain_past_line_with_no_modifier_still_reads():
    assert in_past_progressive("Hundreds of fishermen are being used in the clean-up") == \
        "Hundreds of fishermen were being used in the clean-up"


def test_a_verb_after_its_subject_still_stops_the_rule():
    title = "Rebels wounded two soldiers and are holding the town"
    assert in_past_progressive(title, title) == title
