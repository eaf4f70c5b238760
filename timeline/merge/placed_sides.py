"""Merging, placed sides: a fighting side's advance or attack told with no town, placed by its own sentence (twins68).

A day title telling a fighting side's ground violence (town_battles ``ground`` or ``side_moves`` in a title with a word
of ``sides``; no air strike) that names no place ("A carefully orchestrated uprising was launched to coincide with the
advance of rebel troops on three fronts") joins the day's one ground battle of a town (join_town_battles' titles: "376
people were killed in fighting in Tripoli") when its own sentences place it there: each sentence of its cluster that
names a place names that town as the day's battle titles write it, and no other place; at least one does ("After a
six-month civil war, the fall of Tripoli came quickly, with a carefully orchestrated uprising ..."). A place a sentence
names is a name after a word of placed_sides.yaml ``place_words`` or one battles.title_places reads, or any town of the
day's battles written in it; a name in capitals (a dateline: "TRIPOLI, Libya (CNN) --") is where the reporter wrote
from, none. A day's articles tell fighting in several towns, and a title naming none may be any of them: a sentence
naming no place (the town told sentences before, maybe another), another town than the battle's ("fighting had moved
westward from Misrata" beside a battle in Dafniya), two places, or a town whose ground battle the day's titles leave in
two entries leave it apart; so do a title naming a country, a plan, a bombing, and a title naming no side (a general
telling: overviews.join_day_overviews). The moves are worked out from the day's clusters before any is made: the
result does not depend on their order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from timeline.dates import precision
from timeline.merge.battles import (AIR, GROUND, _LIST_WORD, Battle, _name_word, _plain, _run, _words, title_battle,
                                    title_gunfire, title_places, title_raid, violence_kinds)
from timeline.merge.clustering import Cluster
from timeline.merge.entries import wording_title
from timeline.merge.joins import dated_clusters
from timeline.merge.kept_days import Day, by_day, days_of
from timeline.rules import load_yaml


@cache
def _table() -> dict:
    return load_yaml(__package__, "placed_sides.yaml")


@cache
def _place_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["place_words"])


def side_unplaced(title: str) -> bool:
    """Whether a title tells a fighting side's ground violence (a word of town_battles ``sides``; not a plan, a tally or
    a reaction: battles.violence_kinds) and names no place at all, town or country, and no air strike ("strikes had
    halted an advance by Gaddafi's forces"), bombing or gunman (``incidents``)."""
    words = _LIST_WORD.findall(title)
    plain = [_plain(w) for w in words if w != ","]
    if not plain or any(w in _words("incidents") for w in plain) or not any(w in _words("sides") for w in plain):
        return False
    told = violence_kinds(plain)
    if not told or GROUND not in told or AIR in told:
        return False  # (strikes that halted a side's advance are the air campaign's telling)
    places = title_places(words)
    return not places.towns and not places.other


def sentence_places(quote: str, towns: frozenset[str]) -> frozenset[str]:
    """The places a sentence names (see the module's doc): the keys of the names after a word of ``place_words`` or
    read by battles.title_places, and of the `towns` (the day's battle towns) it writes anywhere; names in capitals
    (a dateline) left out."""
    words = [w for w in _LIST_WORD.findall(quote) if w != ","]
    found: set[str] = set()
    k = 0
    while k < len(words):
        word = words[k]
        if not _name_word(word) or (k > 0 and _name_word(words[k - 1])) or (len(word) > 1 and word.isupper()):
            k += 1
            continue
        name, end = _run(words, k)
        if name is not None and (name in towns or (k > 0 and _plain(words[k - 1]) in _place_words())):
            found.add(name)
        k = max(end, k + 1)
    kept = [w for w in words if not (len(w) > 1 and w.isupper())]
    return frozenset(found) | title_places(kept).towns


def cluster_place(quotes: Sequence[str], towns: frozenset[str]) -> str | None:
    """The one town of `towns` a cluster's sentences place it in: every sentence naming a place names that one only,
    and one does; None otherwise."""
    named = [places for places in (sentence_places(q, towns) for q in quotes) if places]
    if not named or any(len(places) != 1 for places in named) or len(frozenset().union(*named)) != 1:
        return None
    town = next(iter(named[0]))
    return town if town in towns else None


def placed_moves(battles: Sequence[Battle | None], unplaced: Sequence[Sequence[str] | None]) -> list[tuple[int, int]]:
    """The moves of one day (see the module's doc): for each cluster `i` whose title tells a side's violence with no
    place (`unplaced[i]`: its sentences), (i, j) when its sentences place it in a town of which cluster `j` is the day's
    one ground battle (`battles[j]`); worked out before any move, in cluster order."""
    towns = frozenset().union(*(b.towns for b in battles if b is not None))
    moves = []
    for i, quotes in enumerate(unplaced):
        if quotes is None:
            continue
        town = cluster_place(quotes, towns)
        if town is None:
            continue
        holding = [j for j, b in enumerate(battles) if b is not None and b.kind == GROUND and town in b.towns]
        if len(holding) == 1:
            moves.append((i, holding[0]))
    return moves


def join_placed_sides(clusters: Sequence[Cluster]) -> None:
    """Join each finished day cluster whose title tells a side's violence with no place into the day's ground battle
    of the one town its sentences place it in (placed_moves)."""
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters are the same)
    listed = days_of((ci, c, when) for ci, c, when in dated_clusters(clusters) if precision(when[0]) == 1)
    by_day("placed_sides", {day: listed[day] for day in sorted(listed)}, _join_placed_day)


def _join_placed_day(day: Day, move: Callable[[int, int], None], _read: object) -> None:
    """join_placed_sides on one day's clusters (`move(i, j)`: the day's cluster i into its cluster j)."""
    battles: list[Battle | None] = []
    unplaced: list[Sequence[str] | None] = []
    for c, when in day:
        title = wording_title(c.members, when)
        quote = next((m.event.source.quote for m in c.members if m.event.title == title), "")
        battle = title_battle(title, quote) or title_raid(title, quote) or title_gunfire(title)
        battles.append(battle)
        unplaced.append([m.event.source.quote for m in c.members]
                        if battle is None and side_unplaced(title) else None)
    if not any(b is not None and b.kind == GROUND for b in battles) or not any(u is not None for u in unplaced):
        return
    for i, j in placed_moves(battles, unplaced):
        if day[i][0].members and day[j][0].members:
            move(i, j)
