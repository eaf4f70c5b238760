"""Titles that share only a phrase any report may hold do not link (timeline/merge/participants.yaml
``examples.generic``, similarity.tells_more_than_a_phrase); reports of different counts in different places stay
apart (``examples.places``, similarity.different_places); a coarsely dated mention joins a finer entry only when it
tells what the entry tells (``examples.coarse``, clustering._tells_what_it_joins). Each example's near misses are
listed beside it."""

from __future__ import annotations

import pytest

from timeline.events.titles import event_keys
from timeline.merge.clustering import _tells_what_it_joins
from timeline.merge.similarity import Similarity, different_places, item_of, participant_rules, tells_more_than_a_phrase
from timeline.model import Event, Source

EXAMPLES = participant_rules()["examples"]
DATE = "2011-03-01"
FILLER_EVENTS = 12  # events of other days about other things, so that the examples' shared words are rare


def _item(title: str, trigger: str, article: str, date: str = DATE):
    event = Event(article=article, date=date, mod="", title=title, source=Source(article, title + ".", date),
                  keys=event_keys(title), trigger=trigger)
    return item_of(event)


def _filler(common: list[str]) -> list:
    """Other events; each holds the `common` words, so that these are the corpus' subject (in most of its events)."""
    words = " ".join(common)
    return [_item(f"Filler event {day} happened {words}".strip(), "happened", f"z{day}") for day in range(FILLER_EVENTS)]


def _phrase_pair(pair: list[list[str]]) -> tuple[bool, bool]:
    a, b = _item(*pair[0], "a"), _item(*pair[1], "b")
    sim = Similarity([a, b, *_filler([])])
    return tells_more_than_a_phrase(sim, a, b), tells_more_than_a_phrase(sim, b, a)


def _ids(pair: list) -> str:
    return f"{pair[0][0][:30]} / {pair[1][0][:30]}"


@pytest.mark.parametrize("pair", EXAMPLES["generic"]["apart"], ids=_ids)
def test_titles_sharing_only_a_generic_phrase_tell_no_more_than_it(pair):
    assert _phrase_pair(pair) == (False, False)


@pytest.mark.parametrize("pair", EXAMPLES["generic"]["one"], ids=_ids)
def test_titles_sharing_a_happening_a_name_or_a_rare_word_tell_more(pair):
    assert _phrase_pair(pair) == (True, True)


@pytest.mark.parametrize("pair", EXAMPLES["places"]["apart"], ids=_ids)
def test_counts_in_different_places_are_different_reports(pair):
    a, b = _item(*pair[0], "a"), _item(*pair[1], "b")
    assert different_places(a, b) and different_places(b, a)


@pytest.mark.parametrize("pair", EXAMPLES["places"]["one"], ids=_ids)
def test_a_shared_count_or_place_or_none_given_keeps_no_reports_apart(pair):
    a, b = _item(*pair[0], "a"), _item(*pair[1], "b")
    assert not different_places(a, b) and not different_places(b, a)


def _coarse_join(example: list) -> bool:
    mention_said, entry_said, common = example
    mention = _item(*mention_said[:2], "a", str(mention_said[2]))
    entry = _item(*entry_said[:2], "b", str(entry_said[2]))
    sim = Similarity([mention, entry, *_filler(common)])
    return _tells_what_it_joins(sim, mention, entry)


@pytest.mark.parametrize("example", EXAMPLES["coarse"]["apart"], ids=_ids)
def test_a_coarse_mention_of_a_season_or_of_the_corpus_subject_tells_no_day_entry(example):
    assert not _coarse_join(example)


@pytest.mark.parametrize("example", EXAMPLES["coarse"]["one"], ids=_ids)
def test_a_month_mention_of_the_happening_or_of_a_rare_participant_tells_the_day_entry(example):
    assert _coarse_join(example)
