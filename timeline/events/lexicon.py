"""The word knowledge of event extraction: the lexicons of events.yaml (beside this module) and of the language
(timeline/text/lexicon.yaml), tokens, verb forms, event classes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.rules import load_yaml
from timeline.text import lexicon as language
from timeline.words import POSSESSIVE, WORD, words_of  # the words of a text, shared with selection

URL = re.compile(r"(?:https?://|www\.)\S++")


@dataclass(frozen=True, slots=True)
class Lexicon:
    stamp_words: frozenset[str]
    date_prepositions: frozenset[str]
    leading_words: frozenset[str]
    state_verbs: frozenset[str]
    irregular_past: frozenset[str]
    future_auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    reporting_verbs: frozenset[str]
    event_nouns: frozenset[str]
    stopwords: frozenset[str]
    superlatives: frozenset[str]
    planning_participles: frozenset[str]
    market_subjects: frozenset[str]
    product_words: frozenset[str]
    number_words: frozenset[str]
    measure_verbs: frozenset[str]
    market_verbs: frozenset[str]
    speech_deixis: frozenset[str]
    auxiliaries: frozenset[str]
    relative_pronouns: frozenset[str]
    dangling_words: frozenset[str]
    copulas: frozenset[str]
    negations: frozenset[str]
    hypotheticals: frozenset[str]
    modals: frozenset[str]
    ordinals: frozenset[str]
    range_joiners: frozenset[str]
    range_end_bounds: frozenset[str]
    adverbial_subordinators: frozenset[str]
    tail_openers: frozenset[str]
    tail_openers_without_comma: frozenset[str]
    subject_pronouns: frozenset[str]
    connectives: frozenset[str]
    opening_prepositions: frozenset[str]
    report_fillers: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    first_person: frozenset[str]
    quantity_phrases: frozenset[str]
    fragment_openers: frozenset[str]
    name_particles: frozenset[str]
    speech_verbs: frozenset[str]
    plan_words: frozenset[str]
    figure_verbs: frozenset[str]
    figure_units: frozenset[str]
    anchored_offset_ends: frozenset[str]
    anchored_offset_openers: frozenset[str]
    same_day_openers: frozenset[str]
    broadcasters: frozenset[str]
    listing_page_marks: frozenset[str]
    own_story_words: frozenset[str]
    family_record_verbs: frozenset[str]
    name_date_openers: frozenset[str]
    caption_verbs: frozenset[str]
    caption_credits: frozenset[str]
    plan_modifiers: frozenset[str]
    report_asides: frozenset[str]
    noun_determiners: frozenset[str]
    anaphoric_date_openers: frozenset[str]
    notice_nouns: frozenset[str]
    notice_verbs: frozenset[str]
    reader_calls: frozenset[str]
    relative_order_words: frozenset[str]
    perceived_after_modal: frozenset[str]
    baseline_nouns: frozenset[str]
    cutoff_nouns: frozenset[str]
    cutoff_links: frozenset[str]
    running_total_words: frozenset[str]
    caption_positions: frozenset[str]
    title_words: int
    title_max_words: int
    context_window: int
    since_clause_words: int
    quantity_counts: frozenset[str]
    measure_window: int
    listing_page_min_marks: int
    family_record_min: int


def rules() -> dict[str, Any]:
    """The table events.yaml beside this module (read once per process; treat it as read-only)."""
    return load_yaml(__package__, "events.yaml")


@cache
def stock_ticker() -> re.Pattern[str]:
    """A stock ticker in brackets with the space before it ("Shell (RDSa.L)", "Repsol <REP.MC>": events.yaml
    stock_ticker_exchanges): one token that names no event and ends no clause."""
    exchanges = "|".join(sorted((re.escape(str(e)) for e in rules()["stock_ticker_exchanges"]), key=len, reverse=True))
    return re.compile(rf" ?+(?:\((?:[A-Z][A-Za-z0-9&]{{1,7}}+)\.(?:{exchanges})\)"
                      rf"|<(?:[A-Z][A-Za-z0-9&]{{1,7}}+)\.(?:{exchanges})>)(?![\w.])")


# lexicons the language's lexicon holds (timeline/text/lexicon.yaml), by their names here
_FROM_LANGUAGE = {
    "stamp_words": lambda: language.stamp_words("sentence"),
    "irregular_past": language.irregular_past,
    "reporting_verbs": lambda: language.reporting_verbs("no_event"),
    "speech_verbs": lambda: language.reporting_verbs("speech_only"),
}


def _calendar_names() -> frozenset[str]:
    """The full names of the months and weekdays, lower-cased: too common in news to tell two events apart."""
    return frozenset(names[0].lower() for names in language.months() + language.weekdays())


@cache
def lexicon() -> Lexicon:
    table = rules()
    numbers = ("title_words", "title_max_words", "context_window", "since_clause_words", "measure_window",
               "listing_page_min_marks", "family_record_min")
    as_written = ("own_story_words",)  # case tells "US" (a country) from "us"
    sets = {name: frozenset(word_list(table, name)) for name in Lexicon.__slots__
            if name not in numbers and name not in as_written and name not in _FROM_LANGUAGE}
    sets.update({name: words() for name, words in _FROM_LANGUAGE.items()})
    sets["stopwords"] |= _calendar_names()
    sets.update({name: frozenset(str(w) for w in table[name]) for name in as_written})
    return Lexicon(**sets, **{name: int(table[name]) for name in numbers})


# Unions of lexicons that checks test word by word: made once, not rebuilt for each word (a union of a hundred words
# per word of every title was a measurable share of the event stage)
@cache
def finite_words() -> frozenset[str]:
    """The auxiliaries, modals and future auxiliaries: the words that make a verb phrase finite."""
    lex = lexicon()
    return lex.auxiliaries | lex.modals | lex.future_auxiliaries


@cache
def verb_form_words() -> frozenset[str]:
    """finite_words and the state verbs: the verb forms a clause is read by, besides past forms."""
    return finite_words() | lexicon().state_verbs


@cache
def opening_words() -> frozenset[str]:
    """The leading words and date prepositions: what may open a clause before its subject."""
    lex = lexicon()
    return lex.leading_words | lex.date_prepositions


def word_list(rules: dict[str, object], name: str) -> list[str]:
    """A lexicon as lower-cased strings; YAML 1.1 reads a bare `on`/`no` as a boolean, so insist on strings."""
    words = rules[name]
    bad = [w for w in words if not isinstance(w, str)]  # type: ignore[union-attr]
    if bad:
        raise ValueError(f"events/events.yaml: {name} has non-string entries {bad!r}: quote them")
    return [w.lower() for w in words]  # type: ignore[union-attr]


SUFFIXES = ("ing", "ed", "es", "s", "e")


def stem(word: str) -> str:
    """A crude stem for lexicon lookups: "liberated", "liberating", "liberate" -> "liberat"."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@cache
def _event_class_table() -> dict[str, tuple[str, ...]]:
    """Each word (as written and as stemmed) -> the event classes it tells, sorted."""
    found: dict[str, set[str]] = {}
    for name, words in sorted(rules()["event_classes"].items()):
        for word in word_list({"words": words}, "words"):
            for form in (word, stem(word)):
                found.setdefault(form, set()).add(name)
    return {form: tuple(sorted(names)) for form, names in found.items()}


def event_classes(words: Iterable[str]) -> set[str]:
    """The event classes the words tell ("conquest", "attack", ...)."""
    return {name for word in words for name in _word_classes(word)}


@lru_cache(maxsize=1 << 16)  # every title's words are looked up (and stemmed) again: a few thousand distinct words
def _word_classes(word: str) -> tuple[str, ...]:
    table = _event_class_table()
    return table.get(word, table.get(stem(word), ()))


@lru_cache(maxsize=1 << 16)
def is_past(word: str) -> bool:
    """A past-tense form or past participle (timeline.text.lexicon.is_past); a stopword ending in -ed is none."""
    return language.is_past(word, lexicon().stopwords)


@lru_cache(maxsize=1 << 16)
def is_adverb(word: str) -> bool:
    # -ly adverbs ("quickly"); "apply", "supply", "rally" are verbs
    return word in lexicon().adverbs or (len(word) >= 6 and word.endswith("ly") and not word.endswith("ply"))
