"""The member a cluster is scored by (clustering._top_member): the score is read before _may_date, which is asked only
of a member that would become the top one and, for an undated mention, scores at least UNDATED; the member found is
the one the plain reading (ask _may_date of every member sharing MIN_SHARED keys, keep the first highest score) finds
whenever links() could accept it."""

from __future__ import annotations

import random

import pytest

from timeline.merge import clustering
from timeline.merge.similarity import MIN_SHARED, UNDATED, Item, Similarity, item_of
from timeline.model import Event, Source

# words of happenings (families of derivations.yaml: killed/died/attack ...), names and plain words, so that
# one_kind_told says yes to some pairs and no to others
WORDS = ("rebels", "killed", "died", "attacked", "protesters", "Misrata", "Tripoli", "port", "city", "took",
         "seized", "army", "NATO", "strikes", "hit", "resigned", "minister", "said", "officials", "fighting")


def event(article: str, day: str, words: list[str], published: str = "2011-04-01") -> Event:
    title = " ".join(words)
    keys = tuple(sorted({w.lower() for w in words}))
    return Event(article, day, "", title[:1].upper() + title[1:],
                 Source(article, f"{title}.", day and f"on {day}", published=published), keys, words[1].lower())


def corpus(seed: int) -> tuple[list[Item], list[Item], Similarity]:
    """Dated members and undated mentions of random titles over WORDS."""
    draw = random.Random(seed)
    dated = [item_of(event(f"d{n}", f"2011-03-{draw.randint(1, 28):02d}", draw.sample(WORDS, draw.randint(3, 7))))
             for n in range(40)]
    undated = [item_of(event(f"u{n}", "", draw.sample(WORDS, draw.randint(3, 7)))) for n in range(40)]
    return dated, undated, Similarity([*dated, *undated])


def plain_top_member(sim: Similarity, item: Item, representatives: list[Item]) -> tuple[float, Item | None]:
    """The reading before _top_member: _may_date of every member sharing MIN_SHARED keys, then its score."""
    top_score, top_member = 0.0, None
    for m in representatives:
        if len(item.evidence.intersection(m.evidence_words)) < MIN_SHARED or not clustering._may_date(item, m):
            continue
        score = sim.score(item, m)
        if score > top_score:
            top_score, top_member = score, m
    return top_score, top_member


@pytest.mark.parametrize("seed", range(6))
def test_the_top_member_is_the_plain_readings_whenever_links_could_take_it(seed: int) -> None:
    dated, undated, sim = corpus(seed)
    compared = joinable = 0
    for item, floor in [*((i, UNDATED) for i in undated), *((i, 0.0) for i in dated)]:
        for start in range(0, len(dated), 5):  # clusters of five representatives
            representatives = dated[start:start + 5]
            plain_score, plain_member = plain_top_member(sim, item, representatives)
            score, member = clustering._top_member(sim, item, representatives, floor)
            compared += 1
            if plain_score >= floor:
                joinable += plain_member is not None
                assert (score, member) == (plain_score, plain_member)
            else:  # an undated mention under UNDATED: links() refuses whatever member, so none is given
                assert (score, member) == (0.0, None)
    assert joinable > 20 and compared == 80 * 8  # the corpus holds members to find, not only misses


def test_may_date_is_asked_only_of_a_member_that_would_become_the_top_one(monkeypatch: pytest.MonkeyPatch) -> None:
    dated, undated, sim = corpus(7)
    asked: list[tuple[Item, Item]] = []
    may_date = clustering._may_date

    def recorded(item: Item, member: Item) -> bool:
        asked.append((item, member))
        return may_date(item, member)

    monkeypatch.setattr(clustering, "_may_date", recorded)
    for item in undated:
        clustering._top_member(sim, item, dated, UNDATED)
    assert asked, "no member was asked: the corpus shares too little"
    assert all(sim.score(item, member) >= UNDATED for item, member in asked)
    sharing = sum(len(i.evidence.intersection(m.evidence_words)) >= MIN_SHARED for i in undated for m in dated)
    assert len(asked) < sharing  # the plain reading asked every member sharing MIN_SHARED keys
