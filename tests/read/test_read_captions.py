"""A transcript's speaker labels (captions2): a label in capitals that opens two lines or more is cut, one that
opens a single line (a headline's subject) stays."""

from __future__ import annotations

from timeline.read.boilerplate import clean, without_speaker_labels


def test_speaker_labels_of_a_transcript_are_cut() -> None:
    lines = [
        "AZUZ: In neighboring Egypt, about a thousand people showed up for a pro-women demonstration yesterday.",
        "UNIDENTIFIED FEMALE: We want our rights.",
        "AZUZ: There was some good news on Sunday when rescue workers found an 80-year-old woman.",
        "UNIDENTIFIED FEMALE: “It is a start.”",
    ]
    assert without_speaker_labels(lines) == [
        "In neighboring Egypt, about a thousand people showed up for a pro-women demonstration yesterday.",
        "We want our rights.",
        "There was some good news on Sunday when rescue workers found an 80-year-old woman.",
        "“It is a start.”",
    ]


def test_a_label_that_opens_one_line_stays() -> None:
    lines = [
        "NATO: No apology for Libya deaths",
        "The alliance said its strikes would go on.",
        "AZUZ: In neighboring Egypt, about a thousand people showed up.",
    ]
    assert without_speaker_labels(lines) == lines


def test_a_label_needs_capitals_and_a_turn_after_it() -> None:
    lines = [
        "Note: the figures are estimates.",
        "Note: the figures are estimates.",
        "AZUZ: and then",
        "AZUZ: and then",
        "Libya: Rebels advance on Brega",
        "Libya: Rebels advance on Brega",
    ]
    assert without_speaker_labels(lines) == lines


def test_clean_cuts_the_labels_of_a_transcript() -> None:
    body = "AZUZ: Welcome to the show.\n\nAZUZ: In neighboring Egypt, about a thousand people showed up yesterday."
    assert "AZUZ" not in clean(body)
    assert "In neighboring Egypt, about a thousand people showed up yesterday." in clean(body)
