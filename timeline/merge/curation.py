"""Merging, curation: the previous timeline (usually `load_timeline` of the old timeline.yaml) and a person's
edits on it, carried through a build.

* A previous entry is matched to the new events by its sources: an event whose (article, quote,
  expression) - or (article, quote) when that is unambiguous, or, for a sentence edited in its
  article since, (article, expression) with most words of the old quote - is a source of the
  previous entry belongs to it. A quote is compared as the file shows it (Source.shown: with the sentence before
  it when that tells the day its offset counts from).
* A person's edit is told from a generated value by the `generated` digest the build wrote (date,
  title, sources): a `title` or `date`/`mod` that no longer matches it was set by a person and is
  kept as given; one that matches is regenerated from the current sources (so a new article can refine
  it). Sources that no longer match it were moved, added or removed by a person. (A file without
  digests is compared with what its old sources would generate now.) `note` and `rejected` are
  only ever set by people and are always kept. Fields already listed in `Entry.curated` are kept.
* Only an entry a person touched (any of the above, or written by hand) keeps the file's grouping: its
  cluster is seeded with its events and new events may join it. The events of every other entry are
  grouped afresh with the new ones, exactly as a fresh build groups them, so a rebuild on unchanged
  articles is byte-identical to the first build, and a better merge (or a new article) can join
  duplicates an older build wrote. Their ids follow their sources: each new cluster takes the id of the
  untouched previous entry whose sources it holds (the same sources and title first, then most in common).
* A touched entry none of whose articles was read (a build over other articles) is kept as the file has
  it, marked `orphaned` (the CLI says so and how to drop it); the mark goes when its articles are read
  again. A rejected entry always stays, and events that match it join it instead of coming back as a new
  entry. An untouched entry whose articles are gone disappears with them.
* An entry a person adds by hand without sources (a build never writes one) is kept as written, without
  `reports`/`sources` lines; one written without an `id` gets one. Ids are kept forever.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.merge.clustering import Cluster
from timeline.merge.entries import SLUG_WORD, choose_date, fingerprint, printed_title, sources_digest
from timeline.merge.similarity import Item
from timeline.model import Entry, Source

EDITED_QUOTE = 0.6  # word overlap (Jaccard) of a sentence edited in its article with its old quote


def _words(text: str) -> set[str]:
    return set(SLUG_WORD.findall(text.lower()))


class _PreviousIndex:
    """Finds the previous entry each event belongs to, by the sources the entries list.

    A source names its event by (article, sentence, date phrase). One sentence may hold several events
    with the same date phrase ("seized Sirte in 2015, and entered Misrata in 2015"): those are told apart
    by their titles. A sentence whose date phrases all changed (a newer tagger, an edit) falls back to the
    sentence alone, but only onto sources that no current event claims exactly, so a new event of a
    sentence never lands in another event's entry. A sentence a person corrected in the article (a typo,
    a name) is found by its words.
    """

    def __init__(self, previous: Sequence[Entry], items: Sequence[Item]) -> None:
        self.previous = previous
        self.exact: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for pi, p in enumerate(previous):
            for src in p.sources:
                owners = self.exact[src.named]
                if pi not in owners:
                    owners.append(pi)
        claimed = {i.event.source.named for i in items}
        current = {(i.event.article, i.event.source.shown) for i in items}
        # previous sources that no current event names exactly: candidates for the looser matches
        self.loose: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.edited: dict[tuple[str, str], list[tuple[int, set[str]]]] = defaultdict(list)
        for (article, quote, expression), owners in self.exact.items():
            if (article, quote, expression) in claimed:
                continue
            self.loose[(article, quote)].update(owners)
            if (article, quote) not in current and expression:
                self.edited[(article, expression)].extend((pi, _words(quote)) for pi in owners)

    def assign(self, items: Sequence[Item]) -> list[int | None]:
        """For each item, the index of its previous entry, or None for an event new to the timeline."""
        found: list[int | None] = [None] * len(items)
        by_source: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for n, item in enumerate(items):
            by_source[item.event.source.named].append(n)
        for key, members in by_source.items():
            owners = self.exact.get(key)
            if owners:
                for n, pi in self._pair(members, owners, items):
                    found[n] = pi
                continue
            for n in members:
                found[n] = self._loose_owner(items[n].event.source)
        return found

    def _pair(self, members: list[int], owners: list[int], items: Sequence[Item]) -> list[tuple[int, int]]:
        """Events naming one source matched to the entries listing it: one entry takes them all; several
        are paired by title words, an event left over going to its closest entry."""
        if len(owners) == 1:
            return [(n, owners[0]) for n in members]

        def closeness(n: int, pi: int) -> int:
            return len(_words(items[n].event.title) & _words(self.previous[pi].title))

        pairs = sorted(((-closeness(n, pi), n, pi) for n in members for pi in owners))
        taken_items: set[int] = set()
        taken_owners: set[int] = set()
        out: list[tuple[int, int]] = []
        for _, n, pi in pairs:
            if n not in taken_items and pi not in taken_owners:
                out.append((n, pi))
                taken_items.add(n)
                taken_owners.add(pi)
        for n in members:
            if n not in taken_items:
                out.append((n, min(owners, key=lambda pi: (-closeness(n, pi), pi))))
        return out

    def _loose_owner(self, source: Source) -> int | None:
        owners = self.loose.get((source.article, source.shown), set())
        if len(owners) == 1:
            return next(iter(owners))
        words = _words(source.shown)
        best: tuple[float, int] | None = None
        for pi, old in self.edited.get((source.article, source.expression), ()):
            overlap = len(words & old) / len(words | old) if words | old else 0.0
            if overlap >= EDITED_QUOTE and (best is None or (overlap, -pi) > (best[0], -best[1])):
                best = (overlap, pi)
        return best[1] if best else None


def edited_fields(p: Entry, seeded: Sequence[Item], present: frozenset[str]) -> tuple[str, ...]:
    """Fields of a previous entry a person set: differing from what the build generated (its `generated`
    digest) or, in a file without digests, from what its old sources would generate now. `sources` is among
    them when a person moved, added or removed a source: the entry's grouping is then theirs.

    When some of its articles are gone, the title may have come from one of them: a title whose
    words all occur in the quote of a removed source is taken as generated, not as an edit."""
    fields = set(p.curated)
    if p.generated:
        # the build recorded what it generated: a value that differs from that was edited by a person
        written = p.generated.split(".") + ["", ""]  # a digest a person garbled matches nothing
        date_digest, title_digest = fingerprint((p.date, p.mod), p.title).split(".")
        if written[0] != date_digest:
            fields.add("date")
        if written[1] != title_digest:
            fields.add("title")
        if written[2] and written[2] != sources_digest(p.sources):
            fields.add("sources")
    elif seeded:
        when = choose_date(seeded)
        if (p.date, p.mod) != when:
            fields.add("date")
        if p.title != printed_title(seeded, when) and not _from_removed(p, present):
            fields.add("title")
    elif p.sources:
        fields.update({"date", "title"})
    if p.note:
        fields.add("note")
    if p.rejected:
        fields.add("rejected")
    return tuple(sorted(fields))


def _from_removed(p: Entry, present: frozenset[str]) -> bool:
    title = _words(p.title)
    return bool(title) and any(title <= _words(s.shown) for s in p.sources if s.article not in present)


@dataclass(slots=True)
class Seeding:
    """The previous entries split for a build: a cluster per entry a person touched (seeded with the events its
    sources name), the entries nobody touched (whose ids may pass to new clusters), and the other events."""

    clusters: list[Cluster]
    untouched: list[Entry]
    rest: list[Item]


def seed(previous: Sequence[Entry], items: Sequence[Item], present: frozenset[str]) -> Seeding:
    """One cluster per previous entry a person touched, holding the events its sources name: their grouping is
    the person's; the events of entries nobody touched are grouped afresh, as a fresh build would."""
    prev = sorted(previous, key=lambda p: p.id)
    owners = _PreviousIndex(prev, items).assign(items)
    matched: dict[int, list[Item]] = defaultdict(list)
    for item, pi in zip(items, owners):
        if pi is not None:
            matched[pi].append(item)
    edits = [edited_fields(p, matched.get(pi, ()), present) for pi, p in enumerate(prev)]
    touched = [pi for pi, p in enumerate(prev) if edits[pi] or not p.sources]
    seeded_into = {pi: Cluster(previous=prev[pi], curated=edits[pi]) for pi in touched}
    rest: list[Item] = []
    for item, pi in zip(items, owners):
        if pi in seeded_into:
            seeded_into[pi].add(item)
            seeded_into[pi].seeded.append(item)
        else:
            rest.append(item)
    untouched = [p for pi, p in enumerate(prev) if pi not in seeded_into and p.id]
    return Seeding(list(seeded_into.values()), untouched, rest)


def inherit_ids(clusters: Sequence[Cluster], untouched: Sequence[Entry]) -> dict[int, Entry]:
    """Cluster index -> the untouched previous entry whose id it takes, so ids follow their sources through a
    regrouping and a rebuild that groups as before gives every entry its old id. Pairs are taken best first:
    the same sources and title as before, then the most sources in common (ties: the smaller id, the earlier
    cluster); each entry and each cluster at most once."""
    listing: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for pi, p in enumerate(untouched):
        for src in {s.named for s in p.sources}:
            listing[src].append(pi)
    ranked: list[tuple[tuple[object, ...], int, int]] = []
    for ci, c in enumerate(clusters):
        if c.previous is not None or not c.dated:
            continue
        sources = {m.event.source.named for m in c.members}
        shared: Counter[int] = Counter(pi for src in sources for pi in listing.get(src, ()))
        if not shared:
            continue
        when = choose_date(c.members)
        title = printed_title(c.members, when)
        for pi, count in shared.items():
            p = untouched[pi]
            same = sources == {s.named for s in p.sources} and title == p.title
            ranked.append(((not same, -count, p.id, ci), ci, pi))
    inherited: dict[int, Entry] = {}
    given: set[int] = set()
    for _, ci, pi in sorted(ranked):
        if ci not in inherited and pi not in given:
            inherited[ci] = untouched[pi]
            given.add(pi)
    return inherited


def joined_edited(clusters: Sequence[Cluster]) -> bool:
    """Whether any event joined an entry a person touched beyond the events its sources named."""
    return any(c.previous is not None and len(c.members) != len(c.seeded) for c in clusters)


def with_id_of(entry: Entry, before: Entry) -> Entry:
    """A generated entry that takes the id (and field layout) of the untouched previous entry it follows."""
    return replace(entry, id=before.id, layout=before.layout)


def with_edits(entry: Entry, p: Entry, curated: tuple[str, ...]) -> Entry:
    """The generated entry of a cluster seeded from a person's entry `p`, with the fields they set kept."""
    generated = entry.generated
    if "sources" in curated:
        # the grouping is the person's: keep the digest that tells so, whatever joins it later
        generated = ".".join(generated.split(".")[:2] + p.generated.split(".")[2:3])
    date, mod = (p.date, p.mod) if "date" in curated else (entry.date, entry.mod)
    title = p.title if "title" in curated else entry.title
    return replace(entry, id=p.id, date=date, mod=mod, title=title, note=p.note, rejected=p.rejected,
                   curated=curated, generated=generated, layout=p.layout)


def as_written(p: Entry, curated: tuple[str, ...]) -> Entry:
    """A person's entry none of whose dated sources was read, kept as the file has it, so that an edit is never
    lost to a build over other articles; one with sources is marked `orphaned` until its articles are read
    again (the stderr report says how to drop it). One written by hand with an id stays the very entry."""
    if not p.sources and p.id:
        return p
    return Entry(id=p.id, date=p.date, mod=p.mod, title=p.title, sources=list(p.sources), keys=p.keys, note=p.note,
                 rejected=p.rejected, conflicts=list(p.conflicts), curated=curated or p.curated,
                 generated=p.generated, layout=p.layout, orphaned=bool(p.sources))
