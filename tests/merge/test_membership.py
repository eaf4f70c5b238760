"""Who may join a cluster (timeline/merge/membership.yaml): alike sentences that name different doers by name are
different happenings, while one event told with and without its doer, actively or as a passive, stays one entry."""

from __future__ import annotations

import pytest

from timeline.merge import merge
from timeline.events.titles import event_keys
from timeline.merge.similarity import distinct_doers, item_of, membership_rules, one_kind_told
from timeline.model import Event, Source

RULES = membership_rules()


def _event(article: str, date: str, title: str, trigger: str, keys: str, quote: str, published: str = "") -> Event:
    """An event of the examples; `published`, the day its article was told, where an example needs it."""
    return Event(article=article, date=date, mod="", title=title,
                 source=Source(article, quote, date, published=published),
                 keys=tuple(sorted(keys.split())), trigger=trigger)


def _item(title: str, trigger: str, quote: str, article: str):
    words = " ".join(w.strip(".,'\u2019\"").lower() for w in title.split())
    return item_of(_event(article, "2011-03-01", title, trigger, words, quote))


@pytest.mark.parametrize("pair", RULES["pairs"]["distinct"], ids=lambda p: f"{p[0][0][:30]} / {p[1][0][:30]}")
def test_titles_naming_different_doers_by_name_are_distinct(pair):
    a, b = _item(*pair[0], "a"), _item(*pair[1], "b")
    assert distinct_doers(a, b) and distinct_doers(b, a)


@pytest.mark.parametrize("pair", RULES["pairs"]["same"], ids=lambda p: f"{p[0][0][:30]} / {p[1][0][:30]}")
def test_titles_of_one_doer_or_of_no_named_doer_are_not_distinct(pair):
    a, b = _item(*pair[0], "a"), _item(*pair[1], "b")
    assert not distinct_doers(a, b) and not distinct_doers(b, a)


FILLER_EVENTS = 12  # events of other days, so that a corpus of a few examples has words common and rare, as a topic's


def _corpus() -> list[Event]:
    """Events of other days about other things: the rest of a topic's corpus, against which the examples' shared
    words are rare (a word that every event of a tiny corpus holds is common, and links nothing)."""
    return [_event("z", f"1990-01-{day + 1:02d}", f"Filler event {day}", "event", f"filler{day} thing{day}",
                   f"Filler event {day} happened.") for day in range(FILLER_EVENTS)]


@pytest.mark.parametrize("case", RULES["examples"], ids=lambda c: c["name"])
def test_cluster_membership_examples(case):
    # the events share their sources' words only as the examples give them: an entry is known by its title
    events = [_event(*e) for e in case["events"]]
    entries = merge(events + _corpus())
    by_title = {s.quote: e.title for e in entries for s in e.sources}
    entry_of = {e[2]: by_title[e[5]] for e in case["events"]}
    if "one" in case:
        assert len({entry_of[t] for t in case["one"]}) == 1, entry_of
    if "apart" in case:
        assert len({entry_of[t] for t in case["apart"]}) == len(case["apart"]), entry_of


@pytest.mark.parametrize("case", RULES["undated"], ids=lambda c: c["name"])
def test_undated_mention_examples(case):
    # an undated mention makes no entry of its own: it is in the dated event's entry, or in none
    events = [_event(*e) for e in case["events"]]
    entries = merge(events + _corpus())
    entry_of = {s.quote: e.title for e in entries for s in e.sources}
    quote_of = {e[2]: e[5] for e in case["events"]}
    dated = [e for e in case["events"] if e[1]]
    for title in case.get("joins", ()):
        assert entry_of.get(quote_of[title]) == entry_of[dated[0][5]], entry_of
    for title in case.get("unplaced", ()):
        assert quote_of[title] not in entry_of, entry_of


def test_undated_examples_hold_joins_and_unplaced_mentions():
    assert any("joins" in c for c in RULES["undated"]) and any("unplaced" in c for c in RULES["undated"])


def _titled(title: str, trigger: str, quote: str, article: str):
    """An event keyed as the event stage keys its sentence (no stopwords), dated, of `article`."""
    return item_of(_event(article, "2011-03-01", title, trigger, " ".join(event_keys(quote)), quote))


@pytest.mark.parametrize("pair", RULES["kinds"]["one"], ids=lambda p: f"{p[0][0][:30]} / {p[1][0][:30]}")
def test_titles_of_one_kind_of_happening(pair):
    a, b = _titled(*pair[0], "a"), _titled(*pair[1], "b")
    assert one_kind_told(a, b) and one_kind_told(b, a)


@pytest.mark.parametrize("pair", RULES["kinds"]["other"], ids=lambda p: f"{p[0][0][:30]} / {p[1][0][:30]}")
def test_titles_sharing_a_participant_but_no_happening_are_not_one_kind(pair):
    a, b = _titled(*pair[0], "a"), _titled(*pair[1], "b")
    assert not one_kind_told(a, b) and not one_kind_told(b, a)
