"""Clause breaks: where a sentence's clauses meet, written once from the lexicon's clause words.

Two readings of one boundary, for two needs: the event stage cuts a sentence into its clauses (punctuation and the
clause words of use "event"); the tagger only asks whether a tense cue after a date is another clause's (a comma
before a clause word of use "tense", or "and"/"but" before a reporting verb or a subject pronoun)."""

from __future__ import annotations

import re
from functools import cache

from timeline.text.lexicon import alternation, clause_subjects, clause_words, reporting_verbs

# a comma breaks a clause, but not inside a number ("1,500"), nor around an age ("Thorne, 52, has been on bail"),
# a colon not inside a clock time ("at 6:50 a.m."), and brackets not around an acronym ("the authority (CPA) stopped",
# "the swine flu (H1N1) virus")
_PUNCTUATION = (r",(?!\d{3})(?! \d{1,3},)(?<!, \d\d)(?<!, \d)|(?<!\d):|:(?!\d)|[;{}\[\]]|\((?![A-Z][A-Z0-9]{1,5}\))"
                r"|(?<!\([A-Z][A-Z0-9])(?<!\([A-Z][A-Z0-9]{2})(?<!\([A-Z][A-Z0-9]{3})(?<!\([A-Z][A-Z0-9]{4})"
                r"(?<!\([A-Z][A-Z0-9]{5})\)|—|–|\s--\s")


@cache
def event_clause_break() -> re.Pattern[str]:
    """A break between the clauses of a sentence, with the space around it."""
    words = alternation(clause_words("event"))
    return re.compile(rf"\s*+(?:{_PUNCTUATION})\s*+|\s++(?=(?:{words})\s)")


@cache
def tense_clause_break() -> re.Pattern[str]:
    """A break beyond which a tense cue governs another clause than a date's ("... on Monday, although it was")."""
    words = alternation(clause_words("tense"))
    openers = alternation(reporting_verbs("new_clause") | clause_subjects())
    return re.compile(rf"[;:]|\s--\s|,\s*(?:{words})\b|\s(?:and|but)\s+(?:{openers})\b", re.IGNORECASE)
