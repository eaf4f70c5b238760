"""Merging, gatherings: where a meeting, summit, conference or talks took place, which tells one gathering of a day
from another (joins.join_day_stories).

A sentence names its gathering's venue with it: a place after "in" or "at" a few words on ("a summit in Qatar", "NATO
defense ministers met in Brussels", "a meeting at the Elysee Palace") or a name just before a gathering noun ("A
London conference", "the Abu Dhabi meeting", "a EU summit"); a weekday or month there is a date, no venue. An article
whose gatherings all meet at one venue gives that venue to its sentences that name none ("Van Rompuy told the
meeting" in an article on the Paris summit). The table is derivations.yaml ``gatherings``, with examples
(examples.gathering_venues).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from timeline.merge.similarity import derivations, title_word_key, title_words
from timeline.text import lexicon as language

GATHERING = "gathering"  # the story kind of derivations.yaml ``stories`` a gathering's title tells


@cache
def _table() -> dict:
    return derivations()["gatherings"]


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[name])


@cache
def _calendar() -> frozenset[str]:
    return frozenset(n.lower() for names in (*language.months(), *language.weekdays()) for n in names)


@cache
def _mention() -> re.Pattern[str]:
    """A sentence that may tell a gathering: one of its words, whatever else (a cheap test before reading words)."""
    words = sorted(_words("verbs") | _words("nouns"))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def gathering_at(words: Sequence[str], i: int) -> bool:
    """Whether the word `i` tells a gathering: a word of ``verbs`` or ``nouns``, not after a word of ``not_after``
    ("press conference"), a verb not after one of ``passive_after`` ("demands were met": "leaders were meeting" is
    one), nor before one of ``not_before`` ("conference call")."""
    word = _plain(words[i])
    verb = word in _words("verbs")
    if not verb and word not in _words("nouns"):
        return False
    before = _plain(words[i - 1]) if i > 0 else ""
    if before in _words("not_after") or verb and before in _words("passive_after"):
        return False
    return not (i + 1 < len(words) and _plain(words[i + 1]) in _words("not_before"))


def _plain(word: str) -> str:
    """A word lower-cased without the stop that ends its sentence ("conference.")."""
    return word.lower().rstrip(".")


def first_gathering(words: Sequence[str]) -> int | None:
    """The position of the first word of a title that tells a gathering, None when none does."""
    return next((i for i in range(len(words)) if gathering_at(words, i)), None)


def told_with_parties(words: Sequence[str], at: int) -> bool:
    """Whether the gathering told at `at` is told by its parties: "met with", "talks with" or a verb followed by a name
    ("Clinton met Jibril"): a meeting of two sides, which another title of the day tells only with the same names."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return _plain(after) in _words("parties") or _plain(words[at]) in _words("verbs") and after[:1].isupper()


def _name(word: str) -> bool:
    """Whether a word may name a venue: capitalised, and no weekday or month ("Wednesday's meeting")."""
    return word[:1].isupper() and title_word_key(word) not in _calendar() and word.lower() not in _words("skipped")


def sentence_venues(text: str) -> frozenset[str]:
    """The keys of the places a sentence names with its gatherings (see the module's doc); empty when none."""
    if not _mention().search(text):
        return frozenset()
    words = title_words(text)
    found: set[str] = set()
    window, prepositions = int(_table()["venue_window"]), _words("venue_prepositions")
    for i in range(len(words)):
        if not gathering_at(words, i):
            continue
        if _plain(words[i]) in _words("nouns") and i > 1:
            # "A London conference", "the Abu Dhabi meeting": names just before the noun (not a sentence's first
            # word, which is capitalised whatever it is)
            j = i - 1
            while j > 0 and _name(words[j]):
                found.add(title_word_key(words[j]))
                j -= 1
        for j in range(i + 1, min(len(words), i + 2 + window)):
            if _plain(words[j]) not in prepositions:
                continue
            k = j + 1
            while k < len(words) and words[k].lower() in _words("skipped"):
                k += 1
            while k < len(words) and _name(words[k]):
                found.add(title_word_key(words[k]))
                k += 1
            break
    return frozenset(found)


def tells_gathering(text: str) -> bool:
    """Whether a sentence tells a gathering at all ("told the meeting"), so that its article's venue may be its own;
    a sentence of the same entry that tells something else ("the plane landed in Abu Dhabi") gives none."""
    if not _mention().search(text):
        return False
    words = title_words(text)
    return any(gathering_at(words, i) for i in range(len(words)))


def member_venues(quote: str, article_venue: frozenset[str]) -> frozenset[str]:
    """Where a source sentence says its gathering met: its own venues, else its article's for a sentence that tells a
    gathering naming no place, else none."""
    return sentence_venues(quote) or (article_venue if tells_gathering(quote) else frozenset())


def article_venues(quotes: Iterable[str]) -> frozenset[str]:
    """The venue an article gives its gatherings: the places its sentences name with them, when they name one place
    (one name, or one run of names: "Abu Dhabi"); empty when they name none or several."""
    named = {v for v in (sentence_venues(q) for q in quotes) if v}
    return next(iter(named)) if len(named) == 1 else frozenset()
