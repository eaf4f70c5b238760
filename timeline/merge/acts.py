"""Merging, one act told in two wordings: one day's act told by synonymous verbs in two entries.

Two entries of one day whose titles tell one act in words of one class of derivations.yaml ``act_wordings`` ("American
officials slapped the sanctions on Libya" / "The U.S. government enacted sanctions"; "A Libyan woman stormed into a
Tripoli hotel" / "Al-Obeidy burst into the Rixos Hotel") join, when they agree on what the act befell or where (a key
of the class's ``objects`` both titles hold, else a key of both titles beside their doers that few events of the corpus
carry: "hotel", "drones", "bed") and on who did it: two named doers share a name (or one name's place adjective, or an
alias: "American" / "U.S."), a described doer ("A Libyan woman", "American officials") goes with a name its sources or
articles write, a title that names no doer ("U.S. Predator drones were deployed") goes with any. Different doers' acts
of one day ("The EU imposed sanctions" / "The U.S. enacted sanctions") stay apart, as do the class's idioms of
another act ("burst into flames"). What the act befell may go by two names (``object_kinds``: "pumping sludge into the
well" / "blasted mud into the well", one operation), and a noun act's objects may stand before it in its doer's phrase
(a ``modified`` class: "his first televised address" / "his first Oval Office address", one address to the nation;
its doer is then the names leading the phrase, "Barack Obama used ..."). A title that tells the act only in its sentence's infinitive of result ("he was
away from the bed ... and returned to find the singer was not breathing") tells it too (``result_links``). In
canonical order, a cluster joins the first group of its day and class whose every member agrees with it
(join_act_wordings; derivations.yaml examples.act_wordings).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from timeline.events.lexicon import lexicon
from timeline.merge.clustering import Cluster
from timeline.merge.kept_days import Day, KeyTest, by_day, days_of
from timeline.merge.joins import RARE_PARTICIPANT_EVENTS, ArticleNames, _day_clusters, _demonym_pair, _title_member
from timeline.merge.similarity import (Item, Similarity, derivations, participants,
                                       phrase_forms, title_word_key, title_words)


# a key in at most this share of the corpus' events (or RARE_PARTICIPANT_EVENTS) tells what an act befell or where:
# twice join_day_participants' share, as the act's class already tells the happening ("hotel" in 35 of 5,760 events of
# a war's feed: the hotel a woman stormed into)
ACT_RARE_SHARE = 0.01


class _ActClass(NamedTuple):
    """One class of act as the table gives it."""

    name: str
    words: tuple[tuple[str, ...], ...]  # the phrases telling it, lower-case as written
    objects: frozenset[str]  # keys one of which both titles hold; empty: a rare key both share
    not_after: frozenset[str]  # a word just after the phrase (or its "into") that makes it another act
    # its objects may stand before its noun, in the doer's phrase read back from it ("his first Oval Office address")
    modified: bool = False


class _Act(NamedTuple):
    """What a cluster's title tells of an act of one class (join_act_wordings)."""

    item: Item  # the member that gives the title
    doer: frozenset[str]  # the keys of the doer's name words (capitalised); empty for a described doer or none
    described: bool  # a doer named by a common noun ("A Libyan woman", "American officials")
    keys: frozenset[str]  # the title's keys beside its doer and the act's words, that its sources hold
    context: frozenset[str]  # every key of its sources and every name their articles write
    patient: frozenset[str] = frozenset()  # the names of a passive's subject: whom the act befell ("Jackson was found")


@cache
def _table() -> dict:
    return derivations()["act_wordings"]


@cache
def _object_kinds() -> dict[str, str]:
    """Each key of a word of ``object_kinds`` -> its group's first key: one thing under two names ("sludge" / "mud")."""
    return {title_word_key(str(w)): title_word_key(str(group[0]))
            for group in _table().get("object_kinds", ()) for w in group}


def _kind(key: str) -> str:
    return _object_kinds().get(key, key)


@cache
def _classes() -> tuple[_ActClass, ...]:
    return tuple(_ActClass(str(name), tuple(tuple(str(w).lower() for w in p) for p in spec["words"]),
                           frozenset(_kind(title_word_key(str(o))) for o in spec.get("objects", ())),
                           frozenset(str(w).lower() for w in spec.get("not_after", ())),
                           bool(spec.get("modified", False)))
                 for name, spec in _table()["acts"].items())


@cache
def _aliases() -> dict[str, frozenset[str]]:
    """Each name key -> the keys of the names one doer goes by ("us" -> american, america)."""
    table: dict[str, frozenset[str]] = {}
    for group in _table()["aliases"]:
        keys = frozenset(title_word_key(str(w)) for w in group)
        for k in keys:
            table[k] = table.get(k, frozenset()) | keys
    return table


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(title_word_key(w) for w in lexicon().stopwords)


@cache
def _result_links() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["result_links"])


@cache
def _into_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["into_words"])


def _phrase_at(lower: Sequence[str], at: int, act: _ActClass) -> int:
    """The length of a phrase of the class at this position of the lower-cased words, 0 when none (or when the word
    just after it, past an "into", makes it another act: "burst into flames")."""
    word = lower[at] if at < len(lower) else None
    for phrase in act.words:
        if phrase and phrase[0] != word:
            continue  # (the first word tested before the tuple is built)
        end = at + len(phrase)
        if tuple(lower[at:end]) != phrase:
            continue
        after = end + 1 if end < len(lower) and lower[end] in _into_words() else end
        if after < len(lower) and lower[after] in act.not_after:
            continue
        return len(phrase)
    return 0


def act_in(words: Sequence[str], act: _ActClass) -> tuple[int, int] | None:
    """Where a title's words tell the class's act: (start, length) of its first phrase, or None."""
    lower = [w.lower() for w in words]
    for at in range(len(lower)):
        length = _phrase_at(lower, at, act)
        if length:
            return at, length
    return None


def _result_act(item: Item, act: _ActClass) -> bool:
    """Whether the member's sentence tells the act as its trigger's infinitive of result ("returned to find"): the
    trigger, a link word, then a phrase of the class."""
    lower = [w.lower() for w in title_words(item.event.source.quote)]
    forms = phrase_forms(title_words(item.event.source.quote))
    links = _result_links()
    return any(forms[i] == item.trigger and lower[i + 1] in links and _phrase_at(lower, i + 2, act)
               for i in range(len(lower) - 2))


def _doer_before(words: Sequence[str], at: int) -> tuple[list[str], bool, bool]:
    """The words of the noun phrase just before the act's phrase (back to the title's start or a clause word), whether
    it is described (its last word is no name: "woman", "officials"), and whether it names the act's patient, not its
    doer ("Drones were deployed", "the drones saw their first use": after a ``patient_markers`` word)."""
    stop, skipped = _table()["doer_stops"], _table()["doer_skipped"]
    end = at
    while end > 0 and words[end - 1].lower() in skipped:
        end -= 1
    passive = end > 0 and words[end - 1].lower() in _table()["patient_markers"]
    if passive:
        end -= 1
    start = end
    while start > 0 and words[start - 1].lower() not in stop and not words[start - 1].endswith(","):
        start -= 1
    phrase = [w for w in words[start:end] if w.lower() not in skipped]
    if not phrase:
        return [], False, passive
    return phrase, not phrase[-1][:1].isupper(), passive


def _leading_names(phrase: Sequence[str], act: _ActClass) -> list[str]:
    """The doer of a noun act whose modifiers stand before it: the names that lead the phrase, up to a lower-case word
    or one of the act's objects ("Barack Obama used his first Oval Office address": Barack Obama; "Obama's Oval Office
    address": Obama's); none when a modifier leads it ("his first televised address")."""
    run: list[str] = []
    for w in phrase:
        if not w[:1].isupper() or _kind(title_word_key(w)) in act.objects:
            break
        run.append(w)
    return run


def _act(cluster: Cluster, when: tuple[str, str], act: _ActClass, names: ArticleNames, rare: KeyTest) -> _Act | None:
    """What the cluster's title tells of the class's act (_Act), or None when it tells none."""
    member = _title_member(cluster, when)
    words = title_words(member.event.title)
    found = act_in(words, act)
    if found is None and not _result_act(member, act):
        return None
    at, length = found if found is not None else (len(words), 0)
    phrase, described, passive = _doer_before(words, at) if found is not None else ([], False, False)
    if act.modified:
        phrase, described = _leading_names(phrase, act), False
    named = frozenset(title_word_key(w) for w in phrase if w[:1].isupper())
    doer = named if not described and not passive else frozenset()
    patient = named if passive else frozenset()
    context = frozenset().union(*(m.keys | names.proper.get(m.event.article, frozenset()) for m in cluster.members))
    acted = frozenset(title_word_key(w) for w in words[at:at + length])
    # what the act befell is no doer: a passive's subject stays ("U.S. Predator drones were deployed": drones)
    subject = frozenset() if passive or act.modified else frozenset(title_word_key(w) for w in phrase)
    rest = frozenset(title_word_key(w) for w in words) - acted - subject
    if act.objects:
        keys = frozenset(_kind(k) for k in rest) & act.objects  # what it befell, by its kind: "sludge" is "mud"
    else:
        keys = frozenset(k for k in participants(rest - _stopwords())
                         if not k.isdigit() and rare(k))
    if not keys:
        return None
    return _Act(member, doer, described and not passive, keys, context, patient)


def _names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two doers' names tell one doer: a key shared, an alias (_aliases), or a place and its adjective."""
    aliases = _aliases()
    return any(x == y or y in aliases.get(x, ()) or _demonym_pair(x, y) for x in a for y in b)


def _known(named: frozenset[str], context: frozenset[str]) -> bool:
    return all(_names_agree(frozenset({n}), context) for n in named)


def _acts_agree(a: _Act, b: _Act) -> bool:
    """Whether two titles of one day and class tell one act: they share what it befell, and their doers agree (two
    names by a name, a description by a name its sources know; a title naming no doer goes with any). The doers are
    the act's, not the title's trigger's (similarity.different_named_doers reads those: "Gates disclosed that the
    drones saw their first use"), and a capitalised adjective ("A Libyan woman") names no one."""
    if not a.keys & b.keys or a.patient and b.patient and not _names_agree(a.patient, b.patient):
        return False
    if a.doer and b.doer:
        return _names_agree(a.doer, b.doer)
    if a.doer and b.described:
        return _known(a.doer, b.context)
    if b.doer and a.described:
        return _known(b.doer, a.context)
    return True


def _as_one(group: Sequence[_Act]) -> _Act:
    """A group of acts joined as one act: the names its doers go by, described only when every doer is, what any of
    them befell, and what any of their sources know (a name one telling writes is the group's: "A Libyan woman
    stormed into a Tripoli hotel" told with "Eman al-Obeidy" lets "a woman burst into the restaurant" join it too)."""
    if len(group) == 1:
        return group[0]
    return _Act(group[0].item, frozenset().union(*(a.doer for a in group)), all(a.described for a in group),
                frozenset().union(*(a.keys for a in group)), frozenset().union(*(a.context for a in group)),
                frozenset().union(*(a.patient for a in group)))


def join_act_wordings(clusters: Sequence[Cluster], sim: Similarity, names: ArticleNames) -> None:
    """Join finished clusters of one day whose titles tell one act in words of one class of derivations.yaml
    ``act_wordings`` and agree on what it befell and who did it (_acts_agree; see the module's doc)."""
    rare_limit = max(RARE_PARTICIPANT_EVENTS, ACT_RARE_SHARE * sim.n)
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and answers are the same)
    rare = KeyTest(lambda k: 0 < sim.df.get(k, 0) <= rare_limit)

    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        groups: dict[tuple[tuple[str, str], str], list[list[_Act]]] = defaultdict(list)
        owner: dict[int, int] = {}  # id of a group -> the day's cluster it gathers into
        for ci, (c, when) in enumerate(day):
            if c.previous is not None:
                continue  # a person's entry keeps its grouping
            for act in _classes():
                told = _act(c, when, act, read, rare)  # type: ignore[arg-type]
                if told is None:
                    continue
                target = next((g for g in groups[(when, act.name)] if _acts_agree(told, _as_one(g))), None)
                if target is not None and day[owner[id(target)]][0].members:
                    move(ci, owner[id(target)])
                    target.append(told)
                    break
                group = [told]
                groups[(when, act.name)].append(group)
                owner[id(group)] = ci

    by_day("act_wordings", days_of(_day_clusters(clusters)), work, (rare,), names)
