"""Chronology lines: the items of a chronology written by journalists ("Aug. 23 - Rebels overrun Gaddafi's
compound", "June 6 – Legislature approves $310 million"). Such a line is an event whatever its tense: headlines
speak in the present. The one recogniser of them, read by the tagger (no tense cue for the item's date), the
event stage (the item's first word is its trigger) and salience (a journalist's own chronology says most)."""

from __future__ import annotations

import re

# a sentence shaped as an item: a day and month ("5 March", "Aug. 23", maybe its year), a dash or colon, a capital
CHRONOLOGY_LINE = re.compile(r"[*\u2022\u00b7 \t-]{0,4}+(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2})"
                             r"(?:,? \d{4})?+ {0,3}+[-\u2013\u2014:] {0,3}+[A-Z]")
BULLETS = "*\u2022\u00b7- \t"
ITEM_MARKS = frozenset("-\u2013\u2014:")


def reads_as_chronology_line(sentence: str) -> bool:
    """Whether a sentence has the shape of a chronology item, whatever date phrase the tagger finds in it."""
    return CHRONOLOGY_LINE.match(sentence) is not None


def opens_item(sentence: str, expression: str) -> bool:
    """Whether the date phrase `expression` opens the sentence (after bullets) and a dash or colon follows it:
    the date of a chronology item."""
    if not expression:
        return False
    at = len(sentence) - len(sentence.lstrip(BULLETS))
    if not sentence.startswith(expression, at):
        return False
    after = at + len(expression)
    while after < len(sentence) and sentence[after].isspace():
        after += 1
    return after < len(sentence) and sentence[after] in ITEM_MARKS
