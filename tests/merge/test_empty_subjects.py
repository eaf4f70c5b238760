"""merge.empty_subjects: an entry whose title's subject stands for news its article told in another sentence
("Saturday's incident was the first time ...", "The decision in the U.N. was taken") joins the one entry of its date
and article sharing a rare word of its sentence; two candidates, another date, no rare word, or a title telling its
own content keep it apart."""
from __future__ import annotations

import pytest

from test_merge_derivations import _check_join_of_finished_entries

from timeline.merge.empty_subjects import _table, empty_subject, join_empty_subjects

TABLE = _table()

INCIDENT = "An incident was the first time a Libyan opposed to Gadhafi attempted to approach the journalists in Tripoli"
HOTEL = "Al-Obeidy burst into the Rixos Hotel in Tripoli while journalists staying there were having breakfast"
INCIDENT_KEYS = "saturday incident first time libyan opposed gadhafi attempted independently approach journalists tripoli"
HOTEL_KEYS = "obeidy burst rixos hotel tripoli journalists staying breakfast"
COMMON = "gadhafi libya tripoli libyan saturday nato rebels"


def _join(clusters, items, sim):
    join_empty_subjects(clusters, sim)


@pytest.mark.parametrize("case", TABLE["examples"], ids=lambda c: c["title"][:40])
def test_the_tables_examples_are_empty_subjects(case):
    assert empty_subject(case["title"]) is not None


@pytest.mark.parametrize("case", TABLE["near_misses"], ids=lambda c: c["title"][:40])
def test_the_tables_near_misses_tell_their_content(case):
    assert empty_subject(case["title"]) is None


@pytest.mark.parametrize("case", TABLE["no_partner"], ids=lambda c: c["title"][:40])
def test_the_tables_entries_kept_apart_are_empty_subjects(case):
    # of the form: the join's evidence, not the title, keeps them apart
    assert empty_subject(case["title"]) is not None


@pytest.mark.parametrize("title, predicate", [
    ("An incident occurred", ("occurred",)),
    ("The decision in the U.N. was taken", ("was", "taken")),
    ("A strike came a day after spokesmen for the Libyan rebels sparred with a spokesman", ("came",)),
    ("The strike on Tajoura followed “extensive intelligence” of the target", ("followed",)),
    ("Saturday's incident was the first time a Libyan approached the journalists", None),  # a name modifies it
])
def test_empty_subject_forms(title, predicate):
    assert empty_subject(title) == predicate


@pytest.mark.parametrize("title", [
    "A NATO statement said operations would involve reconnaissance missions",  # whose statement, and what
    "A move to curb Obama's military intervention in Libya was defeated",  # a predicate of its own
    "The strike killed three children",  # what the strike did
    "The meeting followed claims by the Libyan government",  # a meeting is no placeholder noun here
    "Rebels said the incident occurred",  # the subject is no placeholder
    "The strike in the old port of the city came",  # the phrase is too long to be a place's
])
def test_titles_with_content_or_another_subject_are_no_empty_subject(title):
    assert empty_subject(title) is None


def test_an_empty_subject_joins_the_one_entry_of_its_date_and_article_sharing_a_rare_word():
    _check_join_of_finished_entries(_join, {
        "events": [("a", "2011-03-26", INCIDENT, "was", INCIDENT_KEYS),
                   ("a", "2011-03-26", HOTEL, "burst", HOTEL_KEYS),
                   ("a", "2011-03-26", "Rebels took Ajdabiya", "took", "rebels took ajdabiya saturday")],
        "common": COMMON, "one": [INCIDENT, HOTEL], "apart": [HOTEL, "Rebels took Ajdabiya"]})


def test_the_partners_title_is_kept():
    # the whole merge, among a feed of 100 other events so that the sentence's words are rare
    from test_merge_derivations import _event
    from timeline.merge import merge
    others = [_event(f"other{n}", f"2000-01-{n % 28 + 1:02d}", f"Other event {n}", "said", f"{COMMON} other{n}")
              for n in range(100)]
    entries = merge([_event("a", "2011-03-26", INCIDENT, "was", INCIDENT_KEYS),
                     _event("a", "2011-03-26", HOTEL, "burst", HOTEL_KEYS),
                     _event("b", "2011-03-26", HOTEL, "burst", HOTEL_KEYS), *others])
    assert [(e.title, len(e.sources)) for e in entries if e.date == "2011-03-26"] == [(HOTEL, 3)]


def test_two_candidate_partners_keep_it_apart():
    # the incident's sentence shares a rare word with two entries of its article: either could be it
    _check_join_of_finished_entries(_join, {
        "events": [("a", "2011-03-26", INCIDENT, "was", INCIDENT_KEYS),
                   ("a", "2011-03-26", HOTEL, "burst", HOTEL_KEYS),
                   ("a", "2011-03-26", "Minders dragged the journalists out", "dragged", "minders dragged journalists")],
        "common": COMMON, "apart": [INCIDENT, HOTEL, "Minders dragged the journalists out"]})


def test_a_partner_of_another_date_is_none():
    _check_join_of_finished_entries(_join, {
        "events": [("a", "2011-03-26", INCIDENT, "was", INCIDENT_KEYS),
                   ("a", "2011-03-27", HOTEL, "burst", HOTEL_KEYS)],
        "common": COMMON, "apart": [INCIDENT, HOTEL]})


def test_a_partner_of_another_article_is_none():
    _check_join_of_finished_entries(_join, {
        "events": [("a", "2011-03-26", INCIDENT, "was", INCIDENT_KEYS),
                   ("b", "2011-03-26", HOTEL, "burst", HOTEL_KEYS)],
        "common": COMMON, "apart": [INCIDENT, HOTEL]})


def test_the_article_alone_is_no_evidence():
    # "The report was issued" and the one other entry of its date and article share no rare word
    report = "The report was issued"
    aid = "Dropped off some building material and relief goods"
    _check_join_of_finished_entries(_join, {
        "events": [("a", "2011-07-29", report, "issued", "air france report issued hours crews technical skills"),
                   ("a", "2011-07-29", aid, "dropped", "villagers aid workers dropped building material relief goods")],
        "common": COMMON, "apart": [report, aid]})


def test_a_placeholder_whose_title_tells_its_content_stays():
    # "A NATO statement said ..." tells what the statement said: it is no empty subject, whatever it shares
    statement = "A NATO statement said operations would involve reconnaissance missions"
    other = "NATO ended its mission in Libya"
    _check_join_of_finished_entries(_join, {
        "events": [("a", "2011-10-18", statement, "said", "nato statement operations interim reconnaissance missions"),
                   ("a", "2011-10-18", other, "ended", "nato ended mission interim reconnaissance")],
        "common": COMMON, "apart": [statement, other]})
