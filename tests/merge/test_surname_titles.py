"""surnames2: a bare surname in an entry's title is named in full unless the collection knows the person by it
(timeline.merge.surname_titles, surname_titles.yaml known_share): "Al-Obeidy told CNN" -> "Eman al-Obeidy told CNN"
where few of the collection's articles write "al-Obeidy" alone; "Jackson" of a Michael Jackson collection stays."""

from __future__ import annotations

import re

from timeline.cache import _from_json, _to_json, stored_items
from timeline.merge import merge
from timeline.merge.similarity import item_of
from timeline.merge.surname_titles import known_surnames, rules, with_full_surnames
from timeline.merge.entries import fingerprint, generated_entry
from timeline.model import Event, Source
from timeline.store import dump_timeline, parse_timeline

OBEIDY = (("Al-Obeidy", "Eman al-Obeidy"),)


def ev(article, title, quote, date="2011-03-26", surnames=OBEIDY):
    keys = tuple(sorted({w.strip(".,").lower() for w in quote.split() if len(w) > 3}))
    return Event(article=article, date=date, mod="", title=title, source=Source(article, quote, "Saturday"),
                 keys=keys, trigger="burst", surnames=surnames)


HOTEL = ev("a0", "Al-Obeidy burst into the Rixos Hotel in Tripoli",
           "On Saturday Al-Obeidy burst into the Rixos Hotel in Tripoli.")
# nine more articles of the war, none of which writes her surname alone
OTHERS = [ev(f"a{k}", f"Rebels took town number {k}", f"Rebels took town number {k} in 2011.", date=f"2011-0{k}",
             surnames=()) for k in range(1, 10)]
# the same nine, each writing her surname alone once: half the collection knows her by it
TELLING = [ev(f"a{k}", f"Rebels took town number {k}", f"Rebels took town number {k} in 2011, al-Obeidy said.",
              date=f"2011-0{k}", surnames=()) for k in range(1, 10)]


def titles(events, previous=()):
    return [e.title for e in merge(events, previous)]


def test_a_surname_few_articles_write_alone_is_named_in_full():
    assert "Eman al-Obeidy burst into the Rixos Hotel in Tripoli" in titles([HOTEL, *OTHERS])


def test_a_surname_the_collection_writes_alone_stays():
    assert "Al-Obeidy burst into the Rixos Hotel in Tripoli" in titles([HOTEL, *TELLING])


def test_one_article_alone_knows_its_familiar_figure():
    # a collection of one article: the share is 1, the title as extraction made it
    assert titles([HOTEL]) == ["Al-Obeidy burst into the Rixos Hotel in Tripoli"]


def test_the_share_is_counted_over_articles_not_sentences():
    many = [ev("a0", f"Al-Obeidy spoke on day {k}", f"Al-Obeidy spoke on day {k}.", date=f"2011-04-0{k + 1}")
            for k in range(8)]
    assert known_surnames([item_of(e) for e in [HOTEL, *many, *OTHERS]]) == frozenset()
    assert known_surnames([item_of(e) for e in [HOTEL, *TELLING]]) == {"Al-Obeidy"}
    assert 0 < float(rules()["known_share"]) < 1


def test_the_decision_is_indifferent_to_order():
    events = [HOTEL, *OTHERS, *TELLING[:2]]
    assert merge(events) == merge(list(reversed(events)))


def entry_of(events):
    items = [item_of(e) for e in events]
    return generated_entry(items), items


def test_the_first_bare_use_outside_a_quotation_is_named_and_the_digest_follows():
    quoted = ev("a0", "Toner said “al-Obeidy is safe” and al-Obeidy had left",
                "Toner said “al-Obeidy is safe” and al-Obeidy had left on Saturday.",
                surnames=(("al-Obeidy", "Eman al-Obeidy"),))
    entry, items = entry_of([quoted])
    named = with_full_surnames(entry, items, frozenset())
    assert "al-Obeidy is safe" in entry.title and named.title == entry.title.replace("and al-Obeidy", "and Eman al-Obeidy")
    assert named.generated == fingerprint((entry.date, entry.mod), named.title, entry.sources)


def test_a_possessive_is_named_too():
    owned = ev("a0", "The department was concerned about al-Obeidy's safety",
               "The department was concerned about al-Obeidy's safety on Saturday.",
               surnames=(("al-Obeidy", "Eman al-Obeidy"),))
    entry, items = entry_of([owned])
    assert with_full_surnames(entry, items, frozenset()).title \
        == "The department was concerned about Eman al-Obeidy's safety"


def test_near_misses_stay():
    # a known surname; a title that names the person in full already; a surname before a capitalised word (a
    # longer name) or after one; members that record no full form
    entry, items = entry_of([HOTEL])
    assert with_full_surnames(entry, items, frozenset({"Al-Obeidy"})) is entry
    for title in ("Eman al-Obeidy met Al-Obeidy's lawyer", "Al-Obeidy Foundation opened",
                  "Rep. Sheila Jackson Lee spoke"):
        other = ev("a0", title, title + " on Saturday.",
                   surnames=(("Al-Obeidy", "Eman al-Obeidy"), ("Jackson", "Michael Jackson")))
        entry, items = entry_of([other])
        assert with_full_surnames(entry, items, frozenset()).title == title
    entry, items = entry_of([ev("a0", "Al-Obeidy told CNN", "Al-Obeidy told CNN on Saturday.", surnames=())])
    assert with_full_surnames(entry, items, frozenset()) is entry


def test_the_cache_keeps_the_full_forms():
    events, _ = _from_json(_to_json([HOTEL], stored_items([HOTEL])))
    assert events[0].surnames == OBEIDY


def build(events, previous_text=None):
    previous = parse_timeline(previous_text, "timeline.yaml") if previous_text else ()
    return dump_timeline(merge(events, previous), articles={e.article: "2011-09-01" for e in events})


def test_a_rebuild_is_byte_identical_and_a_new_article_decides_again():
    first = build([HOTEL, *OTHERS])
    assert "title: Eman al-Obeidy burst into the Rixos Hotel in Tripoli" in first
    assert build([HOTEL, *OTHERS], first) == first
    # articles that write her surname alone arrive: the generated title follows, as a fresh build makes it
    second = build([HOTEL, *TELLING], first)
    assert "title: Al-Obeidy burst into the Rixos Hotel in Tripoli" in second
    assert re.sub(r"id: .*", "", second) == re.sub(r"id: .*", "", build([HOTEL, *TELLING]))


def test_a_curated_title_is_never_overwritten():
    first = build([HOTEL, *OTHERS])
    edited = first.replace("title: Eman al-Obeidy burst into the Rixos Hotel in Tripoli",
                           "title: Al-Obeidy, a law student, burst into the Rixos Hotel")
    assert build([HOTEL, *OTHERS], edited) == edited
    assert "title: Al-Obeidy, a law student, burst into the Rixos Hotel" in build([HOTEL, *TELLING], edited)
