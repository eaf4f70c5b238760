"""Selection: what happened (planned-only events left out) and the top N, salience from every mention."""

import pytest

from timeline.model import Entry, Source
from timeline.salience import (about, date_salience, entry_salience, happened, mentions, off_subject_articles, on_topic,
                               told_only_off_subject, top, topic_forms, topic_shares)

PUBLISHED = {"early": "2016-05-20", "late": "2016-06-02", "other": "2016-05-26"}


def entry(id_: str, date: str, *articles: str, rejected: bool = False) -> Entry:
    return Entry(id=id_, date=date, mod="", title=id_, rejected=rejected,
                 sources=[Source(a, f"{id_} in {a}.", date, published=PUBLISHED.get(a, "")) for a in articles])


def test_an_event_only_announced_is_left_out():
    vote = entry("vote", "2016-05-30", "early")
    assert happened([vote]) == []


def test_an_announced_event_that_was_then_reported_stays_with_both_sources():
    vote = entry("vote", "2016-05-30", "early", "late")
    assert happened([vote]) == [vote]


def test_a_later_undated_mention_does_not_make_an_announced_date_happen():
    set_for = Entry(id="sentencing", date="2016-05-30", mod="", title="sentencing",
                    sources=[Source("early", "The judge set sentencing for May 30.", "May 30", PUBLISHED["early"]),
                             Source("late", "The judge sentenced him to 12 years.", "", PUBLISHED["late"])])
    assert happened([set_for]) == []


def test_past_events_rejected_and_hand_written_entries_stay():
    past = entry("past", "2016-05-01", "early")
    rejected = entry("rejected", "2016-07-01", "early", rejected=True)
    by_hand = entry("by-hand", "2016-08-01")
    assert happened([past, rejected, by_hand]) == [past, rejected, by_hand]


def test_a_coarse_date_that_began_before_publication_happened():
    assert happened([entry("month", "2016-05", "early")]) != []


def test_announcements_make_a_date_salient_without_being_shown():
    quiet = entry("quiet", "2016-05-10", "early")
    busy = entry("busy", "2016-05-12", "other")
    announced = [entry(f"announced-{i}", "2016-05-12", a) for i, a in enumerate(["early", "late"])]
    assert [e.id for e in top([quiet, busy], 1)] == ["quiet"]  # a tie goes to the earlier date
    assert [e.id for e in top([quiet, busy], 1, announced)] == ["busy"]
    assert [e.id for e in top([busy, quiet], 1, [entry("x", "2016-05-10", "late"), entry("y", "2016-05-10", "other")])] == ["quiet"]


# --- --top: which dates a journalist's chronology would list, and which line for each date ----------------

def story(id_: str, date: str, *articles: str, keys: tuple[str, ...] = ("rebels", "tripoli"),
          quote: str = "") -> Entry:
    """An entry on the feed's subject (its key words are those most articles share)."""
    return Entry(id=id_, date=date, mod="", title=id_, keys=keys,
                 sources=[Source(a, quote or f"{id_} in {a}.", date) for a in articles])


def chosen_dates(entries: list[Entry], n: int, **options: object) -> list[str]:
    return [e.date for e in top(entries, n, **options)]


def test_a_date_many_independent_articles_tie_to_one_event_outranks_a_date_of_one_live_blog():
    # one live blog reports eight things on May 3; five articles report the fall of the city on May 9
    blog = [story(f"blog-{i}", "2016-05-03", "live-blog") for i in range(8)]
    fall = story("fall", "2016-05-09", *[f"paper-{i}" for i in range(5)])
    assert chosen_dates([*blog, fall], 1) == ["2016-05-09"]


def test_a_date_a_journalist_lists_in_a_chronology_outranks_a_date_many_articles_report():
    listed = Entry(id="listed", date="2016-04-02", mod="", title="listed", keys=("rebels", "tripoli"),
                   sources=[Source("explainer", "April 2 - Rebels enter Tripoli", "April 2", chronology=True)])
    busy = story("busy", "2016-04-20", *[f"paper-{i}" for i in range(6)])
    assert chosen_dates([listed, busy], 1) == ["2016-04-02"]


def test_the_news_of_the_day_makes_a_date_salient():
    # two dates, each reported by one article; on May 12 four articles were published (the day's news)
    quiet = story("quiet", "2016-05-10", "a")
    newsday = story("newsday", "2016-05-12", "b")
    # the publication days of the feed's articles: a and b, and four more that tell neither entry
    published = ["2016-05-20", "2016-05-20", *["2016-05-12"] * 4]
    assert chosen_dates([quiet, newsday], 1) == ["2016-05-10"]  # a tie goes to the earlier date
    assert chosen_dates([quiet, newsday], 1, publications=published) == ["2016-05-12"]
    next_morning = ["2016-05-20", "2016-05-20", *["2016-05-13"] * 4]
    assert chosen_dates([quiet, newsday], 1, publications=next_morning) == ["2016-05-12"]
    two_days_later = ["2016-05-20", "2016-05-20", *["2016-05-14"] * 4]
    assert chosen_dates([quiet, newsday], 1, publications=two_days_later) == ["2016-05-10"]


def test_reports_of_a_side_story_weigh_less_than_reports_of_the_feeds_subject():
    # most articles are about the war in Libya; three radio listings share words no other article uses
    subject = [story(f"war-{i}", "2016-06-01", f"war-{i}") for i in range(6)]
    battle = story("battle", "2016-06-08", "war-0", "war-1")
    radio = story("radio", "2016-06-05", "listing-0", "listing-1", "listing-2", keys=("radio", "schedule"))
    assert chosen_dates([*subject, battle, radio], 2) == ["2016-06-01", "2016-06-08"]


def test_on_topic_is_the_squared_share_of_articles_naming_the_entrys_most_shared_word():
    entries = [story("a", "2016-01-01", "x", keys=("libya", "oil")), story("b", "2016-01-02", "y", keys=("libya",))]
    shares = topic_shares(entries)
    assert shares == {"libya": 1.0, "oil": 0.5}
    assert on_topic(story("c", "2016-01-03", "z", keys=("oil", "=attack")), shares) == 0.25
    assert on_topic(story("d", "2016-01-03", "z", keys=()), shares) == 1.0  # nothing to judge by


def test_per_date_gives_n_dates_with_at_most_l_events_each_the_most_reported_first():
    may3 = [story("minor", "2016-05-03", "p1"), story("major", "2016-05-03", "p1", "p2", "p3"),
            story("middle", "2016-05-03", "p2", "p3")]
    may5 = [story("only", "2016-05-05", "p4")]
    may7 = [story("least", "2016-05-07", "p5")]
    result = top([*may3, *may5, *may7], 2, per_date=2)
    assert [e.id for e in result] == ["major", "middle", "only"]


def test_without_per_date_top_n_counts_events_one_per_date_first():
    may3 = [story("major", "2016-05-03", "p1", "p2", "p3"), story("middle", "2016-05-03", "p2", "p3")]
    may5 = [story("only", "2016-05-05", "p4")]
    assert [e.id for e in top([*may3, *may5], 2)] == ["major", "only"]
    assert [e.id for e in top([*may3, *may5], 3)] == ["major", "middle", "only"]


def test_within_a_date_an_item_of_a_chronology_comes_before_a_more_reported_line():
    line = Entry(id="line", date="2016-08-23", mod="", title="Rebels overrun the compound", keys=("rebels",),
                 sources=[Source("explainer", "Aug. 23 - Rebels overrun the compound", "Aug. 23", chronology=True)])
    other = story("other", "2016-08-23", "p1", "p2")
    assert [e.id for e in top([other, line], 1, per_date=2)] == ["line", "other"]


def test_top_keeps_rejected_entries_outside_the_count_in_chronological_order():
    kept = story("kept", "2016-05-03", "p1", "p2")
    dropped = story("dropped", "2016-05-04", "p3")
    rejected = entry("rejected", "2016-05-01", "p1", rejected=True)
    assert [e.id for e in top([kept, dropped, rejected], 1)] == ["rejected", "kept"]
    assert [e.id for e in top([kept, dropped, rejected], 1, per_date=1)] == ["rejected", "kept"]


def test_day_precise_dates_come_before_coarser_ones():
    month = story("month", "2016-05", *[f"p{i}" for i in range(6)])
    day = story("day", "2016-05-03", "q")
    assert chosen_dates([month, day], 1) == ["2016-05-03"]


def test_date_salience_counts_distinct_articles_not_mentions():
    repeated = [story(f"r{i}", "2016-05-03", "blog") for i in range(5)]
    once = [story("once", "2016-05-04", "blog")]
    scores = date_salience([*repeated, *once])
    assert scores["2016-05-03"] == scores["2016-05-04"] > 0


# --- --about: the events of one story in a mixed feed --------------------------------------------------------

@pytest.mark.parametrize("topic, text, expected", [
    ("Libya", "Libyan forces shelled the town", True),
    ("libya", "Libya's leader spoke", True),
    ("Syria", "Thousands of Syrians fled", True),
    ("Iran", "the Iranian navy", True),
    ("Germany", "German troops left", True),
    ("German", "talks in Germany", True),
    ("war", "after two wars", True),
    ("spill", "the oil spilled for weeks", True),
    ("protest", "protesters gathered", True),
    ("company", "the companies agreed", True),
    ("BP", "bp shares fell", True),
    ("war", "they warn of floods", False),
    ("war", "talks in Warsaw", False),
    ("oil", "the water boiled", False),
    ("bus", "a busy day", False),
])
def test_mentions_ignores_case_possessives_plurals_and_demonyms_but_not_other_words(topic, text, expected):
    assert mentions(text, [topic]) is expected


def test_topic_forms_keep_short_words_whole():
    assert topic_forms("Libyan") == {"libyan", "liby"}
    assert topic_forms("oil") == {"oil"}
    assert topic_forms("wars") == {"wars", "war"}


def test_about_keeps_events_whose_sentence_or_article_names_the_topic():
    heads = {"libya-report": "Libya: rebels advance\nRebels pushed west on Sunday.",
             "quake-report": "Japan quake\nThe earthquake struck Friday.",
             "mixed-blog": "Live: world news\nUpdates through the day."}
    in_sentence = Entry(id="shelled", date="2016-03-06", mod="", title="Forces shelled Misrata",
                        sources=[Source("mixed-blog", "Libyan forces shelled Misrata on Sunday.", "Sunday")])
    in_article = Entry(id="entered", date="2016-03-06", mod="", title="Rebels entered the town",
                       sources=[Source("libya-report", "Rebels entered the town on Sunday.", "Sunday")])
    off_topic = Entry(id="quake", date="2016-03-11", mod="", title="The earthquake struck",
                      sources=[Source("quake-report", "The earthquake struck on Friday.", "Friday"),
                               Source("mixed-blog", "The earthquake struck Japan on Friday.", "Friday")])
    rejected = entry("rejected", "2016-03-12", "quake-report", rejected=True)
    by_hand = Entry(id="by-hand", date="2016-03-13", mod="", title="Written by an editor")
    kept = about([in_sentence, in_article, off_topic, rejected, by_hand], ["libya"], heads)
    assert [e.id for e in kept] == ["shelled", "entered", "rejected", "by-hand"]
    assert [e.id for e in about([in_sentence, in_article, off_topic], ["quake", "earthquake"], heads)] == ["quake"]


def test_about_matches_any_of_several_words_and_nothing_for_no_word():
    e = story("e", "2016-01-01", "a", quote="Gaddafi's son was captured.")
    assert about([e], ["Benghazi Gaddafi"], {}) == [e]
    assert about([e], ["Benghazi"], {}) == []
    assert mentions("anything", []) is False


def test_within_a_date_a_line_that_says_who_did_what_comes_before_a_scrap():
    scrap = Entry(id="scrap", date="2016-03-18", mod="", title="ET", keys=("libya",),
                  sources=[Source(a, "ET", "March 18") for a in ("p1", "p2", "p3")])
    line = story("line", "2016-03-18", "p4")
    line.title = "Government declared a cease-fire"
    assert [e.id for e in top([scrap, line], 1, per_date=2)] == ["line", "scrap"]


def test_a_source_whose_article_was_not_read_dates_nothing():
    # read back from timeline.yaml for an article this build did not read: no publication date to compare with
    unread = Entry(id="vote", date="2016-05-30", mod="", title="vote",
                   sources=[Source("gone", "The vote was held on May 30.", "May 30")])
    assert happened([unread]) == []


def test_selection_reads_the_facts_on_the_model_not_the_stages_that_found_them():
    import ast
    from pathlib import Path

    import timeline.salience

    tree = ast.parse(Path(timeline.salience.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | \
        {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert "timeline.model" in imported
    assert not any(m and m.startswith(("timeline.events", "timeline.merge")) for m in imported)


# --- an article off the feed's subject (salience.off_subject_articles) ------------------------------------------

FLU_WORDS = ("swine", "flu", "virus", "cases", "confirmed", "health", "scotland", "tested", "patients", "hospital",
             "pandemic", "outbreak", "mexico", "vaccine", "school", "closed", "infected", "spread", "officials",
             "minister", "travel", "isolated")
CHURCH_WORDS = ("assembly", "presbyterian", "moderator", "minister", "gay", "parish", "aberdeen", "schism", "reverend",
                "congregations", "mauled", "correspondent", "telegraph", "sermon", "mound", "debate", "conservatives",
                "rubicon", "sequence", "presenter", "crawley", "bartlett")


def keyed(id_: str, date: str, keys: tuple[str, ...], *articles: str) -> Entry:
    return Entry(id=id_, date=date, mod="", title=f"{id_} happened in the town", keys=keys,
                 sources=[Source(a, f"{id_} in {a}.", date, published=date) for a in articles])


def flu_feed(articles: int = 12) -> list[Entry]:
    """A feed of flu news, each article telling one event with most of the flu words, and one parish page telling
    three events in its own words (one of them, "minister", a word the flu news uses too)."""
    feed = [keyed(f"flu{i}", f"2009-05-0{1 + i % 5}", FLU_WORDS[i % 3:i % 3 + 18], f"news{i}")
            for i in range(articles)]
    feed += [keyed(f"church{i}", "2009-05-30", CHURCH_WORDS[i * 7:i * 7 + 8], "parish") for i in range(3)]
    return feed


def test_a_page_whose_events_share_no_subject_word_is_off_the_subject():
    feed = flu_feed()
    assert off_subject_articles(feed, topic_shares(feed)) == {"parish"}


def test_the_judgement_does_not_depend_on_the_order_of_the_entries():
    feed = flu_feed()
    assert off_subject_articles(feed[::-1], topic_shares(feed[::-1])) == off_subject_articles(feed, topic_shares(feed))


def test_a_feed_of_ten_articles_or_fewer_has_no_article_off_its_subject():
    feed = flu_feed(articles=9)  # with the parish page, ten articles: each word is named by a tenth of them
    assert off_subject_articles(feed, topic_shares(feed)) == frozenset()


def test_an_article_of_few_key_words_is_not_judged():
    feed = flu_feed() + [keyed("tube", "2010-05-16", ("successfully", "inserted", "tube", "riser"), "blog")]
    assert "blog" not in off_subject_articles(feed, topic_shares(feed))


def test_an_off_subject_page_ties_no_date_and_its_events_come_last_on_their_date():
    feed = flu_feed() + [keyed("flu-late", "2009-05-30", FLU_WORDS[:5], "news0")]
    shares = topic_shares(feed)
    off = off_subject_articles(feed, shares)
    assert date_salience(feed, (), shares, off)["2009-05-30"] == date_salience(
        [e for e in feed if not e.id.startswith("church")], (), shares)["2009-05-30"]
    day = sorted((e for e in feed if e.date == "2009-05-30"), key=lambda e: entry_salience(e, shares, off))
    assert day[0].id == "flu-late" and {e.id for e in day[1:]} == {"church0", "church1", "church2"}


def test_an_event_another_article_also_tells_keeps_its_weight():
    feed = flu_feed(articles=25)  # a word two of 26 articles name is no subject word
    told_too = keyed("shared", "2009-05-30", CHURCH_WORDS[:8], "parish", "news3")
    off = off_subject_articles([*feed, told_too], topic_shares([*feed, told_too]))
    assert "parish" in off and not told_only_off_subject(told_too, off)
    assert told_only_off_subject(feed[-1], off)


def test_an_event_told_done_in_the_small_hours_of_the_next_day_happened():
    # "Saif al-Islam Gadhafi early Monday promised widespread reforms" on a Sunday page: pages are dated hours behind
    # the places they report, so the next day's small hours were past by then; a plan for that day is still ahead
    told = Source("early", "X early Saturday promised reforms.", "Saturday", published=PUBLISHED["early"], told_done=True)
    plan = Source("early", "X will meet early Saturday.", "Saturday", published=PUBLISHED["early"])
    done = Entry(id="done", date="2016-05-21", mod="", title="done", sources=[told])
    ahead = Entry(id="ahead", date="2016-05-21", mod="", title="ahead", sources=[plan])
    two_days = Entry(id="two-days", date="2016-05-22", mod="", title="two-days", sources=[told])
    assert happened([done, ahead, two_days]) == [done]
