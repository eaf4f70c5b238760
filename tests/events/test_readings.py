"""The readings of earlier sentences are made only when asked for, and say what reading each sentence as it came
would have said (timeline.events.readings)."""

from __future__ import annotations

from timeline.events.readings import SentenceReadings
from timeline.events.subjects import chain_subject, names_in, role_mentions
from timeline.events.triggers import all_triggers, first_trigger, is_reader_call
from timeline.words import words_of

SENTENCES = ("The judge, Martin Feldman, heard Tony Hayward on Monday.",
             "He said BP's shares fell.",
             "Muammar Gaddafi's forces shelled Misrata.",
             "Rebels seized Brega.")


def test_readings_are_made_only_when_asked_for() -> None:
    read: list[str] = []

    def subject(text: str) -> str:
        read.append(text)
        return chain_subject(text)

    history = SentenceReadings(subject)
    for text in SENTENCES[:2]:
        history.add(text)
    assert len(history) == 2 and read == []  # one reading a sentence: counted without reading
    assert history[-1] == chain_subject(SENTENCES[1])
    assert read == list(SENTENCES[:2])
    history.add(SENTENCES[2])
    assert list(history) == [chain_subject(t) for t in SENTENCES[:3]]
    assert read == list(SENTENCES[:3])  # each sentence read once


def test_flat_readings_equal_the_eager_lists() -> None:
    names, mentions = SentenceReadings(names_in, flat=True), SentenceReadings(role_mentions, flat=True)
    eager_names: list[str] = []
    eager_mentions: list[tuple[str, str]] = []
    for text in SENTENCES:
        names.add(text)
        mentions.add(text)
        eager_names.extend(names_in(text))
        eager_mentions.extend(role_mentions(text))
        assert list(mentions) == eager_mentions and len(names) == len(eager_names)
    assert ("Martin Feldman", "judge") in eager_mentions  # the example reads something
    assert [*names] == eager_names and list(reversed(mentions)) == eager_mentions[::-1]
    assert mentions[1:] == eager_mentions[1:] and bool(names)
    assert not SentenceReadings(names_in, flat=True) and len(SentenceReadings(chain_subject)) == 0


def test_negation_and_hypothetical_windows() -> None:
    # a negation denies the verbs up to three words after it, a hypothetical word up to six
    assert first_trigger(words_of("The army did not rule out talks")) == ""
    assert first_trigger(words_of("not one two three attacked")) == "attacked"
    assert first_trigger(words_of("not one two attacked")) == ""
    assert first_trigger(words_of("whether one two three four five attacked")) == ""
    assert first_trigger(words_of("whether one two three four five six attacked")) == "attacked"
    assert list(all_triggers(words_of("Rebels seized Brega and never attacked Sirte"))) == ["seized"]


def test_reader_calls() -> None:
    assert is_reader_call("Watch Fareed Zakaria GPS Sundays at 10am")
    assert is_reader_call("Sign up for our newsletter")
    assert is_reader_call("Tune in")
    assert not is_reader_call("Watchdogs said the vote was fair")
    assert not is_reader_call("Sign")  # "sign up" is the call, not "sign"
    assert not is_reader_call("Rebels watch the road")


def test_future_verbs() -> None:
    # the verb of "will (soon) VERB" is a trigger, finite; with no future auxiliary before it a present verb is none
    assert list(all_triggers(words_of("The army will soon attack Sirte"), finite_only=True)) == ["attack"]
    assert list(all_triggers(words_of("Attack will follow"), finite_only=True)) == ["follow"]
    assert list(all_triggers(words_of("They attack"), finite_only=True)) == []
    assert list(all_triggers(words_of("NATO will be the judge"))) == []  # "be" is no event
