"""The compact layout of what a build holds until the merge ends: equal strings, key sets, titles' keys and
happenings are one object (timeline.model.SharedValues), and holding them once changes no byte of the output."""

from __future__ import annotations

import gc
import weakref
from functools import lru_cache

import pytest

import timeline.merge as merging
from timeline.dates import reported_by_then
from timeline.merge import merge
from timeline.merge import similarity
from timeline.merge.joins import article_names
from timeline.merge.similarity import Similarity, event_order, item_of, items_of
from timeline.model import Article, Event, SharedValues, Source
from timeline.pipeline import _collect, _handed_over
from timeline.progress import Progress
from timeline.store import dump_timeline

ARTICLES = {"a": "2016-04-01", "b": "2016-04-02", "c": "2016-04-03"}


def fresh(text: str) -> str:
    """An equal string that is another object (as two articles' events carry)."""
    copied = "".join(list(text))
    assert copied is not text or len(text) <= 1
    return copied


def event(article: str, date: str, sentence: str, *, classes: tuple[str, ...] = ()) -> Event:
    words = sentence.lower().rstrip(".").split()
    keys = tuple(fresh(w) for w in sorted(set(words)))
    return Event(article, date, "", fresh(sentence.rstrip(".")), Source(article, fresh(sentence), date and f"on {date}"),
                 keys, fresh(words[1]), classes)


STORY = [
    ("2016-03-27", "Government forces recaptured Palmyra from the militants."),
    ("2016-03-27", "The ancient city exploded into celebration after the recapture."),
    ("", "Government forces recaptured Palmyra after weeks of fighting."),
    ("2016-03-28", "Engineers began clearing mines from the ruins of Palmyra."),
    ("", "Engineers began clearing mines in the old city."),
]


def corpus() -> list[Event]:
    """Three articles retelling one story sentence for sentence (as wire copies do), one of them with a class."""
    return [event(article, date, sentence, classes=("conquest",) if "recaptured" in sentence else ())
            for article in ARTICLES for date, sentence in STORY]


def test_shared_values_gives_the_first_equal_object():
    shared = SharedValues()
    first, second = frozenset({fresh("rebels"), fresh("port")}), frozenset({fresh("port"), fresh("rebels")})
    assert first is not second
    assert shared.one(first) is first
    assert shared.one(second) is first
    title = fresh("Rebels took the port")
    assert shared.one(title) is title and shared.one(fresh(title)) is title
    # a tuple and a set of the same words are different values
    assert shared.one(("port", "rebels")) == ("port", "rebels")


def test_items_of_retold_sentences_hold_their_sets_once():
    events = corpus()
    items = items_of(events)
    by_sentence: dict[str, list] = {}
    for item in items:
        by_sentence.setdefault(item.event.source.quote, []).append(item)
    for retold in by_sentence.values():
        assert len(retold) == len(ARTICLES)
        first = retold[0]
        for other in retold[1:]:
            assert other.key_words is first.key_words and other.when is first.when
            assert other.title_form is first.title_form
            assert other.head_words is first.head_words
            assert other.happening is first.happening
            assert other.evidence_words is first.evidence_words
    # the same values as items made one by one: only which object holds them differs
    for shared, alone in zip(items, (item_of(e) for e in sorted(set(events), key=event_order)), strict=True):
        assert shared == alone
        assert shared.evidence == alone.evidence
        assert (shared.evidence_words is shared.key_words) == (not shared.classes)


def test_items_without_a_happening_share_the_one_empty_set():
    calm = [item_of(event(a, "2016-03-28", "The ruins of Palmyra stood quiet.")) for a in ("a", "b")]
    assert not calm[0].happening
    assert calm[0].happening is calm[1].happening


def test_collected_events_hold_each_title_sentence_and_keys_once():
    articles = [Article(a, f"body {a}", day) for a, day in ARTICLES.items()]
    pairs = [(article, [e for e in corpus() if e.article == article.id]) for article in articles]
    found = _collect([(a, events, None) for a, events in pairs], Progress(None), keep_heads=False)
    assert found.events == [e for _, events in pairs for e in events]  # the same values
    # with workers extracting, each event's item is made as it arrives (the merge takes it as it is): item_of's values
    with_items = _collect([(a, events, None) for a, events in pairs], Progress(None), keep_heads=False, items=True)
    assert with_items.events == [item_of(e) for _, events in pairs for e in events]
    collected = [item.event for item in with_items.events]
    assert collected == found.events
    first = {e.source.quote: e for e in collected if e.article == "a"}
    for e in collected:
        held = first[e.source.quote]
        assert e.title is held.title and e.source.quote is held.source.quote and e.keys is held.keys
        assert e.classes is held.classes


@pytest.mark.parametrize("order", [1, -1])
def test_holding_values_once_changes_no_byte_of_the_merge(monkeypatch, order):
    events = corpus()[::order]
    compact = dump_timeline(merge(events), articles=ARTICLES)
    monkeypatch.setattr(merging, "items_of", lambda evs: [item_of(e) for e in sorted(set(evs), key=event_order)])
    one_by_one = dump_timeline(merge(events), articles=ARTICLES)
    assert compact == one_by_one
    assert compact.count("- id:") >= 2  # the story's days are entries


def test_the_mass_memo_stays_bounded_and_gives_the_same_scores(monkeypatch):
    items = items_of(corpus())
    unbounded = Similarity(items)
    expected = [unbounded.score(a, b) for a in items for b in items]
    monkeypatch.setattr(similarity, "MASS_MEMO_SETS", 2)
    bounded = Similarity(items)
    assert [bounded.score(a, b) for a in items for b in items] == expected
    assert len(bounded._mass) <= 2 < len(unbounded._mass)
    assert any(s > 0 for s in expected)


def test_items_hold_their_key_sets_as_sorted_tuples_read_as_the_same_sets():
    wider = Event("a", "2016-03-27", "", "Forces recaptured Palmyra",
                  Source("a", "Forces recaptured Palmyra from militants."), ("forces", "militants", "palmyra", "recaptured"),
                  "recaptured", ("conquest",))
    events = [*corpus(), wider]
    for item in items_of(events):
        event_ = item.event
        assert all(type(words) is tuple and list(words) == sorted(set(words))
                   for words in (item.key_words, item.head_words, item.evidence_words))
        assert item.keys == similarity._event_keys(event_) and item.keys == frozenset(item.key_words)
        assert item.head <= item.keys and item.evidence == item.keys | item.classes
        assert (item.head_words is item.key_words) == (item.head == item.keys)
    held = item_of(wider)  # a key its title does not write, and a class
    assert "militants" in held.keys and "militants" not in held.head and held.head_words is not held.key_words
    assert held.evidence == held.keys | {"=conquest"}


@pytest.mark.parametrize("order", [1, -1])
def test_the_key_set_memo_stays_bounded_and_changes_no_byte(monkeypatch, order):
    events = corpus()[::order]
    expected = dump_timeline(merge(events), articles=ARTICLES)
    tiny = lru_cache(maxsize=1)(similarity.key_set.__wrapped__)
    monkeypatch.setattr(similarity, "key_set", tiny)
    assert dump_timeline(merge(events), articles=ARTICLES) == expected
    assert tiny.cache_info().currsize <= 1 < tiny.cache_info().misses


class _Published:
    """A report's publication day that can be watched for being freed (a str cannot be weakly referenced)."""

    def __init__(self, day: str) -> None:
        self.day = day


def test_reported_by_then_keeps_nothing_of_what_it_read_alive():
    reports = [_Published("2016-03-26"), _Published("2016-03-28")]
    watched = [weakref.ref(r) for r in reports]
    # a generator over the caller's objects, as the title choice and salience.happened hand it
    assert reported_by_then("2016-03-27", (r.day for r in reports))
    assert not reported_by_then("2016-03-29", (r.day for r in reports))
    assert not reported_by_then("XXXX-03", (r.day for r in reports))  # no calendar date: never begun
    del reports
    gc.collect()
    assert all(ref() is None for ref in watched)  # a memo keyed by the generator held it and its frame


@pytest.mark.parametrize("title", ["Gaddafi's forces seized power in Tripoli.", "U.N. Secretary-General Ban Ki-moon said",
                                   "", "Rebels - who'd fled - came back"])
def test_memos_read_by_words_are_keyed_by_the_title_written_once(title):
    words = similarity.title_words(title)
    joined = similarity._joined(words)
    assert type(joined) is str and similarity._split(joined) == words
    # the memos give what the words give: the joined key is only how they are held
    assert similarity.phrase_forms(words) == similarity.phrase_forms(list(similarity._split(joined)))
    assert similarity._name_only_families(joined) == similarity._name_only_families.__wrapped__(joined)


def test_the_doer_memo_holds_the_items_key_tuple_not_a_set(monkeypatch):
    monkeypatch.setattr(similarity, "key_set", lru_cache(maxsize=1)(similarity.key_set.__wrapped__))
    similarity._doers_of.cache_clear()
    item = item_of(Event("a", "2016-03-27", "", "Rebels recaptured Palmyra", Source("a", "Rebels recaptured Palmyra."),
                         ("palmyra", "rebels", "recaptured"), "recaptured"))
    built = item.keys  # the set key_set builds for this item (weakly referable)
    watched = weakref.ref(built)
    assert similarity.doers(item) == frozenset({"rebels"})
    similarity.key_set.cache_clear()
    del built
    gc.collect()
    assert watched() is None  # the doer memo kept no set alive
    assert similarity.doers(item) == frozenset(similarity._doers_of.__wrapped__(item.event.title, item.trigger,
                                                                                 item.key_words))


def _live_items(events: list[Event]) -> list[similarity.Item]:
    """The items alive that stand for these events."""
    gc.collect()
    ours = {id(e) for e in events}
    return [o for o in gc.get_objects() if isinstance(o, similarity.Item) and id(o.event) in ours]


def test_the_joins_hold_only_the_items_the_clusters_took(monkeypatch):
    # an undated mention that joins no entry (most of a build's events) is let go before the joins, the merge's peak
    lone = event("c", "", "Officials counted ballots overnight.")
    seen: list[tuple[int, int]] = []
    real = merging.join_one_happening

    def counting(clusters, items, names):
        members = {id(m) for c in clusters for m in c.members}
        live = _live_items(events)
        seen.append((len(members), len(live)))
        assert all(i.event is not lone for i in live)
        return real(clusters, items, names)

    monkeypatch.setattr(merging, "join_one_happening", counting)
    events = corpus() + [lone]
    entries = merge(iter(events))
    assert seen and seen[0][0] == seen[0][1]
    assert all(s.quote != lone.source.quote for e in entries for s in e.sources)


def test_the_pipeline_hands_its_events_over_to_the_merge():
    pairs = [(Article(a, "", d), [e for e in corpus() if e.article == a]) for a, d in ARTICLES.items()]
    found = _collect([(a, events, None) for a, events in pairs], Progress(None), keep_heads=False)
    held = list(found.events)
    handed = _handed_over(found)
    assert found.events == held  # nothing moves before the merge reads them
    assert list(handed) == held
    assert found.events == []


def test_article_names_are_held_as_sorted_tuples_read_as_the_same_sets():
    items = items_of(corpus())
    names = article_names(items)
    for article in ARTICLES:
        held = names.proper._held[article]
        assert isinstance(held, tuple) and list(held) == sorted(held)
        assert names.proper.get(article, frozenset()) == frozenset(held) == names.proper[article]
    assert names.proper.get("unknown", frozenset({"x"})) == frozenset({"x"})
    assert names.proper.get("a", frozenset()) >= {"palmyra"}
