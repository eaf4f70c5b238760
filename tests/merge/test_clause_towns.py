"""twins67: a title of ground fighting or an air strike naming no place takes the town its entry's sentences name in
the clause of its violence word (merge.battles.clause_towns, derivations.yaml ``clause_towns``), and so joins its
day's battle of that town (join_town_battles): "A carefully orchestrated uprising was launched to coincide with the
advance of rebel troops on three fronts" ("... the nascent uprising reported in Tripoli on Saturday night ...") /
"... 376 people ... were killed in fighting in Tripoli". A town in another clause, before the word or after it in
passing, a country, two sentences naming two towns, a casualty count and a title naming a place stay as they were."""

from __future__ import annotations

import pytest

from timeline.merge.battles import GROUND, clause_towns, join_town_battles, title_battle
from timeline.merge.clustering import Cluster
from timeline.merge.similarity import derivations, item_of, title_word_key, title_words
from timeline.model import Event, Source

EXAMPLES = derivations()["clause_towns"]["examples"]


@pytest.mark.parametrize("title,sentences,towns", EXAMPLES["towns"])
def test_a_title_naming_no_place_takes_the_town_of_its_words_clause(title, sentences, towns):
    battle = title_battle(title, sentences[0], sentences)
    assert battle is not None and battle.towns == frozenset(towns)


@pytest.mark.parametrize("title,sentences", EXAMPLES["none"])
def test_a_town_outside_the_clause_or_told_in_passing_is_not_taken(title, sentences):
    # (no title sentence of its own: what the sentences' clauses give, not what follows the title's words)
    assert title_battle(title, "", sentences) is None


def test_the_title_sentence_alone_still_gives_no_town():
    # the sentences are only read when given: the day join passes every member's (the overviews do not)
    title, sentences, _ = EXAMPLES["towns"][0]
    assert title_battle(title, sentences[0]) is None


def test_a_title_naming_a_place_keeps_its_own():
    # the title's own place wins; the sentences are not read
    sentences = ["The assault on Misrata lasted into the night."]
    assert title_battle("Government forces mounted an assault on Zintan", "", sentences).towns == {"zintan"}
    assert title_battle("Government forces mounted an assault on Libya", "", sentences) is None


def test_the_town_of_the_title_words_only():
    # a violence word the title does not tell, or one it tells as a plan, reads no clause
    plain = "government forces mounted a sustained assault".split()
    assert clause_towns(plain, ["The shelling of Misrata went on."]) == frozenset()
    assert clause_towns(plain, ["The assault on Misrata went on."]) == {"misrata"}
    assert clause_towns("rebels vowed to attack".split(), ["The attack on Brega came."]) == frozenset()


def _cluster(article: str, date: str, title: str, sentences: list[str]) -> Cluster:
    cluster = Cluster()
    for k, sentence in enumerate(sentences):
        told = title if k == 0 else sentence.rstrip(".")
        event = Event(article=f"{article}{k}", date=date, mod="", title=told,
                      source=Source(f"{article}{k}", sentence, date),
                      keys=tuple(sorted({title_word_key(w) for w in title_words(title)})), trigger="attack")
        cluster.add(item_of(event))
    return cluster


def _joined(rows: list, date: str = "2011-08-20", reverse: bool = False) -> bool:
    clusters = [_cluster(f"a{i}", date, title, sentences) for i, (title, sentences) in enumerate(rows)]
    if reverse:
        clusters.reverse()
    join_town_battles(clusters)
    return sum(bool(c.members) for c in clusters) == 1


@pytest.mark.parametrize("pair", EXAMPLES["one"])
@pytest.mark.parametrize("reverse", [False, True])
def test_the_title_joins_its_towns_battle_of_the_day_in_either_order(pair, reverse):
    assert _joined(pair, reverse=reverse)


@pytest.mark.parametrize("pair", EXAMPLES["apart"])
@pytest.mark.parametrize("reverse", [False, True])
def test_another_town_another_class_or_another_clause_stay_apart(pair, reverse):
    assert not _joined(pair, reverse=reverse)


def test_another_day_stays_apart():
    (first, second) = EXAMPLES["one"][0]
    clusters = [_cluster("a", "2011-08-20", *first), _cluster("b", "2011-08-21", *second)]
    join_town_battles(clusters)
    assert all(c.members for c in clusters)


def test_the_joined_entry_is_the_same_whichever_order():
    pair = EXAMPLES["one"][0]
    kept = []
    for reverse in (False, True):
        clusters = [_cluster(f"a{i}", "2011-08-20", title, sentences) for i, (title, sentences) in enumerate(pair)]
        if reverse:
            clusters.reverse()
        join_town_battles(clusters)
        (joined,) = [c for c in clusters if c.members]
        kept.append(sorted(m.event.source.quote for m in joined.members))
    assert kept[0] == kept[1]
    assert title_battle(pair[0][0], pair[0][1][0], pair[0][1]).kind == GROUND
