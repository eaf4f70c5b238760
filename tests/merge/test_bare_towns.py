"""twins70: a battle title naming its town by a bare place noun ("the city", "the capital", "there") takes, as the
merge's place key only, the one town its article named before it (merge.bare_towns, bare_towns.yaml ``examples``),
and so joins its day's battle of that town (join_town_battles): "Rebels said they fought troops for control of a main
thoroughfare there" / "A Ukrainian doctor ... killed in the course of heavy fighting ... in Misrata". Two towns named
before, none, a town named after, "the capital" of an article naming no capital, "there" as a subject name none; the
printed title keeps its words, and a title of "there" never told loses the choice to a member naming the place
(title_choice deictic)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.merge.bare_towns import CAPITAL, TOWN, article_towns, bare_town, title_bare_place, wants_town
from timeline.events import extract
from timeline.merge.battles import GROUND, join_town_battles, title_battle
from timeline.merge.clustering import Cluster
from timeline.merge.similarity import item_of, title_word_key, title_words
from timeline.merge.title_choice import title_faults
from timeline.merge.bare_towns import _table
from timeline.model import Article, Event, Source

EXAMPLES = _table()["examples"]


def _resolve(sentences: list[str], title: str) -> str:
    return bare_town(title, sentences[:-1], sentences[-1], article_towns(sentences))


@pytest.mark.parametrize("sentences,title,town", EXAMPLES["resolved"])
def test_the_bare_noun_is_the_one_town_named_before(sentences, title, town):
    assert _resolve(sentences, title) == town


@pytest.mark.parametrize("sentences,title", EXAMPLES["unresolved"])
def test_two_towns_no_capital_a_subject_there_or_a_town_named_after_name_none(sentences, title):
    assert _resolve(sentences, title) == ""


@pytest.mark.parametrize("title,kind", [
    ("Rebels said they fought troops for control of a main thoroughfare there", TOWN),
    ("Forces attacked from both inside and outside the city", TOWN),
    ("Government forces shelled the besieged town", TOWN),
    ("Explosions shook the Libyan capital", CAPITAL),
    ("Rebels attacked the city's main hospital", TOWN),
])
def test_a_bare_place_noun_is_read(title, kind):
    told = title_bare_place(title)
    assert told is not None and told[0] == kind


@pytest.mark.parametrize("title", [
    "There was heavy fighting",
    "He said there were clashes in the west",
    "Rebels shelled the city of Misrata",  # the noun names its town
    "Rebels entered a city",
    "Gaddafi's forces shelled Misrata",
])
def test_no_bare_place_noun(title):
    assert title_bare_place(title) is None


def test_a_name_before_a_lost_apostrophe_is_no_town():
    # "Qaddafi s Great Man-made River": the person's possessive, no town
    sentences = ["Technicians were sent to pump water into Qaddafi s Great Man-made River.",
                 "The NTC planned the takeover of Tripoli.", "Many fighters came from outside Tripoli.",
                 "Qaddafi s forces found themselves attacked from inside and outside the city."]
    assert "qaddafi" not in article_towns(sentences)
    assert _resolve(sentences, "Qaddafi's forces found themselves attacked from inside and outside the city") \
        == "tripoli"


def test_the_town_before_the_noun_in_its_own_sentence_counts_and_after_it_not():
    known = frozenset({"misrata", "zlitan"})
    assert bare_town("Rebels fought in the city", [], "In Misrata, rebels fought in the city.", known) == "misrata"
    assert bare_town("Rebels fought in the city", [], "Rebels fought in the city, not in Zlitan.", known) == ""


def test_the_capital_is_the_town_set_beside_capital():
    known = frozenset({"misrata", "tripoli"})
    before = ["Fighting raged in Misrata.", "Tripoli, the Libyan capital, was quiet."]
    shook = "Explosions shook the Libyan capital"
    assert bare_town(shook, before, shook + ".", known) == "tripoli"
    # a town named, but never as the capital: "the capital" may be any country's
    assert bare_town(shook, before[:1], shook + ".", known) == ""
    # another country's capital, or a bare "the capital" (which country's?)
    assert bare_town(shook, ["Tunis, the Tunisian capital, was quiet."], shook + ".", known) == ""
    assert bare_town("Explosions shook the capital", before, "Explosions shook the capital.", known) == ""


def test_the_place_key_only_for_a_title_naming_no_town():
    title = "Rebels said they fought troops for control of a main thoroughfare there"
    assert title_battle(title) is None
    assert title_battle(title, "", (), "misrata") == (GROUND, frozenset({"misrata"}))
    # a title naming its town keeps its own; one telling no violence tells no battle
    assert title_battle("Rebels fought troops in Zintan there", "", (), "misrata").towns == {"zintan"}
    assert title_battle("Rebels said they met elders there", "", (), "misrata") is None


def _cluster(article: str, date: str, title: str, sentence: str, town: str = "") -> Cluster:
    cluster = Cluster()
    event = Event(article=article, date=date, mod="", title=title, source=Source(article, sentence, date),
                  keys=tuple(sorted({title_word_key(w) for w in title_words(title)})), trigger="fight")
    cluster.add(item_of(replace(event, bare_town=town)))
    return cluster


BATTLE = ("A Ukrainian doctor was killed in heavy fighting between troops and insurgents in Misrata",
          "A Ukrainian doctor was killed in heavy fighting between troops and insurgents in Misrata on Wednesday.")
THERE = ("Rebels said they fought troops for control of a main thoroughfare there",
         "Rebels said they fought troops for control of a main thoroughfare there Wednesday.")


def _alive(rows: list, reverse: bool) -> int:
    clusters = [_cluster(f"a{i}", "2011-04-20", *row) for i, row in enumerate(rows)]
    if reverse:
        clusters.reverse()
    join_town_battles(clusters)
    return sum(bool(c.members) for c in clusters)


@pytest.mark.parametrize("reverse", [False, True])
def test_the_bare_title_joins_its_towns_battle_in_either_order(reverse):
    assert _alive([BATTLE, (*THERE, "misrata")], reverse) == 1


@pytest.mark.parametrize("reverse", [False, True])
def test_another_town_or_no_town_stays_apart(reverse):
    assert _alive([BATTLE, (*THERE, "zlitan")], reverse) == 2
    assert _alive([BATTLE, (*THERE, "")], reverse) == 2


@pytest.mark.parametrize("reverse", [False, True])
def test_two_towns_battles_of_one_day_stay_apart(reverse):
    zlitan = ("Rebels clashed with loyalists in Zlitan", "Rebels clashed with loyalists in Zlitan on Wednesday.")
    assert _alive([BATTLE, zlitan, (*THERE, "zlitan")], reverse) == 2  # the bare title joins Zlitan's, not Misrata's


@pytest.mark.parametrize("title,faulted", [
    ("Rebels said they fought troops for control of a main thoroughfare there", True),
    ("Gaddafi was born there", True),
    ("Rebels entered Misrata and fought there", False),  # told where
    ("There was heavy fighting", False),
    ("Officials said there were clashes", False),
    ("“We fought there,” a rebel said", False),  # the speaker's word
])
def test_a_there_never_told_is_a_deictic_fault(title, faulted):
    assert ("deictic" in title_faults(title, title + " on Wednesday.", "Wednesday")) is faulted


def test_only_a_violence_title_reads_its_article():
    assert wants_town("Rebels said they fought troops for control of a main thoroughfare there")
    assert not wants_town("The port had been a focal point in the conflict")  # no violence told
    assert not wants_town("Rebels fought troops in Misrata")  # no bare place noun


def test_extraction_reads_the_article_for_the_town():
    # (the sentence just before names no place: a title's "there" is left to the merge, events/placed titles aside)
    body = ("Clinics in Misrata were hit by mortar rounds, the United Nations said on Wednesday. "
            "Libya's third largest city has been under siege for more than seven weeks. "
            "Rebels said they fought troops for control of a main thoroughfare there on Wednesday.")
    found = {e.title: e.bare_town for e in extract(Article(id="a", body=body, published="2011-04-20"))}
    assert found.get("Rebels said they fought troops for control of a main thoroughfare there") == "misrata"
    assert all(town == "" for title, town in found.items() if "there" not in title)
