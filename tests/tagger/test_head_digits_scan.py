"""The engine's scan for digit heads (speed11, `rules.head_digit_starts`): the starts `_HEAD_DIGITS.finditer` gives,
found by patterns that open with a plain character class (the regex engine skips every other character in C), the
quarter ("q3") found at its digit. Compared with the reference pattern on every text at hand and on random texts
made of the characters the branches read."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from timeline.tagger.rules import _HEAD_DIGITS, _HEAD_DIGITS_ANY, _HEAD_DIGITS_ASCII, head_digit_starts

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"


def reference(lowered: str) -> list[int]:
    return [m.start() for m in _HEAD_DIGITS.finditer(lowered)]


@pytest.mark.parametrize("text, starts", [
    ("in 1998 and 2011", [3, 12]),
    ("at 9:30 pm, 10 a.m. and 12:45", [3, 12, 24]),
    ("q3 2016 and h1 results", [0, 3, 12]),  # a quarter, a year, a half
    ("the '80s on 12/5", [4, 12]),
    ("on 27.03.2016 here", [3]),  # the dotted date (its year is inside the match)
    ("on the 13th, on the 2nd", [7, 20]),
    ("high q5 h12 1500 2100 the 13th", []),  # no quarter 5, no h12, years 1600-2099 only, no "on the"
    ("hq3 and q3x and 1q3", [1, 17]),  # a quarter after a letter or a digit is found (the engine checks the left)
    ("q3 pm", [0]),  # a quarter, not the clock time "3 pm" inside it
    ("\u0669:\u0663\u0660 and \u0661\u0662/\u0665 and \u0661\u0669\u0669\u0668", [0, 9]),  # Arabic-Indic digits are \d
])
def test_starts(text, starts):
    assert reference(text) == starts
    assert head_digit_starts(text) == starts


def test_ascii_and_unicode_scans_agree_on_ascii():
    text = "q3 2016, 9:30 pm, '80s, 12/5, 27.03.2016, on the 13th, h2"
    ascii_starts = [m.start() - 1 if m.end() - m.start() == 1 else m.start() for m in _HEAD_DIGITS_ASCII.finditer(text)]
    any_starts = [m.start() - 1 if m.end() - m.start() == 1 else m.start() for m in _HEAD_DIGITS_ANY.finditer(text)]
    assert ascii_starts == any_starts == reference(text)


def test_random_texts():
    rnd = random.Random(11)
    for alphabet, size, count in (("0123456789'qh12 20:./apm on the stndrhx-,\u0661\u0662", 30, 60000),
                                  ("0123qh4:.' apm", 12, 60000), ("19 20 on the 5th q1 h4 :. am", 40, 20000)):
        for _ in range(count):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, size)))
            assert head_digit_starts(text) == reference(text), text


def test_every_text_at_hand():
    # the repository's own texts always (articles and the benchmark sets), the shared corpora where they are present
    paths = [p for pattern in ("timeml/*/*.tml", "timeline17/*/InputDocs/*/*") for p in SHARED.glob(pattern)]
    paths += list((REPO / "articles").glob("*"))
    paths += [p for p in (REPO / "benchmarks" / "data").rglob("*") if p.suffix in (".txt", ".html", ".md")]
    assert len(paths) >= 100
    for path in paths:
        lowered = path.read_text(encoding="utf-8", errors="replace").lower()
        assert head_digit_starts(lowered) == reference(lowered), path
