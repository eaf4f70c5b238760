"""Properties of merge() and the timeline file on generated corpora (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import date_sort_key
from timeline.merge import merge
from timeline.salience import top
from timeline.model import Event, Source
from timeline.store import dump_timeline, parse_timeline

WORDS = ["rebels", "army", "took", "city", "oil", "port", "talks", "ceasefire", "bombing", "killed", "vote", "council",
         "sanctions", "strike", "nato", "capital", "protest", "police", "election", "minister"]
DATES = ["", "", "2016", "2016-02", "2016-02-27", "2016-02-28", "2016-03", "2016-03-27", "2015", "2016-Q1"]
MODS = ["", "", "", "START", "END"]


@st.composite
def events(draw) -> list[Event]:
    out = []
    for n in range(draw(st.integers(0, 14))):
        article = draw(st.sampled_from(["a", "b", "c", "d"]))
        date = draw(st.sampled_from(DATES))
        mod = draw(st.sampled_from(MODS)) if date and len(date) < 8 else ""
        keys = tuple(sorted(set(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5)))))
        quote = f"{' '.join(keys).capitalize()} ({n})."
        title = " ".join(keys[:3]).capitalize()
        out.append(Event(article, date, mod, title, Source(article, quote, date and f"on {date}"), keys, keys[0]))
    return out


def text_of(entries) -> str:
    return dump_timeline(entries, articles={"a": "2016-04-01", "b": "2016-04-02", "c": "2016-04-03", "d": "2016-04-04"})


@settings(max_examples=60, deadline=None)
@given(events(), st.randoms(use_true_random=False))
def test_order_independent_and_rebuild_identical(evs, rnd):
    first = merge(evs)
    shuffled = list(evs)
    rnd.shuffle(shuffled)
    assert text_of(merge(shuffled)) == text_of(first)
    text = text_of(first)
    assert text_of(merge(shuffled, parse_timeline(text))) == text


@settings(max_examples=60, deadline=None)
@given(events())
def test_every_dated_event_is_a_source_exactly_once(evs):
    entries = merge(evs)
    listed = [(s.article, s.quote, s.expression) for e in entries for s in e.sources]
    assert len(listed) == len(set(listed))
    for ev in evs:
        if ev.date:
            assert (ev.article, ev.source.quote, ev.source.expression) in listed
    assert all(e.date for e in entries)
    assert len({e.id for e in entries}) == len(entries)
    keys = [date_sort_key(e.date, e.mod) for e in entries]
    assert keys == sorted(keys)


@settings(max_examples=60, deadline=None)
@given(events(), st.integers(0, 10))
def test_top_is_a_chronological_subset(evs, n):
    entries = merge(evs)
    chosen = top(entries, n)
    assert len(chosen) == min(n, len(entries))
    assert all(any(c is e for e in entries) for c in chosen)
    keys = [date_sort_key(e.date, e.mod) for e in chosen]
    assert keys == sorted(keys)
