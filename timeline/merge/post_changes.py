"""Merging, joins: one person's taking or leaving of a post, told in words of different kinds, is one entry.

A named person leaves a post once and takes one once: "Aujali resigned his post" / "Aujali abandoned Gadhafi" /
"Aujali defected" (February 2011); "Hayward took over" / "Tony Hayward succeeded Lord Browne as chief executive"
(2007); "Dr Murray was hired by Jackson" / "Dr Murray was hired by promoters AEG Live" (May 2009). Greedy clustering
and the other joins leave such wordings apart: their verbs are of no one family, their dates are often a month or a
year, and their sentences say different things besides. Here two finished clusters of one date (a day, a month or
a year, with its modifier) whose titles tell one kind of derivations.yaml ``post_changes`` of one person join.

The person is who underwent the change: named just before the kind's phrase ("Aujali resigned", "Dr Murray was
hired": the subject, a passive's too), or, for a phrase of the kind's ``object`` list in the active voice, just after
it ("BP appointed Bob Dudley"), by the name written there as its article writes it ("Libya's ambassador resigned"
names an owner, not the ambassador). Two titles agree when their persons share a name that is no honorific ("Dr
Murray" / "Dr Shafer"), and their other names do not tell two changes: one title gives none, they share one, or
one title's are all known to the other's sources and articles (a person's posts in two unrelated places stay
apart). A title that names no person but a post where it would name them (``roles``: "Libya's former U.S. ambassador
resigned", "BP chose a new chief executive") joins the one group of its date and kind whose person its sources'
articles name, or whose change one of those articles tells: the article says who held the post; with two such groups (two ambassadors resigned that month) whose change it tells is not
known, and it stays. A title naming neither ("The crew abandoned the rig") joins nothing here. Rules, examples and
near misses: derivations.yaml ``post_changes`` and ``examples.post_changes``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from timeline.dates import precision
from timeline.events.lexicon import lexicon
from timeline.merge.clustering import Cluster
from timeline.merge.entries import choose_date
from timeline.merge.joins import ArticleNames, _title_member, article_names, dated_clusters
from timeline.merge.similarity import (PHRASE_ANY, Item, derivations, family_heads, phrase_at, phrase_stems,
                                       title_word_key, title_words, word_stems)

PHRASE_END = "$"  # a phrase's last word: the title ends there, or one of ``open_words`` follows ("took over as")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")  # "Libya's", "the rebels'"
PHRASE_NAME = "@"  # a phrase's word that must be capitalised, a name ("abandoned Gadhafi", not "abandoned the rig")


class _Change(NamedTuple):
    """What a cluster's title tells of a post change (join_post_changes)."""

    item: Item  # the member that gives the title
    kind: str  # a kind of derivations.yaml ``post_changes.kinds``
    person: frozenset[str]  # the name keys of who underwent it
    others: frozenset[str]  # the title's other names
    context: frozenset[str]  # every key of its sources and every name their articles write
    role: bool = False  # the title names no person but a post of ``roles`` ("the ambassador resigned")
    articles: frozenset[str] = frozenset()  # the articles of its sources


def join_post_changes(clusters: Sequence[Cluster], items: Sequence[Item], names: ArticleNames | None = None) -> None:
    """Join finished clusters of one date whose titles tell one kind of post change of one named person (see the
    module). In canonical order, a cluster joins the first group of its date and kind whose every member agrees with
    it, so no chain of agreements joins two titles that disagree."""
    names = article_names(items) if names is None else names
    # a name some article writes inside a sentence: the title's first word is capitalised whatever it is, and an
    # article may write a name only at its sentences' start ("Aujali, who previously represented ...")
    written = names.proper.every_name()
    groups: dict[tuple[object, ...], list[list[tuple[int, _Change]]]] = defaultdict(list)
    by_role: list[tuple[int, tuple[str, str], _Change]] = []  # titles naming a post, not its holder
    for ci, c, dated in dated_clusters(clusters):
        when = _change_date(dated)
        change = _change(c, dated, names, written)
        if change is None:
            continue
        if change.role:
            by_role.append((ci, when, change))
            continue
        target = next((g for g in groups[(when, change.kind)] if all(_changes_agree(change, o) for _, o in g)), None)
        if target is None:
            groups[(when, change.kind)].append([(ci, change)])
        else:
            c.move_to(clusters[target[0][0]])
            target.append((target[0][0], change))
    for ci, when, change in by_role:
        # the post's holder is whom its articles name, or whose change one of its articles tells, among the date's
        # changes of that kind: only when just one
        # or whose own title names the post beside its holder ("Gadhafi's pick for U.N. ambassador, former Foreign
        # Minister Ali Abdussalam Treki, had defected" / "an official picked as ambassador to the United Nations has
        # defected": the article may name the holder only in a sentence that tells no event)
        posts = posts_named(change.item.event.title)
        held = [g for g in groups[(when, change.kind)]
                if any(o.person & change.context or o.articles & change.articles
                       or posts & posts_named(o.item.event.title) for _, o in g)]
        if len(held) == 1:
            clusters[ci].move_to(clusters[held[0][0][0]])


def _change_date(when: tuple[str, str]) -> tuple[str, str]:
    """The date a change is grouped by: a day whatever part of it the date names ("announced late Wednesday that
    Koussa had resigned" / "Koussa fled to London" on Wednesday: one leaving), a month or a year with its modifier
    (early and late 2011 are two parts a person may leave two posts in)."""
    return (when[0], "") if when[0] and precision(when[0]) == 1 else when


def _change(cluster: Cluster, when: tuple[str, str], names: ArticleNames, written: frozenset[str]) -> _Change | None:
    """The post change the cluster's title tells (_Change), or None when it tells none or names no person."""
    member = _title_member(cluster, when)
    found = post_change_of(member.event.title)
    if found is None:
        return None
    kind, person_words, name_words = found
    person = person_words & written
    context = frozenset().union(*(m.keys | names.proper.get(m.event.article, frozenset()) for m in cluster.members))
    articles = frozenset(m.event.article for m in cluster.members)
    if not person:
        if not names_post(member.event.title):
            return None
        return _Change(member, kind, frozenset(), frozenset(), context, True, articles)
    others = name_words & written - person
    return _Change(member, kind, person, others, context | person | others, False, articles)


@cache
def _roles() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(phrase_stems(str(role)) for role in _table()["roles"]))


def _changes_agree(a: _Change, b: _Change) -> bool:
    """Whether two titles of one date and kind tell one person's change: their persons share a name, and their other
    names do not tell two changes: one title gives none ("Hayward took over" / "Tony Hayward succeeded Lord Browne as
    chief executive"), they share one, or one title's are all known to the other's sources and articles ("Dr Murray
    was hired by Jackson" / "... by promoters AEG Live", whose article tells of Jackson's request)."""
    if not a.person & b.person:
        return False
    return not a.others or not b.others or bool(a.others & b.others) or a.others <= b.context \
        or b.others <= a.context


def post_change_of(title: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The kind of post change a title tells (the first phrase of ``post_changes`` in it), the keys of the names of
    who underwent it (honorifics and family words aside) and the keys of every other capitalised word of the title
    after its first; None when it tells none."""
    found = _post_change(title_words(title))
    return None if found is None else found[:3]


def names_post(title: str) -> bool:
    """Whether a title names a post of derivations.yaml ``post_changes.roles`` where it would name who underwent the
    change: before the phrase ("Libya's former U.S. ambassador resigned"), or after an active verb of ``object`` up
    to the title's end or one of ``open_words`` ("BP chose a new chief executive"; "BP's newly appointed chief
    executive told an audience" tells a speech, not the appointment)."""
    words = title_words(title)
    found = _post_change(words)
    if found is None:
        return False
    _, _, _, after, at, end = found
    stems = word_stems(words)
    if not after:
        # the post is the subject's head, just before the verb past auxiliaries ("The ambassador's aide resigned": no)
        # and a place or body it serves ("an official picked as ambassador to the United Nations has defected")
        i = _subject_end(words, at)
        return any(_role_at(stems, j) == i for j in range(i))
    stop = next((i for i in range(end, len(words)) if words[i].lower() in _table_words("open_words")), len(words))
    return any(_role_at(stems, i) == stop for i in range(end, stop))


def posts_named(title: str) -> frozenset[tuple[str, ...]]:
    """The posts of ``roles`` a title names anywhere ("U.N. ambassador, former Foreign Minister Ali Treki": ambassador,
    minister), as their stems."""
    stems = word_stems(title_words(title))
    return frozenset(role for at in range(len(stems)) for role in _roles() if phrase_at(role, stems, at))


def _role_at(stems: Sequence[str], at: int) -> int | None:
    """Where a post of ``roles`` standing at word `at` ends, or None."""
    return next((at + len(role) for role in _roles() if phrase_at(role, stems, at)), None)


def _post_change(words: Sequence[str]) -> tuple[str, frozenset[str], frozenset[str], bool, int, int] | None:
    """post_change_of's kind, person and other names, whether the person is named after the phrase (an active verb
    of ``object``), and where the phrase starts and ends."""
    stems = word_stems(words)
    for at in range(len(words)):
        for phrase, kind, voice in _phrases().get(stems[at], ()):
            end = _match_end(phrase, words, stems, at)
            if end is None:
                continue
            # "Dr Murray had been hired", "Murray, hired by AEG Live": who underwent it stands before the verb
            passive = at > 0 and words[at - 1].lower() in _table_words("passive_auxiliaries") \
                or end < len(words) and words[end].lower() in _table_words("agent_markers")
            after = voice == "object" and not passive
            person = _name_after(words, end) if after else _name_before(words, at)
            return kind, person, _names_in(words, range(len(words))) - person, after, at, end
    return None


def _name_before(words: Sequence[str], at: int) -> frozenset[str]:
    """The keys of the name just before word `at`, past auxiliaries and adverbs ("Dr Murray had been hired": murray;
    "Tony Hayward succeeded": tony, hayward). A possessive ends it, naming an owner ("Libya's ambassador resigned":
    the ambassador, whom the title does not name); a lower-case word before the verb names no one by name."""
    start = _subject_end(words, at)
    i = start - 1
    while i >= 0 and words[i][:1].isupper() and (i == start - 1 or not _POSSESSIVE_END.search(words[i])) \
            and start - i <= _window():
        i -= 1
    return _names_in(words, range(i + 1, start))


def _subject_end(words: Sequence[str], at: int) -> int:
    """Where the subject of the verb at word `at` ends: past auxiliaries and adverbs, and past a name a preposition
    of ``post_places`` governs ("ambassador to the United Nations has defected", "Hayward of BP resigned"): that
    name is the place or body of the post, not who underwent the change (derivations.yaml examples.post_changes)."""
    i = at
    while i > 0 and words[i - 1].lower() in _table_words("between"):
        i -= 1
    j = i
    while j > 0 and words[j - 1][:1].isupper() and i - j < _window():
        j -= 1
    if j < i and j > 0 and words[j - 1].lower() == "the":
        j -= 1
    if j < i and j > 1 and words[j - 1].lower() in _table_words("post_places"):
        return j - 1
    return i


def _name_after(words: Sequence[str], end: int) -> frozenset[str]:
    """The keys of the name just after an active verb of ``object`` ("appointed Bob Dudley as chief executive")."""
    i = end
    while i < len(words) and words[i][:1].isupper() and i - end < _window():
        i += 1
    return _names_in(words, range(end, i))


def _names_in(words: Sequence[str], span: range) -> frozenset[str]:
    """The keys of the capitalised words of `span` that can name a person: no honorific, no family word."""
    skip = _table_words("honorifics")
    return frozenset(title_word_key(words[i]) for i in span if words[i][:1].isupper()
                     and title_word_key(words[i]) not in skip) - family_heads()


def _match_end(phrase: tuple[str, ...], words: Sequence[str], stems: Sequence[str], at: int) -> int | None:
    """Where a phrase standing at word `at` ends (the index after its last word), or None when it does not stand
    there. "*" matches any word, "@" a capitalised word, "$" the title's end or one of ``open_words`` (not
    consumed)."""
    i = at
    for part in phrase:
        if part == PHRASE_END:
            return i if i == len(words) or words[i].lower() in _table_words("open_words") else None
        if i >= len(words):
            return None
        if part == PHRASE_NAME:
            if not words[i][:1].isupper():
                return None
        elif part != PHRASE_ANY and part != stems[i]:
            return None
        i += 1
    return i


@cache
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """``post_changes.kinds`` by the stem of each phrase's first word: (the phrase's stems, its kind, its voice,
    "subject" or "object"), longest phrase first, then in order, so a match never depends on the table's order."""
    found: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
    for kind, voices in sorted(_table()["kinds"].items()):
        for voice, phrases in sorted(voices.items()):
            for phrase in phrases:
                stems = tuple(p if p in (PHRASE_END, PHRASE_NAME) else s
                              for p, s in zip(str(phrase).split(), phrase_stems(str(phrase))))
                found[stems[0]].append((stems, str(kind), str(voice)))
    return {first: tuple(sorted(rows, key=lambda r: (-len(r[0]), r))) for first, rows in found.items()}


@cache
def _table() -> dict:
    return derivations()["post_changes"]


@cache
def _table_words(name: str) -> frozenset[str]:
    if name in ("passive_auxiliaries", "agent_markers"):
        return frozenset(str(w).lower() for w in derivations()["doer"][name])
    if name == "between":
        # what may stand between a subject and its verb: auxiliaries and adverbs ("had reportedly been")
        doer = derivations()["doer"]
        listed = [*doer["passive_auxiliaries"], *doer["between"], *lexicon().auxiliaries]
        return frozenset(str(w).lower() for w in listed)
    return frozenset(str(w).lower() for w in _table()[name])


@cache
def _window() -> int:
    return int(_table()["window"])
