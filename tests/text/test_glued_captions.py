"""Captions and headings glued to the report's sentence (captions2): a digest item's label before a double dash,
a caption that ends in a name before a capitalised quantifier and a number."""

from __future__ import annotations

import pytest

from timeline.text.sentences import split_sentences


def pieces(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Barry Bonds trial -- The jury in former baseball star Barry Bonds' perjury trial enters its third day.",
            ["Barry Bonds trial --", "The jury in former baseball star Barry Bonds' perjury trial enters its third day."],
        ),
        (
            "Jack -- It is pretty straightforward.",
            ["Jack --", "It is pretty straightforward."],
        ),
        # the label after a sentence's stop: the piece starts after it
        (
            "Rebels held the town. Conflict in Libya -- The civil war rages on.",
            ["Rebels held the town.", "Conflict in Libya --", "The civil war rages on."],
        ),
    ],
)
def test_heading_before_a_dash_is_a_piece(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a chronology's date before its item, a numbered list, a sentence's own dash
        "March 19 -- The first air strikes halt the advance of Gaddafi's forces on Benghazi.",
        "Aug 15 -- In a barely audible telephone call to state television, Gaddafi urged his followers to fight.",
        "2 -- The killing of untold numbers of Libyan soldiers and civilians.",
        "Libyan rebels pushed west from Ajdabiya toward Brega on Sunday -- The town fell by nightfall, they said.",
        "Rebels took the town -- the government denied it.",
        "SYRIA -- As protests heated up around the region, the Syrian government promised reforms.",
        "PALESTINIAN TERRITORIES -- In Ramallah, hundreds of Palestinians rallied for unity.",
    ],
)
def test_a_dash_after_a_date_or_a_clause_stays(text: str) -> None:
    assert pieces(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Refugees flee Libya for Tunisia Another 110,000 people inside Libya have been affected by the crisis.",
            ["Refugees flee Libya for Tunisia", "Another 110,000 people inside Libya have been affected by the crisis."],
        ),
        (
            "First swine flu fatality in Spain More than 700 people have been infected.",
            ["First swine flu fatality in Spain", "More than 700 people have been infected."],
        ),
        (
            "Troops pull out of Misrata At least 20 people died in the shelling.",
            ["Troops pull out of Misrata", "At least 20 people died in the shelling."],
        ),
    ],
)
def test_quantifier_and_number_after_a_name_opens_a_piece(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fans watched Some Like It Hot at the festival.",  # no number after it
        "They held a vote in Tunisia's Another 20 towns voted later.",  # a possessive before it
        "Flights to Tunisia resumed after some 3,000 people had left.",  # in lower case
        "He was sent to Tunisia at least 20 times.",
    ],
)
def test_quantifier_after_a_name_without_its_shape_stays(text: str) -> None:
    assert pieces(text) == [text]
