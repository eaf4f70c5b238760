"""Merging, a telling of an act and the act itself (twins49): one day's act told once through its teller's report.

"BP announced the first good news in several days in its efforts to contain the spill" (its sentence goes on ",
saying it had succeeded in inserting a tube into the riser") and "BP successfully inserted a tube into the riser" tell
one act: the report's content clause does the other entry's act, by the same verb, on the same object, by a doer the
report names. join_reported_acts joins the report into that act (reported_acts.yaml beside this module).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, NamedTuple

from timeline.events.lexicon import is_past
from timeline.merge.clustering import Cluster
from timeline.merge.joins import _day_clusters, _title_member
from timeline.merge.similarity import key_form, title_word_key, title_words, word_stems
from timeline.rules import load_yaml


class Content(NamedTuple):
    """The act a report's content clause tells."""

    verb: str  # the verb's key (its stem, or its family's head)
    objects: frozenset[str]  # the keys of the words after the verb that may name its object
    doer: frozenset[str]  # the keys of the names of the doer (the teller's, for a pronoun)


@cache
def rules() -> dict[str, Any]:
    """The table of reported_acts.yaml."""
    return load_yaml(__package__, "reported_acts.yaml")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[key])


def _verb_key(word: str) -> str:
    """The key two forms of one verb share ("inserted", "inserting" -> insert; "exploded", "explosion" -> explode)."""
    family = title_word_key(word)
    return family if family != word.lower() else word_stems([word])[0]


def _names(words: Sequence[str]) -> frozenset[str]:
    """The keys of the capitalised words among `words`."""
    return frozenset(title_word_key(w) for w in words if w[:1].isupper() and w.lower() not in _words("skipped"))


def _past_verb(word: str) -> bool:
    """A past form written in lower case (a capitalised one is a name: "The United Nations")."""
    return not word[:1].isupper() and is_past(word.lower())


def _objects(words: Sequence[str]) -> frozenset[str]:
    """The keys of the first words after a verb that may name its object (``object_window``, ``skipped`` aside)."""
    window = int(rules()["object_window"])
    return frozenset(title_word_key(w) for w in words[:window] if w.lower() not in _words("skipped"))


def content_act(words: Sequence[str], teller: frozenset[str]) -> Content | None:
    """The act a content clause tells ("it had succeeded in inserting a tube into the riser" -> insert, {tube,
    riser}, the teller), or None: no past verb, or a negation, modal or plan before it (``blockers``)."""
    at = 1 if words and words[0].lower() == "that" else 0
    subject: list[str] = []
    while at < len(words) and not _past_verb(words[at]) and words[at].lower() not in _words("auxiliaries"):
        if words[at].lower() in _words("blockers"):
            return None
        if words[at].lower() == "that":  # "told a hearing that ...": the clause opens after it
            subject.clear()
        else:
            subject.append(words[at])
        at += 1
    while at < len(words) and words[at].lower() in _words("auxiliaries"):
        at += 1
    if at >= len(words) or not subject or not _past_verb(words[at]):
        return None
    if words[at].lower() in _words("achieved"):
        at += 1
        if at < len(words) and words[at].lower() in ("in", "to"):
            at += 1
        if at >= len(words):
            return None
    lowered = [w.lower() for w in subject]
    if len(subject) == 1 and lowered[0] in _words("pronouns"):
        doer = teller
    else:
        doer = frozenset(title_word_key(w) for w in subject if w.lower() not in _words("skipped"))
    objects = _objects(words[at + 1:])
    if not doer or not objects:
        return None
    return Content(_verb_key(words[at]), objects, doer)


def reported_act(title: str, sentence: str) -> Content | None:
    """The act a report tells: the title opens with its teller and a ``telling`` verb ("BP announced ..."), and its
    content clause follows that verb in the title, or ``saying`` in its sentence (", saying it had ..."); None for
    any other title."""
    words = title_words(title)
    verb = next((i for i, w in enumerate(words) if w.lower() in _words("telling")), None)
    if not verb:
        return None
    if any(_past_verb(w) for w in words[:verb]):  # the title opens with a clause, not with its teller
        return None
    teller = _names(words[:verb])
    found = content_act(words[verb + 1:], teller)
    if found is not None:
        return found
    said = title_words(sentence)
    after = next((i for i, w in enumerate(said) if w.lower() in _words("saying")), None)
    return content_act(said[after + 1:], teller) if after is not None else None


def does_act(title: str, act: Content) -> bool:
    """Whether a title does the act (Content): a verb of its key, a word of the object after it, and a doer before it
    whose names the act's doer gives, with no ``blockers`` word before the verb ("BP had not inserted"); a title that
    tells a saying does none."""
    words = title_words(title)
    lowered = [w.lower() for w in words]
    if any(w in _words("telling") or w in _words("saying") for w in lowered):
        return False
    for at, word in enumerate(words):
        if not _past_verb(word) or _verb_key(word) != act.verb:
            continue
        doer = _names(words[:at])
        if not doer or not doer <= act.doer or any(w in _words("blockers") for w in lowered[:at]):
            return False
        return bool(_objects(words[at + 1:]) & act.objects)
    return False


def join_reported_acts(clusters: Sequence[Cluster]) -> None:
    """Join a day entry whose title reports an act (reported_act: "BP announced the first good news ..., saying it had
    succeeded in inserting a tube") into the one other entry of its day whose title does that act ("BP successfully
    inserted a tube into the riser"): the same verb, a shared object word, the doer the report names. With two such
    acts, or none, it stays."""
    _join_to_one_of_day(clusters, reported_act, does_act)


def _join_to_one_of_day(clusters: Sequence[Cluster], key_of: Callable[[str, str], Any],
                        matches: Callable[[str, Any], bool]) -> None:
    """Join each day entry whose title and quote give a key (key_of: a reported act, a received thing) into the one
    other entry of its day whose title matches that key; with two such entries, or none, it stays."""
    days: dict[str, list[tuple[int, str]]] = defaultdict(list)
    keyed: list[tuple[int, str, Any]] = []
    for ci, c, when in _day_clusters(clusters):
        member = _title_member(c, when)
        days[when[0]].append((ci, member.event.title))
        key = key_of(member.event.title, member.event.source.quote)
        if key is not None:
            keyed.append((ci, when[0], key))
    for ci, day, key in keyed:
        found = [cj for cj, title in days[day] if cj != ci and clusters[cj].members and matches(title, key)]
        if len(found) == 1 and clusters[ci].members:
            clusters[ci].move_to(clusters[found[0]])


def received_thing(title: str) -> str | None:
    """The key of the thing whose results a title receives ("The hospital received the results of the tests" ->
    test), or None: no ``receiving`` verb followed by a ``result_nouns`` word, "of" and a noun."""
    words = title_words(title)
    lowered = [w.lower() for w in words]
    for at, low in enumerate(lowered):
        if low not in _words("receiving"):
            continue
        rest = [w for w in lowered[at + 1:] if w not in ("the", "a", "an", "its", "his", "her", "their")]
        if len(rest) >= 3 and rest[0] in _words("result_nouns") and rest[1] == "of":
            return title_word_key(rest[2])
        return None
    return None


def tells_outcome(title: str, thing: str) -> bool:
    """Whether a title tells the outcome of the thing: its key stands before an ``outcome_verbs`` word ("Laboratory
    tests came back positive"), and the title receives nothing itself."""
    lowered = [w.lower() for w in title_words(title)]
    if any(w in _words("receiving") for w in lowered):
        return False
    verb = next((i for i, w in enumerate(lowered) if w in _words("outcome_verbs")), None)
    return verb is not None and any(title_word_key(w) == thing for w in lowered[:verb])


def join_received_results(clusters: Sequence[Cluster]) -> None:
    """Join a day entry whose title receives a thing's results ("The hospital received the results of the tests")
    into the one other entry of its day whose title tells that thing's outcome ("Laboratory tests came back positive
    for the H1N1 virus"). With two such outcomes, or none, it stays (reported_acts.yaml ``received_examples``)."""
    _join_to_one_of_day(clusters, lambda title, _quote: received_thing(title), tells_outcome)
