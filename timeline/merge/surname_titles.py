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


def known_surnames(items: Iterable[Item]) -> frozenset[str]:
    """The surnames the events' titles print alone (Event.surnames) that the collection knows its person by: written
    alone by at least `known_share` of the collection's articles (in the sentences its events were read from)."""
    items = list(items)
    articles = {item.event.article for item in items}
    wanted = {word for item in items for word, _ in item.event.surnames}
    if not wanted or not articles:
        return frozenset()
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
    return frozenset(word for word in wanted if len(alone[word]) >= share * len(articles))


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
    title = entry.title
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
