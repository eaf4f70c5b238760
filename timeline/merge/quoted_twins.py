"""Merging, one saying of one day told twice with the same quoted words.

"Libyan strongman Muammar Gaddafi defiantly pledged to stay in power at any cost" (its sentence: "... threatening to
have protesters hunted down and killed “house by house.”") and "The man went on television to fulminate against
“terrorists” and promise to “cleanse Libya house by house”" tell one speech of one Tuesday: the words in quotation
marks are the speaker's own, and two articles rarely quote the same few words of two different sayings on one day.
join_quoted_twins joins two entries of one day whose sentences give the same quoted words (quoted_twins.yaml beside
this module), when those words are rare in the corpus and nothing tells two speakers or two counts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from timeline.events.lexicon import lexicon
from timeline.merge.clustering import Cluster
from timeline.merge.joins import _day_clusters, _title_member, dated_clusters
from timeline.merge.speakers import country_speaker, named_speaker
from timeline.rules import load_yaml


@cache
def rules() -> dict[str, Any]:
    """The table of quoted_twins.yaml."""
    return load_yaml(__package__, "quoted_twins.yaml")


# words in quotation marks: curly or straight, no mark inside (linear: one class, then its closing mark)
_QUOTED = re.compile(r"“([^“”\"]{1,400})”|\"([^“”\"]{1,400})\"")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")  # a count a title gives ("15", "1,271")


def _plain(text: str) -> str:
    """A text as its lower-case words, one space between them and around them (" cleanse libya house by house ")."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def quoted_spans(sentence: str) -> frozenset[str]:
    """The runs of words a sentence gives in quotation marks that may name one saying: at least ``min_words`` words
    of which one is no stopword (" house by house "); a shorter quote ("terrorists"), or one of stopwords only, names
    none."""
    stop = lexicon().stopwords
    found: set[str] = set()
    for match in _QUOTED.finditer(sentence):
        words = _WORD.findall((match.group(1) or match.group(2)).lower())
        if len(words) >= int(rules()["min_words"]) and any(w not in stop and not w.isdigit() for w in words):
            found.add(" " + " ".join(words) + " ")
    return frozenset(found)


class _Quoting(NamedTuple):
    """A day cluster's quoted words and its sentences' words."""

    ci: int
    when: tuple[str, str]
    spans: frozenset[str]
    text: str  # the plain words of its sentences, each sentence apart ("| ... | ... |")


def _quoting(ci: int, cluster: Cluster, when: tuple[str, str]) -> _Quoting:
    quotes = sorted({m.event.source.quote for m in cluster.members})
    return _Quoting(ci, when, frozenset().union(*(quoted_spans(q) for q in quotes)), "|".join(_plain(q) for q in quotes))


def _speakers(cluster: Cluster, when: tuple[str, str]) -> tuple[frozenset[str] | None, str | None, frozenset[str]]:
    """Who a cluster's title says spoke (named_speaker; the country of country_speaker) and the counts it gives."""
    title = _title_member(cluster, when).event.title
    found = country_speaker(title)
    return named_speaker(title), found[0] if found else None, frozenset(_FIGURE.findall(title))


def _apart(a: Cluster, a_when: tuple[str, str], b: Cluster, b_when: tuple[str, str]) -> bool:
    """Two speakers (two names, two countries) or two counts in the titles: two sayings whatever they quote."""
    (a_name, a_country, a_figures), (b_name, b_country, b_figures) = _speakers(a, a_when), _speakers(b, b_when)
    if a_name and b_name and not a_name & b_name:
        return True
    if a_country and b_country and a_country != b_country:
        return True
    return bool(a_figures and b_figures and not a_figures & b_figures)


def join_quoted_twins(clusters: Sequence[Cluster]) -> None:
    """Join a day cluster into the one other cluster of its day whose sentences give words it quotes (or whose
    quoted words its sentences give): "... hunted down and killed “house by house.”" / "... promise to “cleanse
    Libya house by house.”" The quoted words must be rare: written in the sentences of at most ``max_entries``
    entries of the corpus (a term everyone quotes, “no-fly zone”, names no saying). Left apart: titles naming two
    speakers or two countries as speakers, titles giving two different counts, and a day where the words are
    quoted by two or more other entries."""
    days: dict[str, list[_Quoting]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        days[when[0]].append(_quoting(ci, c, when))
    pairs: list[tuple[_Quoting, list[tuple[_Quoting, frozenset[str]]]]] = []
    needed: set[str] = set()
    for told in days.values():
        if len(told) < 2:
            continue
        for a in told:
            if not a.spans:
                continue
            hits = []
            for b in told:
                if b.ci == a.ci:
                    continue
                shared = frozenset(s for s in a.spans if s in b.text) | frozenset(s for s in b.spans if s in a.text)
                if shared:
                    hits.append((b, shared))
            if hits:
                pairs.append((a, hits))
                needed |= frozenset().union(*(s for _, s in hits))
    if not pairs:
        return
    # how many entries of the corpus (any date) write each quoted run that two of a day share
    texts = ["|".join(_plain(q) for q in sorted({m.event.source.quote for m in c.members}))
             for _, c, _ in dated_clusters(clusters)]
    counts = {s: sum(s in t for t in texts) for s in needed}
    limit = int(rules()["max_entries"])
    for a, hits in pairs:
        if not clusters[a.ci].members:
            continue
        rare = [(b, s) for b, s in hits if any(counts[x] <= limit for x in s)]
        if len(rare) != 1:
            continue
        b = rare[0][0]
        if not clusters[b.ci].members or _apart(clusters[a.ci], a.when, clusters[b.ci], b.when):
            continue
        clusters[a.ci].move_to(clusters[b.ci])
