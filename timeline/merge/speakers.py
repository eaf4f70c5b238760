"""Merging, one speaker's saying of one day told by name and by a description.

"A French minister said it was time for Libya's rebels to negotiate with Muammar Gaddafi's government" and "French
Defense Minister Gerard Longuet said the rebels should not wait for Gaddafi's defeat" tell one saying of one day: the
first article names the minister ("French Defense Minister Gerard Longuet signaled growing impatience ..."), so its
"French minister" is Longuet. join_described_speakers joins a described speaker's saying into the one named
speaker's saying of its day that its article names and whose role a sentence writes beside the name
(speakers.yaml beside this module). join_capital_speakers joins a capital's saying ("Berlin indicated ...") into the
one saying of its day, told by one article, whose speaker is that country by name ("Germany announced ...").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from timeline.events.lexicon import rules as events_rules
from timeline.merge.clustering import Cluster
from timeline.merge.joins import ArticleNames, _day_clusters, _title_member
from timeline.merge.similarity import title_word_key, title_words
from timeline.merge.voices import _countries
from timeline.rules import load_yaml


@cache
def rules() -> dict[str, Any]:
    """The table of speakers.yaml."""
    return load_yaml(__package__, "speakers.yaml")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[key])


@cache
def _role_forms() -> dict[str, str]:
    """Each form a sentence writes a role in ("sons", "gen") -> its role ("son", "general")."""
    return {str(form).lower(): str(role) for role, forms in rules()["roles"].items() for form in forms}


@cache
def _country_of() -> dict[str, str]:
    """Each one-word name or adjective of a country ("french", "france", "u.s") -> the country's first name."""
    return {names[0]: country for names, country in _countries() if len(names) == 1}


def _plain(word: str) -> str:
    return word.lower().rstrip(".")


class Described(NamedTuple):
    """A title's speaker told by a role ("A French minister", "a senior U.S. general")."""

    role: str  # the role (speakers.yaml roles)
    countries: frozenset[str]  # the countries its words name ("French": france)
    owner: frozenset[str]  # the keys of the owner's name after "of" ("A son of ... Muammar Gaddafi")


def _adverb(word: str) -> bool:
    low = word.lower()
    return low in _words("adverbs") or low.endswith("ly") and low not in _words("verbs")


def _speaker_spans(title: str) -> list[list[str]]:
    """The word runs that may be a title's speaker: its opening words before a saying verb, and the words of an
    attribution after its last comma (", a senior U.S. general said on Thursday")."""
    spans: list[list[str]] = []
    words = title_words(title)
    limit = int(rules()["subject_words"])
    verb = next((i for i, w in enumerate(words[:limit + 1]) if i > 0 and w.lower() in _words("verbs")), None)
    if verb is not None:
        end = verb
        while end > 1 and _adverb(words[end - 1]):
            end -= 1
        spans.append(words[:end])
    head, comma, tail = title.rpartition(",")
    if comma:
        tail_words = title_words(tail)
        at = next((i for i, w in enumerate(tail_words) if w.lower() in _words("verbs")), None)
        if at and len(tail_words) - at - 1 <= int(rules()["attribution_tail"]):
            spans.append(tail_words[:at])
    return spans


def described_speaker(title: str) -> Described | None:
    """The described speaker of a title's saying (see speakers.yaml), or None."""
    for span in _speaker_spans(title):
        found = _described(span)
        if found is not None:
            return found
    return None


def _described(span: Sequence[str]) -> Described | None:
    if len(span) < 2 or span[0].lower() not in _words("determiners"):
        return None
    countries: set[str] = set()
    for i in range(1, len(span)):
        word, low = span[i], _plain(span[i])
        if word.islower() and low in rules()["roles"]:
            rest = span[i + 1:]
            if not rest:
                return Described(low, frozenset(countries), frozenset())
            if rest[0] != "of" or len(rest) < 2 or not all(w[:1].isupper() or w.lower() in _words("owner_words")
                                                               for w in rest[1:]):
                return None
            owner = frozenset(title_word_key(w) for w in rest[1:] if w[:1].isupper())
            return Described(low, frozenset(countries), owner)
        if word[:1].isupper():
            country = _country_of().get(_plain(word).replace("'s", ""))
            if country:
                countries.add(country)
            continue
        if low not in _words("qualifiers"):
            return None
    return None


def named_speaker(title: str) -> frozenset[str] | None:
    """The keys of the person's name a title's saying gives as its speaker ("French Defense Minister Gerard Longuet
    said" -> gerard, longuet), offices, honorifics and countries aside; None when its speaker is no name."""
    found = _named(title)
    return found[0] if found else None


def _named(title: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """named_speaker's keys, and those of its capitalised words (what an article's names hold: "Saif", not
    "al-Islam")."""
    for span in _speaker_spans(title):
        if not span or span[0].lower() in _words("determiners"):
            continue
        # a closing attribution may describe before the name ("government spokesman Moussa Ibrahim")
        start = 0
        while start < len(span) and span[start].islower() and span[start].split("-")[0] not in _words("particles"):
            start += 1
        name = span[start:]
        if not name or not all(w[:1].isupper() or w.lower().split("-")[0] in _words("particles") or w == "of"
                               for w in name):
            continue
        kept = [w for w in name if w != "of" and _plain(w) not in _words("offices")
                and _plain(w).replace("'s", "") not in _country_of()]
        if kept:
            return (frozenset(title_word_key(w) for w in kept),
                    frozenset(title_word_key(w) for w in kept if w[:1].isupper()))
    return None


class _Said(NamedTuple):
    """A day cluster's saying: its place, its described or named speaker, its article and its sentences."""

    ci: int
    described: Described | None
    named: frozenset[str] | None
    written: frozenset[str]  # the keys of the name's capitalised words
    article: str
    quotes: tuple[str, ...]


def join_described_speakers(clusters: Sequence[Cluster], names: ArticleNames) -> None:
    """Join a day cluster whose title's saying has a described speaker (described_speaker: "A French minister said")
    into the one cluster of its day whose title's saying names a person (named_speaker: "French Defense Minister
    Gerard Longuet said") when the described cluster's article writes that name and a sentence of that article, or
    of the named cluster, writes the role beside the name (speakers.yaml); for a role of an owner ("A son of ...
    Gaddafi"), the named cluster's own sentence writing the role and the owner beside the name is enough. With two
    such persons, or none, it stays."""
    # the sentences of each article, as the clusters hold them (every dated, coarse or placed mention)
    sentences: dict[str, set[str]] = defaultdict(set)
    for c in clusters:
        for m in c.members:
            sentences[m.event.article].add(m.event.source.quote)
    days: dict[str, list[_Said]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        member = _title_member(c, when)
        title = member.event.title
        described = described_speaker(title)
        named = None if described else _named(title)
        if described is None and named is None:
            continue
        days[when[0]].append(_Said(ci, described, named[0] if named else None, named[1] if named else frozenset(),
                                   member.event.article,
                                   tuple(m.event.source.quote for m in c.members)))
    for said in days.values():
        for d in said:
            if d.described is None or not clusters[d.ci].members:
                continue
            proper = names.proper.get(d.article, frozenset())
            tied = [n for n in said if n.named is not None and n.named - d.described.owner and n.written
                    and clusters[n.ci].members and _known(d, n, proper)
                    and any(_tied(q, d.described, n.named) for q in (*sorted(sentences[d.article]), *n.quotes))]
            persons = {n.named for n in tied}
            if tied and all(p <= q or q <= p for p in persons for q in persons):
                clusters[d.ci].move_to(clusters[tied[0].ci])


def _known(d: _Said, n: _Said, proper: frozenset[str]) -> bool:
    """Whether the described speaker's article knows the named person: it writes the name, or, for a role of an
    owner ("A son of Libyan leader Muammar Gaddafi"), the named entry's own sentence writes the role and the owner
    beside the name ("Saif al-Islam Gaddafi, one of the mercurial leader's sons")."""
    assert d.described is not None and n.named is not None
    return n.written <= proper or bool(d.described.owner) and any(_tied(q, d.described, n.named) for q in n.quotes)


def _tied(quote: str, described: Described, name: frozenset[str]) -> bool:
    """Whether a sentence writes the described speaker's role beside the person's name: the role at most
    ``role_before`` words before a word of the name, or at most ``role_after`` after it, every word of the name and
    the described speaker's countries and owner written in it."""
    words = title_words(quote)
    keys = [title_word_key(w) for w in words]
    if not name <= set(keys):
        return False
    if described.countries and not described.countries <= {_country_of().get(_plain(w).replace("'s", ""))
                                                          for w in words}:
        return False
    if described.owner and not described.owner & set(keys) - name:
        return False
    forms = _role_forms()
    roles = [i for i, w in enumerate(words) if forms.get(_plain(w).replace("'s", "")) == described.role]
    at = [i for i, k in enumerate(keys) if k in name]
    before, after = int(rules()["role_before"]), int(rules()["role_after"])
    return any(0 < a - r <= before or 0 < r - a <= after for r in roles for a in at)


@cache
def _capitals() -> dict[str, str]:
    """Each capital (lower case) -> its country's first name (voices: the event stage's country_references)."""
    by_name = {" ".join(names): country for names, country in _countries()}
    return {str(c).lower(): by_name[" ".join(_plain(w) for w in str(n).split()).lower()]
            for c, n in rules()["capitals"].items()}


def country_speaker(title: str) -> tuple[str, bool] | None:
    """The country a title's saying has as its whole speaker, and whether by its capital: "Berlin indicated ..." ->
    (germany, True); "Germany announced ..." -> (germany, False); None otherwise ("German officials said": an
    adjective; "Tripoli shook": no saying)."""
    for span in _speaker_spans(title):
        words = tuple(_plain(w) for w in span if w.lower() not in _words("determiners"))
        if len(words) == 1 and words[0] in _capitals():
            return _capitals()[words[0]], True
        if words in _country_names():
            return _country_names()[words], False
    return None


@cache
def _country_names() -> dict[tuple[str, ...], str]:
    """Each country's names (not its adjectives), as lower-case word tuples -> its first name."""
    adjectives = {names for names, _ in _countries()} - {
        tuple(_plain(w) for w in str(n).split())
        for e in events_rules()["country_references"]["countries"] for n in e["names"]}
    return {names: country for names, country in _countries() if names not in adjectives}


def join_capital_speakers(clusters: Sequence[Cluster]) -> None:
    """Join a day cluster whose title's speaker is a capital (country_speaker: "Berlin indicated ...") into the one
    cluster of its day whose title's speaker is that country by name ("Germany announced ...") and that shares an
    article with it (speakers.yaml ``capitals``). With two such clusters, or none, it stays."""
    days: dict[str, list[tuple[int, str, bool, frozenset[str]]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        found = country_speaker(_title_member(c, when).event.title)
        if found is not None:
            days[when[0]].append((ci, found[0], found[1], frozenset(m.event.article for m in c.members)))
    for told in days.values():
        for ci, country, capital, articles in told:
            if not capital or not clusters[ci].members:
                continue
            found = [cj for cj, other, by_capital, theirs in told
                     if cj != ci and not by_capital and other == country and articles & theirs and clusters[cj].members]
            if len(found) == 1:
                clusters[ci].move_to(clusters[found[0]])
