"""merge(): same event across articles, different events apart, conflicts, order independence, ids, top."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import compatible, date_sort_key
from timeline.events import extract
from timeline.text.chronology import opens_item
from timeline.merge import merge
from timeline.merge.entries import fingerprint
from timeline.salience import top
from timeline.model import Article, Entry, Event, Source
from timeline.store import dump_timeline


def ev(article: str, date: str, title: str, quote: str, keys: str, trigger: str = "", mod: str = "",
       expression: str = "", chronology: bool = False) -> Event:
    return Event(article=article, date=date, mod=mod, title=title,
                 source=Source(article, quote, expression or date, chronology=chronology),
                 keys=with_title_words(keys, title), trigger=trigger)


def with_title_words(keys: str, title: str) -> tuple[str, ...]:
    """Keys as the extractor gives them: content words of the sentence, so also those of the title."""
    words = {w.strip(".,").lower() for w in title.split() if len(w) > 3}
    return tuple(sorted(set(keys.split()) | words))


CEASEFIRE_FEB = ev("a", "2016-02", "US and Russia broker a partial ceasefire",
                   "In February the US and Russia brokered a partial ceasefire.", "broker us russia partial ceasefire",
                   "broker", expression="In February")
CEASEFIRE_27 = ev("b", "2016-02-27", "Cease-fire brokered by the US and Russia took effect",
                  "A cease-fire brokered by the US and Russia took effect February 27.", "take us russia cease-fire effect",
                  "take", expression="February 27")
PALMYRA = ev("b", "2016-03-27", "Routing the caliphate in the ancient city of Palmyra",
             "routing the self-declared caliphate in the ancient city of Palmyra March 27",
             "routing caliphate ancient city palmyra syrian army", "routing", expression="March 27")
PALMYRA_UNDATED = ev("a", "", "Army liberated the ancient city of Palmyra", "the army liberated the ancient city of Palmyra",
                     "liberated army ancient city palmyra", "liberated", expression="-")
OIL_A = ev("a", "2015", "Russia and a US-led coalition carried out airstrikes on Daesh oil facilities",
           "In late-2015 Russia and a US-led coalition carried out airstrikes on Daesh oil facilities.",
           "airstrike russia coalition daesh oil facilities", "carry", mod="END", expression="In late-2015")
OIL_B = ev("b", "2015", "Airstrikes on oil facilities", "Revenue was squeezed by airstrikes on its oil facilities since late 2015.",
           "airstrike oil facilities revenue squeeze", "squeeze", mod="END", expression="since late 2015")
BOMBINGS = ev("c", "2016-05-23", "Bombings kill 177", "Bombings killed 177 people on Monday in coastal cities.",
              "bombing kill 177 people coastal cities", "kill", expression="on Monday")
FALLUJAH = ev("c", "2016-05-23", "Fallujah offensive launched", "The start of the Fallujah offensive was announced on Monday.",
              "start fallujah offensive announce", "announce", expression="on Monday")
CORPUS = [CEASEFIRE_FEB, CEASEFIRE_27, PALMYRA, PALMYRA_UNDATED, OIL_A, OIL_B, BOMBINGS, FALLUJAH]


def by_title(entries, word):
    found = [e for e in entries if word.lower() in (e.title + " ".join(s.quote for s in e.sources)).lower()]
    assert len(found) == 1, [e.title for e in found]
    return found[0]


def test_different_precision_merges_and_keeps_the_finest_date():
    entry = by_title(merge(CORPUS), "cease")
    assert (entry.date, entry.mod, entry.reports) == ("2016-02-27", "", 2)
    assert entry.conflicts == []


def test_late_year_and_since_late_year_merge():
    entry = by_title(merge(CORPUS), "oil")
    assert (entry.date, entry.mod, entry.reports) == ("2015", "END", 2)


def test_undated_mention_joins_the_dated_event_of_another_article():
    entry = by_title(merge(CORPUS), "palmyra")
    assert entry.date == "2016-03-27"
    assert {s.article for s in entry.sources} == {"a", "b"}


def test_undated_mention_alone_makes_no_entry():
    assert merge([PALMYRA_UNDATED]) == []


def test_undated_mention_never_joins_an_event_dated_after_its_telling():
    told_before = Event(article="early", date="", mod="", title=PALMYRA_UNDATED.title,
                        source=Source("early", PALMYRA_UNDATED.source.quote, "", published="2016-03-01"),
                        keys=PALMYRA_UNDATED.keys, trigger="liberated")
    told_after = Event(article="late", date="", mod="", title=PALMYRA_UNDATED.title,
                       source=Source("late", PALMYRA_UNDATED.source.quote, "", published="2016-04-01"),
                       keys=PALMYRA_UNDATED.keys, trigger="liberated")
    entry = by_title(merge([PALMYRA, told_before, told_after]), "palmyra")
    assert {s.article for s in entry.sources} == {"b", "late"}


TRACED_DAY = ev("a", "2024-07-25", "Officials traced the outbreak to the hotel cooling tower",
                "On Thursday officials traced the outbreak to a cooling tower at the Meridian hotel.",
                "officials traced outbreak cooling tower meridian hotel legionella", "traced", expression="Thursday")
TRACED_LATE_JULY = ev("b", "2024-07", "Investigators traced the outbreak to a cooling tower", mod="END",
                      quote="Investigators traced the outbreak in late July to a cooling tower at the Meridian hotel.",
                      keys="investigators traced outbreak cooling tower", trigger="traced",
                      expression="late July")
FINED_JULY = ev("c", "2024-07", "The city fined a bakery for code violations",
                "In July the city fined a bakery downtown for code violations.", "city fined bakery downtown code",
                "fined", expression="In July")


def test_coarser_mention_of_another_article_joins_the_finer_event():
    entries = merge([TRACED_DAY, TRACED_LATE_JULY, FINED_JULY])
    traced = by_title(entries, "traced")
    assert (traced.date, {s.article for s in traced.sources}) == ("2024-07-25", {"a", "b"})
    assert by_title(entries, "bakery").date == "2024-07"  # same month, another event: apart


def test_a_bare_time_of_day_joins_its_articles_story_of_that_day():
    rescue = ev("a", "2024-03-14", "Firefighters pulled a girl alive from the ruins",
                "Firefighters pulled a girl alive from the ruins on Thursday.", "firefighters pulled girl alive ruins",
                "pulled", expression="Thursday")
    moment = ev("a", "2024-03-14", "She was carried out conscious and talking",
                "She was conscious and talking when she was carried out shortly after 1 p.m., he said.",
                "conscious talking carried", "carried", expression="shortly after 1 p.m.")
    other_day = ev("a", "2024-03-13", "The president toured the town", "The president toured the town at 10 a.m.",
                   "president toured town", "toured", expression="10 a.m.")
    entries = merge([rescue, moment, other_day])
    assert len(by_title(entries, "girl").sources) == 2
    assert by_title(entries, "toured").date == "2024-03-13"


def test_a_week_alone_makes_no_entry_but_joins_a_dated_event():
    week = ev("b", "2024-W30", "Officials traced the outbreak to a cooling tower",
              "Officials last week traced the outbreak to a cooling tower at the Meridian hotel.",
              "officials traced outbreak cooling tower meridian hotel", "traced", expression="last week")
    assert merge([week]) == []
    entry = by_title(merge([TRACED_DAY, week]), "traced")
    assert {s.article for s in entry.sources} == {"a", "b"}


def test_different_events_of_one_article_on_one_day_stay_apart():
    entries = merge(CORPUS)
    assert by_title(entries, "177") is not by_title(entries, "fallujah")


def test_repeated_mention_in_one_article_may_merge():
    again = ev("c", "2016-05-23", "Bombings kill 177", "Monday's bombings killed 177 people in coastal cities.",
               "bombing kill 177 people coastal cities", "kill", expression="Monday")
    entry = by_title(merge([BOMBINGS, again, FALLUJAH]), "177")
    assert len(entry.sources) == 2 and entry.reports == 1


def test_one_days_story_told_in_several_sentences_of_one_article_merges():
    lead = ev("c", "2016-05-25", "Fighters and forces pressed twin assaults",
              "Rebel fighters and army forces pressed twin assaults against the militants on Wednesday.",
              "rebel fighters army forces pressed twin assaults militants", "pressed")
    detail = ev("c", "2016-05-25", "Forces of the 8th Division pushed forward",
                "On Wednesday forces of the 8th Division, bolstered by tribal fighters, pushed forward from the south, a general said.",
                "forces 8th division bolstered tribal fighters pushed forward south general", "pushed")
    other = [ev(f"o{i}", "2016-01-01", f"Unrelated {i}", f"Unrelated story {i}.", f"unrelated{i} story{i} words{i}", "say")
             for i in range(12)]
    entries = merge([lead, detail, BOMBINGS, FALLUJAH] + other)
    assert len(by_title(entries, "twin").sources) == 2
    assert by_title(entries, "177") is not by_title(entries, "fallujah")


def test_same_article_different_dates_never_merge():
    later = ev("c", "2016-05-24", "Bombings kill 177", "Bombings killed 177 people in coastal cities on Tuesday.",
               "bombing kill 177 people coastal cities", "kill", expression="Tuesday")
    assert len(merge([BOMBINGS, later])) == 2


def test_conflicting_dates_are_shown_with_their_articles():
    d = ev("d", "2011-10-20", "Gaddafi killed in Sirte", "Gaddafi was killed near Sirte on October 20.",
           "gaddafi kill sirte capture", "kill", expression="October 20")
    e = ev("e", "2011-10-20", "Gaddafi killed", "Fighters killed Gaddafi in Sirte on Thursday, October 20.",
           "gaddafi kill sirte fighters capture", "kill", expression="Thursday")
    f = ev("f", "2011-10-21", "Gaddafi killed in Sirte", "Gaddafi was killed in Sirte on October 21.",
           "gaddafi kill sirte capture", "kill", expression="October 21")
    [entry] = merge([f, e, d])
    assert entry.date == "2011-10-20" and entry.reports == 3
    assert entry.conflicts == [
        {"date": "2011-10-20", "mod": "", "articles": ["d", "e"]},
        {"date": "2011-10-21", "mod": "", "articles": ["f"]},
    ]
    assert "conflicts:" in dump_timeline([entry])


def test_alike_sentences_with_different_events_stay_apart():
    # both sentences tell both facts; each article dates a different one (its own clause: the title)
    launched = ev("a", "2015", "US and then Russia launched military operations against Daesh",
                  "After last year the US and then Russia launched military operations against Daesh, the group's territory "
                  "has shrunk by more than a quarter, according to the research group IHS.",
                  "launched military operations daesh group territory shrunk quarter research ihs russia", "launched")
    shrunk = ev("b", "2015", "Group's territory has shrunk by more than a quarter",
                "The group's territory has shrunk by more than a quarter since the start of last year as the US and later "
                "Russia backed an offensive against it, according to the research group IHS.",
                "group territory shrunk quarter start offensive research ihs russia", "shrunk", mod="START")
    assert len(merge([launched, shrunk])) == 2


def test_far_apart_dates_are_different_events():
    a = ev("a", "2011-03-19", "Airstrikes on Libya begin", "Airstrikes on Libya began March 19.", "airstrike libya begin", "begin")
    b = ev("b", "2011-08-19", "Airstrikes on Libya begin", "Airstrikes on Libya began again August 19.", "airstrike libya begin", "begin")
    assert len(merge([a, b])) == 2


def test_chronological_with_coarse_values_first():
    values = ["2016-03-27", "2016-03", "2016", "2016-Q1", "2015-12-31", "2016-03-01", "PRESENT_REF"]
    ordered = sorted(values, key=date_sort_key)
    assert ordered == ["2015-12-31", "2016", "2016-Q1", "2016-03", "2016-03-01", "2016-03-27", "PRESENT_REF"]
    mods = sorted(["END", "", "START", "MID"], key=lambda m: date_sort_key("2015", m))
    assert mods == ["START", "", "MID", "END"]
    entries = merge(CORPUS)
    keys = [date_sort_key(e.date, e.mod) for e in entries]
    assert keys == sorted(keys)


def test_compatible_dates():
    assert compatible(("2016-02", ""), ("2016-02-27", ""))
    assert compatible(("2015", "END"), ("2015-12", ""))
    assert not compatible(("2015", "END"), ("2015-02", ""))
    assert not compatible(("2016-02-27", ""), ("2016-02-28", ""))
    assert not compatible(("PRESENT_REF", ""), ("2016", ""))


def test_ids_are_unique_and_readable():
    entries = merge(CORPUS)
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert "2016-05-23-bombings-kill-177" in ids
    # an id already taken (here by an entry a person wrote) makes the new one take a suffix
    mine = Entry(id="2016-05-23-bombings-kill-177", date="2016-05-23", mod="", title="My own entry")
    ids = [e.id for e in merge(CORPUS, [mine])]
    assert "2016-05-23-bombings-kill-177" in ids and "2016-05-23-bombings-kill-177-2" in ids


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_input_order_does_not_matter(rnd: random.Random):
    shuffled = list(CORPUS)
    rnd.shuffle(shuffled)
    assert dump_timeline(merge(shuffled)) == dump_timeline(merge(CORPUS))


def test_duplicate_events_are_idempotent():
    assert dump_timeline(merge(CORPUS + CORPUS)) == dump_timeline(merge(CORPUS))


@pytest.mark.slow
def test_byte_identical_across_hash_seeds():
    script = (
        "import sys; sys.path.insert(0, %r); import test_merge as t; "
        "from timeline.merge import merge; from timeline.store import dump_timeline; "
        "sys.stdout.write(dump_timeline(merge(t.CORPUS), articles={'b': '2016-04-06', 'a': '2016-04-07'}))"
    ) % os.path.dirname(__file__)
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outputs.add(subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                                   check=True).stdout)
    assert len(outputs) == 1


# ------------------------------------------------------------------------------------------------- top


def test_top_keeps_the_most_reported_in_chronological_order():
    entries = merge(CORPUS)
    chosen = top(entries, 2)
    assert [e.reports for e in chosen] == [2, 2]
    keys = [date_sort_key(e.date, e.mod) for e in chosen]
    assert keys == sorted(keys)
    assert top(entries, 0) == []
    assert len(top(entries, 100)) == len(entries)


def test_top_prefers_different_dates_and_breaks_ties_deterministically():
    entries = merge(CORPUS)
    chosen = top(entries, 4)
    assert len({e.date for e in chosen}) == 4
    assert [e.id for e in top(list(reversed(entries)), 4)] == [e.id for e in chosen]


def test_top_never_selects_rejected_entries_but_keeps_them():
    entries = merge(CORPUS)
    best = top(entries, 1)[0]
    best.rejected = True
    chosen = top(entries, 1)
    assert best in chosen and len([e for e in chosen if not e.rejected]) == 1


@pytest.mark.parametrize("n", [1, 3, 5])
def test_top_size(n):
    assert len([e for e in top(merge(CORPUS), n) if not e.rejected]) == min(n, len(merge(CORPUS)))


@pytest.mark.slow
def test_merging_handles_hostile_input():
    # time is measured by benchmarks/bench_hostile.py, not asserted here
    same = [ev(f"a{i}", "2016-05-23", "Same thing", f"The same thing happened on Monday ({i}).", "same thing happened monday",
               "happened") for i in range(4000)]
    common = [ev(f"a{i % 40}", "2016-05-23", "Thing", f"Thing {i} on Monday.", f"gaddafi libya k{i} j{i}", "happened")
              for i in range(4000)]
    assert len(merge(same)) == 1
    assert len({e.id for e in merge(common)}) == 4000


@pytest.mark.parametrize("quote, expression, expected", [
    ("Aug. 23 - The rebels overrun Gaddafi's compound in Tripoli.", "Aug. 23", True),
    ("* March 19: The first air strikes halt the advance on Benghazi.", "March 19", True),
    ("June 27 \u2013 The ICC issues arrest warrants for Gaddafi.", "June 27", True),
    ("On Aug. 23 the rebels overran the compound.", "Aug. 23", False),
    ("Aug. 23 was the day the rebels won.", "Aug. 23", False),
    ("Rebels took the town.", "", False),
])
def test_chronology_items(quote, expression, expected):
    assert opens_item(quote, expression) is expected


def test_the_event_stage_flags_chronology_lines_and_gives_the_publication_date():
    body = "Aug. 23 - The rebels overrun Gaddafi's compound in Tripoli.\n\nOn Aug. 24 the rebels seized the airport."
    events = extract(Article(id="a", published="2011-09-01", body=body))
    assert {(e.source.expression, e.chronology) for e in events} == {("Aug. 23", True), ("Aug. 24", False)}
    assert {e.source.published for e in events} == {"2011-09-01"}


def test_top_prefers_dates_listed_in_chronologies():
    told = [ev(f"n{i}", "2011-03-01", "Talks held in Geneva", f"Talks were held in Geneva on Tuesday ({i}).",
               "talks held geneva", "held", expression="Tuesday") for i in range(3)]
    listed = ev("t", "2011-03-19", "First air strikes halt the advance on Benghazi",
                "March 19 - First air strikes halt the advance on Benghazi.", "first air strikes halt advance benghazi",
                "halt", expression="March 19", chronology=True)
    [chosen] = top(merge(told + [listed]), 1)
    assert chosen.date == "2011-03-19"


def test_values_that_are_not_calendar_dates_never_place_an_entry():
    vague = ev("d", "PRESENT_REF", "Routing the caliphate in the ancient city of Palmyra goes on",
               "Routing the caliphate in the ancient city of Palmyra goes on now.",
               "routing caliphate ancient city palmyra syrian army", "routing", expression="now")
    entries = merge([vague])
    assert entries == []
    joined = by_title(merge(CORPUS + [vague]), "palmyra")
    assert joined.date == "2016-03-27" and joined.conflicts == []


def test_a_week_never_dates_an_entry_whose_sources_give_days():
    """'last week' spans both days the articles tell apart: the entry takes the day most articles give."""
    quote = "The drilling rig exploded and burned in the Gulf of Mexico"
    keys = "rig exploded burned gulf mexico drilling"
    told = [ev("a", "2010-04-20", "The drilling rig exploded", quote + " on April 20.", keys, "exploded"),
            ev("b", "2010-04-20", "The drilling rig exploded", quote + " on Tuesday.", keys, "exploded"),
            ev("c", "2010-04-22", "The drilling rig exploded", quote + " on Thursday.", keys, "exploded"),
            ev("d", "2010-W16", "The drilling rig exploded", quote + " last week.", keys, "exploded"),
            ev("e", "2010-W16", "The drilling rig exploded", quote + " last week.", keys, "exploded")]
    entries = merge(told)
    assert len(entries) == 1 and entries[0].reports == 5
    assert (entries[0].date, entries[0].mod) == ("2010-04-20", "")
    assert [c["date"] for c in entries[0].conflicts] == ["2010-04-20", "2010-04-22"]


def test_the_first_source_is_the_sentence_whose_own_date_phrase_dates_the_entry():
    # the mention's article sorts first, but its sentence has no date phrase for a reader to check the date by
    mention = ev("a", "", "Rebels seized the oil town of Brega", "Rebels seized the oil town of Brega, he said.",
                 "seized rebels oil town brega", "seized", expression="-")
    dated = ev("b", "2011-03-02", "Rebels seized the oil town of Brega", "Rebels seized the oil town of Brega on Wednesday.",
               "seized rebels oil town brega", "seized", expression="on Wednesday")
    for events in ([mention, dated], [dated, mention]):
        (entry,) = [e for e in merge(events) if e.date]
        assert [s.article for s in entry.sources] == ["b", "a"]
        assert entry.sources[0].expression == "on Wednesday"


def test_a_day_whose_year_was_read_from_the_page_joins_the_same_day_of_a_written_year():
    # "on the night of 25 June" in a 2011 chronology line is the 25 June 2009 another article writes out
    written = ev("a", "2009-06-25", "He injected Jackson with several sedatives",
                 "Dr Murray says that on the night of 25 June 2009, he injected Jackson with several sedatives.",
                 "injected murray jackson sedatives", "injected", expression="25 June 2009")
    inferred = ev("b", "2011-06-25", "He injected Jackson with several sedatives",
                  "8 October 2011 Dr Murray reveals that, on the night of 25 June, he injected Jackson with several sedatives.",
                  "injected murray jackson sedatives reveals", "injected", expression="25 June")
    for events in ([written, inferred], [inferred, written]):
        (entry,) = merge(events)
        assert entry.date == "2009-06-25"
        assert {s.article for s in entry.sources} == {"a", "b"}


def test_a_day_named_by_a_weekday_a_year_apart_stays_apart():
    # only a day named by its number without a year has its year read from the page; a weekday's year is its week's
    written = ev("a", "2009-06-25", "He injected Jackson with several sedatives",
                 "On 25 June 2009, he injected Jackson with several sedatives.",
                 "injected jackson sedatives", "injected", expression="25 June 2009")
    weekday = ev("b", "2010-06-25", "He injected Jackson with several sedatives",
                 "On Friday, he injected Jackson with several sedatives.",
                 "injected jackson sedatives", "injected", expression="On Friday")
    assert sorted(e.date for e in merge([written, weekday])) == ["2009-06-25", "2010-06-25"]


def test_the_printed_title_keeps_the_quotation_marks_of_its_sentence():
    # the entry prints the quoted word as quoted; members are merged and chosen on the bare words
    labeled = ev("a", "2011-03-21", "Gadhafi labeled the coalition terrorists",
                 "Gadhafi labeled the coalition \"terrorists\" on Monday.", "gadhafi label coalition terrorists",
                 "labeled", expression="on Monday")
    (entry,) = merge([labeled])
    assert entry.title == "Gadhafi labeled the coalition “terrorists”"
    assert entry.generated.split(".")[1] == fingerprint(("2011-03-21", ""), entry.title).split(".")[1]


def test_a_quotations_words_alone_print_with_their_speaker():
    strikes = ev("a", "2011-06-19", "NATO continued its strikes against regime installations in Tripoli",
                 "“NATO continued its strikes against regime installations in Tripoli overnight,” NATO said.",
                 "nato continue strikes regime installations tripoli", "continued", expression="overnight")
    (entry,) = merge([strikes])
    assert entry.title == "NATO said “NATO continued its strikes against regime installations in Tripoli”"


def test_the_printed_title_takes_the_print_edits_unless_they_cost_a_quotation_its_marks():
    # polish.printed: "in Tuesday's statement" cut to "in the statement" prints "in a statement"; the sentence's
    # opening place comes back; a quoted word the article edit would change keeps the title as chosen, marked
    statement = ev("a", "2009-07-21", "Mr Chernoff said in the statement that Dr Murray received threats",
                   "Mr Chernoff said in Tuesday's statement that Dr Murray received threats.",
                   "chernoff said statement murray threats", "said", expression="Tuesday")
    gunfire = ev("b", "2011-04-15", "Reuters reporters heard intermittent gunfire",
                 "In the capital Tripoli, Reuters reporters heard intermittent gunfire on Friday evening.",
                 "reuters reporters heard gunfire", "heard", expression="on Friday evening")
    quoted = ev("c", "2011-05-02", "Officials said the statement was false",
                "Officials said “the statement was false” on Monday.", "officials said statement false",
                "said", expression="on Monday")
    assert [e.title for e in merge([statement])] == [
        "Mr Chernoff said in a statement that Dr Murray received threats"]
    assert [e.title for e in merge([gunfire])] == ["In the capital Tripoli, Reuters reporters heard intermittent gunfire"]
    assert [e.title for e in merge([quoted])] == ["Officials said “the statement was false”"]
