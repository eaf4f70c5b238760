"""Merging, one act told in the active and in the passive: "NTC fighters took Tripoli" / "Tripoli was captured by the
NTC" (one month). Two finished entries of one date (the same day, or the same month for month-dated ones), one titled
"Y was VERB by X" and one "X VERB Y" with verbs of one class of voice_twins.yaml (capture, elect), join when the
passive's doer X and the active's subject share a name (or a place and its adjective), the passive's subject Y and the
active's object share a name, and the common nouns of two doers that both have some share one ("Libyan rebels" /
"Libyan government forces" stay apart). A title with a denial or a report word ("denied that ... took") joins nothing;
another act of the pair ("attacked Tripoli") is of no class and stays apart (join_voice_twins)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from timeline.merge.clustering import Cluster
from timeline.merge.joins import _demonym_pair, _title_member, dated_clusters
from timeline.merge.similarity import title_word_key, title_words
from timeline.rules import load_yaml


@cache
def _table() -> dict:
    return load_yaml(__package__, "voice_twins.yaml")


@cache
def _verb_class() -> dict[str, str]:
    """Each verb form (lower-case) -> its class."""
    return {str(w).lower(): str(name) for name, words in _table()["classes"].items() for w in words}


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[key])


class _Party(NamedTuple):
    names: frozenset[str]  # the keys of its capitalised words
    nouns: frozenset[str]  # the keys of its common nouns ("fighters", "forces")


class Voiced(NamedTuple):
    """What a title tells of one act of a class: its class, doer and what it befell, and whether it is passive."""

    act: str
    doer: _Party
    patient: _Party
    passive: bool


def _named(word: str) -> bool:
    """A name's word: capitalised, or a capitalised part after a hyphen ("al-Araby")."""
    return any(part[:1].isupper() for part in word.split("-"))


def _party(words: Sequence[str]) -> _Party:
    kept = [w.strip("()") for w in words if w.lower() not in _words("skipped")]
    return _Party(frozenset(title_word_key(w) for w in kept if w and _named(w)),
                  frozenset(title_word_key(w) for w in kept if w and not _named(w)))


def _leads(words: Sequence[str]) -> bool:
    """Whether a name leads the phrase, past its determiners: what an act befell is named ("took Tripoli"), not a
    thing described ("took a softer line", "captured the other main stronghold")."""
    kept = [w for w in words if w.lower() not in _words("skipped")]
    return bool(kept) and _named(kept[0])


def _subject(words: Sequence[str], end: int) -> list[str]:
    start = end
    while start > 0 and words[start - 1].lower() not in _words("doer_stops") and not words[start - 1].endswith(","):
        start -= 1
    return list(words[start:end])


def _object(words: Sequence[str], at: int) -> list[str]:
    """The phrase just after a verb or an agent marker, up to a clause word or a preposition (``phrase_stops``) or a
    comma: "by Libyan government forces in Brega" -> Libyan government forces."""
    stops = _words("doer_stops") | _words("phrase_stops")
    end = at
    while end < len(words) and words[end].lower() not in stops:
        end += 1
        if words[end - 1].endswith(","):
            break
    return list(words[at:end])


def voiced(title: str) -> Voiced | None:
    """The act a title tells in the active ("X took Y") or the passive ("Y was captured by X") with both parties
    named and a name leading what it befell, or None (no verb of a class, a denial or report, a party with no name, a
    participle with its doer: "records seized by the Army")."""
    words = title_words(title)
    lower = [w.lower() for w in words]
    if _words("denials") & set(lower):
        return None
    classes = _verb_class()
    for i, w in enumerate(lower):
        act = classes.get(w)
        if act is None or i == 0:
            continue
        if lower[i - 1] in _words("passive_markers"):
            if i + 1 >= len(lower) or lower[i + 1] not in _words("agent_markers"):
                return None  # a passive without its doer names one party only
            patient_words = _subject(words, i - 1)
            doer, patient = _party(_object(words, i + 2)), _party(patient_words)
            passive = True
        elif i + 1 < len(lower) and lower[i + 1] in _words("agent_markers"):
            return None  # a participle with its doer ("records seized by the Army"): no active, and its subject untold
        else:
            patient_words = _object(words, i + 1)
            doer, patient = _party(_subject(words, i)), _party(patient_words)
            passive = False
        if not doer.names or not patient.names or not _leads(patient_words):
            return None
        return Voiced(act, doer, patient, passive)
    return None


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(x == y or _demonym_pair(x, y) for x in a for y in b)


def twins(a: Voiced, b: Voiced) -> bool:
    """Whether an active and a passive title tell one act: one class, the doers and the patients agreeing by name,
    and two doers' common nouns, when both have some, sharing one."""
    if a.passive == b.passive or a.act != b.act:
        return False
    if not _agree(a.doer.names, b.doer.names) or not _agree(a.patient.names, b.patient.names):
        return False
    return not (a.doer.nouns and b.doer.nouns and not a.doer.nouns & b.doer.nouns)


def join_voice_twins(clusters: Sequence[Cluster]) -> None:
    """Join finished clusters of one date whose titles tell one act in the active and in the passive (twins), in
    canonical order: a passive joins the first active of its date it twins with, and the other way round."""
    seen: dict[str, list[tuple[int, Voiced]]] = defaultdict(list)
    for ci, c, when in dated_clusters(clusters):
        told = voiced(_title_member(c, when).event.title)
        if told is None:
            continue
        target = next((ti for ti, other in seen[when[0]] if twins(told, other)), None)
        if target is not None and clusters[target].members:
            c.move_to(clusters[target])
            continue
        seen[when[0]].append((ci, told))
