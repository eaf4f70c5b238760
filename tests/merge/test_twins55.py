"""twins55: one speaker's saying of one day told once by a description ("A French minister said ...") and once by
name ("French Defense Minister Gerard Longuet said ...") is one entry (merge.speakers.join_described_speakers;
speakers.yaml): the examples join, the near misses stay."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.joins import ArticleNames, NameSets, article_names
from timeline.merge.similarity import item_of, title_word_key, title_words
from timeline.merge.speakers import (country_speaker, described_speaker, join_capital_speakers, join_described_speakers,
                                     named_speaker, rules)
from timeline.model import Event, Source

EXAMPLES = rules()["examples"]


def _cluster(article: str, title: str, quote: str, date: str) -> Cluster:
    event = Event(article=article, date=date, mod="", title=title, source=Source(article, quote, date),
                  keys=tuple(sorted({title_word_key(w) for w in title_words(quote)})), trigger="said")
    cluster = Cluster()
    cluster.add(item_of(event))
    return cluster


def _joined_into(row: dict) -> int | None:
    day = [_cluster(article, title, quote, row["date"]) for article, title, quote in row["entries"]]
    found = article_names([m for c in day for m in c.members])
    extra = {a: frozenset(title_word_key(w) for w in ws) for a, ws in (row.get("names") or {}).items()}
    proper = {a: found.proper.get(a, frozenset()) | extra.get(a, frozenset()) for a in {r[0] for r in row["entries"]}}
    join_described_speakers(day, ArticleNames(NameSets(proper), NameSets({})))
    if day[0].members:
        return None
    first = row["entries"][0][1]
    return next(i for i, c in enumerate(day[1:]) if any(m.event.title == first for m in c.members))


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_described_speaker_joins_the_named_one(row: dict) -> None:
    assert _joined_into(row) == row["into"]


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_near_miss_stays_apart(row: dict) -> None:
    assert _joined_into(row) is None


@pytest.mark.parametrize("row", EXAMPLES["speakers"])
def test_speakers(row: list[str]) -> None:
    title, role, name = row
    found = described_speaker(title)
    assert (found.role if found else "") == role
    keys = named_speaker(title) if not found else None
    assert " ".join(sorted(keys or ())) == " ".join(sorted(name.split()))


def test_another_day_stays_apart() -> None:
    row = EXAMPLES["one"][0]
    (a1, t1, q1), (a2, t2, q2) = row["entries"][:2]
    day = [_cluster(a1, t1, q1, "2011-07-10"), _cluster(a2, t2, q2, "2011-07-11")]
    names = ArticleNames(NameSets({a1: frozenset({"gerard", "longuet", "french"}), a2: frozenset()}), NameSets({}))
    join_described_speakers(day, names)
    assert day[0].members and len(day[1].members) == 1


def _capital_day(row: dict) -> list[Cluster]:
    day = [_cluster(article, title, title + ".", "2011-07-24") for article, title in row["entries"]]
    join_capital_speakers(day)
    return day


@pytest.mark.parametrize("row", EXAMPLES["capitals_one"])
def test_capital_joins_its_country(row: dict) -> None:
    day = _capital_day(row)
    assert not day[0].members
    first = row["entries"][0][1]
    assert next(i for i, c in enumerate(day[1:]) if any(m.event.title == first for m in c.members)) == row["into"]


@pytest.mark.parametrize("row", EXAMPLES["capitals_apart"])
def test_capital_near_miss_stays_apart(row: dict) -> None:
    assert all(len(c.members) == 1 for c in _capital_day(row))


def test_country_speakers() -> None:
    assert country_speaker("Berlin indicated that the loan will be repaid") == ("germany", True)
    assert country_speaker("Germany announced it had agreed to lend 100 million euros") == ("germany", False)
    assert country_speaker("German officials said the loan will be repaid") is None
    assert country_speaker("Tripoli shook with the sound of several explosions") is None
    assert country_speaker("Rebels said they took Brega") is None


# derivations.yaml appearances: "disputed" is a line of a speaker's day like "said" (the Lavoie briefing, 2011-08-16)
LAVOIE = [
    ["a", "2011-08-16", "Col. Roland Lavoie disputed", "disputed", "col roland lavoie disputed", "",
     "Lavoie disputed that Tuesday, saying that the only side NATO took was the side of the people of Libya."],
    ["a", "2011-08-16", "Col. Roland Lavoie told reporters that anti-Gadhafi forces are now assuming control of the "
     "key approaches to Tripoli", "told", "col roland lavoie told reporters anti-gadhafi forces assuming control key "
     "approaches tripoli", "", "Col. Roland Lavoie, a spokesman for NATO's military operation, told reporters Tuesday "
     "that anti-Gadhafi forces are now assuming control of the key approaches to Tripoli."]]


@pytest.mark.parametrize("second_article, joined", [("a", True), ("b", False)])
def test_a_disputing_line_of_one_article_joins_the_speakers_day(second_article: str, joined: bool) -> None:
    from test_merge_derivations import _check_join_of_finished_entries  # a sibling module on the path
    from timeline.merge.joins import join_appearances

    events = [LAVOIE[0], [second_article, *LAVOIE[1][1:]]]
    titles = [LAVOIE[0][2], LAVOIE[1][2]]
    _check_join_of_finished_entries(lambda clusters, items, sim: join_appearances(clusters, items, sim),
                                    {"events": events, "common": "libya gadhafi nato", "one" if joined else "apart": titles})
