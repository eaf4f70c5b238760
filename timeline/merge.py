"""Events -> timeline entries: cross-article merging, date conflicts, salience and curation.

Merging rule (deterministic, indifferent to input order):

1. Every event is put in a canonical order (finest date first, then date, article, quote), so the
   greedy clustering below sees the same sequence whatever order the caller used.
2. A dated event joins the existing cluster whose members it resembles most (IDF-weighted Dice
   overlap of their keys, at least two keys shared; events of different articles must also share two
   keys of their titles, the event's own clause, since a sentence's keys also describe whatever else
   the sentence says), when the dates are compatible (one interval
   contains the other: "February" and "February 27") or, for a date at most a week off and a very
   close description, as a *conflict*. The more precisely the dates agree, the less overlap is
   needed (the same day: SAME_DAY; coarser: SAME_EVENT). Keys are words normalised by their family in
   rules/derivations.yaml (``key_form``: "exploded", "explosion", "blast" -> "explode"), so wordings of one
   happening share a key. Two events of the same date whose titles tell one happening (the same title once
   normalised, or a word of one family and a participant both titles name) need only SAME_HAPPENING.
   Otherwise it starts a new cluster.
3. Two events of one article share an entry only with the same date, and either as a repeated
   mention (same trigger, SAME_ARTICLE) or as one day's story told in several sentences that share
   at least two distinctive participants (SAME_ARTICLE_DAY), or that tell one happening (as in 2). So
   "bombings killed 177 on Monday" and "the Fallujah offensive was announced on Monday" stay apart; an
   article's events on different dates never merge.
4. An undated event (``date == ""``) never starts an entry; it joins the best dated cluster of another
   article that it clearly names (UNDATED: a close description, at least two shared keys). Nor does a
   week ("last week": journalists' timelines list days, months and years); it joins a compatible event
   as a dated event would. An event dated only by a time of day ("shortly after 1 p.m.") joins its
   article's story of that day (the one sharing most keys with it), or starts an entry when there is none.
   All three are placed in one pass over the finished clusters, after step 2, so a rebuild (whose
   clusters come seeded from the file) offers them the same candidates.
4b. A cluster of one article's coarsely dated mention ("traced in late July") then joins the finer
   compatible event of another article that it resembles ("traced ... on Thursday") at the lower
   COARSER_MENTION bar (or, told twice in one article, "in June" and "June 6 - ...", at SAME_EVENT), in one
   pass over the finished clusters, finest first.
5. An entry carries the most precise date that its sources support (a date compatible with the
   sources of most articles, the finest of those); sources whose dates are incompatible with it are
   listed in ``conflicts`` with the articles that give each date.

Curation (``previous``, usually ``load_timeline`` of the old timeline.yaml):

* A previous entry is matched to the new events by its sources: an event whose (article, quote,
  expression) - or (article, quote) when that is unambiguous, or, for a sentence edited in its
  article since, (article, expression) with most words of the old quote - is a source of the
  previous entry belongs to it.
* A person's edit is told from a generated value by the ``generated`` digest the build wrote (date,
  title, sources): a ``title`` or ``date``/``mod`` that no longer matches it was set by a person and is
  kept as given; one that matches is regenerated from the current sources (so a new article can refine
  it). Sources that no longer match it were moved, added or removed by a person. (A file without
  digests is compared with what its old sources would generate now.) ``note`` and ``rejected`` are
  only ever set by people and are always kept. Fields already listed in ``Entry.curated`` are kept.
* Only an entry a person touched (any of the above, or written by hand) keeps the file's grouping: its
  cluster is seeded with its events and new events may join it. The events of every other entry are
  grouped afresh with the new ones, exactly as a fresh build groups them, so a rebuild on unchanged
  articles is byte-identical to the first build, and a better merge (or a new article) can join
  duplicates an older build wrote. Their ids follow their sources: each new cluster takes the id of the
  untouched previous entry whose sources it holds (the same sources and title first, then most in common).
* A touched entry none of whose articles was read (a build over other articles) is kept as the file has
  it, marked ``orphaned`` (the CLI says so and how to drop it); the mark goes when its articles are read
  again. A rejected entry always stays, and events that match it join it instead of coming back as a new
  entry. An untouched entry whose articles are gone disappears with them.
* An entry a person adds by hand without sources (a build never writes one) is kept as written, without
  ``reports``/``sources`` lines; one written without an ``id`` gets one.
* Ids are ``<date>-<slug of the title>`` when an entry is first created, then kept forever; a
  collision gets ``-2``, ``-3``, ... in canonical order; an id of the previous file is never given to
  another event in the same build.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from timeline.dates import compatible, date_sort_key, gap, precision, span
from timeline.model import Entry, Event, Source
from timeline.rules import load_rules

# Thresholds on the weighted Dice similarity of two events' keys (0..1): the more precisely two
# dates agree, the less textual evidence is needed (values measured on Timeline17, see benchmarks/).
SAME_DAY = 0.25  # the same day, different articles
SAME_EVENT = 0.40  # compatible but coarser dates ("February" / "February 27"), different articles
COARSER_MENTION = 0.22  # a coarser date inside another article's finer one ("in July" / "July 25")
SAME_ARTICLE = 0.55  # repeated mention of one event in one article (same date and trigger)
SAME_ARTICLE_DAY = 0.08  # one article's sentences on one day sharing participants: one story
SAME_HAPPENING = 0.12  # the same date, the same happening in both titles and a shared participant: one event
COMMON_KEY = 0.20  # a key in more than this share of all events is too common to name a participant
UNDATED = 0.50  # an undated mention joining a dated event
CONFLICT = 0.60  # incompatible but near dates: the same event dated differently
CONFLICT_GAP_DAYS = 7  # how far apart two conflicting dates may lie
MIN_SHARED = 2  # shared keys needed for any link
CLASS_KEY = "="  # event keys that name an event class (timeline.events.event_classes), not a word
HEAD_SHARED = 2  # shared title keys needed to link events of different articles
CANDIDATE_KEYS = 8  # rarest keys of an event used to find candidates
CANDIDATES_PER_KEY = 64  # most recent clusters read per key
REPRESENTATIVES = 16  # members of a cluster an event is compared with
EDITED_QUOTE = 0.6  # word overlap (Jaccard) of a sentence edited in its article with its old quote

_KEY_STRIP = re.compile(r"[-.'\u2019]")
_SLUG_WORD = re.compile(r"[a-z0-9]+")
_TITLE_WORD = re.compile(r"[^\W_][\w'\u2019.-]*+")
_POSSESSIVE = re.compile(r"['\u2019]s$")
# a week ("2024-W11", "2024-W11-WE") is too vague to place an entry of its own: journalists' timelines
# list days, months and years; a week-dated mention joins the event another article dates precisely
_WEEK = re.compile(r"-W\d")
# a bare time of day ("at 4:17 a.m.", "shortly after 1 p.m."): its day is the one the article is telling of
_CLOCK_ONLY = re.compile(r"(?:(?:about|around|shortly|just|soon|before|after|at|by)\s+){0,2}"
                         r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight)"
                         r"(?:\s+(?:local time|[A-Z]{2,4}))?", re.IGNORECASE)


# ---------------------------------------------------------------------------------------- similarity


def _norm_key(key: str) -> str:
    return _KEY_STRIP.sub("", key.strip().lower())


@cache
def _stemmer() -> Callable[[str], str]:
    """The Snowball (Porter2) English stemmer: inflections and regular derivations share a stem ("protesters",
    "protest"; "declared", "declaration"; "televised", "television")."""
    import snowballstemmer

    return snowballstemmer.stemmer("english").stemWord  # type: ignore[no-any-return]


@cache
def _families() -> dict[str, str]:
    """Each word of rules/derivations.yaml (as written and stemmed) -> the head of its family."""
    rules = load_rules("derivations")
    stem = _stemmer()
    table: dict[str, str] = {}
    for group in ("families", "numbers"):
        for head, words in sorted(rules[group].items()):
            for word in [head, *words]:
                form = _norm_key(str(word))
                table.setdefault(form, str(head))
                table.setdefault(stem(form), str(head))
    return table


@lru_cache(maxsize=1 << 16)
def key_form(word: str) -> str:
    """The merge key of a word: the head of its family, found as written or by its stem ("explosion",
    "blasts", "exploded" -> "explode"; "eleven" -> "11"), so that wordings of one happening share a key. Other
    words stay as written: stemming them all ("rebels", "rebel") makes unrelated sentences of one live page
    alike."""
    form = _norm_key(word)
    table = _families()
    found = table.get(form)
    if found is None:
        found = table.get(_stemmer()(form), form)
    return found


def _event_keys(event: Event) -> frozenset[str]:
    keys = {key_form(k) for k in event.keys if not k.startswith(CLASS_KEY)}
    if event.trigger:
        keys.add(key_form(event.trigger))
    keys.discard("")
    return frozenset(keys)


def _title_forms(event: Event) -> list[str]:
    return [key_form(_POSSESSIVE.sub("", w.lower()).rstrip(".")) for w in _TITLE_WORD.findall(event.title)]


def _head_keys(event: Event, keys: frozenset[str]) -> frozenset[str]:
    """The keys that occur in the event's title: the clause of the event itself, where the sentence's
    keys also describe the other things the sentence says."""
    return frozenset(set(_title_forms(event)) & keys)


def _happening(trigger: str, head: frozenset[str]) -> frozenset[str]:
    """What the event says happened: the words of its trigger and title that belong to a family of
    rules/derivations.yaml ("exploded", "explosion", "blast" -> "explode"); other words name no kind of happening."""
    heads = _family_heads()
    return frozenset(k for k in head | {trigger} if k in heads)


@cache
def _family_heads() -> frozenset[str]:
    return frozenset(load_rules("derivations")["families"])


@dataclass(frozen=True, slots=True)
class _Item:
    """An event with what merging needs precomputed."""

    event: Event
    keys: frozenset[str]
    when: tuple[str, str]
    trigger: str
    day: bool  # the date is one day
    head: frozenset[str]  # keys of the title (the event's own clause)
    classes: frozenset[str] = frozenset()  # event classes ("=conquest"): evidence for undated mentions only
    happening: frozenset[str] = frozenset()  # words of a family in the trigger and title: what happened
    title_form: tuple[str, ...] = ()  # the title's keys in order: one wording, whatever its case or inflection
    # keys | classes: every key a score may count, so sharing fewer than MIN_SHARED of these scores 0
    evidence: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", self.keys | self.classes)


def _event_order(event: Event) -> tuple[object, ...]:
    return (
        precision(event.date) if event.date else 10**10,
        date_sort_key(event.date, event.mod),
        event.article,
        event.source.quote,
        event.source.expression,
        event.title,
        event.trigger,
        tuple(sorted(event.keys)),
    )


class _Similarity:
    """Weighted Dice overlap of key sets; a key shared by many events weighs little (IDF)."""

    def __init__(self, items: Sequence[_Item]) -> None:
        df: Counter[str] = Counter()
        for item in items:
            df.update(item.keys | item.classes)
        n = len(items) or 1
        self.df = df
        self.n = n
        self.weight = {k: math.log(1.0 + n / c) for k, c in df.items()}
        self._mass: dict[frozenset[str], float] = {}
        # what the events with these keys tell happened ("explode"): a word common in the corpus, yet the one
        # that finds the other wordings of the event ("Rig exploded" for "Explosion on the rig")
        self._happening: dict[frozenset[str], frozenset[str]] = {}
        for item in items:
            if item.happening:
                self._happening[item.keys] = self._happening.get(item.keys, frozenset()) | item.happening

    def mass(self, keys: Iterable[str]) -> float:
        return sum(self.weight.get(k, 0.0) for k in sorted(keys))

    def score(self, a: _Item, b: _Item) -> float:
        if a.when[0] and b.when[0]:
            return self.overlap(a.keys, b.keys)
        # an undated mention has no date to agree on; that both tell the same kind of event
        # ("liberated Palmyra" / "routing ... in Palmyra") is the evidence that stands in for it
        return self.overlap(a.keys | a.classes, b.keys | b.classes)

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        shared = a & b
        if len(shared) < MIN_SHARED:
            return 0.0
        total = self._cached_mass(a) + self._cached_mass(b)
        return 2.0 * self.mass(shared) / total if total else 0.0

    def _cached_mass(self, keys: frozenset[str]) -> float:
        found = self._mass.get(keys)
        if found is None:
            found = self._mass[keys] = self.mass(keys)
        return found

    def distinctive(self, keys: Iterable[str]) -> int:
        """How many of the keys are not common words of the corpus."""
        return sum(1 for k in keys if self.df.get(k, 0) <= COMMON_KEY * self.n)

    def names(self, keys: Iterable[str]) -> int:
        """How many of the keys can name a participant: not common words of the corpus, where a word that only
        two events share is never common (a corpus of a few articles has no common words to learn)."""
        return sum(1 for k in keys if self.df.get(k, 0) <= max(COMMON_KEY * self.n, 2))

    def rarest(self, keys: frozenset[str]) -> list[str]:
        """The keys to find an event's candidates by: what happened first, then the rarest keys."""
        happening = self._happening.get(keys, frozenset())
        return sorted(keys, key=lambda k: (k not in happening, self.df.get(k, 0), k))[:CANDIDATE_KEYS]


# ------------------------------------------------------------------------------------------ clusters


@dataclass(slots=True)
class _Cluster:
    members: list[_Item] = field(default_factory=list)
    previous: Entry | None = None
    seeded: list[_Item] = field(default_factory=list)  # events matched by the previous entry's sources
    by_article: dict[str, list[_Item]] = field(default_factory=dict)
    dated: int = 0
    # the first dated members: members of one cluster resemble each other, so a bounded sample keeps
    # scoring linear; only dated members stand for a cluster (an undated mention joins an event, never
    # another mention)
    representatives: list[_Item] = field(default_factory=list)
    # the evidence of all representatives: an event sharing fewer than MIN_SHARED of these scores 0 against each
    evidence: set[str] = field(default_factory=set)

    def add(self, item: _Item) -> None:
        self.members.append(item)
        self.by_article.setdefault(item.event.article, []).append(item)
        if item.when[0]:
            self.dated += 1
            if len(self.representatives) < REPRESENTATIVES:
                self.representatives.append(item)
                self.evidence.update(item.evidence)


def _can_join(sim: _Similarity, item: _Item, cluster: _Cluster, best_member: _Item, score: float) -> bool:
    """Whether `item` may join `cluster`, given its closest member and their similarity."""
    if best_member.event.article != item.event.article and len(item.head & best_member.head) < HEAD_SHARED:
        return False  # the sentences are alike but the events' own clauses are not
    if not item.when[0]:
        return score >= UNDATED and cluster.dated > 0 and item.event.article not in cluster.by_article
    if not best_member.when[0]:
        return False
    if compatible(item.when, best_member.when):
        one_happening = _one_happening(sim, item, best_member)
        if best_member.event.article == item.event.article:
            # _same_story checks the rest
            need = 0.0 if one_happening else SAME_ARTICLE_DAY if item.day else SAME_ARTICLE
        elif one_happening:
            need = SAME_HAPPENING
            # the titles tell one happening: two sentences that say different things around it ("Jackson's death"
            # in a lawsuit's story, "Michael Jackson died" alone) may share few keys, while their titles agree closely
            if sim.overlap(item.head, best_member.head) >= SAME_EVENT:
                need = 0.0
        else:
            need = SAME_DAY if item.when == best_member.when and item.day else SAME_EVENT
        if score < need:
            return False
    else:
        days_apart = gap(item.when, best_member.when)
        if score < CONFLICT or days_apart is None or days_apart > CONFLICT_GAP_DAYS:
            return False
    return all(_same_story(sim, m, item) for m in cluster.by_article.get(item.event.article, ()))


def _same_story(sim: _Similarity, a: _Item, b: _Item) -> bool:
    """Whether two events of one article may share an entry: one day's story told in several
    sentences that share participants, or a repeated mention (same date and trigger, close keys)."""
    if a.when != b.when:
        return False
    if _one_happening(sim, a, b):
        return True
    score = sim.score(a, b)
    if a.trigger == b.trigger and score >= SAME_ARTICLE:
        return True
    return a.day and score >= SAME_ARTICLE_DAY and sim.distinctive(a.keys & b.keys) >= MIN_SHARED


def _one_happening(sim: _Similarity, a: _Item, b: _Item) -> bool:
    """Two events on the same date whose titles tell one happening: the same title once normalised ("Uprising
    began" / "uprising began"), or a happening of one family ("Rig exploded" / "Explosion destroyed the rig")
    and either a participant both titles name (not a word common to the corpus: "rig", not "said") or a title
    whose keys are all in the other's."""
    if a.when != b.when:
        return False
    if len(a.title_form) >= 2 and a.title_form == b.title_form:
        return True
    happening = a.happening & b.happening
    if not happening:
        return False
    # a participant both titles name; or a title that says no more than the other ("Unrest began" / "Rebels
    # began a revolt against Gaddafi"; "Jackson's death" / "Michael Jackson died aged 50")
    return sim.names(a.head & b.head - happening) >= 1 \
        or min(len(a.head), len(b.head)) >= 2 and (a.head <= b.head or b.head <= a.head)


def _cluster(items: Sequence[_Item], clusters: list[_Cluster], sim: _Similarity) -> None:
    """Greedy, in the given (canonical) order: each item joins its best cluster or starts one.

    Candidates come from an index of the clusters' representatives by key, read for the item's
    rarest keys only, and at most CANDIDATES_PER_KEY of the most recent clusters per key: items
    arrive in date order, so recent clusters are the near ones, and a cluster sharing only very
    common keys could not pass the thresholds anyway. This keeps merging near-linear on any input."""
    index: dict[str, list[int]] = defaultdict(list)  # key -> clusters whose representatives have it

    def enter(ci: int, item: _Item) -> None:
        for k in sorted(item.keys):
            refs = index[k]
            if not refs or refs[-1] != ci:
                refs.append(ci)

    # (article, day) -> the first cluster holding that article's event of that day: where a bare time of day
    # belongs ("She was carried out shortly after 1 p.m." in the story of Thursday's rescue)
    days: dict[tuple[str, str], list[int]] = defaultdict(list)
    for ci, c in enumerate(clusters):
        for m in c.representatives:
            enter(ci, m)
        for m in c.members:
            if m.day:
                _note_day(days, m, ci)
    for item in items:
        candidates: set[int] = set()
        for k in sim.rarest(item.keys):
            candidates.update(index.get(k, ())[-CANDIDATES_PER_KEY:])
        best: tuple[float, int] | None = None
        evidence = item.evidence
        for ci in sorted(candidates):
            cluster = clusters[ci]
            # a score counts shared keys only: a cluster or member sharing fewer than MIN_SHARED scores 0
            if len(cluster.evidence.intersection(evidence)) < MIN_SHARED:
                continue
            top_score, top_member = 0.0, None
            for m in cluster.representatives:
                if len(evidence & m.evidence) < MIN_SHARED:
                    continue
                score = sim.score(item, m)
                if score > top_score:
                    top_score, top_member = score, m
            if top_member is None or (best is not None and top_score <= best[0]):
                continue
            if _can_join(sim, item, cluster, top_member, top_score):
                best = (top_score, ci)
        if best is not None:
            ci = best[1]
        elif item.day and days.get((item.event.article, item.when[0])) \
                and _CLOCK_ONLY.fullmatch(item.event.source.expression):
            # the story of that day in the article that shares most with it (the first one on a tie)
            same_day = days[(item.event.article, item.when[0])]
            ci = max(same_day, key=lambda cj: (max(sim.mass(item.keys & m.keys) for m in clusters[cj].members
                                                     if m.event.article == item.event.article), -cj))
        elif item.when[0] and not _WEEK.search(item.when[0]):
            clusters.append(_Cluster())
            ci = len(clusters) - 1
        else:
            continue  # an undated mention nobody dates makes no entry, nor does a week ("last week")
        cluster = clusters[ci]
        cluster.add(item)
        if item.day:
            _note_day(days, item, ci)
        if item.when[0] and cluster.dated <= REPRESENTATIVES:
            enter(ci, item)


def _absorb_coarse_mentions(clusters: Sequence[_Cluster], sim: _Similarity) -> None:
    """A new cluster of one article's coarsely dated mention ("in late July") joins the finer compatible
    event of another article it resembles ("traced ... on Thursday", July 25), at the lower COARSER_MENTION
    bar: the dates agree, so less text needs to. Run once over the finished clusters, finest first, so the
    result depends only on the clusters, and a rebuild (whose file already holds the joined entry) agrees.

    Candidates come from an index by (key, stretch of days): a compatible date overlaps the mention's, so
    only clusters with a representative in the mention's stretches can take it, however long the corpus."""
    index = _DatedKeyIndex()
    for ci, c in enumerate(clusters):
        index.enter(ci, c)
    for ci, c in enumerate(clusters):
        if c.previous is not None or len(c.by_article) != 1 or not c.representatives \
                or precision(c.representatives[0].when[0]) == 1:
            continue
        item = c.representatives[0]
        best: tuple[float, int] | None = None
        for cj in index.candidates(sim.rarest(item.keys), item.when):
            target = clusters[cj]
            if cj == ci or not target.dated:
                continue
            # one article may tell an event twice, "in June" and "June 6 – ...": that needs a closer match
            need = SAME_EVENT if item.event.article in target.by_article else COARSER_MENTION
            for m in target.representatives:
                if not compatible(item.when, m.when) or precision(m.when[0]) >= precision(item.when[0]) \
                        or len(item.head & m.head) < HEAD_SHARED:
                    continue
                # the kind of event counts too ("charged with reckless imprudence" / "prosecutors charged")
                score = sim.overlap(item.evidence, m.evidence)
                if score >= need and (best is None or score > best[0]):
                    best = (score, cj)
        if best is not None:
            target = clusters[best[1]]
            for m in c.members:
                target.add(m)
            c.members, c.by_article, c.dated, c.representatives, c.evidence = [], {}, 0, [], set()
            index.grow(best[1], target)


_STRETCH_DAYS = 64  # width of the stretches of days that _DatedKeyIndex files clusters under


def _stretches(when: tuple[str, str]) -> range:
    """The stretches of _STRETCH_DAYS days that a date's interval touches."""
    days = span(when[0])
    if days is None:
        return range(0)
    return range(days[0] // _STRETCH_DAYS, days[1] // _STRETCH_DAYS + 1)


class _DatedKeyIndex:
    """Clusters by the keys of their representatives (as they were when entered) and the stretches of days
    their representatives' dates touch: a lookup reads the clusters near one date only."""

    def __init__(self) -> None:
        self.by_key_stretch: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.keys: dict[int, list[str]] = {}
        self.stretches: dict[int, set[int]] = {}

    def enter(self, ci: int, cluster: _Cluster) -> None:
        self.keys[ci] = sorted(set().union(*(m.keys for m in cluster.representatives)))
        self.stretches[ci] = set()
        self.grow(ci, cluster)

    def grow(self, ci: int, cluster: _Cluster) -> None:
        """File the cluster under the stretches of representatives it gained (its keys stay those entered)."""
        known = self.stretches[ci]
        new = {b for m in cluster.representatives for b in _stretches(m.when)} - known
        known.update(new)
        for k in self.keys[ci]:
            for b in sorted(new):
                self.by_key_stretch[(k, b)].append(ci)

    def candidates(self, keys: Iterable[str], when: tuple[str, str]) -> list[int]:
        """Clusters with any of `keys` and a representative whose date overlaps `when`, in cluster order."""
        found: set[int] = set()
        stretches = _stretches(when)
        for k in keys:
            for b in stretches:
                found.update(self.by_key_stretch.get((k, b), ()))
        return sorted(found)


# ------------------------------------------------------------------------------------------- entries


def _articles_by_date(items: Sequence[_Item]) -> dict[tuple[str, str], set[str]]:
    """The articles that give each distinct date of a cluster (dated members only)."""
    by_date: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i in items:
        if i.when[0]:
            by_date[i.when].add(i.event.article)
    return by_date


def _choose_date(items: Sequence[_Item]) -> tuple[str, str]:
    """The most precise date compatible with the sources of most articles. A week is chosen only when the
    sources give nothing else: it spans the days its articles tell apart ("last week" covers both the
    explosion on the 20th and the sinking on the 22nd), and journalists date by day, month or year."""
    by_date = _articles_by_date(items)
    if not by_date:
        return "", ""
    candidates = [w for w in by_date if not _WEEK.search(w[0])] or list(by_date)

    def rank(when: tuple[str, str]) -> tuple[object, ...]:
        support = set().union(*(arts for other, arts in by_date.items() if compatible(when, other)))
        return (-len(support), precision(when[0]), date_sort_key(*when))

    return min(sorted(candidates), key=rank)


def _choose_title(items: Sequence[_Item], when: tuple[str, str]) -> str:
    counts = Counter(i.event.title for i in items if i.event.title)
    if not counts:
        return ""
    on_date = {i.event.title for i in items if i.when == when}
    return min(counts, key=lambda t: (-counts[t], t not in on_date, len(t), t))


def _conflicts(items: Sequence[_Item], when: tuple[str, str]) -> list[dict[str, object]]:
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


def _sources(items: Sequence[_Item]) -> list[Source]:
    return sorted({i.event.source for i in items}, key=lambda s: (s.article, s.quote, s.expression))


def slug(title: str, words: int = 6, limit: int = 48) -> str:
    """A short, file-name-safe slug of a title's first words."""
    parts = _SLUG_WORD.findall(title.lower())[:words]
    text = "-".join(parts)[:limit].strip("-")
    return text or "event"


def entry_sort_key(entry: Entry) -> tuple[object, ...]:
    """Chronological order of entries, ties broken by title, then id."""
    return (date_sort_key(entry.date, entry.mod), entry.title, entry.id)


class _PreviousIndex:
    """Finds the previous entry each event belongs to, by the sources the entries list.

    A source names its event by (article, sentence, date phrase). One sentence may hold several events
    with the same date phrase ("seized Sirte in 2015, and entered Misrata in 2015"): those are told apart
    by their titles. A sentence whose date phrases all changed (a newer tagger, an edit) falls back to the
    sentence alone, but only onto sources that no current event claims exactly, so a new event of a
    sentence never lands in another event's entry. A sentence a person corrected in the article (a typo,
    a name) is found by its words.
    """

    def __init__(self, previous: Sequence[Entry], items: Sequence[_Item]) -> None:
        self.previous = previous
        self.exact: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for pi, p in enumerate(previous):
            for src in p.sources:
                owners = self.exact[(src.article, src.quote, src.expression)]
                if pi not in owners:
                    owners.append(pi)
        claimed = {(i.event.source.article, i.event.source.quote, i.event.source.expression) for i in items}
        current = {(i.event.article, i.event.source.quote) for i in items}
        # previous sources that no current event names exactly: candidates for the looser matches
        self.loose: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.edited: dict[tuple[str, str], list[tuple[int, set[str]]]] = defaultdict(list)
        for (article, quote, expression), owners in self.exact.items():
            if (article, quote, expression) in claimed:
                continue
            self.loose[(article, quote)].update(owners)
            if (article, quote) not in current and expression:
                self.edited[(article, expression)].extend((pi, _words(quote)) for pi in owners)

    def assign(self, items: Sequence[_Item]) -> list[int | None]:
        """For each item, the index of its previous entry, or None for an event new to the timeline."""
        found: list[int | None] = [None] * len(items)
        by_source: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for n, item in enumerate(items):
            by_source[(item.event.article, item.event.source.quote, item.event.source.expression)].append(n)
        for key, members in by_source.items():
            owners = self.exact.get(key)
            if owners:
                for n, pi in self._pair(members, owners, items):
                    found[n] = pi
                continue
            for n in members:
                found[n] = self._loose_owner(items[n].event.source)
        return found

    def _pair(self, members: list[int], owners: list[int], items: Sequence[_Item]) -> list[tuple[int, int]]:
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
        owners = self.loose.get((source.article, source.quote), set())
        if len(owners) == 1:
            return next(iter(owners))
        words = _words(source.quote)
        best: tuple[float, int] | None = None
        for pi, old in self.edited.get((source.article, source.expression), ()):
            overlap = len(words & old) / len(words | old) if words | old else 0.0
            if overlap >= EDITED_QUOTE and (best is None or (overlap, -pi) > (best[0], -best[1])):
                best = (overlap, pi)
        return best[1] if best else None


SETTLE_ROUNDS = 3  # at most this many more merges when events joined a person's entry (see merge())


def merge(events: Iterable[Event], previous: Sequence[Entry] = ()) -> list[Entry]:
    """Merge the events of many articles into chronological entries (see the module docstring)."""
    unique = sorted(set(events), key=_event_order)
    items = []
    for e in unique:
        keys = _event_keys(e)
        # a value that is no calendar date (PRESENT_REF, XXXX-03) cannot place an entry: an undated mention
        when = (e.date, e.mod) if e.date and span(e.date) is not None else ("", "")
        classes = frozenset(k for k in e.keys if k.startswith(CLASS_KEY))
        trigger, head = key_form(e.trigger), _head_keys(e, keys)
        title_form = tuple(k for k in _title_forms(e) if k in keys)
        items.append(_Item(e, keys, when, trigger, precision(e.date) == 1, head, classes,
                           _happening(trigger, head), title_form))
    sim = _Similarity(items)
    present = frozenset(e.article for e in unique)
    reserved = frozenset(p.id for p in previous if p.id)
    entries, joined = _merge_into(items, sim, previous, present, reserved)
    for _ in range(SETTLE_ROUNDS):
        if not joined:
            break
        # events joined an entry a person touched: the next build would seed them into it from the start, and
        # so might group the rest differently. Build that next build now, so the file written is the one a
        # rebuild writes again (usually one round; bounded, as a greedy merge need not settle at once)
        entries, joined = _merge_into(items, sim, entries, present, reserved)
    return entries


def _merge_into(items: Sequence[_Item], sim: _Similarity, previous: Sequence[Entry], present: frozenset[str],
                reserved: frozenset[str]) -> tuple[list[Entry], bool]:
    """One merge of the items onto the previous entries: the entries, and whether any event joined an entry a
    person touched beyond the events its sources named."""
    # seed one cluster per previous entry a person touched with the events its sources name: their grouping
    # is the person's; the events of entries nobody touched are grouped afresh, as a fresh build would
    prev = sorted(previous, key=lambda p: p.id)
    owners = _PreviousIndex(prev, items).assign(items)
    matched: dict[int, list[_Item]] = defaultdict(list)
    for item, pi in zip(items, owners):
        if pi is not None:
            matched[pi].append(item)
    edits = [_curated(p, matched.get(pi, ()), present) for pi, p in enumerate(prev)]
    touched = {pi for pi, p in enumerate(prev) if edits[pi] or not p.sources}
    clusters = [_Cluster(previous=prev[pi]) for pi in sorted(touched)]
    seeded_into = {pi: ci for ci, pi in enumerate(sorted(touched))}
    rest: list[_Item] = []
    for item, pi in zip(items, owners):
        if pi in seeded_into:
            clusters[seeded_into[pi]].add(item)
            clusters[seeded_into[pi]].seeded.append(item)
        else:
            rest.append(item)

    # dated events first; then undated mentions, against every cluster in one canonical order, so that a
    # rebuild, whose clusters come seeded from the file, offers each mention the same candidates
    _cluster([i for i in rest if not _joins_later(i)], clusters, sim)
    canonical = sorted(clusters, key=_cluster_order)
    _absorb_coarse_mentions(canonical, sim)
    # weeks and undated mentions never start an entry, and a bare time of day first looks for its article's
    # story of that day: they join the finished clusters, in one pass
    _cluster([i for i in rest if _joins_later(i)], canonical, sim)
    inherited = _inherit_ids(canonical, [p for pi, p in enumerate(prev) if pi not in touched and p.id])
    joined = any(c.previous is not None and len(c.members) != len(c.seeded) for c in canonical)
    entries = _entries(canonical, inherited, reserved | {p.id for p in prev if p.id}, present,
                       {id(prev[pi]): edits[pi] for pi in touched})
    return entries, joined


def _inherit_ids(clusters: Sequence[_Cluster], untouched: Sequence[Entry]) -> dict[int, Entry]:
    """Cluster index -> the untouched previous entry whose id it takes, so ids follow their sources through a
    regrouping and a rebuild that groups as before gives every entry its old id. Pairs are taken best first:
    the same sources and title as before, then the most sources in common (ties: the smaller id, the earlier
    cluster); each entry and each cluster at most once."""
    listing: dict[Source, list[int]] = defaultdict(list)
    for pi, p in enumerate(untouched):
        for src in set(p.sources):
            listing[src].append(pi)
    ranked: list[tuple[tuple[object, ...], int, int]] = []
    for ci, c in enumerate(clusters):
        if c.previous is not None or not c.dated:
            continue
        sources = {m.event.source for m in c.members}
        shared: Counter[int] = Counter(pi for src in sources for pi in listing.get(src, ()))
        if not shared:
            continue
        when = _choose_date(c.members)
        title = _choose_title(c.members, when)
        for pi, count in shared.items():
            p = untouched[pi]
            same = sources == set(p.sources) and title == p.title
            ranked.append(((not same, -count, p.id, ci), ci, pi))
    inherited: dict[int, Entry] = {}
    given: set[int] = set()
    for _, ci, pi in sorted(ranked):
        if ci not in inherited and pi not in given:
            inherited[ci] = untouched[pi]
            given.add(pi)
    return inherited


def _note_day(days: dict[tuple[str, str], list[int]], item: _Item, ci: int) -> None:
    refs = days[(item.event.article, item.when[0])]
    if ci not in refs:
        refs.append(ci)


def _joins_later(item: _Item) -> bool:
    """Undated mentions, weeks and events dated only by a time of day: placed after the other events."""
    return not item.when[0] or bool(_WEEK.search(item.when[0])) \
        or (item.day and _CLOCK_ONLY.fullmatch(item.event.source.expression) is not None)


def _cluster_order(cluster: _Cluster) -> tuple[object, ...]:
    """Clusters in the order of their earliest event (canonical event order), entries without events last."""
    if cluster.members:
        return (0, min(_event_order(m.event) for m in cluster.members), "")
    return (1, (), cluster.previous.id if cluster.previous else "")


def _entries(clusters: Sequence[_Cluster], inherited: dict[int, Entry], previous_ids: set[str],
             present: frozenset[str], edits: dict[int, tuple[str, ...]]) -> list[Entry]:
    """The entries of the finished clusters. `inherited`: cluster index -> the untouched previous entry whose
    id it keeps; `edits`: id() of each previous entry a person touched -> the fields they set."""
    taken = set(previous_ids)  # an id once written is never given to another event in the same build
    fresh: list[Entry] = []
    kept: list[Entry] = []
    for ci, c in enumerate(clusters):
        p = c.previous
        if p is not None and not c.dated:
            # none of its dated sources was read: a person's entry stays, marked when it had sources, so that
            # an edit is never lost to a build over other articles (the stderr report says how to drop it)
            kept.append(_as_written(p, edits.get(id(p), ())) if p.sources or not p.id else p)
            if not p.id:
                fresh.append(kept.pop())
            continue
        if not c.dated:
            continue
        when = _choose_date(c.members)
        title = _choose_title(c.members, when)
        keys = tuple(sorted(set().union(*(m.keys for m in c.members))))
        sources = _sources(c.members)
        generated = fingerprint(when, title, sources)
        conflicts = _conflicts(c.members, when)  # the sources' own disagreement, not a person's correction
        if p is not None and "sources" in edits.get(id(p), ()):
            # the grouping is the person's: keep the digest that tells so, whatever joins it later
            generated = ".".join(generated.split(".")[:2] + p.generated.split(".")[2:3])
        if p is None:
            before = inherited.get(ci)
            entry = Entry(id=before.id if before else "", date=when[0], mod=when[1], title=title, sources=sources,
                          keys=keys, conflicts=conflicts, generated=generated, layout=before.layout if before else ())
            (kept if before else fresh).append(entry)
            continue
        curated = edits.get(id(p), ())
        if "date" in curated:
            when = (p.date, p.mod)
        if "title" in curated:
            title = p.title
        entry = Entry(
            id=p.id,
            date=when[0],
            mod=when[1],
            title=title,
            sources=sources,
            keys=keys,
            note=p.note,
            rejected=p.rejected,
            conflicts=conflicts,
            curated=curated,
            generated=generated,
            layout=p.layout,
        )
        (kept if p.id else fresh).append(entry)
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
    return sorted(kept + fresh, key=entry_sort_key)


def _as_written(p: Entry, curated: tuple[str, ...]) -> Entry:
    """A person's entry none of whose articles was read, kept as the file has it; one with sources is marked
    `orphaned` until its articles are read again."""
    return Entry(id=p.id, date=p.date, mod=p.mod, title=p.title, sources=list(p.sources), keys=p.keys, note=p.note,
                 rejected=p.rejected, conflicts=list(p.conflicts), curated=curated or p.curated,
                 generated=p.generated, layout=p.layout, orphaned=bool(p.sources))


def fingerprint(when: tuple[str, str], title: str, sources: Sequence[Source] | None = None) -> str:
    """A short digest of a generated date (with its mod), title and, when given, sources:
    "<date digest>.<title digest>[.<sources digest>]"."""
    def digest(text: str) -> str:
        return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()

    parts = [digest(when[0] + "|" + when[1]), digest(title)]
    if sources is not None:
        parts.append(_sources_digest(sources))
    return ".".join(parts)


def _sources_digest(sources: Sequence[Source]) -> str:
    # sorted: the order of the sources in the file is no edit; a source moved, added or removed is
    rows = sorted(f"{s.article}\t{s.quote}\t{s.expression}" for s in sources)
    return hashlib.blake2s("\n".join(rows).encode("utf-8"), digest_size=4).hexdigest()


def _curated(p: Entry, seeded: Sequence[_Item], present: frozenset[str]) -> tuple[str, ...]:
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
        if written[2] and written[2] != _sources_digest(p.sources):
            fields.add("sources")
    elif seeded:
        when = _choose_date(seeded)
        if (p.date, p.mod) != when:
            fields.add("date")
        if p.title != _choose_title(seeded, when) and not _from_removed(p, present):
            fields.add("title")
    elif p.sources:
        fields.update({"date", "title"})
    if p.note:
        fields.add("note")
    if p.rejected:
        fields.add("rejected")
    return tuple(sorted(fields))


def _words(text: str) -> set[str]:
    return set(_SLUG_WORD.findall(text.lower()))


def _from_removed(p: Entry, present: frozenset[str]) -> bool:
    title = _words(p.title)
    return bool(title) and any(title <= _words(s.quote) for s in p.sources if s.article not in present)
