"""Merging, one speaker's sayings of one day told by one article once by name and once by a description.

"Anti-Gadhafi forces made significant advances -- ... -- a spokesman for NATO's military operation told reporters" and
"Col. Roland Lavoie told reporters that anti-Gadhafi forces are now assuming control of the key approaches to Tripoli",
both of one Tuesday and both written by one article, tell one briefing: a sentence writes "Col. Roland Lavoie, a
spokesman for NATO's military operation". "The 57-year-old former soldier said they were waging a dogs' war" is the
article's Hugo Chavez, whose saying of that Tuesday it tells by name. join_described_twins joins such a described
saying into the named one when the description is tied to exactly one person (described_twins.yaml beside this
module); merge.speakers.join_described_speakers, which ties a role word ("A French minister") to a name across
articles, leaves these apart (a spokesman, an age: no role of its table).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from timeline.merge.clustering import Cluster
from timeline.merge.joins import _day_clusters, _title_member
from timeline.merge.similarity import title_word_key, title_words
from timeline.merge.speaker_twins import _FIGURE, _DATES, occasions, saying_speaker
from timeline.merge.speakers import _named, _speaker_spans
from timeline.merge.speakers import rules as speakers_rules
from timeline.rules import load_yaml


@cache
def rules() -> dict[str, Any]:
    """The table of described_twins.yaml."""
    return load_yaml(__package__, "described_twins.yaml")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[key])


_AGE = re.compile(r"(\d{1,3})-year-old")
_CAPITAL = re.compile(r"[A-Z]")


class Description(NamedTuple):
    """A title's described speaker: the words after its determiner, whether the determiner is "the", and the age it
    gives ("The 57-year-old former soldier": 57), if any."""

    words: tuple[str, ...]
    definite: bool
    age: str


def _spans(title: str) -> list[list[str]]:
    """The word runs that may be a title's speaker before a verb of described_twins.yaml: its opening words, the
    attribution after its last comma (merge.speakers), and the attribution after its last dash ("... -- a spokesman
    for NATO's military operation told reporters")."""
    spans = list(_speaker_spans(title))
    head, dash, tail = title.rpartition("--")
    if dash:
        words = title_words(tail)
        at = next((i for i, w in enumerate(words) if w.lower() in _words("verbs")), None)
        if at and len(words) - at - 1 <= int(speakers_rules()["attribution_tail"]):
            spans.append(words[:at])
    return spans


def described(title: str) -> Description | None:
    """The described speaker of a title's saying: a determiner and up to ``description_words`` words before a verb
    of the table ("a spokesman for NATO's military operation told reporters"); None for a named speaker, an act
    ("A French minister visited ...") or no speaker."""
    words = title_words(title)
    for span in _spans(title):
        if len(span) < 2 or span[0].lower() not in _words("determiners"):
            continue
        if len(span) - 1 > int(rules()["description_words"]):
            continue
        # the verb after the span must be a saying's (speakers' spans stop at any verb of speakers.yaml)
        end = _verb_after(words, span)
        if end is None or end.lower() not in _words("verbs"):
            continue
        ages = [m.group(1) for w in span[1:] if (m := _AGE.fullmatch(w))]
        return Description(tuple(span[1:]), span[0].lower() == "the", ages[0] if ages else "")
    return None


def _verb_after(words: Sequence[str], span: Sequence[str]) -> str | None:
    """The word that follows the span's run in the title's words (its verb), skipping adverbs."""
    n = len(span)
    for i in range(len(words) - n):
        if list(words[i:i + n]) == list(span):
            j = i + n
            while j < len(words) and words[j].lower() in speakers_rules()["adverbs"]:
                j += 1
            if j < len(words):
                return words[j]
    return None


class _Named(NamedTuple):
    ci: int
    person: frozenset[str]  # the keys of the name
    last: str  # the name's last word as the title writes it ("Lavoie")
    articles: frozenset[str]
    quotes: tuple[str, ...]


def _name_last(title: str, person: frozenset[str]) -> str:
    """The last word of the title's speaker name that is one of the person's keys."""
    found = [w for w in title_words(title) if title_word_key(w) in person and w[:1].isupper()]
    return found[-1] if found else ""


@cache
def _apposition(core: str, last: str) -> re.Pattern[str]:
    """A sentence writing the name's last word and the description between commas ("Lavoie, a spokesman for NATO's
    military operation, told"; not ", a spokesman said": an attribution), or the description right before the name
    ("NATO spokesman Col. Roland Lavoie")."""
    words = r"\s+".join(re.escape(w) for w in core.split())
    between = int(rules()["name_words"]) - 1
    return re.compile(rf"\b{re.escape(last)}\s*,\s+(?i:a|an|the)\s+(?i:{words})\s*,"
                      rf"|\b(?i:{words})\s+(?:[A-Z][\w'.-]*\s+){{0,{between}}}{re.escape(last)}\b")


@cache
def _other_appositions(core: str) -> re.Pattern[str]:
    """Any capitalised word written before the description between commas: whom a sentence ties it to."""
    words = r"\s+".join(re.escape(w) for w in core.split())
    return re.compile(rf"\b([A-Z][\w'.-]*)\s*,\s+(?i:a|an|the)\s+(?i:{words})\s*,")


def _tied_by_apposition(desc: Description, n: _Named, pool: Sequence[str]) -> bool:
    """Whether a sentence ties the description to the person and none ties it to another name (two persons: which
    one spoke is not known)."""
    if len(desc.words) < int(rules()["min_apposition_words"]) or not any(_CAPITAL.match(w) for w in desc.words):
        return False  # "a spokesman", "a rebel spokesman": anyone's
    if not any(w.islower() and w not in _words("links") for w in desc.words):
        return False  # "The U.S. State Department": a body, no person's role
    core = " ".join(desc.words)
    tied = False
    for s in pool:
        for m in _other_appositions(core).finditer(s):
            if title_word_key(m.group(1)) not in n.person:
                return False
        if n.last and _apposition(core, n.last).search(s):
            tied = True
    return tied


def _age_elsewhere(age: str, person: frozenset[str], pool: Sequence[str], own: Sequence[str]) -> bool:
    """Whether a sentence of the article gives the age beside someone else ("Ali Hassan, 57, fled ...")."""
    writes = re.compile(rf"\b{age}-year-old\b|,\s*{age}\s*,")
    for s in pool:
        if s in own or not writes.search(s):
            continue
        if not person <= {title_word_key(w) for w in title_words(s)}:
            return True
    return False


def _guards(a: Cluster, b: Cluster) -> bool:
    """No two occasions and no two counts named by the two clusters' sentences (as merge.speaker_twins)."""
    def told(c: Cluster) -> tuple[frozenset[str], frozenset[str]]:
        found: set[str] = set()
        figures: set[str] = set()
        for m in c.members:
            found |= occasions(m.event.source.quote)
            figures |= set(_FIGURE.findall(_DATES.sub(" ", m.event.source.quote)))
        return frozenset(found), frozenset(figures)
    (oa, fa), (ob, fb) = told(a), told(b)
    if oa and ob and not oa & ob:
        return False
    return not (fa and fb and not fa & fb)


def join_described_twins(clusters: Sequence[Cluster]) -> None:
    """Join a day cluster whose title is a described speaker's saying (described) into the one cluster of its day
    whose title is a named person's saying (merge.speaker_twins.saying_speaker), shares an article with it and is
    tied to the description (by apposition, or as the article's one speaker for a definite age). With two such
    persons, or none, it stays."""
    sentences: dict[str, set[str]] = defaultdict(set)
    for c in clusters:
        for m in c.members:
            sentences[m.event.article].add(m.event.source.quote)
    days: dict[str, list[tuple[int, Description]]] = defaultdict(list)
    named: dict[str, list[_Named]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        title = _title_member(c, when).event.title
        desc = described(title)
        if desc is not None:
            days[when[0]].append((ci, desc))
            continue
        person = saying_speaker(title)
        if person and _named(title):
            named[when[0]].append(_Named(ci, person, _name_last(title, person),
                                         frozenset(m.event.article for m in c.members),
                                         tuple(m.event.source.quote for m in c.members)))
    for day, told in days.items():
        for ci, desc in told:
            c = clusters[ci]
            if not c.members:
                continue
            articles = frozenset(m.event.article for m in c.members)
            own = [m.event.source.quote for m in c.members]
            candidates = [n for n in named.get(day, ()) if clusters[n.ci].members and articles & n.articles]
            pool = sorted({s for a in articles for s in sentences[a]})
            tied: list[_Named] = []
            if desc.age and desc.definite and not any(_CAPITAL.match(w) for w in desc.words):
                persons = {n.person for n in candidates}
                if candidates and all(p <= q or q <= p for p in persons for q in persons) \
                        and not any(_age_elsewhere(desc.age, n.person, pool, own) for n in candidates):
                    tied = candidates
            else:
                tied = [n for n in candidates if _tied_by_apposition(desc, n, (*pool, *n.quotes))]
            persons = {n.person for n in tied}
            if not tied or not all(p <= q or q <= p for p in persons for q in persons):
                continue
            target = clusters[tied[0].ci]
            if _guards(c, target):
                c.move_to(target)
