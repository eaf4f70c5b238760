"""Event classes (Event.classes, "conquest") from the extractor: evidence for joining an undated mention, never for two dated events."""

from __future__ import annotations

from dataclasses import replace

from timeline.events import event_classes, extract
from timeline.merge import merge
from timeline.model import Article, Event, Source

DATED = Article(id="wire", published="2019-04-03", body=(
    "After routing the militia in the old port town of Ras Kalb on March 29 with the help of naval guns, "
    "the coalition army's next objective is the airport."))
UNDATED = Article(id="paper", published="2019-04-04", body=(
    "After the coalition army, backed by naval guns, liberated the old port town of Ras Kalb from the militia, "
    "its commanders turned to the airport."))
OTHER = Article(id="other", published="2019-04-04", body=(
    "The coalition army's commanders praised the navy, officials in the port town said."))


def test_class_words_by_stem():
    assert event_classes(["liberated"]) == {"conquest"}
    assert event_classes(["routing"]) == {"conquest"}
    assert event_classes(["ceasefire", "brokered"]) == {"agreement"}
    assert event_classes(["harbour", "said"]) == set()


def _event(article: str, date: str, title: str, keys: str, trigger: str, classes: tuple[str, ...] = ()) -> Event:
    return Event(article=article, date=date, mod="", title=title, source=Source(article, title + ".", date),
                 keys=tuple(sorted(keys.split())), trigger=trigger, classes=classes)


ROUTED = _event("wire", "2016-03-27", "Army routing help city Palmyra", "army city palmyra routing help",
                "routing", ("conquest",))
LIBERATED = _event("paper", "", "Army liberated city Palmyra Daesh", "army city palmyra liberated daesh",
                   "liberated", ("conquest",))


def test_undated_mention_of_the_same_kind_of_event_joins_it():
    entries = merge([ROUTED, LIBERATED])
    assert [sorted({s.article for s in e.sources}) for e in entries] == [["paper", "wire"]]


def test_without_the_shared_class_the_same_words_do_not_join():
    def plain(e: Event) -> Event:
        return replace(e, classes=())

    entries = merge([plain(ROUTED), plain(LIBERATED)])
    assert [sorted({s.article for s in e.sources}) for e in entries] == [["wire"]]


def test_the_extractor_gives_classes_apart_from_the_keys():
    [routed] = [e for e in extract(DATED) if e.date == "2019-03-29"]
    [liberated] = [e for e in extract(UNDATED) if e.date == ""]
    assert "conquest" in routed.classes and "conquest" in liberated.classes
    assert not any(k.startswith("=") or k in routed.classes for k in routed.keys + liberated.keys)


def test_extracted_undated_mention_joins_across_articles():
    entries = merge([*extract(DATED), *extract(UNDATED), *extract(OTHER)])
    dated = [e for e in entries if e.date == "2019-03-29"]
    assert len(dated) == 1
    assert {s.article for s in dated[0].sources} == {"wire", "paper"}


def test_classes_alone_do_not_join_two_dated_events():
    first = Article(id="a", published="2019-04-03", body="Rebels seized the customs post at Amri on Monday.")
    second = Article(id="b", published="2019-04-03", body="Troops captured a bridge near Lome on Monday.")
    entries = merge([*extract(first), *extract(second)])
    assert len([e for e in entries if e.date == "2019-04-01"]) == 2
