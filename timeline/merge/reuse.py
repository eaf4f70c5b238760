"""Merging, reuse: a previous build's merge work taken up again, exactly, when it would come out the same.

Two steps of the merge are pure functions of what they read, and are stored under a digest of exactly that:

- a year's clusters (timeline.merge.partitions.partition_groups) read the year's events and the statistics of
  their keys (Similarity: the number of events and each key's count, both on a grid, so one added article
  rarely moves them; and what happened in events of the same keys, which picks candidates);
- an article's undated mentions join clusters (undated_joins) by reading, for each mention, its candidate
  clusters in order (their representatives, whether any member is dated, and the statistics of their keys),
  and which clusters already hold the article: nothing of any other article's mentions.

A digest that names every value read is never wrong: anything that would change the result changes the key,
and the step runs again. A build from the store writes the same bytes as a build from scratch (tests in
tests/test_scale.py). The values live beside the extraction cache (timeline.cache), keyed by the tool's files.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence

from timeline.cache import JsonStore
from timeline.merge.candidates import KeyIndex, rarest
from timeline.merge.clustering import Cluster
from timeline.merge.similarity import MIN_SHARED, Item, Similarity

Groups = list[list[int]]  # a year's clusters: the positions of their members, in the order they joined
Placed = list[tuple[int, int]]  # (position of an undated mention, index of the cluster it joins)
_SEP, _FIELD = b"\x1e", "\x1f"


def _digest(*parts: bytes) -> bytes:
    return hashlib.blake2b(_SEP.join(parts), digest_size=16).digest()


class Reuse:
    """The store of one build's merge, with the digests of what each step reads under `sim`'s statistics."""

    def __init__(self, store: JsonStore, sim: Similarity) -> None:
        self.store = store
        self.sim = sim
        self.stats = str(sim.n).encode()
        self._tokens: dict[int, bytes] = {}

    def token(self, item: Item) -> bytes:
        """A digest of the event and of the statistics a score of it reads: its keys' counts, and what events
        of the same keys tell happened (which orders its candidate keys)."""
        found = self._tokens.get(id(item))
        if found is None:
            e, sim = item.event, self.sim
            fields = (e.article, e.date, e.mod, e.title, e.source.article, e.source.quote, e.source.expression,
                      e.source.published, str(e.source.chronology), _SEP.decode().join(e.keys), e.trigger,
                      _SEP.decode().join(e.classes),
                      " ".join(f"{k}={sim.df.get(k, 0)}" for k in sorted(item.evidence)),
                      " ".join(sorted(sim.happening_of(item.keys))))
            found = self._tokens[id(item)] = _digest(_FIELD.join(fields).encode("utf-8", "surrogatepass"))
        return found

    # ------------------------------------------------------------------------------------------ years

    def year_key(self, year: int, items: Sequence[Item]) -> str:
        return _digest(b"year", self.stats, str(year).encode(), *(self.token(i) for i in items)).hex()

    def years(self, parts: dict[int, list[Item]], compute: Callable[[list[int]], list[Groups]]) -> dict[int, Groups]:
        """The groups of each year of `parts`: stored ones, and `compute` (years -> their groups, in order) for
        the others, which are stored."""
        keys = {y: self.year_key(y, items) for y, items in parts.items()}
        found: dict[int, Groups] = {}
        for y, key in keys.items():
            groups = _groups(self.store.get(key), len(parts[y]))
            if groups is not None:
                found[y] = groups
        todo = [y for y in parts if y not in found]
        for y, groups in zip(todo, compute(todo)):
            found[y] = groups
            self.store.put(keys[y], groups)
        return found

    # ---------------------------------------------------------------------------------- undated mentions

    def undated_placed(self, undated: Sequence[Item], clusters: Sequence[Cluster],
                       compute: Callable[[list[Item]], Placed]) -> Placed:
        """(position, cluster) for each undated mention that joins a cluster: stored per article, else from
        `compute` (the mentions of the articles not stored -> their joins by position among them)."""
        fingerprints = [self._fingerprint(c) for c in clusters]
        where = {fp: ci for ci, fp in enumerate(fingerprints) if clusters[ci].representatives}
        index = KeyIndex()
        holding: dict[str, list[bytes]] = defaultdict(list)
        for ci, c in enumerate(clusters):
            for m in c.representatives:
                index.enter(ci, m)
            for article in c.by_article:
                holding[article].append(fingerprints[ci])
        by_article: dict[str, list[int]] = defaultdict(list)
        for position, item in enumerate(undated):
            by_article[item.event.article].append(position)
        placed: Placed = []
        missing: list[tuple[str, list[int]]] = []
        for article in sorted(by_article):
            positions = by_article[article]
            key = self._article_key(article, [undated[p] for p in positions], clusters, index, fingerprints,
                                    holding)
            rows = _joins(self.store.get(key), len(positions), where)
            if rows is None:
                missing.append((key, positions))
            else:
                placed.extend((positions[j], ci) for j, ci in rows)
        todo = sorted(p for _, positions in missing for p in positions)
        joined = {todo[j]: ci for j, ci in compute([undated[p] for p in todo])}
        for key, positions in missing:
            self.store.put(key, [[j, fingerprints[joined[p]].hex()] for j, p in enumerate(positions) if p in joined])
            placed.extend((p, joined[p]) for p in positions if p in joined)
        return placed

    def _fingerprint(self, c: Cluster) -> bytes:
        """What a mention reads of a cluster beyond its articles: its representatives in order (their events and
        statistics) and whether it has a dated member."""
        return _digest(b"dated" if c.dated else b"undated", *(self.token(m) for m in c.representatives))

    def _article_key(self, article: str, items: Sequence[Item], clusters: Sequence[Cluster], index: KeyIndex,
                     fingerprints: Sequence[bytes], holding: dict[str, list[bytes]]) -> str:
        """Every value an article's mentions read: each mention, its candidate clusters in the order they are
        tried, and the clusters already holding the article."""
        parts = [b"undated", self.stats, article.encode("utf-8", "surrogatepass")]
        for item in items:
            parts.append(self.token(item))
            # the candidates tried in order; one sharing fewer than MIN_SHARED keys with the mention is passed over
            # unread (clustering._best_cluster)
            evidence = item.evidence
            for ci in sorted(index.candidates(rarest(self.sim, item.keys))):
                c = clusters[ci]
                if len(evidence.intersection(c.evidence)) >= MIN_SHARED:
                    parts.append(b"dated" if c.dated else b"undated")
                    parts.extend(self.token(m) for m in c.representatives if len(evidence & m.evidence) >= MIN_SHARED)
        parts.append(b"".join(sorted(holding.get(article, ()))))
        return _digest(*parts).hex()


def _groups(value: object, size: int) -> Groups | None:
    """Stored groups, when they are well formed: positions of the year, each at most once (a week that joins
    nothing is in none)."""
    if not isinstance(value, list) or not all(isinstance(g, list) and g for g in value):
        return None
    flat = [p for g in value for p in g]
    if not all(type(p) is int and 0 <= p < size for p in flat) or len(set(flat)) != len(flat):
        return None
    return value


def _joins(value: object, size: int, where: dict[bytes, int]) -> list[tuple[int, int]] | None:
    """Stored joins of an article's mentions, as (position among them, cluster index), when well formed and
    every cluster they name is here."""
    if not isinstance(value, list):
        return None
    rows: list[tuple[int, int]] = []
    for row in value:
        if not (isinstance(row, list) and len(row) == 2 and type(row[0]) is int and 0 <= row[0] < size
                and isinstance(row[1], str)):
            return None
        try:
            ci = where.get(bytes.fromhex(row[1]))
        except ValueError:
            return None
        if ci is None:
            return None
        rows.append((row[0], ci))
    return rows
