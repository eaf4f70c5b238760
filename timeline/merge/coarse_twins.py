"""Merging, one doing told at two precisions: a month's (or a year's) entry and the one day entry inside it that tells
the same doing ("The oil stopped flowing into the Gulf", July 2010 / "A 75 tonne containment cap finally stopped the
oil flowing from a rogue well in the Gulf of Mexico", 16 July 2010). A reader sees one event listed twice, under the
month and under its day.

A month or year entry joins a day entry inside its date when their titles tell one doing by one verb, or by two verbs
of one class of coarse_twins.yaml ``verb_classes`` ("approved" / "voted"), not a verb of ``verbs_apart`` (a saying, a
being) nor in a title of a plan or a denial (``unrealised``); when they share a participant, a rare word of the corpus
or a name few of its events give; and when neither names another doer, another place of a count, another end figure
or another count. Only when exactly one day entry of the month or year does so, and every dated source of the coarse
entry agrees with that day (the joined entry then keeps the day): with two candidate days which one the month means is
not known, and it stays (join_coarse_twins).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache

from timeline.dates import compatible, precision
from timeline.events.lexicon import lexicon
from timeline.merge.clustering import Cluster
from timeline.merge.joins import (RARE_PARTICIPANT_EVENTS, RARE_PARTICIPANT_SHARE, _date_and_containers, _dates_agree,
                                   _title_member, dated_clusters)
from timeline.merge.similarity import (RARE_KEY, Item, Similarity, _counts, _settings, different_change_targets,
                                       different_doers, different_named_doers, different_places, distinct_doers,
                                       family_heads, key_form, participants, title_word_key, title_words, word_stems)
from timeline.rules import load_yaml

YEAR_DAYS = 366  # the coarsest entry that joins: a year's (a decade's or a season's tells many)
TOLD_KEYS = 3  # words a coarse title gives beside its verb, at least, to say which doing it tells, not only its kind


@cache
def _table() -> dict:
    return load_yaml(__package__, "coarse_twins.yaml")


@cache
def _verbs_apart() -> frozenset[str]:
    return frozenset(key_form(str(w)) for w in _table()["verbs_apart"])


@cache
def _verb_classes() -> dict[str, str]:
    """Each verb form of ``verb_classes`` (lower-case) -> its class, marked so that it meets no stem ("=vote")."""
    return {str(w).lower(): f"={name}" for name, words in _table()["verb_classes"].items() for w in words}


@cache
def _unrealised() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["unrealised"])


def told_verbs(item: Item) -> frozenset[str]:
    """The verbs a title tells its doing by, by word family or stem ("exploded" / "explosion", "issued" / "issues"),
    a verb of ``verb_classes`` by its class: its words after the first written as a past (an "-ed" ending or lexicon
    ``irregular_past``: "stopped", "froze") or as the event's trigger in the present after a name ("The ICC issues"; a
    noun trigger, "goes on trial", tells no verb), less the verbs that tell no one doing (``verbs_apart``). Empty when
    the title tells a plan, a wish, a condition or a denial (``unrealised``: "is due to start", "would not resign").
    The trigger alone may come from another clause of the sentence ("The bankruptcy fears have gone
    away since July, when the oil stopped flowing"), and a happening noun beside the verb ("Dr Murray's trial was
    delayed") is what the title is about, not what it tells."""
    return _title_verbs(item.event.title, item.trigger)


@lru_cache(maxsize=1 << 14)
def _title_verbs(title: str, trigger: str) -> frozenset[str]:
    """told_verbs of a title and its event's trigger: read for each pair of entries a month's entry is tried with."""
    words = title_words(title)
    if any(w.lower() in _unrealised() for w in words):
        return frozenset()
    past = lexicon().irregular_past
    stems = word_stems([w.lower() for w in words])
    found: set[str] = set()
    for i, word in enumerate(words):
        lower = word.lower()
        if i == 0 or word[:1].isupper() or key_form(word) in _verbs_apart():
            continue
        if lower in _verb_classes():
            found.add(_verb_classes()[lower])
        elif lower.endswith("ed") or lower in past or lower.endswith("s") and key_form(word) == trigger \
                and words[i - 1][:1].isupper():
            key = key_form(word)
            found.add(key if key in family_heads() else stems[i])
    return frozenset(found)


def coarse_twins(sim: Similarity, coarse: Item, day: Item) -> bool:
    """Whether a month's or a year's title and a day's title tell one doing: one verb (told_verbs), a shared
    participant (shared_participants), a coarse title that says which doing it tells (TOLD_KEYS words beside its
    verb), and nothing that sets them apart: named doers that differ, counts of different
    places, different end figures of a change, or different counts."""
    if not told_verbs(coarse) & told_verbs(day) or not compatible(coarse.when, day.when):
        return False
    if len(_title_keys(coarse.event.title)[0] - _key_verbs(coarse)) < TOLD_KEYS:
        return False  # "Resolution was adopted" (March) tells a kind of doing: which of the month's is not known
    if different_doers(coarse, day) or distinct_doers(coarse, day) or different_named_doers(coarse, day):
        return False
    if different_places(coarse, day) or different_change_targets(coarse, day):
        return False
    counts_a, counts_b = _counts(coarse.event.title), _counts(day.event.title)
    if counts_a and counts_b and not counts_a & counts_b:
        return False  # "Seven workers were taken to hospital" / "Ten workers ...": two counts, two happenings
    return bool(shared_participants(sim, coarse, day))


@cache
def _bodies() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["bodies"])


@lru_cache(maxsize=1 << 14)
def _body_names(title: str) -> frozenset[tuple[str, str]]:
    """The names of bodies a title writes (coarse_twins.yaml ``bodies``): a body word capitalised past the title's first
    word, with the capitalised word before it, as keys ("The U.N. Security Council voted" -> ("security", "council"))."""
    words = title_words(title)
    stop = lexicon().stopwords
    return frozenset((title_word_key(words[i - 1]), title_word_key(words[i])) for i in range(1, len(words))
                     if words[i].lower() in _bodies() and words[i][:1].isupper() and words[i - 1][:1].isupper()
                     and words[i - 1].lower() not in stop)


def _key_verbs(item: Item) -> frozenset[str]:
    """The keys of a title's words that are its verbs (told_verbs)."""
    verbs = told_verbs(item)
    words = title_words(item.event.title)
    return frozenset(title_word_key(w) for w, stem in zip(words, word_stems([w.lower() for w in words]))
                     if stem in verbs or key_form(w) in verbs or _verb_classes().get(w.lower()) in verbs)


def _title_keys(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of a title's words that are no stopword, and of those it capitalises after its first word (names)."""
    words = title_words(title)
    stop = lexicon().stopwords
    keys = frozenset(title_word_key(w) for w in words if w.lower() not in stop)
    named = frozenset(title_word_key(w) for w in words[1:] if w[:1].isupper() and w.lower() not in stop)
    return keys, named


def shared_participants(sim: Similarity, coarse: Item, day: Item) -> frozenset[str]:
    """The keys both titles write, besides their verbs, that name a participant (similarity.participants: no small
    count, office or word that names nobody) and no place where it happened (participants.yaml ``places.settings``):
    a name both capitalise past their first word in at most RARE_KEY of the corpus' events (not the corpus' subject:
    "H1N1", "Jackson"), or a word in at most RARE_PARTICIPANT_SHARE of them ("flowing", "parliament"), or the name of
    a body both write however common its words (_body_names: "Security Council"; twins69). Read from the
    titles themselves: an event's keys come from its sentence, whose clause may be another than the title's ("The
    bankruptcy fears have gone away since July, when the oil stopped flowing")."""
    keys_a, named_a = _title_keys(coarse.event.title)
    keys_b, named_b = _title_keys(day.event.title)
    verbs = told_verbs(coarse) | told_verbs(day)
    shared = participants(k for k in keys_a & keys_b if k not in verbs and word_stems([k])[0] not in verbs
                          and k not in _verb_classes()) \
        - _settings(coarse.event.title) - _settings(day.event.title)
    rare = max(RARE_PARTICIPANT_SHARE * sim.n, RARE_PARTICIPANT_EVENTS)
    named = shared & named_a & named_b
    bodies = frozenset(k for name in _body_names(coarse.event.title) & _body_names(day.event.title) for k in name)
    # a key no event holds (a word of two letters, "BP") is no evidence either way
    return frozenset(k for k in shared if 0 < sim.df.get(k, 0) <= rare
                     or k in named and 0 < sim.df.get(k, 0) <= RARE_KEY * sim.n) | bodies


def join_coarse_twins(clusters: Sequence[Cluster], sim: Similarity) -> None:
    """Join each month or year entry into the one day entry inside its date whose title tells the same doing
    (coarse_twins), in canonical order; with none or two such day entries it stays. The day entry keeps its day: every
    dated source of the coarse entry must agree with it (_dates_agree)."""
    dated = list(dated_clusters(clusters))
    days: dict[tuple[str, str], list[tuple[int, Item]]] = defaultdict(list)
    for ci, c, when in dated:
        if precision(when[0]) != 1:
            continue
        member = _title_member(c, when)
        for verb in sorted(told_verbs(member)):
            for value in _date_and_containers(when[0])[1:]:
                days[(verb, value)].append((ci, member))
    for ci, c, when in dated:
        if not 1 < precision(when[0]) <= YEAR_DAYS or not c.members:
            continue
        member = _title_member(c, when)
        found = sorted({cj for verb in sorted(told_verbs(member)) for cj, day in days.get((verb, when[0]), ())
                        if clusters[cj].members and coarse_twins(sim, member, day)})
        if len(found) == 1 and _dates_agree(clusters[found[0]], c):
            c.move_to(clusters[found[0]])
