"""What counts as a participant two titles share (timeline/merge/participants.yaml): counts, offices and words that
name nobody in particular are no participant, so two titles that share a happening and only such words tell no one
happening; a name or a thing both titles name still makes them one."""

from __future__ import annotations

import pytest

from timeline.events.titles import event_keys
from timeline.merge.similarity import Similarity, item_of, one_happening_told, participant_rules, participants
from timeline.model import Event, Source

RULES = participant_rules()
DATE = "2011-03-01"
FILLER_EVENTS = 12  # events of other days about other things, so that the examples' shared words are rare


def _item(title: str, trigger: str, article: str):
    event = Event(article=article, date=DATE, mod="", title=title, source=Source(article, title + ".", DATE),
                  keys=event_keys(title), trigger=trigger)
    return item_of(event)


def _filler() -> list:
    return [_item(f"Filler event {day} happened", "happened", f"z{day}") for day in range(FILLER_EVENTS)]


def _told_as_one(pair: list[list[str]]) -> tuple[bool, bool]:
    a, b = _item(*pair[0], "a"), _item(*pair[1], "b")
    sim = Similarity([a, b, *_filler()])
    return one_happening_told(sim, a, b), one_happening_told(sim, b, a)


@pytest.mark.parametrize("pair", RULES["examples"]["apart"], ids=lambda p: f"{p[0][0][:30]} / {p[1][0][:30]}")
def test_titles_sharing_only_words_that_name_nobody_tell_no_one_happening(pair):
    assert _told_as_one(pair) == (False, False)


@pytest.mark.parametrize("pair", RULES["examples"]["one"], ids=lambda p: f"{p[0][0][:30]} / {p[1][0][:30]}")
def test_titles_sharing_a_named_participant_tell_one_happening(pair):
    assert _told_as_one(pair) == (True, True)


def test_small_counts_offices_and_listed_words_are_no_participants():
    assert participants({"3", "regime", "president", "cases", "capital", "misrata", "rig", "11"}) == {"misrata", "rig", "11"}
