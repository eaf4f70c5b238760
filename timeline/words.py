"""The words of a text, as every stage counts them: the event stage finds triggers and keys among them, selection
counts a title's words and matches a topic."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*+")
POSSESSIVE = re.compile(r"['’]s?$")


def words_of(text: str) -> list[str]:
    """Lower-cased words without possessive endings ("group’s", "Damascus’") or a closing stop."""
    return list(_words(text))


# The event stage reads the words of one sentence again for each of its dates and each of its checks (a build of
# LibyaWar_cnn asks 146,000 times for 44,000 distinct texts): each text is cut once while it is in use.
@lru_cache(maxsize=1 << 15)
def _words(text: str) -> tuple[str, ...]:
    if text.isascii():  # lower-casing ASCII changes no letter's class: the same words, the text lowered once
        lowered = [w.rstrip(".") for w in WORD.findall(text.lower())]
    else:
        lowered = [w.lower().rstrip(".") for w in WORD.findall(text)]
    if "'" in text or "’" in text:
        return tuple(_without_possessive(w) for w in lowered)
    return tuple(lowered)  # no apostrophe in the text, none in its words: most sentences


def _without_possessive(word: str) -> str:
    return POSSESSIVE.sub("", word) if "'" in word or "’" in word else word  # most words have no apostrophe


CLAUSE_MARK = re.compile(r"[,;:]")  # the punctuation that closes a piece of a clause


def last_piece(text: str) -> str:
    """What follows the last comma, semicolon or colon of `text`: the piece of a clause that ends where it ends."""
    return CLAUSE_MARK.split(text)[-1]
