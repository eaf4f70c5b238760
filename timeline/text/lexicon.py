"""The lexicon of the language (lexicon.yaml beside this module), loaded once, and the questions asked of it.

Every stage that recognises text by its words (readers, sentence splitter, tagger, event stage) takes them from
here, so a word is written once. Tables whose entries carry uses (reporting verbs, stamp words, clause words)
are asked for the words of one use.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from timeline.rules import load_yaml

_HYPHEN_PREFIXES = frozenset({"re", "co", "pre", "un", "over", "under", "out", "mis", "de", "counter"})
_VERB_PREFIXES = ("re", "over", "under", "out", "with", "up", "mis", "fore", "un")
# forms of "be" and "have": auxiliaries, never the verb that tells what happened
_AUXILIARY_PAST = frozenset({"was", "were", "had"})
_REGULAR_PAST_MIN = 5  # "need", "shed", "bed" end in -ed without being past forms


def table() -> dict[str, Any]:
    """The parsed lexicon.yaml (read once per process; treat it as read-only)."""
    return load_yaml(__package__, "lexicon.yaml")


def _strings(words: list[Any], name: str) -> list[str]:
    bad = [w for w in words if not isinstance(w, str)]
    if bad:
        raise ValueError(f"text/lexicon.yaml: {name} has non-string entries {bad!r}: quote them")
    return words


@cache
def months() -> tuple[tuple[str, ...], ...]:
    """Each month's names as written (full name first), January first."""
    return tuple(tuple(_strings(names, "months")) for names in table()["months"])


@cache
def weekdays() -> tuple[tuple[str, ...], ...]:
    """Each weekday's names as written (full name first), Monday first."""
    return tuple(tuple(_strings(names, "weekdays")) for names in table()["weekdays"])


def calendar_table(names: tuple[tuple[str, ...], ...]) -> dict[str, list[Any]]:
    """Calendar names as the tagger's tables hold them: lower-cased full name -> [number, names as written]."""
    return {forms[0].lower(): [number, list(forms)] for number, forms in enumerate(names, start=1)}


@cache
def abbreviations() -> frozenset[str]:
    """Words a full stop follows without ending the sentence, as written (case matters: "No." but "no.")."""
    return frozenset(str(a) for a in table()["abbreviations"])


def _with_use(name: str, use: str) -> frozenset[str]:
    entries: dict[str, list[str]] = table()[name]
    return frozenset(str(word).lower() for word, uses in entries.items() if use in uses)


@cache
def reporting_verbs(use: str) -> frozenset[str]:
    """The reporting verbs of one use (tense_cue, no_event, speech_only, closes_quote, new_clause, closes_title)."""
    return _with_use("reporting_verbs", use)


@cache
def stamp_words(use: str) -> frozenset[str]:
    """The words of a date stamp for one use ("line": the readers' stamp lines; "sentence": the event stage's)."""
    return _with_use("stamp_words", use)


@cache
def clause_words(use: str) -> frozenset[str]:
    """The words that open another clause, for one use ("event": the event stage; "tense": the tagger's cues)."""
    return _with_use("clause_words", use)


@cache
def clause_subjects() -> frozenset[str]:
    return frozenset(_strings(table()["clause_subjects"], "clause_subjects"))


@cache
def irregular_past() -> frozenset[str]:
    """The irregular past forms: irregular_past and irregular_past_rest as one."""
    return frozenset(w.lower() for name in ("irregular_past", "irregular_past_rest") for w in _strings(table()[name], name))


# a pure function of the word (the lexicon is read once): asked ~50 times per sentence, of few distinct words
@lru_cache(maxsize=1 << 16)
def is_past(word: str, not_verbs: frozenset[str] = frozenset()) -> bool:
    """A past-tense form or past participle: regular (-ed) or irregular, also with a prefix ("retook").
    `not_verbs`: words ending in -ed that are no verbs (the event stage passes its stopwords)."""
    irregular = irregular_past()
    if word in irregular:
        return word not in _AUXILIARY_PAST
    if "-" in word:
        # "Michigan-based", "Western-backed", "Saudi-led": adjectives; "re-elected", "co-founded": verbs
        head, _, tail = word.rpartition("-")
        return head in _HYPHEN_PREFIXES and is_past(tail, not_verbs)
    if len(word) >= _REGULAR_PAST_MIN and word.endswith("ed") and word not in not_verbs:
        return True
    return any(word.startswith(p) and word[len(p):] in irregular and len(word) - len(p) > 2 for p in _VERB_PREFIXES)


def alternation(words: frozenset[str]) -> str:
    """A regex alternation of literal words, longest first (a prefix never shadows a longer word), in a stable order."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
