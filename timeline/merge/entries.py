"""Merging, entries: the timeline entry a finished cluster makes, and ids for new entries.

An entry carries the most precise date that its sources support (a date compatible with the sources of most
articles, the finest of those); sources whose dates are incompatible with it are listed in `conflicts` with
the articles that give each date. Its `generated` digest records the date, title and sources the build chose,
so that a later build tells a person's edit from a generated value (timeline.merge.curation). A new entry's
id is `<date>-<slug of the title>`; a collision gets `-2`, `-3`, ... in canonical order, and an id already
taken (by the previous file) is never given again.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from timeline.dates import BOUND_MODS, compatible, date_sort_key, precision
from timeline.events.polish import printed, with_quotation_marks, with_speaker
from timeline.events.subjects import name_apposed_speaker  # definites8
from timeline.events.titles import noun_event_happened
from timeline.merge.clustering import WEEK
from timeline.merge.perfect_days import perfect_day  # dates36
from timeline.merge.similarity import Item
from timeline.merge.title_choice import members_digest, most_printable
from timeline.model import Entry, Source, entry_sort_key

SLUG_WORD = re.compile(r"[a-z0-9]+")
WRITTEN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")  # a year as a date phrase writes it ("25 June 2009")


def _articles_by_date(items: Sequence[Item]) -> dict[tuple[str, str], set[str]]:
    """The articles that give each distinct date of a cluster (dated members only)."""
    by_date: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i in items:
        if i.when[0]:
            by_date[i.when].add(i.event.article)
    return by_date


def choose_date(items: Sequence[Item]) -> tuple[str, str]:
    """The most precise date compatible with the sources of most articles. A week is chosen only when the
    sources give nothing else: it spans the days its articles tell apart ("last week" covers both the
    explosion on the 20th and the sinking on the 22nd), and journalists date by day, month or year. Memoised by the
    very members (_SameItems): every join pass dates every cluster again (joins.dated_clusters), most unchanged."""
    return _held_date(_SameItems(items))


class _SameItems:
    """Members as a memo key: equal when they are the same Item objects in the same order (an Item and its event
    are frozen, so the same objects are dated the same; a cluster that gains, loses or reorders a member is another
    key). Hashing by identity costs one pass over the members; the key holds them, so no id is reused while the
    memo keeps it (as title_choice._Members)."""

    __slots__ = ("items", "_key", "_hash")

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = tuple(items)
        self._key = tuple(map(id, self.items))
        self._hash = hash(self._key)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _SameItems) and self._key == other._key


# sized like title_choice._held_ranks: a join pass reads every cluster in turn, so a smaller memo than the clusters
# of a large build would miss on every call (the answer is the same either way)
@lru_cache(maxsize=1 << 16)
def _held_date(members: _SameItems) -> tuple[str, str]:
    return _choose_date(members.items)


def _choose_date(items: Sequence[Item]) -> tuple[str, str]:
    by_date = _articles_by_date(items)
    if not by_date:
        return "", ""
    candidates = [w for w in by_date if not WEEK.search(w[0])] or list(by_date)

    written = {i.when for i in items if WRITTEN_YEAR.search(i.event.source.expression)}

    support = {when: len(set().union(*(arts for other, arts in by_date.items() if compatible(when, other))))
               for when in candidates}
    # a finer date nearly every article agrees with is the entry's date: "The rig exploded" in 60 articles on the
    # 20th and "sank" in two on the 22nd is the explosion of the 20th, not "April" (the sinking stays a conflict)
    most = max(support.values())
    # or one that several articles give themselves and most agree with: "April 30" in three chronologies and "on
    # Saturday" in a fourth, against one "Libya said Sunday" and a year ("earlier this year"), is April 30, not 2011;
    # a day one article gives ("12 April", misread) among months stays the month
    told_often = {when for when, arts in by_date.items() if len(arts) >= TOLD_BY_ARTICLES}

    def enough(when: tuple[str, str]) -> bool:
        share = MOST_SHARE if when in told_often else NEAR_ALL_SHARE
        return support[when] >= share * most

    def rank(when: tuple[str, str]) -> tuple[object, ...]:
        # of two days equally supported, the one a member writes with its year ("25 June 2009") over a year read
        # from the page ("25 June" in a 2011 chronology line)
        # and a value told plainly by one member over its bound ("In 1999" over "By 1999": dates.same_date)
        return (not enough(when), precision(when[0]), -support[when], when[1] in BOUND_MODS and (when[0], "") in by_date,
                when not in written, date_sort_key(*when))

    return min(sorted(candidates), key=rank)


# the share of the best-supported date's articles a finer date needs to be chosen over it (choose_date)
NEAR_ALL_SHARE = 0.9
# the share a finer date that at least TOLD_BY_ARTICLES articles give needs (choose_date)
MOST_SHARE = 0.8
TOLD_BY_ARTICLES = 3


def choose_title(items: Sequence[Item], when: tuple[str, str]) -> str:
    """The most printable title of the entry's date: the fewest faults an editor strikes, then the title most
    members give, then the shortest (timeline.merge.title_choice)."""
    return most_printable(items, when)


def wording_title(items: Sequence[Item], when: tuple[str, str]) -> str:
    """The title the joins read a cluster's story from: choose_title's without its informative checks (a thin title
    most members give, "Jackson died", stays the cluster's wording), so that what joins is decided by the members'
    own wording, not by which fuller member the entry prints (most_printable's `fullest`)."""
    return most_printable(items, when, fullest=False)


def printed_title(items: Sequence[Item], when: tuple[str, str]) -> str:
    """The entry's title as printed: the chosen title (choose_title) with the quotation marks its sentence gives
    the quoted words it holds (polish.with_quotation_marks), or, when it is a quotation's words alone, with the
    speaker the sentence names (polish.with_speaker), read from the member that tells the entry first
    (lead_member), else the first member giving that title, after the print edits (polish.printed: an article for
    a noun nothing introduced, the sentence's opening place). Every other step reads titles without the marks."""
    title = choose_title(items, when)
    lead = lead_member(items, when, title)
    if lead is None or lead.event.title != title:
        lead = min((i for i in items if i.event.title == title),
                   key=lambda i: (i.event.source.article, i.event.source.quote), default=None)
    if lead is None:
        return title
    quote = lead.event.source.quote
    spoken = with_speaker(title, quote)  # someone's words alone get their speaker back
    if spoken != title:  # "The diplomat said ..." -> "Ibrahim Dabbashi said ...": the name apposed to the speaker
        return name_apposed_speaker(spoken, quote)
    edited = with_quotation_marks(printed(title, quote, lead.event.source.expression), quote)
    marked = with_quotation_marks(title, quote)
    # the print edits (polish.printed) never cost a quotation its marks: a quoted word they changed keeps the title
    kept = edited if edited.count("“") >= marked.count("“") else marked  # (polish.yaml quotation_marks open)
    # "The U.S.-led invasion of Iraq" (no member tells it with a verb) -> "... began": printed as a statement; the
    # members keep the noun phrase, so title choice still prefers a member that tells the event with its own verb
    return noun_event_happened(kept) or kept


def _conflicts(items: Sequence[Item], when: tuple[str, str]) -> list[dict[str, object]]:
    """The competing dates of a cluster and the articles giving each, when any is incompatible with
    the entry's date; the entry's own date lists every article compatible with it."""
    by_date = _articles_by_date(items)
    off = [w for w in by_date if not compatible(when, w)]
    if not off:
        return []
    rows = {w: by_date[w] for w in off}
    rows[when] = set().union(*(arts for w, arts in by_date.items() if compatible(when, w)))
    return [
        {"date": value, "mod": mod, "articles": sorted(rows[(value, mod)])}
        for value, mod in sorted(rows, key=lambda w: date_sort_key(*w))
    ]


def _sources(items: Sequence[Item], when: tuple[str, str] = ("", ""), title: str = "") -> list[Source]:
    """The sources of the members, the one that tells the entry first (lead_member), then the others in order of
    article, quote and date phrase: a reader checks the printed date and title against the first quote."""
    ordered = sorted({i.event.source for i in items}, key=lambda s: (s.article, s.quote, s.expression))
    lead = lead_member(items, when, title)
    if lead is None:
        return ordered
    return [lead.event.source] + [s for s in ordered if s != lead.event.source]


def lead_member(items: Sequence[Item], when: tuple[str, str], title: str) -> Item | None:
    """The member whose sentence tells the entry: one giving the entry's title whose own date phrase gives the
    entry's date, else one giving its title with a date compatible with it, else one giving the date; None when
    no member has a date phrase (an undated mention carries no date for the reader to check)."""
    def rank(i: Item) -> tuple[object, ...]:
        return (i.event.title != title, i.when != when, i.event.source.article, i.event.source.quote)

    own = [i for i in items if i.when[0] and i.event.source.expression and compatible(i.when, when)]
    return min(own, key=rank, default=None)


def fingerprint(when: tuple[str, str], title: str, sources: Sequence[Source] | None = None) -> str:
    """A short digest of a generated date (with its mod), title and, when given, sources:
    "<date digest>.<title digest>[.<sources digest>]"."""
    def digest(text: str) -> str:
        return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()

    parts = [digest(when[0] + "|" + when[1]), digest(title)]
    if sources is not None:
        parts.append(sources_digest(sources))
    return ".".join(parts)


def sources_digest(sources: Sequence[Source]) -> str:
    # sorted: the order of the sources in the file is no edit; a source moved, added or removed is
    # the quote as timeline.yaml shows it (Source.shown): a source read back from the file holds its lead in its quote
    rows = sorted(f"{s.article}\t{s.shown}\t{s.expression}" for s in sources)
    return hashlib.blake2s("\n".join(rows).encode("utf-8"), digest_size=4).hexdigest()


def generated_entry(members: Sequence[Item]) -> Entry:
    """The entry a cluster's members make, as the build generates it (no id yet)."""
    # a month no source dates finer that reports tell in the present perfect on one of its days: that day (dates36)
    when = perfect_day(members, choose_date(members))
    title = choose_title(members, when)
    sources = _sources(members, when, title)
    title = printed_title(members, when)
    return Entry(id="", date=when[0], mod=when[1], title=title, sources=sources,
                 keys=tuple(sorted(set().union(*(m.key_words for m in members)))),
                 conflicts=_conflicts(members, when),  # the sources' own disagreement, not a person's correction
                 generated=fingerprint(when, title, sources))


def slug(title: str, words: int = 6, limit: int = 48) -> str:
    """A short, file-name-safe slug of a title's first words."""
    parts = SLUG_WORD.findall(title.lower())[:words]
    text = "-".join(parts)[:limit].strip("-")
    return text or "event"


def assign_ids(fresh: Sequence[Entry], taken: set[str]) -> None:
    """Give each new entry its id `<date>-<slug>`, numbered on a collision in canonical order; `taken` (the ids
    already written) grows with the ids given."""
    suffix: dict[str, int] = {}  # next number to try per base, so many equal titles stay linear
    for e in sorted(fresh, key=lambda e: (entry_sort_key(e), [(s.article, s.quote, s.expression) for s in e.sources])):
        base = f"{e.date or 'undated'}-{slug(e.title)}"
        candidate, n = base, suffix.get(base, 1)
        if n > 1:
            candidate = f"{base}-{n}"
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        suffix[base] = n + 1
        taken.add(candidate)
        e.id = candidate


def entry_row(entry: Entry) -> list[object]:
    """A generated entry (no id yet) as JSON values (entry_of_row reads it back)."""
    return [entry.date, entry.mod, entry.title,
            [[s.article, s.quote, s.expression, s.published, s.chronology, s.lead, s.told_done] for s in entry.sources],
            list(entry.keys), copy.deepcopy(entry.conflicts), entry.generated]


def entry_of_row(row: object) -> Entry:
    """The generated entry entry_row wrote; a value of another shape raises TypeError or ValueError."""
    if not isinstance(row, list) or len(row) != 7:
        raise TypeError("not an entry")
    when, mod, title, sources, keys, conflicts, generated = row
    texts = (when, mod, title, generated)
    if not all(isinstance(t, str) for t in texts) or not isinstance(sources, list) or not isinstance(keys, list) \
            or not isinstance(conflicts, list):
        raise TypeError("not an entry")
    made = []
    for s in sources:
        article, quote, expression, published, chronology, lead, told_done = s
        made.append(Source(article, quote, expression, published=published, chronology=bool(chronology), lead=lead,
                           told_done=bool(told_done)))
    return Entry(id="", date=when, mod=mod, title=title, sources=made, keys=tuple(keys),
                 conflicts=copy.deepcopy(conflicts), generated=generated)


class EntryMemo:
    """Generated entries by the digest of their members (members_digest), kept between builds (the extraction cache
    stores them under the tool's digest, as it stores the events): a rebuild after adding one article generates
    the entries of the clusters its events changed only; every other cluster has the very members it had, so its
    entry is the one the last build generated (generated_entry is a pure function of its members and the tool's
    files). `known`: what the last build kept (a value of the wrong shape is generated again); `made`: this
    build's, what the next build reads."""

    def __init__(self, known: object = None) -> None:
        self.known: dict[str, object] = known if isinstance(known, dict) else {}
        self.made: dict[str, list[object]] = {}

    def get(self, digest: str) -> Entry | None:
        row = self.known.get(digest)
        if row is None:
            return None
        try:
            entry = entry_of_row(row)
        except (TypeError, ValueError):
            return None
        self.made[digest] = row  # type: ignore[assignment]
        return entry

    def add(self, digest: str, entry: Entry) -> None:
        self.made[digest] = entry_row(entry)
