"""One government speaking under several names on one day (twins46, timeline/merge/voices.yaml): "The White House is
analyzing the speech ..., a senior U.S. administration official said" / "Washington was taking a close look at a
speech ..." join; two statements of one speaker (two figures), two governments, two persons, two matters, or a
side that is no government stay apart."""

from __future__ import annotations

import pytest

from timeline.merge import merge
from timeline.merge.similarity import title_word_key, title_words
from timeline.merge.voices import rules, speaker, told, voice_of, voices_agree
from timeline.model import Event, Source

EXAMPLES = rules()["examples"]
CONTEXT = frozenset(str(w) for w in EXAMPLES["context"])
COMMON = frozenset(str(w) for w in EXAMPLES["common"])


def _rare(*titles: str) -> frozenset[str]:
    return frozenset(title_word_key(w) for t in titles for w in title_words(t)) - COMMON


def _one(a: str, b: str) -> bool:
    rare = _rare(a, b)
    va, vb = told(a, CONTEXT, rare), told(b, CONTEXT, rare)
    return va is not None and vb is not None and voices_agree(va, vb) and voices_agree(vb, va)


@pytest.mark.parametrize("pair", EXAMPLES["one"], ids=lambda p: p[1][:40])
def test_one_governments_voices_of_one_statement_join(pair):
    assert _one(*pair)


@pytest.mark.parametrize("pair", EXAMPLES["apart"], ids=lambda p: p[1][:40])
def test_other_statements_speakers_or_sides_stay_apart(pair):
    assert not _one(*pair)


@pytest.mark.parametrize("case", EXAMPLES["speakers"], ids=lambda c: c[0][:40])
def test_the_speaker_of_a_title(case):
    title, expected = case
    assert " ".join(speaker(title)[0]) == expected


def test_a_seat_names_its_country_and_a_bare_office_takes_its_articles():
    assert voice_of("The Kremlin said the strikes must stop", frozenset())[0] == frozenset({"russia"})
    countries, named, persons = voice_of("President Obama said the strikes would go on", frozenset({"us"}))
    assert countries == frozenset({"the united states"}) and not named and persons == frozenset({"obama"})
    assert voice_of("Rebels said the strikes would go on", CONTEXT) is None
    # a country by name is a voice, its adjective before a noun is none
    assert voice_of("The United States condemned the violence", CONTEXT)[0] == frozenset({"the united states"})
    assert voice_of("French jets fired missiles at a Libyan aircraft", CONTEXT) is None
    assert voice_of("The rig exploded", CONTEXT) is None


FILLER_EVENTS = 12


def _event(article: str, title: str, trigger: str) -> Event:
    keys = tuple(sorted({title_word_key(w) for w in title_words(title)}))
    return Event(article=article, date="2011-02-20", mod="", title=title,
                 source=Source(article, title + " on Sunday.", "2011-02-20"), keys=keys, trigger=trigger)


def test_the_merge_joins_the_white_house_and_washington():
    # two titles of one day that share too little for the clustering, told by one government: one entry
    a = _event("a", "The White House is analyzing the speech of Saif al-Islam Gadhafi to see what possibilities it "
               "contains for reform, a senior U.S. administration official said", "analyzing")
    b = _event("b", "Washington was taking a close look at a speech delivered by Saif al-Islam Gadhafi", "taking")
    c = _event("c", "The British government said it would send evacuation flights", "send")
    filler = [Event(article="z", date=f"1990-01-{d + 1:02d}", mod="", title=f"Filler event {d}",
                    source=Source("z", f"Filler event {d} happened.", f"1990-01-{d + 1:02d}"),
                    keys=(f"filler{d}", f"thing{d}"), trigger="event") for d in range(FILLER_EVENTS)]
    entries = merge([a, b, c, *filler])
    of = {s.quote: e.title for e in entries for s in e.sources}
    assert of[a.source.quote] == of[b.source.quote]
    assert of[c.source.quote] != of[a.source.quote]


def test_one_rare_word_joins_only_with_sentences_that_share_more():
    a = "The U.S. government stepped up its humanitarian relief effort for Libya"
    b = "The Pentagon announced that two planes carrying humanitarian supplies were being dispatched to Tunisia"
    qa = ["The U.S. government stepped up its humanitarian relief effort, sending two planes of supplies to Tunisia."]
    qb = ["The Pentagon announced that two planes carrying humanitarian supplies were being dispatched to Tunisia."]
    rare = _rare(a, b, *qa, *qb)
    assert voices_agree(told(a, CONTEXT, rare, qa), told(b, CONTEXT, rare, qb))
    # the titles alone share one rare word, "humanitarian": too little
    assert not voices_agree(told(a, CONTEXT, rare), told(b, CONTEXT, rare))


def test_a_subject_whose_verb_tells_a_deed_is_no_speaker():
    assert speaker("Libyan officials attacked the U.S. Embassy compound in Tripoli")[0] == []
    assert speaker("Libyan officials said the U.S. Embassy compound was attacked")[0] == ["Libyan", "officials"]


# --- a resolution told by its sponsors' role and by its named owner (joins.join_described_doers, twins46)
def test_the_owner_named_before_a_possessed_doer_is_its_doer():
    from timeline.merge.joins import _possessor_doer
    assert _possessor_doer("McCain's resolution introduced with Sen. John Kerry",
                           frozenset({"mccain", "resolution"})) == frozenset({"mccain"})
    # a doer all named, or no possessive: no owner
    assert _possessor_doer("Senator McCain introduced a resolution", frozenset({"senator", "mccain"})) == frozenset()
    assert _possessor_doer("The resolution introduced with Kerry", frozenset({"resolution"})) == frozenset()
    # two owners: which one did it is not told
    assert _possessor_doer("McCain's and Kerry's resolution introduced",
                           frozenset({"mccain", "kerry", "resolution"})) == frozenset()


def _described_item(title: str, article: str, date: str = "2011-06-21"):
    from timeline.events.titles import event_keys
    from timeline.merge.similarity import item_of
    return item_of(Event(article=article, date=date, mod="", title=title, source=Source(article, title + ".", date),
                         keys=event_keys(title), trigger="introduced"))


@pytest.mark.parametrize("senators, joins", [
    ("Two influential U.S. senators introduced a resolution backing the mission", True),
    # a role the table does not hold: nobody is described
    ("Two influential U.S. delegates introduced a resolution backing the mission", False),
    # nothing shared beside doer and verb: another act
    ("Two influential U.S. senators introduced a bill on farm subsidies", False)])
def test_senators_by_role_join_the_named_owner_of_their_resolution(senators, joins):
    from timeline.merge.clustering import Cluster
    from timeline.merge.joins import article_names, join_described_doers
    described, named = Cluster(), Cluster()
    described.add(_described_item(senators, "a"))
    named.add(_described_item("McCain's resolution introduced with Sen. John Kerry", "b"))
    # the described entry's article writes the name elsewhere (an undated sentence of its own)
    elsewhere = _described_item("Sponsors included Senator John McCain of Arizona", "a", date="")
    join_described_doers([named, described], article_names([*named.members, *described.members, elsewhere]))
    assert (not described.members and len(named.members) == 2) is joins
