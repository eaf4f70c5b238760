"""The lexicon of the language (timeline/text/lexicon.yaml), run over its examples, and the stages that read it."""

import pytest

from timeline.events.lexicon import lexicon as events_lexicon
from timeline.read import pubdate
from timeline.tagger.rules import tables
from timeline.text import lexicon
from timeline.text.tense import cues

EXAMPLES = lexicon.table()["examples"]


def _check(example: dict) -> None:
    if "month" in example:
        number = next(n for n, names in enumerate(lexicon.months(), 1) if example["month"] in names)
        assert number == example["number"]
    elif "weekday" in example:
        number = next(n for n, names in enumerate(lexicon.weekdays(), 1) if example["weekday"] in names)
        assert number == example["number"]
    elif "reporting_verb" in example:
        assert (example["reporting_verb"] in lexicon.reporting_verbs(example["use"])) is example["listed"]
    elif "stamp_word" in example:
        assert (example["stamp_word"] in lexicon.stamp_words(example["use"])) is example["listed"]
    elif "clause_word" in example:
        assert (example["clause_word"] in lexicon.clause_words(example["use"])) is example["listed"]
    elif "past" in example:
        assert lexicon.is_past(example["past"].lower()) is example["is_past"]
    else:
        raise AssertionError(f"an example of nothing: {example}")


@pytest.mark.parametrize("example", EXAMPLES, ids=[str(e) for e in EXAMPLES])
def test_lexicon_examples(example):
    _check(example)


def test_every_use_named_in_the_tables_is_asked_for():
    asked = {"reporting_verbs": {"tense_cue", "no_event", "speech_only", "closes_quote", "new_clause", "closes_title"},
             "stamp_words": {"line", "sentence"}, "clause_words": {"event", "tense"}}
    for name, uses in asked.items():
        named = {use for word_uses in lexicon.table()[name].values() for use in word_uses}
        assert named == uses, name  # a misspelt use would silently drop the word


def test_the_stages_read_one_table():
    assert tables().months["sept"] == 9 and tables().weekdays["thurs"] == 4
    assert {key[0] for key, kind in cues().items() if kind == "said"} == lexicon.reporting_verbs("tense_cue")
    assert pubdate.parse_date("Sept 5, 2011") == "2011-09-05"
    assert events_lexicon().reporting_verbs == lexicon.reporting_verbs("no_event")
    assert events_lexicon().irregular_past == lexicon.irregular_past()
    assert events_lexicon().stamp_words == lexicon.stamp_words("sentence")


def test_calendar_names_are_twelve_months_and_seven_days():
    assert len(lexicon.months()) == 12 and len(lexicon.weekdays()) == 7
    assert lexicon.calendar_table(lexicon.months())["may"] == [5, ["May"]]


def test_tense_cues_are_phrases_of_at_most_three_words():
    assert all(1 <= len(key) <= 3 for key in cues())
    assert cues()[("will",)] == "future" and cues()[("has", "been")] == "past" and cues()[("is",)] == "present"
