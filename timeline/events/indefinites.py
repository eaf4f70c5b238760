"""A title's "the <words> <noun>" whose referent nothing a reader of the title alone has: printed "a"/"an"
(indefinites.yaml, indefinite1).

A report meets a person or a thing with "a" ("a witness told CNN", "a boat leaving Libya capsized") and goes on with
"the" ("The witness said", "The overcrowded boat set sail"). A title cut from the later sentence keeps "the" and
reads alone as pointing at one the reader should know. Where the article never named it (its first mention is
indefinite, or this sentence is its first mention) and nothing after the noun says which one, the indefinite article
is the faithful wording. Run on every title after the naming steps, which name what the article names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline.events.lexicon import is_past, lexicon
from timeline.events.polish import _article_for, with_first_mention
from timeline.rules import load_yaml
from timeline.text.quotes import is_open_at, quote_marks

_WORD = r"[\w'’-]"


@dataclass(frozen=True)
class _Table:
    heads: frozenset[str]
    modifiers: int
    introduced: frozenset[str]  # the heads that want an indefinite mention before (persons)
    not_modifiers: frozenset[str]
    object_verbs: frozenset[str]
    clause_openers: frozenset[str]
    identifying_next: frozenset[str]
    phrase: re.Pattern[str]  # "the <modifiers> <head>" in a title, anchored where it is tried
    mention: re.Pattern[str]  # a mention of a head in the article's text


@cache
def _table() -> _Table:
    table = load_yaml(__package__, "indefinites.yaml")
    heads = frozenset(str(h).lower() for group in table["heads"].values() for h in group)
    introduced = frozenset(str(h).lower() for group in table["introduced"] for h in table["heads"][group])
    alternation = "|".join(sorted(heads, key=lambda h: (-len(h), h)))
    modifiers = int(table["modifiers"])
    phrase = re.compile(rf"(?:the|The) (?P<modifiers>(?:[a-z0-9][\w-]*+ ){{0,{modifiers}}}?)(?P<head>{alternation})"
                        rf"(?!{_WORD})")
    mention = re.compile(rf"(?<!{_WORD})(?P<head>{alternation})(?!{_WORD})", re.IGNORECASE)
    return _Table(heads, modifiers, introduced, frozenset(str(w).lower() for w in table["not_modifiers"]),
                  frozenset(str(w).lower() for w in table["object_verbs"]),
                  frozenset(str(w).lower() for w in table["clause_openers"]),
                  frozenset(str(w).lower() for w in table["identifying_next"]), phrase, mention)


_INDEFINITE = frozenset({"a", "an", "one", "another"})
# "<Name>, a/an/the <up to three words>" ending right before the noun, and the word before the name
_APPOSED = re.compile(r"(?:(?P<before>[a-z]++) )?[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,3}, (?:an?|the) "
                      r"(?:[\w'’-]++ ){0,3}$")
_PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "from", "near", "to", "on", "outside", "inside", "into", "across",
                                 "around", "off", "for"})


def _first_mention_kind(head: str, before: str) -> str | None:
    """How the article's text before the title's phrase meets `head` first: "" when not at all, "indefinite" when
    first with "a"/"an" (its describing words between), else "definite"; None when any mention has a name beside
    it ("Ali, a witness", "the witness, Ali Ahmed,", "witness Ali") or the first mention is definite."""
    table = _table()
    first = ""
    for m in table.mention.finditer(before):
        if m.group("head") != head:
            continue  # (a capitalised one is a heading's or a name's: "Witness: 'Utter carnage' in Misrata")
        after = before[m.end(): m.end() + 40]
        if re.match(r",? (?:[A-Z][\w.'’-]*+ ){0,1}[A-Z][a-z]", after) or re.match(r"['’]s ", after):
            return None  # "witness Ali Ahmed", "the witness, Ali Ahmed,", "the boat's captain"
        lead = before[max(0, m.start() - 80): m.start()]
        apposed = _APPOSED.search(lead)
        if apposed and (apposed.group("before") or "").lower() not in _PLACE_PREPOSITIONS:
            return None  # "Ali Ahmed, a witness" (not "In the city of Misrata, a doctor said")
        if first:
            continue
        words = lead.split()
        determiner = next((w.lower() for w in reversed(words[-1 - table.modifiers:]) if w.lower() in _INDEFINITE
                           or w.lower() in ("the", "this", "that", "its", "his", "her", "their")
                           or w.endswith(("'s", "’s"))), "")
        first = "indefinite" if determiner in _INDEFINITE else "definite"
    return first if first != "definite" else None


_PARTICIPLE_PREPOSITIONS = frozenset({"of", "in", "by", "for", "with", "from", "on", "at", "to", "after", "over"})


def _reduced_relative(words: Sequence[str], at: int) -> bool:
    """ "The man convicted of the bombing was released": a past form and a preposition right after the noun, with a
    verb of its own after them, a participle that says which one."""
    if at + 1 >= len(words) or not words[at][:1].islower() or not is_past(words[at].strip(",;:").lower()) \
            or words[at + 1].lower() not in _PARTICIPLE_PREPOSITIONS:
        return False  # ("The doctor said that ... were killed": the noun's own verb)
    auxiliaries = lexicon().auxiliaries
    return any(w.lower() in auxiliaries or w[:1].islower() and is_past(w.strip(",;:").lower())
               for w in words[at + 1:])


def with_indefinite_first_mention(title: str, sentence: str, before: Sequence[str]) -> str:
    """ "The witness in Misrata pleaded ..." -> "A witness in Misrata pleaded ..." (the article's "a witness told
    CNN" before), "The overcrowded boat set sail from Tripoli" -> "An overcrowded boat ...", "filed the lawsuit" ->
    "filed a lawsuit": a "the <words> <noun>" of indefinites.yaml heads that opens the title or a reported clause
    ("Abubakr said the ... boat departed") or follows one of its object verbs, that nothing after says which one,
    outside a quotation, whose noun the article (`before`: its sentences before this one) and the sentence before
    it never wrote but with "a"/"an" (a person: wrote with "a"/"an" first) and never with a name."""
    table = _table()
    if "the " not in title.lower():
        return title
    words = title.split(" ")
    # an article the print edits give anyway ("The fighter jet crashed" -> "A fighter jet crashed": polish.yaml
    # first_mention) is left to them
    later = with_first_mention(title, sentence).split(" ")
    for k in range(len(words) - 1):
        if len(later) == len(words) and later[k] != words[k]:
            continue
        if words[k] not in ("the", "The") \
                or k and words[k - 1].lower() not in table.object_verbs | table.clause_openers:
            continue
        found = table.phrase.match(" ".join(words[k:]))
        if not found:
            continue
        head = found.group("head")
        modifiers = found.group("modifiers").split()
        at = k + 1 + len(modifiers)  # the head's index
        # (a describing word ends in no "-s": "the coalition includes aircraft" holds a verb)
        if any(m in table.not_modifiers or m in lexicon().stopwords
               or m.endswith("s") and not m.endswith(("ss", "ous")) for m in modifiers) \
                or any(w.strip(",;:").lower() == head for w in words[:k]):
            continue
        rest = words[at + 1:]
        if words[at] != head and words[at] != head + ",":
            continue  # ("the boat's", "the man-made")
        if rest and not words[at].endswith(",") \
                and (rest[0][:1].isupper() or rest[0].lower() in table.identifying_next) \
                or _reduced_relative(words, at + 1):
            continue
        phrase = " ".join(words[k: at + 1]).rstrip(",")
        place = sentence.lower().find(phrase.lower())
        if place < 0:
            place = sentence.lower().find(" ".join(["the", head]))
        if place >= 0 and is_open_at(sentence, quote_marks(sentence), place):
            continue  # a quotation's words
        kind = _first_mention_kind(head, " ".join([*before, sentence[:max(place, 0)]]))
        if kind is None or not kind and head in table.introduced:
            continue  # (a person first met here may be one named before by another noun: "Dr Murray ... the doctor")
        article = _article_for(words[k + 1])
        words[k] = article if words[k] == "The" else article.lower()
    return " ".join(words)


def made_indefinite(title: str, quote: str) -> bool:
    """Whether the title opens with an "A"/"An <words> <noun>" of indefinites.yaml heads that its sentence wrote with
    "the" (with_indefinite_first_mention made it): title choice weighs it as the "The ..." it was, an unnamed subject,
    so that the edit changes how an entry's title reads, not which member's title it prints."""
    words = title.split(" ")
    if len(words) < 3 or words[0] not in ("A", "An"):
        return False
    found = _table().phrase.match(" ".join(["The", *words[1:]]))
    if not found:
        return False
    phrase = found.group(0)[4:].lower()
    low = quote.lower()
    return f"the {phrase}" in low and f"a {phrase}" not in low and f"an {phrase}" not in low
