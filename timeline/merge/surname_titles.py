"""A bare surname in an entry's title named in full unless the collection knows the person by it.

An article that calls a person by the surname alone again and again keeps the surname bare in its titles
("Al-Obeidy told CNN"), and its events record the full form its first full mention gives ("Eman al-Obeidy";
events.surnames.familiar_surname_forms). Extraction sees one article; whether the reader of the whole timeline knows
the person by the surname is a question of the collection: "Jackson" of a Michael Jackson collection, written alone
in most of its articles, stays bare, while "al-Obeidy", alone in 18 of 396 articles of a war, is named. After the
merge, each generated entry's title prints the full form at the surname's first use when the share of the
collection's articles that write the surname alone is below surname_titles.yaml `known_share`. A pure function of the
whole set of events (order-indifferent) and of each entry's members: made after the entries (never cached with
them), before a person's edits are put back (a curated title is never changed).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from timeline.events.surnames import surname_alone_in
from timeline.merge.entries import fingerprint
from timeline.merge.similarity import Item
from timeline.model import Entry
from timeline.rules import load_yaml


@cache
def rules() -> dict[str, Any]:
    """The table of surname_titles.yaml."""
    return load_yaml(__package__, "surname_titles.yaml")


class KnownSurnames(frozenset[str]):
    """The surnames the collection knows its people by (known_surnames), with the articles that write each alone and
    the number of the collection's articles (for whether the other articles know it: known_elsewhere)."""
    alone: dict[str, frozenset[str]]
    articles: int

    def __new__(cls, words: Iterable[str] = (), alone: dict[str, frozenset[str]] | None = None,
                articles: int = 0) -> "KnownSurnames":
        made = super().__new__(cls, words)
        made.alone, made.articles = dict(alone or {}), articles
        return made


def known_elsewhere(known: frozenset[str], surname: str, own: Iterable[str]) -> bool:
    """Whether at least `known_share` of the collection's articles other than `own` (the articles an entry's title
    was read from) write the surname alone: the collection, not the article that named the person, knows it
    (surnames4; a collection of those articles alone knows no one they named)."""
    if not isinstance(known, KnownSurnames) or surname not in known:
        return False
    own = set(own)
    others = known.articles - len(own)
    return others > 0 and len(known.alone.get(surname, frozenset()) - own) >= float(rules()["known_share"]) * others


def known_surnames(items: Iterable[Item]) -> frozenset[str]:
    """The surnames the events' titles print alone (Event.surnames) that the collection knows its person by: written
    alone by at least `known_share` of the collection's articles (in the sentences its events were read from); a
    KnownSurnames, that also tells which articles write each alone."""
    items = list(items)
    articles = {item.event.article for item in items}
    wanted = {word for item in items for word, _ in item.event.surnames}
    if not wanted or not articles:
        return KnownSurnames()
    quotes = {(item.event.article, item.event.source.quote) for item in items}
    alone: dict[str, set[str]] = {word: set() for word in wanted}
    by_core: dict[str, list[str]] = {}
    for word in sorted(wanted):
        by_core.setdefault(_PARTICLE.sub("", word), []).append(word)
    # the quotes that write a wanted surname at all, found by one pass of a literal alternation (linear)
    written = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(by_core, key=lambda w: (-len(w), w)))) + r")\b")
    for article, quote in quotes:
        for core in set(written.findall(quote)):
            for word in by_core[core]:
                if article not in alone[word] and surname_alone_in(word, quote):
                    alone[word].add(article)
    share = float(rules()["known_share"])
    return KnownSurnames((word for word in wanted if len(alone[word]) >= share * len(articles)),
                         {word: frozenset(found) for word, found in alone.items()}, len(articles))


_PARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")  # (as events.surnames writes a surname's core)
_QUOTED = re.compile(r"“[^”]*+”|\"[^\"]*+\"")
_PARTICLES = ("al", "el", "bin", "ibn")


def _first_bare_use(title: str, surname: str) -> re.Match[str] | None:
    """The first place the title writes the surname alone as a person's name, outside a quotation: not after a
    capitalised word or a particle ("Michael Jackson", "al Jazeera"), nor before a capitalised word ("Jackson Five")
    or after "the" ("the Gadhafi regime")."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(title)]
    for match in re.finditer(rf"(?<![\w'’.-]){re.escape(surname)}(?![\w-])", title):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        before = title[:match.start()].split()
        if before and (before[-1][:1].isupper() and before[-1][-1:].isalpha() or before[-1].lower() in _PARTICLES
                       or before[-1].lower() in ("the", "a", "an")):
            continue
        following = title[match.end():].lstrip("'’s").lstrip()
        if following[:1].isupper():
            continue
        return match
    return None


def full_form(members: Sequence[Item], title: str, surname: str) -> str:
    """The full form the members record for the surname: that of a member whose title is the entry's, else the one
    most members record (the longest, then the first in order of text, on a tie); "" when none does."""
    own = Counter(f for item in members for w, f in item.event.surnames if w == surname and item.event.title == title)
    forms = own or Counter(f for item in members for w, f in item.event.surnames if w == surname)
    if not forms:
        return ""
    return min(forms, key=lambda f: (-forms[f], -len(f), f))


def with_full_surnames(entry: Entry, members: Sequence[Item], known: frozenset[str]) -> Entry:
    """The generated entry with each bare surname of its title that its members record a full form of, and the
    collection does not know (known_surnames), put in that form at its first use ("Al-Obeidy told CNN" -> "Eman
    al-Obeidy told CNN"); the entry itself when none. Its `generated` digest is that of the title printed."""
    words = sorted({w for item in members for w, _ in item.event.surnames} - known)
    title = _with_bare_surnames(entry.title, members, known)
    for word in words:
        form = full_form(members, entry.title, word)
        if not form or " ".join(form.split()[-2:]) in title:
            continue  # the title names the person in full already
        match = _first_bare_use(title, word)
        if match is None:
            continue
        put = form[:1].upper() + form[1:] if match.start() == 0 else form
        title = title[:match.start()] + put + title[match.end():]
    if title == entry.title:
        return entry
    return replace(entry, title=title, generated=fingerprint((entry.date, entry.mod), title, entry.sources))


def _with_bare_surnames(title: str, members: Sequence[Item], known: frozenset[str]) -> str:
    """The title with each full form its article put for a bare surname (events.surnames.named_surname_forms: a
    person the article calls by the surname alone at most four times) put back as the bare surname, when the
    collection's other articles know the person by it (known_elsewhere): "Libyan leader Moammar Gadhafi's forces
    launched" -> "Gadhafi's forces launched" in a war's timeline; a form the article's sentence writes itself is no
    such form, and the title keeps it (surnames4)."""
    own = {item.event.article for item in members if item.event.title == title}
    for word, form in sorted({pair for item in members if item.event.title == title for pair in item.event.surnames}):
        if word in known and known_elsewhere(known, word, own):
            at = re.search(rf"(?<![\w'’.-])(?:{re.escape(form)}|{re.escape(form[:1].upper() + form[1:])})(?![\w-])", title)
            if at:
                put = word[:1].upper() + word[1:] if at.start() == 0 else word
                title = title[:at.start()] + put + title[at.end():]
    return title
