"""Merging, clustering: group the items that tell one event, greedily, in canonical order.

- A dated event joins the cluster whose members it resembles most, when they link (similarity.links) and
  every member of its own article tells the same story (similarity.same_story), and neither that member nor its
  article's members of its date name another doer by name (similarity.distinct_doers, membership.yaml: "AQIM
  released a statement" / "The State Department recommended ..."); otherwise it starts one.
- Undated mentions, weeks and events dated only by a time of day join later, in one pass over the finished
  clusters (so a rebuild, whose clusters come seeded from the file, offers them the same candidates): an
  undated mention or a week never starts an entry, a time of day joins its article's story of that day; an
  undated mention joins only through a member that tells one kind of happening (membership.yaml ``undated``).
- A cluster of one article's coarsely dated mention ("in late July") then joins the finer compatible event of
  another article it resembles and tells one kind of happening with, at the lower COARSER_MENTION bar
  (absorb_coarse_mentions).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat

from timeline.dates import compatible, precision, span
from timeline.merge.candidates import DatedKeyIndex, KeyIndex, ToldIndex, rarest
from timeline.merge.similarity import (COARSER_MENTION, HEAD_SHARED, MIN_SHARED, RARE_KEY, SAME_EVENT, UNDATED, Item,
                                       Similarity, derivations, different_places, distinct_doers, event_order, key_set,
                                       links, one_kind_told, same_story, shares_coarse_participant,
                                       shares_participant, membership_rules)
from timeline.model import Entry

REPRESENTATIVES = 16  # members of a cluster an event is compared with

# a week ("2024-W11", "2024-W11-WE") is too vague to place an entry of its own: journalists' timelines
# list days, months and years; a week-dated mention joins the event another article dates precisely
WEEK = re.compile(r"-W\d")
# a bare time of day ("at 4:17 a.m.", "shortly after 1 p.m."): its day is the one the article is telling of
_CLOCK_ONLY = re.compile(r"(?:(?:about|around|shortly|just|soon|before|after|at|by)\s+){0,2}"
                         r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight)"
                         r"(?:\s+(?:local time|[A-Z]{2,4}))?", re.IGNORECASE)


@dataclass(slots=True)
class Cluster:
    """The items of one future entry; `previous` is the entry of the file it was seeded from (a person's)."""

    members: list[Item] = field(default_factory=list)
    previous: Entry | None = None
    curated: tuple[str, ...] = ()  # the fields of `previous` a person set (curation.edited_fields)
    seeded: list[Item] = field(default_factory=list)  # events matched by the previous entry's sources
    by_article: dict[str, list[Item]] = field(default_factory=dict)
    dated: int = 0
    # the first dated members: members of one cluster resemble each other, so a bounded sample keeps
    # scoring linear; only dated members stand for a cluster (an undated mention joins an event, never
    # another mention)
    representatives: list[Item] = field(default_factory=list)
    # the evidence of all representatives: an event sharing fewer than MIN_SHARED of these scores 0 against each.
    # Immutable, replaced as representatives come: a cluster of one event (most of them) holds that event's own
    # sorted tuple (Item.evidence_words), not a set (memory), and stand-ins (timeline.merge.partitions) share it;
    # a set once a representative adds keys
    evidence: frozenset[str] | tuple[str, ...] = ()

    def add(self, item: Item) -> None:
        self.members.append(item)
        self.by_article.setdefault(item.event.article, []).append(item)
        if item.when[0]:
            self.dated += 1
            if len(self.representatives) < REPRESENTATIVES:
                self.representatives.append(item)
                if not self.evidence:
                    self.evidence = item.evidence_words
                else:
                    held = key_set(self.evidence) if isinstance(self.evidence, tuple) else self.evidence
                    if not held.issuperset(item.evidence_words):
                        self.evidence = held.union(item.evidence_words)

    def empty(self) -> None:
        """Forget every member (they moved to another cluster)."""
        self.members, self.by_article, self.dated, self.representatives, self.evidence = [], {}, 0, [], ()

    def move_to(self, target: Cluster) -> None:
        """Give every member to `target`, leaving this cluster empty."""
        for m in self.members:
            target.add(m)
        self.empty()


def joins_later(item: Item) -> bool:
    """Undated mentions, weeks and events dated only by a time of day: placed after the other events."""
    return not item.when[0] or bool(WEEK.search(item.when[0])) or _clock_only(item)


def _clock_only(item: Item) -> bool:
    return item.day and _CLOCK_ONLY.fullmatch(item.event.source.expression) is not None


def cluster_order(cluster: Cluster) -> tuple[object, ...]:
    """Clusters in the order of their earliest event (canonical event order), entries without events last."""
    if cluster.members:
        return (0, min(event_order(m.event) for m in cluster.members), "")
    return (1, (), cluster.previous.id if cluster.previous else "")


def _can_join(sim: Similarity, item: Item, cluster: Cluster, best_member: Item, score: float) -> bool:
    """Whether `item` may join `cluster`, given its closest member and their similarity."""
    if not links(sim, item, best_member, score):
        return False
    # alike sentences of one day or one article, but another named doer: another happening (membership.yaml)
    same_day = (m for m in cluster.by_article.get(item.event.article, ()) if m.when == item.when)
    if distinct_doers(item, best_member) or any(distinct_doers(item, m) for m in same_day):
        return False
    if not item.when[0]:
        return not _closed_to_undated(item, cluster) and not _dated_after_telling(item, cluster) \
            and _tells_what_dates(item, cluster)
    return all(same_story(sim, m, item) for m in cluster.by_article.get(item.event.article, ()))


def _closed_to_undated(item: Item, cluster: Cluster) -> bool:
    """Whether the undated mention `item` may not join `cluster` whatever their similarity: the cluster has no
    dated member to date it by, or already holds the mention's article (one article tells one event once)."""
    return cluster.dated == 0 or item.event.article in cluster.by_article


def _dated_after_telling(item: Item, cluster: Cluster) -> bool:
    """Whether every finest-dated member of the cluster that stands for it lies after the day the undated mention was
    told: "Dr Murray has pleaded not guilty", told in April, cannot take the date of November's verdict. Only the
    members of the finest date count (membership.yaml ``undated``): they give the entry its date, and a coarser one
    ("a month ago", "this month", "last year") spans days before the telling without placing the event there, so
    "a coalition would be able to deploy fighters", told on March 18, is no part of NATO's takeover on March 31."""
    told = span(item.event.source.published[:10])
    if told is None:
        return False
    dated = _finest_spans([m.when[0] for m in cluster.representatives if m.when[0]])
    return bool(dated) and all(d[0] > told[1] + TOLD_MARGIN_DAYS for d in dated)


def _tells_what_dates(item: Item, cluster: Cluster) -> bool:
    """Whether the undated mention tells one kind of happening (one_kind_told) with a member of the cluster's finest
    date among those that stand for it: the members that give the entry its date. A coarser member may hold the
    entry's happening only in passing ("Dr Murray is on trial charged with involuntary manslaughter following
    Jackson's death in June 2009", in the death's entry), and what else it tells ("Dr Murray has denied a charge of
    involuntary manslaughter") is no telling of what the entry's date dates."""
    dated = [m for m in cluster.representatives if m.when[0] and span(m.when[0]) is not None]
    if not dated:
        return True
    finest = min(precision(m.when[0]) for m in dated)
    return any(one_kind_told(item, m) for m in dated if precision(m.when[0]) == finest)


def drop_unplaced_mentions(clusters: Sequence[Cluster]) -> None:
    """Once the joins are done, each undated mention stays only in an entry whose finest-dated members it tells one
    kind of happening with (_tells_what_dates over every dated member): a coarse entry it joined may have joined a
    finer one since ("Dr Murray is facing a manslaughter charge following the singer's death in June", a month's
    telling of the death, joined the day of the death), and what the mention shares with the coarse one (the charge)
    is no telling of the day's happening. An entry a person touched keeps its members."""
    for c in clusters:
        if c.previous is not None or not c.dated or c.dated == len(c.members):
            continue
        dated = [m for m in c.members if m.when[0] and span(m.when[0]) is not None]
        if not dated:
            continue
        finest = min(precision(m.when[0]) for m in dated)
        standing = [m for m in dated if precision(m.when[0]) == finest]
        kept = [m for m in c.members if m.when[0] or any(one_kind_told(m, d) for d in standing)]
        if len(kept) < len(c.members):
            c.empty()
            for m in kept:
                c.add(m)


def _finest_spans(values: Sequence[str]) -> list[tuple[int, int]]:
    """The day spans of the finest of the date `values` (those of the least precision() in days); a value that is
    no date counts as none."""
    spans = [s for s in (span(v) for v in values) if s is not None]
    if not spans:
        return []
    finest = min(s[1] - s[0] for s in spans)
    return [s for s in spans if s[1] - s[0] == finest]


# a page's date may be a day behind what it reports (a live page updated past midnight, a time zone): an undated
# mention may join an event of the day after its article's date
TOLD_MARGIN_DAYS = 1


def _may_date(item: Item, member: Item) -> bool:
    """Whether `member` may stand for its cluster to `item`: any member to a dated event; to an undated mention only a
    member that tells one kind of happening (similarity.one_kind_told, membership.yaml ``undated``). An undated
    mention has no date to agree on, so it needs evidence as strong as a date: words shared with a cluster of many
    sentences ("Dr Murray denies giving Jackson drugs that led to the singer's death") are not enough for "The judge
    told Dr Murray he must not administer anesthetic" to take the death's date."""
    return bool(item.when[0]) or one_kind_told(item, member)


def _note_day(days: dict[tuple[str, str], list[int]], item: Item, ci: int) -> None:
    refs = days[(item.event.article, item.when[0])]
    if ci not in refs:
        refs.append(ci)


class RepresentativeMasses:
    """A memo, for one pass of clustering over `clusters` (cluster, join_undated), of each cluster's representatives'
    masses as a score reads them (Similarity.set_mass of their keys, against a dated event; of their keys | classes,
    against an undated mention) and the least of them. It is one per cluster state: a cluster's representatives only
    grow at the end (Cluster.add) or are replaced by another list (Cluster.empty), so the list itself (held here, so
    no other list takes its id, and compared by identity) and its length name the state, and a cluster that gained a
    representative or was emptied is read afresh (the new representatives only, while the list is the same)."""

    def __init__(self, sim: Similarity) -> None:
        self.sim = sim
        self._held: dict[tuple[int, bool], tuple[list[Item], int, list[float], float]] = {}

    def of(self, ci: int, representatives: list[Item], undated: bool) -> tuple[list[float], float]:
        """The masses of the representatives of cluster `ci` (as scored against an undated mention or not), in
        order, and their least (inf when there are none)."""
        held = self._held.get((ci, undated))
        if held is not None and held[0] is representatives and held[1] == len(representatives):
            return held[2], held[3]
        known = held[2] if held is not None and held[0] is representatives and held[1] < len(representatives) else []
        masses = known + [self.sim.set_mass(m.evidence if undated else m.keys)
                          for m in representatives[len(known):]]
        least = min(masses, default=math.inf)
        self._held[(ci, undated)] = (representatives, len(representatives), masses, least)
        return masses, least


# relative slack on a ceiling of scores: the ceiling sums the weights of a superset of the keys a score sums, in any
# order (a set's, not sorted as Similarity.mass sums them); rounding differs by about 1e-16 a term, and the slack
# keeps the ceiling above every score however the sums are rounded
_CEILING_SLACK = 1e-9


def _score_ceiling(sim: Similarity, shared: Iterable[str], own: float, least: float) -> float:
    """A score no member of a cluster can exceed against an item: `shared`, what the item's scored keys share with
    the evidence of all representatives (a superset of what they share with any one), over the item's mass `own` and
    the `least` mass of a representative (no more than any one's)."""
    total = own + least
    if not total:
        return math.inf
    return 2.0 * sum(map(sim.weight.get, shared, repeat(0.0))) / total * (1.0 + _CEILING_SLACK)


def _best_cluster(sim: Similarity, item: Item, clusters: Sequence[Cluster], candidates: set[int],
                  masses: RepresentativeMasses | None = None) -> int | None:
    """The candidate cluster `item` resembles most among those it may join: the highest score of a top member
    (_top_member) whose cluster _can_join takes, the first cluster in order on a tie.

    Clusters are read by a ceiling of their scores (_score_ceiling), highest first: a cluster whose ceiling is under
    the floor of its scores (UNDATED, for an undated mention), or under the best score found (or equal to it, from a
    later cluster), cannot be the one chosen, so its representatives are not scored. _top_member and _can_join are
    pure, so reading the clusters in another order chooses the same one."""
    masses = masses if masses is not None else RepresentativeMasses(sim)
    evidence = item.evidence
    undated = not item.when[0]
    # the keys a score reads of the item: keys | classes for an undated mention, keys for a dated event
    scored = evidence if undated else item.keys
    own = sim.set_mass(scored)
    # links() refuses an undated mention scoring under UNDATED with whatever member, so a member scoring under it
    # can never be the one it joins through: it is passed over before the costlier _may_date (see _top_member)
    floor = UNDATED if undated else 0.0
    ceilings: list[tuple[float, int, list[float]]] = []
    for ci in sorted(candidates):
        cluster = clusters[ci]
        if undated and _closed_to_undated(item, cluster):
            continue  # _can_join would refuse it whatever the score: scoring it would be wasted
        # a score counts shared keys only: a cluster or member sharing fewer than MIN_SHARED scores 0
        shared = evidence.intersection(cluster.evidence)
        if len(shared) < MIN_SHARED:
            continue
        member_masses, least = masses.of(ci, cluster.representatives, undated)
        ceiling = _score_ceiling(sim, shared if undated else scored.intersection(shared), own, least)
        if ceiling < floor or ceiling <= 0.0:
            continue  # no member scores above 0 and at least the floor: _top_member would find none
        ceilings.append((-ceiling, ci, member_masses))
    ceilings.sort(key=lambda c: c[:2])  # highest ceiling first, in cluster order on a tie
    best: tuple[float, int] | None = None
    for negative, ci, member_masses in ceilings:
        if best is not None and (-negative < best[0] or (-negative == best[0] and ci > best[1])):
            break  # neither this cluster nor any after it can score above the best (or tie it from before it)
        cluster = clusters[ci]
        top_score, top_member = _top_member(sim, item, cluster.representatives, floor, member_masses)
        if top_member is None or (best is not None and (top_score < best[0]
                                                        or (top_score == best[0] and ci > best[1]))):
            continue
        if _can_join(sim, item, cluster, top_member, top_score):
            best = (top_score, ci)
    return best[1] if best is not None else None


def _top_member(sim: Similarity, item: Item, representatives: Sequence[Item],
                floor: float, masses: Sequence[float] | None = None) -> tuple[float, Item | None]:
    """The first of the representatives that `item` scores highest with among those that may stand for the cluster
    to it (_may_date), and that score; (0.0, None) when none scores above 0 and at least `floor`. The score is
    read before _may_date: both are pure, and _may_date (one_kind_told, for an undated mention) costs more, so it
    is asked only of a member that would become the top one; the member and score found are those of asking it
    first (a member it refuses never becomes the top one either way, and one scoring no higher is passed over).
    `masses`: the representatives' masses as scored against `item` (RepresentativeMasses), when known.

    The score is similarity.score read from the keys counted for MIN_SHARED (Similarity.shared_overlap): the
    same keys, the same float."""
    evidence = item.evidence
    undated = not item.when[0]
    scored = evidence if undated else item.keys
    own = sim.set_mass(scored)
    top_score, top_member = 0.0, None
    for i, m in enumerate(representatives):
        # (the member's tuple, not its set: the memo of sets need not be read for a count)
        shared = evidence.intersection(m.evidence_words)
        if len(shared) < MIN_SHARED:
            continue
        if not m.when[0]:
            score = sim.score(item, m)  # no representative is undated; read as score() reads any pair
        else:
            if not undated and (item.classes or m.classes):
                # a dated pair is scored on keys, without the classes the evidence adds
                shared = scored.intersection(m.key_words)
                if len(shared) < MIN_SHARED:
                    continue  # score() gives 0.0, never above the top score
            member_mass = masses[i] if masses is not None else sim.set_mass(m.evidence if undated else m.keys)
            score = sim.shared_overlap(shared, own, member_mass)
        if score > top_score and score >= floor and _may_date(item, m):
            top_score, top_member = score, m
    return top_score, top_member


# a mention dated more coarsely than a month ("this year", "last summer") tells a happening of a whole season: a day's
# event of the same family is one of many ("more people have died from regular flu this year" / "three more deaths")
MONTH_DAYS = 31


def _tells_what_it_joins(sim: Similarity, mention: Item, member: Item) -> bool:
    """Whether a coarsely dated mention tells what the finer `member` tells, beyond the words that brought it there
    (absorb_coarse_mentions, at the low COARSER_MENTION bar): a happening one undergoes once (derivations.yaml
    ``once``: "the uprising began in February", "the singer died in June"), for a mention of a month or less; else a
    participant both titles name that is a name not common in the corpus or a rare word, and not a place where the
    happening took place (similarity.shares_coarse_participant: "$32.2bn"; not "Benghazi" of "the council in
    Benghazi", nor "Jackson" in a corpus about him). Attacks, captures and visits are many in a month ("Obama briefed
    Congress before launching attacks on Libya last month" is no dawn attack of government troops), and "China
    diagnosed a case of the virus in a traveller" in May is not "A sixth pupil was diagnosed with the virus" on 3 May,
    "the virus" being the corpus' subject."""
    if mention.happening & member.happening & _once_families():
        # one undergoes it once: a month's mention tells it; a year's, of one named participant ("Michael Jackson was
        # preparing for a series of UK gigs when he died in 2009"), however common that name in the corpus
        return precision(mention.when[0]) <= MONTH_DAYS or shares_participant(sim, mention, member, common=RARE_KEY)
    return shares_coarse_participant(sim, mention, member)


@cache
def _once_families() -> frozenset[str]:
    """The happenings one undergoes once (derivations.yaml ``once``)."""
    return frozenset(derivations()["once"])


def cluster(items: Sequence[Item], clusters: list[Cluster], sim: Similarity) -> None:
    """Greedy, in the given (canonical) order: each item joins its best cluster or starts one. A bare time of
    day with no cluster to join goes to its article's story of that day; an undated mention or a week that
    joins nothing makes no entry.

    Candidates come from an index of the clusters' representatives by key (see timeline.merge.candidates)."""
    index = KeyIndex()
    # (article, day) -> the first cluster holding that article's event of that day: where a bare time of day
    # belongs ("She was carried out shortly after 1 p.m." in the story of Thursday's rescue)
    days: dict[tuple[str, str], list[int]] = defaultdict(list)
    for ci, c in enumerate(clusters):
        for m in c.representatives:
            index.enter(ci, m)
        for m in c.members:
            if m.day:
                _note_day(days, m, ci)
    masses = RepresentativeMasses(sim)
    for item in items:
        ci = _best_cluster(sim, item, clusters, index.candidates(rarest(sim, item.key_words)), masses)
        if ci is None and days.get((item.event.article, item.when[0])) and _clock_only(item):
            # the story of that day in the article that shares most with it (the first one on a tie)
            same_day = days[(item.event.article, item.when[0])]
            ci = max(same_day, key=lambda cj: (max(sim.mass(item.keys & m.keys) for m in clusters[cj].members
                                                     if m.event.article == item.event.article), -cj))
        elif ci is None and item.when[0] and not WEEK.search(item.when[0]):
            clusters.append(Cluster())
            ci = len(clusters) - 1
        elif ci is None:
            continue  # an undated mention nobody dates makes no entry, nor does a week ("last week")
        target = clusters[ci]
        target.add(item)
        if item.day:
            _note_day(days, item, ci)
        if item.when[0] and target.dated <= REPRESENTATIVES:
            index.enter(ci, item)


def join_undated(items: Sequence[Item], clusters: Sequence[Cluster], sim: Similarity) -> None:
    """Undated mentions, in the given (canonical) order, each onto the cluster it resembles most among those
    begun by the day it was told (candidates.ToldIndex); a mention that joins nothing makes no entry. What
    cluster() does with undated items, on candidates chosen by the telling's day rather than by cluster order
    (which would read the last clusters of the corpus, mostly events after the telling that _can_join refuses)."""
    index = ToldIndex([c.representatives for c in clusters])
    masses = RepresentativeMasses(sim)
    for item in items:
        told = span(item.event.source.published[:10])
        last_day = told[1] + TOLD_MARGIN_DAYS if told is not None else None
        ci = _best_cluster(sim, item, clusters, index.candidates(rarest(sim, item.keys), last_day), masses)
        if ci is not None:
            clusters[ci].add(item)


def bounded_mention(item: Item) -> bool:
    """Whether a coarsely dated mention's date phrase is a bound or a stretch, not the time of one happening: written
    right after a word of membership.yaml ``coarse_bounds`` ("had already killed between 1000 and 2000 by last April",
    "visited Benghazi during June and July"). What it tells was reached by then, or went on through the stretch, so
    it is no telling of a day's event inside it ("shelled a residential area of Misrata late on Monday", April 4).
    "in April", "last April", "since February, when ..." are left alone."""
    source = item.event.source
    expression = source.expression
    at = source.quote.find(expression) if expression else -1
    if at <= 0:
        return False
    before = source.quote[:at].split()
    return bool(before) and before[-1].lower() in _coarse_bounds()


@cache
def _coarse_bounds() -> frozenset[str]:
    return frozenset(str(w).lower() for w in membership_rules()["coarse_bounds"])


def absorb_coarse_mentions(clusters: Sequence[Cluster], sim: Similarity) -> None:
    """A new cluster of one article's coarsely dated mention ("in late July") joins the finer compatible
    event of another article it resembles ("traced ... on Thursday", July 25), at the lower COARSER_MENTION
    bar: the dates agree, so less text needs to. Run once over the finished clusters, finest first, so the
    result depends only on the clusters, and a rebuild (whose file already holds the joined entry) agrees.

    Candidates come from an index by (key, stretch of days): a compatible date overlaps the mention's, so
    only clusters with a representative in the mention's stretches can take it, however long the corpus."""
    index = DatedKeyIndex()
    for ci, c in enumerate(clusters):
        index.enter(ci, c.representatives)
    for ci, c in enumerate(clusters):
        if c.previous is not None or len(c.by_article) != 1 or not c.representatives \
                or precision(c.representatives[0].when[0]) == 1:
            continue
        item = c.representatives[0]
        if bounded_mention(item):
            continue  # "had killed 1000 by last April", "visited during June and July": no one day's happening
        best: tuple[float, int] | None = None
        for cj in index.candidates(rarest(sim, item.key_words), item.when):
            target = clusters[cj]
            if cj == ci or not target.dated:
                continue
            # one article may tell an event twice, "in June" and "June 6 – ...": that needs a closer match
            need = SAME_EVENT if item.event.article in target.by_article else COARSER_MENTION
            for m in target.representatives:
                # and the kind of happening: a month's "Hayward told analysts BP would meet its obligations" is no
                # part of the day's "54 Democratic senators demanded that BP pay $20bn" (membership.yaml ``undated``);
                # with dates that agree, an event class both hold will do ("a London conference on Libya last month" /
                # "Clinton and the heads of 40 other countries met"), as it will not for an undated mention
                if not compatible(item.when, m.when) or precision(m.when[0]) >= precision(item.when[0]) \
                        or len(item.head & m.head) < HEAD_SHARED or distinct_doers(item, m) \
                        or not (item.classes & m.classes or one_kind_told(item, m)) \
                        or different_places(item, m) or not _tells_what_it_joins(sim, item, m):
                    continue
                # the kind of event counts too ("charged with reckless imprudence" / "prosecutors charged")
                score = sim.overlap(item.evidence, m.evidence)
                if score >= need and (best is None or score > best[0]):
                    best = (score, cj)
        if best is not None:
            target = clusters[best[1]]
            c.move_to(target)
            index.grow(best[1], target.representatives)
