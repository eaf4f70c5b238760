"""Curation in git: rebuilds keep a person's corrections and ids; adding or removing an article changes
only the lines of the entries it touches."""

from __future__ import annotations

import re

from timeline.merge import merge
from timeline.model import Entry, Event, Source
from timeline.store import dump_timeline, parse_timeline

PUBLISHED = {"a": "2016-04-07", "b": "2016-04-06", "c": "2016-04-20"}


def ev(article, date, title, quote, keys, trigger="", mod="", expression=""):
    return Event(article=article, date=date, mod=mod, title=title, source=Source(article, quote, expression or date),
                 keys=with_title_words(keys, title), trigger=trigger)


def with_title_words(keys: str, title: str) -> tuple[str, ...]:
    """Keys as the extractor gives them: content words of the sentence, so also those of the title."""
    words = {w.strip(".,").lower() for w in title.split() if len(w) > 3}
    return tuple(sorted(set(keys.split()) | words))


A = [
    ev("a", "2016-02", "US and Russia broker a partial ceasefire", "After a ceasefire they brokered in February.",
       "broker us russia partial ceasefire", "broker", expression="in February"),
    ev("a", "2015", "Airstrikes on oil facilities", "In late-2015 Russia carried out airstrikes on Daesh oil facilities.",
       "airstrike russia daesh oil facilities", "carry", mod="END", expression="late-2015"),
    ev("a", "", "Army liberated the ancient city of Palmyra", "The army liberated the ancient city of Palmyra.",
       "liberated army ancient city palmyra", "liberated", expression=""),
    ev("a", "2015", "Military operations launched", "Last year the US launched military operations against Daesh.",
       "launch us military operations daesh", "launch", expression="last year"),
]
B = [
    ev("b", "2016-02", "Partial cease-fire brokered", "A partial cease-fire they brokered in February.",
       "broker us russia partial cease-fire", "broker", expression="in February"),
    ev("b", "2016-03-27", "Routing the caliphate in the ancient city of Palmyra", "Routing the caliphate in the ancient city of Palmyra March 27.",
       "routing caliphate ancient city palmyra syrian army", "routing", expression="March 27"),
    ev("b", "2015", "Airstrikes on oil facilities", "Airstrikes on its oil facilities since late 2015.",
       "airstrike oil facilities revenue", "squeeze", mod="END", expression="since late 2015"),
    ev("b", "2016-03", "Kremlin talks with Kerry", "After Kremlin talks involving John Kerry late last month.",
       "talks kremlin kerry john", "talks", mod="END", expression="late last month"),
]
C = [
    ev("c", "2016-02-27", "Partial ceasefire brokered by the US and Russia took effect", "The partial ceasefire brokered by the US and Russia took effect on February 27.",
       "broker us russia partial ceasefire effect", "take", expression="February 27"),
    ev("c", "2016-04-18", "Geneva talks stall", "Geneva peace talks stalled on Monday.", "geneva peace talks stall", "stall",
       expression="Monday"),
]


def build(events, previous_text=None, articles=("a", "b")):
    previous = parse_timeline(previous_text, "timeline.yaml") if previous_text else ()
    return dump_timeline(merge(events, previous), articles={k: PUBLISHED[k] for k in articles})


def blocks(text):
    """Entry id -> its lines in the file."""
    parts = re.split(r"^- id: ", text, flags=re.M)[1:]
    return {p.split("\n", 1)[0]: p for p in parts}


def entry(text, word):
    found = [b for b in blocks(text).values() if word in b]
    assert len(found) == 1, found
    return found[0]


def edit(text, word, old, new):
    """Apply a person's edit inside the one entry that mentions `word`."""
    block = entry(text, word)
    assert old in block
    return text.replace(block, block.replace(old, new, 1))


def test_rebuild_is_byte_identical():
    first = build(A + B)
    assert build(A + B, first) == first
    assert build(list(reversed(A + B)), first) == first


def test_adding_an_article_changes_only_the_entries_it_adds_or_joins():
    first = build(A + B)
    second = build(A + B + C, first, articles=("a", "b", "c"))
    old, new = blocks(first), blocks(second)
    touched = {i for i, b in new.items() if "article: c\n" in b}
    assert touched  # c joins the ceasefire and adds the Geneva talks
    for i, b in old.items():
        if i not in touched:
            assert new[i] == b
    assert set(old) <= set(new)
    cease = entry(second, "cease")
    assert 'date: "2016-02-27"' in cease and "reports: 3" in cease  # a new article refines a generated date
    # the header and the articles list change only by the new article's line
    assert second.split("events:\n")[0] == first.split("events:\n")[0].replace(
        '  b: "2016-04-06"\n', '  b: "2016-04-06"\n  c: "2016-04-20"\n')


def test_removing_an_article_removes_its_sources_and_the_entries_only_it_supported():
    first = build(A + B)
    second = build(A, first, articles=("a",))
    assert "article: b" not in second
    assert "Kremlin" not in second and "Palmyra" not in second  # only b dated them
    old, new = blocks(first), blocks(second)
    assert set(new) <= set(old)
    assert "reports: 1" in entry(second, "cease")


def test_title_correction_survives_rebuild_and_new_article():
    first = build(A + B)
    edited = edit(first, "Kremlin", "title: Kremlin talks with Kerry", "title: Kerry and Putin meet in Moscow")
    edited = edit(edited, "cease", re.search(r"title: .*", entry(first, "cease"))[0], "title: Truce agreed")
    assert build(A + B, edited) == edited
    third = build(A + B + C, edited, articles=("a", "b", "c"))
    assert "title: Truce agreed" in entry(third, "Truce") and "article: c" in entry(third, "Truce")
    assert "title: Kerry and Putin meet in Moscow" in third
    assert set(blocks(third)) >= set(blocks(edited))


def test_date_correction_survives_rebuild_and_new_article():
    first = build(A + B)
    edited = edit(first, "Kremlin", 'date: "2016-03"\n  mod: END', 'date: "2016-03-30"')
    rebuilt = build(A + B, edited)
    assert 'date: "2016-03-30"' in entry(rebuilt, "Kremlin") and "mod: END" not in entry(rebuilt, "Kremlin")
    assert build(A + B + C, rebuilt, articles=("a", "b", "c")).count('date: "2016-03-30"') == 1
    # the entry id stays what it was, though the date changed
    assert [i for i, b in blocks(rebuilt).items() if "Kremlin" in b] == [i for i, b in blocks(first).items() if "Kremlin" in b]


def test_note_survives_rebuild_and_new_article():
    first = build(A + B)
    edited = edit(first, "Palmyra", "  reports: 2\n", "  reports: 2\n  note: Confirmed by the Syrian ministry\n")
    # the note stays where the person wrote it (under reports, above sources): the rebuild changes nothing
    rebuilt = build(A + B, edited)
    assert rebuilt == edited
    assert "  reports: 2\n  note: Confirmed by the Syrian ministry\n  sources:\n" in entry(rebuilt, "Palmyra")
    third = build(A + B + C, rebuilt, articles=("a", "b", "c"))
    assert "note: Confirmed by the Syrian ministry" in entry(third, "Palmyra")


def test_rejected_entry_stays_and_never_comes_back():
    first = build(A + B)
    block = entry(first, "Military operations")
    edited = first.replace(block, block + "  rejected: true\n")
    rebuilt = build(A + B, edited)
    assert rebuilt == edited
    assert rebuilt.count("Military operations") == 1
    # a new article reporting the same event joins the rejected entry instead of reviving it
    again = ev("c", "2015", "Military operations launched", "Last year the US launched military operations against Daesh.",
               "launch us military operations daesh", "launch", expression="last year")
    third = build(A + B + C + [again], rebuilt, articles=("a", "b", "c"))
    assert "rejected: true" in entry(third, "Military operations") and "article: c" in entry(third, "Military operations")
    # removing the only article that reported it keeps the rejection (with its last sources)
    fourth = build(B, rebuilt, articles=("b",))
    assert "rejected: true" in entry(fourth, "Military operations")


def test_ids_stay_stable_through_everything():
    first = build(A + B)
    edited = edit(first, "Kremlin", "title: Kremlin talks with Kerry", "title: Something else entirely")
    third = build(A + B + C, edited, articles=("a", "b", "c"))
    assert set(blocks(first)) <= set(blocks(third))
    fresh = build(A + B + C, articles=("a", "b", "c"))
    # ids of new entries do not depend on the build history
    new_ids = set(blocks(third)) - set(blocks(first))
    assert new_ids <= set(blocks(fresh))


def test_entry_added_by_hand_without_sources_is_kept():
    first = build(A + B)
    added = first + '- id: 2016-01-15-my-own-entry\n  date: "2016-01-15"\n  title: Talks resume in Geneva\n  reports: 0\n  sources: []\n  note: from the UN press office\n'
    rebuilt = build(A + B, added)
    assert "title: Talks resume in Geneva" in entry(rebuilt, "Geneva") and "from the UN press office" in rebuilt
    assert build(A + B, rebuilt) == rebuilt


def test_title_from_a_removed_article_is_regenerated_not_frozen():
    one = [ev("a", "2016-03-10", "Rebels took the oil port of Ras Lanuf", "Rebels took the oil port of Ras Lanuf on March 10.",
              "rebels took oil port ras lanuf", "took", expression="March 10")]
    two = [ev("b", "2016-03-10", "Rebel fighters captured the port of Ras Lanuf",
              "Rebel fighters captured the port of Ras Lanuf on March 10, witnesses said.",
              "rebel fighters captured port ras lanuf witnesses", "captured", expression="March 10")]
    both = build(one + two)
    assert "reports: 2" in both
    title = re.search(r"title: (.*)", both)[1]
    only_b = build(two, both, articles=("b",))
    assert "title: Rebel fighters captured the port of Ras Lanuf" in only_b
    # while a person's title stays when the article it came from goes
    edited = both.replace(f"title: {title}", "title: Rebels seize Ras Lanuf")
    assert "title: Rebels seize Ras Lanuf" in build(two, edited, articles=("b",))


def test_corrections_survive_an_edit_of_the_article_sentence():
    first = build(A + B)
    edited = edit(first, "Kremlin", "title: Kremlin talks with Kerry", "title: Kerry in Moscow")
    fixed = [ev("b", "2016-03", "Kremlin talks with Kerry", "After Kremlin talks involving Secretary John Kerry late last month.",
                "talks kremlin kerry john secretary", "talks", mod="END", expression="late last month")
             if e.title == "Kremlin talks with Kerry" else e for e in B]
    rebuilt = build(A + fixed, edited)
    assert "title: Kerry in Moscow" in rebuilt and "involving Secretary John Kerry" in rebuilt
    assert set(blocks(rebuilt)) == set(blocks(edited))


def test_values_an_older_build_generated_are_regenerated_not_frozen():
    """A newer version of the tool writes a better title or date: values the old build generated (the
    `generated` digest still matches them) are replaced; values a person edited are kept."""
    from timeline.merge import fingerprint

    first = build(A + B)
    entries = parse_timeline(first, "timeline.yaml")
    kerry = next(e for e in entries if "Kerry" in e.title)
    ceasefire = next(e for e in entries if "cease" in e.title.lower())
    # what an older tool might have written: another title and a wrong date, and the digest of exactly that
    kerry.title, kerry.date = "Old wording of the talks", "2016-02"
    kerry.generated = fingerprint((kerry.date, kerry.mod), kerry.title)
    # and a person's edit on another entry: the digest still names what the tool generated
    ceasefire.title = "US and Russia broker a partial ceasefire (checked)"
    rebuilt = parse_timeline(build(A + B, dump_timeline(entries, articles={k: PUBLISHED[k] for k in "ab"})),
                             "timeline.yaml")
    again = {e.id: e for e in rebuilt}
    assert again[kerry.id].title == "Kremlin talks with Kerry" and again[kerry.id].date == "2016-03"
    assert again[ceasefire.id].title == "US and Russia broker a partial ceasefire (checked)"


def test_a_corrected_date_is_no_conflict():
    entries = parse_timeline(build(A + B), "timeline.yaml")
    kerry = next(e for e in entries if "Kerry" in e.title)
    kerry.date, kerry.mod = "2016-03-29", ""
    rebuilt = parse_timeline(build(A + B, dump_timeline(entries, articles={k: PUBLISHED[k] for k in "ab"})),
                             "timeline.yaml")
    again = next(e for e in rebuilt if e.id == kerry.id)
    assert again.date == "2016-03-29" and again.conflicts == []


def test_a_rebuild_is_the_fresh_build_for_any_set_of_articles():
    """Entries nobody touched are grouped by the current merge, exactly as a fresh build groups them: a rebuild on
    unchanged articles is byte-identical from the first rebuild on, whatever the corpus."""
    from itertools import combinations

    pool = A + B + C
    for size in (2, 4, 7, len(pool)):
        for subset in list(combinations(pool, size))[:12]:
            articles = sorted({e.article for e in subset})
            first = build(list(subset), articles=articles)
            assert build(list(subset), first, articles=articles) == first


def test_untouched_entries_are_regrouped_by_the_current_merge_and_keep_their_ids():
    """An older build split the ceasefire into two entries: the current merge joins them (the id of the entry
    with the smaller id among those with most sources in common goes to the joined entry)."""
    from timeline.merge import fingerprint
    from timeline.store import parse_timeline as parse

    first = parse(build(A + B), "timeline.yaml")
    cease = next(e for e in first if "cease" in e.title.lower())
    halves = []
    for n, source in enumerate(cease.sources):
        half = Entry(id=f"{cease.id}-{n}", date=cease.date, mod=cease.mod, title=cease.title, sources=[source])
        half.generated = fingerprint((half.date, half.mod), half.title, half.sources)
        halves.append(half)
    split = [e for e in first if e is not cease] + halves
    rebuilt = merge(A + B, split)
    [joined] = [e for e in rebuilt if "cease" in e.title.lower()]
    assert joined.id == f"{cease.id}-0" and len(joined.sources) == 2
    # a person's note on each half keeps the file's grouping
    for half in halves:
        half.note = "checked"
    kept = merge(A + B, split)
    assert sorted(e.id for e in kept if "cease" in e.title.lower()) == [f"{cease.id}-0", f"{cease.id}-1"]


def test_an_edited_entry_whose_articles_are_not_read_is_kept_marked_orphaned():
    first = build(A + B)
    edited = edit(first, "Kremlin", "title: Kremlin talks with Kerry", "title: Kerry in Moscow")
    only_a = build(A, edited, articles=("a",))
    kremlin = entry(only_a, "Kerry in Moscow")
    assert "  orphaned: true\n" in kremlin and "article: b" in kremlin
    assert "Palmyra" not in only_a  # untouched and only b dated it: gone with b
    back = build(A + B, only_a)
    assert "orphaned" not in back and entry(back, "Kerry in Moscow") == entry(edited, "Kerry in Moscow")


LEAD = "Late on Wednesday, the minister met officials of the rebels' council."
LED = [
    Event(article="a", date="2016-04-04", mod="", title="The minister met an envoy of the government",
          source=Source("a", "Two days earlier, he met an envoy of the government.", "Two days earlier", lead=LEAD),
          keys=("envoy", "government", "met", "minister"), trigger="met"),
]


def test_a_lead_is_shown_before_the_quote_and_a_rebuild_matches_it():
    # the file shows the sentence that tells the offset's day before the quote (Source.shown); read back, that text
    # is the source's quote, which the rebuilt event's shown text matches: the rebuild is byte-identical and a
    # person's title edit stays on its entry
    first = build(A + B + LED)
    assert f"quote: {LEAD} Two days earlier, he met an envoy of the government." in first
    assert build(A + B + LED, first) == first
    edited = edit(first, "envoy", "title: The minister met an envoy of the government", "title: Minister met envoy")
    rebuilt = build(A + B + LED, edited)
    assert rebuilt == edited
    assert "title: Minister met envoy" in entry(rebuilt, "envoy")
