"""The lead words before a head, read by walking back from it (engine._lead_starts, datescli3): the same starts as
cutting the 80 characters before the head into tokens (engine._TOKEN) and reading the last seven back, which it
replaced. Examples from news ("the start of last year", "at least the past 18 months") and seeded random strings of
lead words, numbers, ordinals and the separators that end or join tokens."""

from __future__ import annotations

import random

import pytest

from timeline.tagger import engine
from timeline.tagger.rules import grammar


def windowed_lead_starts(lowered: str, head: int, floor: int, lead_words, glue_words) -> list[int]:
    """The reference: engine._lead_starts before datescli3 (its fast path, then the tokens of the whole window, the
    last _MAX_LEAD read back)."""
    lo = max(floor, head - 80)
    i = head
    while i > lo and lowered[i - 1] in engine._SKIPPED:
        i -= 1
    k = i
    while k > lo and (lowered[k - 1].isalnum() or lowered[k - 1] in "_'."):
        k -= 1
    word = lowered[k:i].strip(".'")
    if word and not (word.replace(".", "").isdigit() or word in lead_words or engine._ORDINAL_NUMBER.fullmatch(word)):
        return [head]
    starts = [head]
    for tok in reversed(list(engine._TOKEN.finditer(lowered[lo:head]))[-engine._MAX_LEAD:]):
        word = tok.group(0).strip(".'")
        if word in (",", "-"):
            continue
        if word.replace(",", "").replace(".", "").isdigit() or word in lead_words \
                or engine._ORDINAL_NUMBER.fullmatch(word):
            if word not in glue_words:
                starts.append(lo + tok.start() + (len(tok.group(0)) - len(tok.group(0).lstrip(".'"))))
        else:
            break
    starts.reverse()
    return starts


def _words():
    tables = grammar().tables
    return tables.lead_words, tables.glue_words


def _both(text: str, head: int, floor: int = 0) -> tuple[list[int], list[int]]:
    leads, glue = _words()
    return engine._lead_starts(text, head, floor, leads, glue), windowed_lead_starts(text, head, floor, leads, glue)


@pytest.mark.parametrize("text", [
    "the start of last monday",
    "at least the past 18 monday",
    "since early, mid- last monday",
    "he said on \"last\" monday",
    "(the) 3rd, 4th and 21st monday",
    "in 1,000 2.5 '98 .. monday",
    "x" * 75 + " the last monday",
    "the the the the the the the the the last monday",
])
def test_the_walk_back_reads_the_windows_tokens(text):
    head = text.rindex("monday")
    walked, windowed = _both(text, head)
    assert walked == windowed
    walked, windowed = _both(text, head, floor=head - 9)  # never before the end of the previous expression
    assert walked == windowed


def test_leads_are_found_and_a_word_ends_them():
    text = "rebels said at least the past 18 monday"
    head = text.rindex("monday")
    walked, _ = _both(text, head)
    assert walked[0] == text.index("at least")  # the run of lead words, from its first
    assert text.index("said") not in walked  # "said" is no lead word: the walk stops there


def test_random_runs_of_leads_and_separators():
    leads, glue = _words()
    rnd = random.Random(11)
    pieces = sorted(leads)[:40] + sorted(glue)[:8] + ["3rd", "21st", "1,000", "2.5", "'98", "..", "'", ".", "x_y",
                                                      "\u00e9", "\u01c5", "\u0663", "rebels"]
    seps = [" ", "  ", ", ", " - ", "\n", '"', "(", "--", "'", ".", ",", "-", ""]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 12))) + "monday"
        head = len(text) - len("monday")
        floor = rnd.choice([0, rnd.randint(0, head)])
        assert engine._lead_starts(text, head, floor, leads, glue) == windowed_lead_starts(text, head, floor, leads,
                                                                                          glue), (text, floor)
