"""Clusters read by a ceiling of their scores (clustering._best_cluster, _score_ceiling) and the memo of their
representatives' masses (clustering.RepresentativeMasses): the cluster chosen is the one the plain reading (every
candidate in cluster order, each representative scored by similarity.score) chooses, and a cluster that changes is
read afresh."""

from __future__ import annotations

import random

import pytest

from timeline.merge import clustering
from timeline.merge.clustering import Cluster, RepresentativeMasses
from timeline.merge.similarity import MIN_SHARED, UNDATED, Item, Similarity, item_of
from test_merge_top_member import WORDS, event  # a sibling module: pytest puts tests/merge on the path

def corpus(seed: int) -> tuple[list[Item], list[Item], Similarity]:
    """Dated events of a few days (so that some link) and undated mentions, random titles over WORDS; some articles
    tell several events."""
    draw = random.Random(seed)
    dated = [item_of(event(f"d{draw.randint(0, 25)}", f"2011-03-{draw.randint(1, 4):02d}",
                           draw.sample(WORDS, draw.randint(3, 8)), published="2011-03-05")) for _ in range(60)]
    undated = [item_of(event(f"u{n}", "", draw.sample(WORDS, draw.randint(3, 8)))) for n in range(40)]
    return dated, undated, Similarity([*dated, *undated])


def clusters_of(items: list[Item], seed: int) -> list[Cluster]:
    """The items dealt at random into clusters of 1-6 members."""
    draw = random.Random(seed)
    clusters: list[Cluster] = []
    rest = list(items)
    while rest:
        c = Cluster()
        for _ in range(min(len(rest), draw.randint(1, 6))):
            c.add(rest.pop(draw.randrange(len(rest))))
        clusters.append(c)
    return clusters


def plain_best_cluster(sim: Similarity, item: Item, clusters: list[Cluster], candidates: set[int]) -> int | None:
    """The reading before ceilings: every candidate in cluster order, each member scored by similarity.score."""
    best: tuple[float, int] | None = None
    floor = UNDATED if not item.when[0] else 0.0
    for ci in sorted(candidates):
        cluster = clusters[ci]
        if not item.when[0] and clustering._closed_to_undated(item, cluster):
            continue
        top_score, top_member = 0.0, None
        for m in cluster.representatives:
            if len(item.evidence.intersection(m.evidence_words)) < MIN_SHARED:
                continue
            score = sim.score(item, m)
            if score > top_score and score >= floor and clustering._may_date(item, m):
                top_score, top_member = score, m
        if top_member is None or (best is not None and top_score <= best[0]):
            continue
        if clustering._can_join(sim, item, cluster, top_member, top_score):
            best = (top_score, ci)
    return best[1] if best is not None else None


@pytest.mark.parametrize("seed", range(5))
def test_the_cluster_chosen_is_the_plain_readings(seed: int) -> None:
    dated, undated, sim = corpus(seed)
    clusters = clusters_of(dated, seed)
    everything = set(range(len(clusters)))
    draw = random.Random(seed)
    masses = RepresentativeMasses(sim)
    chosen = 0
    for item in [*dated, *undated]:
        for candidates in (everything, set(draw.sample(sorted(everything), len(everything) // 2))):
            found = clustering._best_cluster(sim, item, clusters, candidates, masses)
            assert found == plain_best_cluster(sim, item, clusters, candidates)
            chosen += found is not None
    assert chosen > 40  # the corpus holds clusters to join, not only misses


@pytest.mark.parametrize("seed", range(5))
def test_no_member_scores_above_its_clusters_ceiling(seed: int) -> None:
    dated, undated, sim = corpus(seed)
    masses = RepresentativeMasses(sim)
    for ci, cluster in enumerate(clusters_of(dated, seed)):
        for item in [*dated, *undated]:
            undated_item = not item.when[0]
            scored = item.evidence if undated_item else item.keys
            _, least = masses.of(ci, cluster.representatives, undated_item)
            ceiling = clustering._score_ceiling(sim, scored.intersection(cluster.evidence), sim.set_mass(scored),
                                                least)
            assert all(sim.score(item, m) <= ceiling for m in cluster.representatives)


def test_top_member_with_held_masses_is_the_plain_reading() -> None:
    dated, undated, sim = corpus(11)
    masses = RepresentativeMasses(sim)
    for ci, cluster in enumerate(clusters_of(dated, 11)):
        for item, floor in [*((i, UNDATED) for i in undated), *((i, 0.0) for i in dated)]:
            held, _ = masses.of(ci, cluster.representatives, not item.when[0])
            assert clustering._top_member(sim, item, cluster.representatives, floor, held) \
                == clustering._top_member(sim, item, cluster.representatives, floor)


def test_a_cluster_that_changes_is_read_afresh() -> None:
    dated, _, sim = corpus(3)
    masses = RepresentativeMasses(sim)
    cluster = Cluster()
    cluster.add(dated[0])
    first, least = masses.of(0, cluster.representatives, False)
    assert first == [sim.set_mass(dated[0].keys)] and least == first[0]
    assert masses.of(0, cluster.representatives, False)[0] is first  # the same state: held
    light = min(dated[1:], key=lambda m: sim.set_mass(m.keys))
    cluster.add(light)  # a representative more: its mass is read, the least follows it
    grown, least = masses.of(0, cluster.representatives, False)
    assert grown == [sim.set_mass(dated[0].keys), sim.set_mass(light.keys)]
    assert least == min(grown)
    evidence, _ = masses.of(0, cluster.representatives, True)  # against an undated mention: keys | classes
    assert evidence == [sim.set_mass(dated[0].evidence), sim.set_mass(light.evidence)]
    cluster.empty()  # another list: nothing held of the old one
    assert masses.of(0, cluster.representatives, False) == ([], float("inf"))
    cluster.add(dated[2])
    assert masses.of(0, cluster.representatives, False)[0] == [sim.set_mass(dated[2].keys)]
    other = Cluster()  # another cluster at the same position (a list of the same length): read afresh
    other.add(dated[3])
    assert masses.of(0, other.representatives, False)[0] == [sim.set_mass(dated[3].keys)]


def test_a_cluster_under_the_floor_is_not_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    """An undated mention whose ceiling with a cluster is under UNDATED scores none of its members."""
    dated, undated, sim = corpus(5)
    clusters = clusters_of(dated, 5)
    scored: list[Item] = []
    top_member = clustering._top_member

    def recorded(sim: Similarity, item: Item, representatives: list[Item], floor: float,
                 masses: list[float] | None = None) -> tuple[float, Item | None]:
        scored.append(item)
        return top_member(sim, item, representatives, floor, masses)

    monkeypatch.setattr(clustering, "_top_member", recorded)
    everything = set(range(len(clusters)))
    for item in undated:
        clustering._best_cluster(sim, item, clusters, everything)
    sharing = sum(len(i.evidence.intersection(c.evidence)) >= MIN_SHARED for i in undated for c in clusters)
    assert len(scored) < sharing  # the plain reading scored every cluster sharing MIN_SHARED keys
