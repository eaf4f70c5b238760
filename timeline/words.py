"""The words of a text, as every stage counts them: the event stage finds triggers and keys among them, selection
counts a title's words and matches a topic."""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*+")
POSSESSIVE = re.compile(r"['’]s?$")


def words_of(text: str) -> list[str]:
    """Lower-cased words without possessive endings ("group’s", "Damascus’") or a closing stop."""
    return [POSSESSIVE.sub("", w.lower().rstrip(".")) for w in WORD.findall(text)]


CLAUSE_MARK = re.compile(r"[,;:]")  # the punctuation that closes a piece of a clause


def last_piece(text: str) -> str:
    """What follows the last comma, semicolon or colon of `text`: the piece of a clause that ends where it ends."""
    return CLAUSE_MARK.split(text)[-1]
