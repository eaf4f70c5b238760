"""Merging, an entry whose title's subject stands for news its article told in another sentence ("Saturday's incident
was the first time ...", "The decision in the U.N. was taken", "Monday's incident occurred"): it joins
the one entry of its date that shares its article and a rare word of its sentences, that entry's title kept
(empty_subjects.yaml; join_empty_subjects). Two such entries, or none, and it stays: a wrong join is worse than a
duplicate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache

from timeline.merge.clustering import Cluster
from timeline.merge.joins import _title_member, dated_clusters
from timeline.merge.similarity import Similarity, derivations, title_word_key, title_words
from timeline.rules import load_yaml


@cache
def _table() -> dict:
    return load_yaml(__package__, "empty_subjects.yaml")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[key])


@cache
def _predicates() -> tuple[tuple[str, ...], ...]:
    """The predicates' phrases as word tuples, longest first."""
    return tuple(sorted((tuple(str(p).lower().split()) for p in _table()["predicates"]), key=len, reverse=True))


@lru_cache(maxsize=1 << 14)  # a pure function of the title, weighed for each day cluster
def empty_subject(title: str) -> tuple[str, ...] | None:
    """The words of the predicate's phrase when the title's subject is a placeholder whose predicate only tells that
    it came about or when (empty_subjects.yaml), else None: "An incident occurred" -> ("occurred",)."""
    words = title.split()
    low = [w.lower().strip(".,;:\"'“”") for w in words]
    if len(low) < 2 or low[0] not in _words("determiners"):
        return None
    table = _table()
    noun = next((k for k in range(1, min(len(low), int(table["modifier_words"]) + 2)) if low[k] in _words("nouns")),
                None)
    if noun is None or any(not words[k][:1].islower() or not words[k].isalpha() for k in range(1, noun)):
        return None  # "A NATO statement": whose it is
    at = noun + 1
    if at < len(low) and low[at] in _words("prepositions"):
        rest = low[at + 1:]
        # the phrase ends where a predicate starts, within phrase_words words
        ends = [j for j in range(1, int(table["phrase_words"]) + 1) if _predicate_at(rest, j)]
        if not ends:
            return None
        at += 1 + ends[0]
    predicate = _predicate_at(low, at)
    return predicate or None


def _predicate_at(low: Sequence[str], at: int) -> tuple[str, ...]:
    """The predicate phrase starting at `at`, or ()."""
    return next((p for p in _predicates() if tuple(low[at:at + len(p)]) == p), ())


def join_empty_subjects(clusters: Sequence[Cluster], sim: Similarity) -> None:
    """Join each finished entry whose title is an empty subject (empty_subject) into the one other entry of its date
    that a member of one of its articles tells and whose members share a key of its sentences at most
    retellings.common_share of the corpus' events carry (the title's own placeholder and predicate words, and its
    date phrase, aside). Only the members telling the title count (another member's sentence tells news of its
    own), and an entry that is an empty subject itself is no partner."""
    limit = float(derivations()["retellings"]["common_share"]) * sim.n
    by_date: dict[str, list[tuple[int, tuple[str, str]]]] = defaultdict(list)
    for ci, _, when in dated_clusters(clusters):
        by_date[when[0]].append((ci, when))
    for told in by_date.values():
        if len(told) < 2:
            continue
        titles = {ci: _title_member(clusters[ci], when).event.title for ci, when in told}
        for ci, _ in told:
            c, predicate = clusters[ci], empty_subject(titles[ci])
            if not c.members or predicate is None:
                continue
            own = {title_word_key(w) for w in predicate}
            # the members telling the title: another member's sentence tells its own news, not the placeholder's
            tellers = [m for m in c.members if m.event.title == titles[ci]]
            own |= {title_word_key(w) for m in tellers for w in title_words(m.event.source.expression or "")}
            rare = frozenset(k for m in tellers for k in m.keys if sim.df.get(k, 0) <= limit) - own
            articles = frozenset(m.event.article for m in tellers)
            fits = [cj for cj, _ in told if cj != ci and clusters[cj].members and empty_subject(titles[cj]) is None
                    and articles & {m.event.article for m in clusters[cj].members}
                    and rare & frozenset().union(*(m.keys for m in clusters[cj].members))]
            if len(fits) == 1:
                c.move_to(clusters[fits[0]])
