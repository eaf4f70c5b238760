"""Events -> timeline entries: the same event across articles becomes one entry, with its date conflicts and a
person's corrections kept. Deterministic and indifferent to input order.

The steps, each a module with one job, in the order `merge` below runs them:

1. similarity  each event as merging compares it (keys normalised by word family, the title's keys, event
               classes), in canonical order; the IDF-weighted overlap of keys and the thresholds that link two
               events (the more precisely their dates agree, the less text needs to). A sentence copied word
               for word into a later article takes its first telling's date (copies).
2. curation    the previous file's entries a person touched become clusters seeded with their events (the
               grouping is theirs); every other event is grouped afresh, as a fresh build groups it.
3. clustering  by calendar year (partitions), each year alone, on `jobs` processes or a Dask cluster (workers):
               greedy, in canonical order, a dated event joins the cluster it resembles most or starts one
               (candidates: the blocking that keeps this near-linear); a coarsely dated mention then joins the
               finer event of another article; weeks and bare times of day join last. Then the combine, over
               every year's clusters: events whose dates span years, and undated mentions, which only join.
4. joins       finished clusters that tell one happening join: one happening of one participant, by the
               titles and dates they now have ("Michael Jackson died" / "The singer died"), then clusters of one
               date with the same normalised title, then clusters of one day told by one sentence, a day's violence
               told in general and at its one town (overviews); one person's taking or leaving of a post on one date
               (post_changes); one act of one day told by synonymous verbs ("slapped" / "enacted" sanctions: acts); one
               figure of one date told in other words ("75% of the oil" / "three-quarters of it": happenings).
5. curation    each new cluster takes the id of the untouched previous entry whose sources it holds.
6. entries     each cluster makes an entry (the best-supported precise date, conflicts, title, sources, new
               ids), with the fields a person set kept (curation).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from timeline.merge.acts import join_act_wordings
from timeline.merge.coarse_twins import join_coarse_twins
from timeline.merge.campaign_onsets import join_campaign_onsets
from timeline.merge.battles import join_town_battles
from timeline.merge.placed_sides import join_placed_sides
from timeline.merge.overviews import join_day_overviews
from timeline.merge.sessions import join_session_contents
from timeline.merge.speakers import join_capital_speakers, join_described_speakers
from timeline.merge.quoted_twins import join_quoted_twins
from timeline.merge.speaker_twins import join_speaker_twins
from timeline.merge.surname_titles import known_surnames, with_full_surnames
from timeline.merge.described_twins import join_described_twins
from timeline.merge.referents import join_bare_referents
from timeline.merge.happenings import (join_day_backrefs, join_day_figures, join_day_happenings, join_day_openings,
                                       join_day_toll_parts)
from timeline.merge.empty_subjects import join_empty_subjects
from timeline.merge.clustering import Cluster, drop_unplaced_mentions
from timeline.merge.copies import first_tellings
from timeline.merge.curation import as_written, inherit_ids, joined_edited, seed, with_edits, with_id_of
from timeline.merge.entries import EntryMemo, assign_ids, fingerprint, generated_entry, members_digest, slug
from timeline.merge.joins import (article_names, join_article_retellings, join_coarse_stories, join_coarse_tellings, join_day_participants, join_day_places, join_described_doers, join_journeys, join_since_states,
                                   join_day_fragments, join_day_stories, join_one_happening, join_same_titles,
                                   join_empty_frames, join_onsets, join_owned_reports, join_definite_instruments,
                                   join_shared_sentences, join_statement_contents, join_appearances,
                                   join_when_clauses, join_past_falls, join_past_when_clauses, join_year_incidents)
from timeline.merge.partitions import ACROSS, by_partition, combine, partition_clusters, seeded_by_partition
from timeline.merge.post_changes import join_post_changes
from timeline.merge.reported_acts import join_received_results, join_reported_acts
from timeline.merge.voices import join_day_voices
from timeline.merge.voice_twins import join_voice_twins
from timeline.merge.similarity import Item, Similarity, items_of, key_form
from timeline.merge.workers import Workers, local_workers
from timeline.model import Entry, Event, entry_sort_key

__all__ = ["fingerprint", "key_form", "merge", "slug"]

SETTLE_ROUNDS = 3  # at most this many more merges when events joined a person's entry (see merge())


def merge(events: Iterable[Event | Item], previous: Sequence[Entry] = (), *, jobs: int = 1,
          workers: Workers | None = None, memo: EntryMemo | None = None) -> list[Entry]:
    """Merge the events of many articles into chronological entries, keeping what a person curated in the
    `previous` entries (see timeline.merge.curation). The years and the runs of undated mentions are clustered
    by `workers` (a Dask cluster's), else on `jobs` local processes (see timeline.merge.partitions and
    timeline.merge.workers); the entries are the same wherever they run. An event may come as its item (read back
    from the extraction cache: item_of of it, not computed again). `memo`: the entries a previous build generated, by
    their members (timeline.merge.entries.EntryMemo): a cluster with the same members takes its entry from there."""
    workers = workers or local_workers(jobs)
    # distinct, in canonical order; a sentence copied into a later article dated as its first telling dated it
    items = first_tellings(items_of(events))
    sim = Similarity(items)
    present = frozenset(item.event.article for item in items)
    reserved = frozenset(p.id for p in previous if p.id)
    if not previous:
        # no entry of a person's to settle onto: one round, which takes the items themselves (it empties the list)
        # and so lets go of the undated mentions no entry took (most events) once the clusters are made
        return _merge_onto(items, sim, previous, present, reserved, workers, memo)[0]
    entries, joined = _merge_onto(list(items), sim, previous, present, reserved, workers, memo)
    for _ in range(SETTLE_ROUNDS):
        if not joined:
            break
        # events joined an entry a person touched: the next build would seed them into it from the start, and
        # so might group the rest differently. Build that next build now, so the file written is the one a
        # rebuild writes again (usually one round; bounded, as a greedy merge need not settle at once)
        entries, joined = _merge_onto(list(items), sim, entries, present, reserved, workers, memo)
    return entries


def _merge_onto(items: list[Item], sim: Similarity, previous: Sequence[Entry], present: frozenset[str],
                reserved: frozenset[str], workers: Workers, memo: EntryMemo | None = None) -> tuple[list[Entry], bool]:
    """One merge of the items onto the previous entries (the years and undated mentions by `workers`): the entries, and
    whether any event joined an entry a person touched beyond the events its sources named. Empties `items` once the
    clusters are made: from then on the merge holds only the items the clusters hold (memory: an undated mention no
    entry took, 64 % of events, is let go before the joins, the merge's peak; a caller that needs them gives a copy)."""
    clusters, untouched = _clustered(items, sim, previous, present, workers)
    names = article_names(items)  # what each article names, undated mentions too: the same for every join
    known = known_surnames(items)  # the surnames the whole collection knows its people by (surname_titles)
    items.clear()
    # entries of one happening that clustering left apart join, by the titles and dates they now have (the joins
    # read the items only for their articles' names, given)
    join_one_happening(clusters, (), names)
    join_coarse_tellings(clusters, (), names)
    join_day_stories(clusters, (), sim, names)
    join_coarse_stories(clusters, (), sim, names)
    join_post_changes(clusters, (), names)
    join_same_titles(clusters)
    join_shared_sentences(clusters)
    join_owned_reports(clusters)
    join_definite_instruments(clusters)
    join_town_battles(clusters)
    join_placed_sides(clusters)  # twins68: a side's violence told with no town, placed by its sentence
    join_day_overviews(clusters)
    join_day_participants(clusters, (), sim, names)
    join_described_doers(clusters, names)
    join_act_wordings(clusters, sim, names)
    join_voice_twins(clusters)
    join_day_places(clusters, sim)
    join_journeys(clusters, (), sim, names)
    join_since_states(clusters, (), sim, names)
    join_day_fragments(clusters, (), sim, names)
    join_statement_contents(clusters, (), names)
    join_reported_acts(clusters)
    join_received_results(clusters)
    join_day_voices(clusters, sim, names)
    join_appearances(clusters, (), sim, names)
    join_described_speakers(clusters, names)
    join_capital_speakers(clusters)
    join_quoted_twins(clusters)
    join_speaker_twins(clusters)
    join_described_twins(clusters)
    join_session_contents(clusters, sim, names)
    join_day_happenings(clusters, sim, names)
    join_day_openings(clusters, sim)
    join_day_toll_parts(clusters)
    join_day_backrefs(clusters)
    join_bare_referents(clusters)
    join_day_figures(clusters, sim, names)
    join_article_retellings(clusters, (), sim, names)
    join_when_clauses(clusters, (), sim, names)
    join_past_when_clauses(clusters, (), sim, names)
    join_year_incidents(clusters, (), sim, names)
    join_onsets(clusters, (), sim, names)
    join_past_falls(clusters)  # after the year joins: the war's tellings are one entry by then
    join_empty_frames(clusters, (), sim, names)
    join_empty_subjects(clusters, sim)
    join_coarse_twins(clusters, sim)  # a month's or year's entry and the one day entry inside it telling its doing
    join_campaign_onsets(clusters)  # a month's entries telling the beginning of one war or one campaign
    # an undated mention that came along with a coarse entry stays only where it tells what the entry's date dates
    drop_unplaced_mentions(clusters)
    inherited = inherit_ids(clusters, untouched)
    taken = set(reserved) | {p.id for p in previous if p.id}
    return _entries(clusters, inherited, taken, workers, memo, known), joined_edited(clusters)


def _clustered(items: Sequence[Item], sim: Similarity, previous: Sequence[Entry], present: frozenset[str],
               workers: Workers) -> tuple[list[Cluster], list[Entry]]:
    """The clusters of the items seeded onto the previous entries, and the previous entries nobody touched. What
    holds the items on the way (the seeding, the years) is let go on return."""
    seeded = seed(previous, items, present)
    rest = by_partition(seeded.rest)
    seeded_parts = seeded_by_partition(seeded.clusters)
    # each year alone (see timeline.merge.partitions): greedy clustering, coarse mentions, weeks and times of day
    clusters = partition_clusters(rest, seeded_parts, sim, workers)
    # then, over every year's clusters in one canonical order (whatever the file seeded, so that a rebuild
    # offers each the same candidates), the events spanning years and the undated mentions, which only join
    clusters.extend(seeded_parts.get(ACROSS, ()))
    combine(clusters, rest.get(ACROSS, ()), sim, workers)
    return clusters, seeded.untouched


def _entries(clusters: Sequence[Cluster], inherited: dict[int, Entry], taken: set[str],
             workers: Workers | None = None, memo: EntryMemo | None = None,
             known: frozenset[str] = frozenset()) -> list[Entry]:
    """The entries of the finished clusters, chronological. `inherited`: cluster index -> the untouched previous
    entry whose id it keeps; `taken`: the ids already written, never given to another event. Each dated cluster's
    generated entry is a pure function of its members: made by `workers` (here when none); its title then names in
    full a surname the collection does not know its person by (`known`: surname_titles), before a person's edits."""
    fresh: list[Entry] = []
    kept: list[Entry] = []
    made = iter(_generated(clusters, workers or local_workers(1), memo))
    for ci, c in enumerate(clusters):
        p = c.previous
        if not c.dated:
            if p is not None:
                entry = as_written(p, c.curated)
                (kept if entry.id else fresh).append(entry)
            continue
        entry = with_full_surnames(next(made), c.members, known)
        if p is not None:
            entry = with_edits(entry, p, c.curated)
            (kept if p.id else fresh).append(entry)
        elif ci in inherited:
            kept.append(with_id_of(entry, inherited[ci]))
        else:
            fresh.append(entry)
    assign_ids(fresh, taken)
    return sorted(kept + fresh, key=entry_sort_key)


ENTRY_PIECES = 4  # pieces of the entries a worker takes, at most: a few, so that one slow piece does not hold the rest


def _generated(clusters: Sequence[Cluster], workers: Workers, memo: EntryMemo | None = None) -> list[Entry]:
    """The generated entry of each dated cluster, in order, made by `workers` in runs of consecutive clusters: a
    tenth of a build's serial CPU (choosing each entry's date, title and sources), which no other cluster reads.
    With a `memo`, a cluster whose members made an entry in the previous build takes it from there (the others are
    made and added to it)."""
    members = [c.members for c in clusters if c.dated]
    if memo is None:
        return _made(members, workers)
    digests = [members_digest(m) for m in members]
    found: list[Entry | None] = [memo.get(d) for d in digests]
    missing = [i for i, entry in enumerate(found) if entry is None]
    for i, entry in zip(missing, _made([members[i] for i in missing], workers)):
        memo.add(digests[i], entry)
        found[i] = entry
    return found  # type: ignore[return-value]


def _made(members: Sequence[Sequence[Item]], workers: Workers) -> list[Entry]:
    """generated_entry of each cluster's members, in order, by `workers` in runs of consecutive clusters."""
    if workers.width <= 1 or len(members) < 2:
        return [generated_entry(m) for m in members]
    count = min(len(members), workers.width * ENTRY_PIECES)
    bounds = [len(members) * i // count for i in range(count + 1)]
    runs = workers.run(_generated_run, members, list(zip(bounds, bounds[1:])))
    return [entry for run in runs for entry in run]


def _generated_run(members: Sequence[Sequence[Item]], run: tuple[int, int]) -> list[Entry]:
    return [generated_entry(m) for m in members[run[0]:run[1]]]
