"""Titles a cut left without a needed part (issue 13): the rule tables' examples and near misses, one test each."""

import pytest

from timeline.events.clauses import _present_after_apposition
from timeline.events.lexicon import rules as events_rules
from timeline.events.titles import ends_open_gerund
from timeline.merge.title_choice import title_faults

GERUNDS = events_rules()["title_open_gerund_examples"]
APPOSITIONS = events_rules()["apposition_subject_examples"]


@pytest.mark.parametrize("example", GERUNDS, ids=[e["title"] for e in GERUNDS])
def test_a_title_ending_on_an_open_gerund(example):
    assert ends_open_gerund(example["title"].split()) is example["open"]


def test_title_choice_weighs_an_open_gerund_as_a_cut():
    quote = "On Wednesday, he was forced to apologise for saying: “I want my life back”."
    assert "cut" in title_faults("Hayward was forced to apologise for saying", quote)
    whole = "On Wednesday, he was forced to apologise for saying he wanted his life back."
    assert "cut" not in title_faults("Hayward was forced to apologise for saying he wanted his life back", whole)


@pytest.mark.parametrize("example", APPOSITIONS, ids=[e["before"] + e["first"] for e in APPOSITIONS])
def test_a_present_verb_after_a_name_and_its_apposition(example):
    assert _present_after_apposition(example["before"], example["first"]) is example["subject"]


@pytest.mark.parametrize("words,kept", [
    ("Hayward said he wanted his life back", True),   # a verb, its object, then the particle
    ("The rebels took the town back", True),
    ("The mayor of the town back", False),             # no verb before the object: "back [in May]" introduced a date
])
def test_a_particle_after_a_verb_and_its_object_stays(words, kept):
    from timeline.events.titles import _without_open_ends
    assert (_without_open_ends(words.split())[-1] == words.split()[-1]) is kept


@pytest.mark.parametrize("title,quote,fault", [
    ("A fourth test performed", "A fourth test, performed in April, did indicate the cement would hold.", True),
    ("The first cap installed", "The first cap, installed on 3 June, takes oil and gas to the ship.", True),
    # near misses: the participle is the main verb; a comma before a verb that is no aside's
    ("A fourth test was performed", "A fourth test, performed in April, did indicate the cement would hold.", False),
    ("Jacqueline Fleming died at the hospital", "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the hospital.",
     False),
])
def test_title_choice_weighs_a_participle_aside_alone(title, quote, fault):
    assert ("no_main_clause" in title_faults(title, quote)) is fault


def test_an_apposition_kept_in_the_title_is_no_participle_aside():
    quote = "Earlier this year Jackson's father, Joe, filed a wrongful death lawsuit against Dr Murray."
    assert "no_main_clause" not in title_faults("Jackson's father, Joe, filed a wrongful death lawsuit against Dr Murray",
                                                quote)


NOUN_EVENTS = events_rules()["title_noun_event_examples"]


@pytest.mark.parametrize("example", NOUN_EVENTS, ids=[e["title"] for e in NOUN_EVENTS])
def test_an_owners_event_noun_is_told_as_a_clause(example):
    from timeline.events.titles import _noun_event_told
    assert " ".join(_noun_event_told(example["title"].split())) == example["told"]


DATED_OPENINGS = events_rules()["title_dated_opening_phrase_examples"]


def _title_of(example):
    from timeline.events.titles import make_title
    text = example["text"]
    at = text.index(example["date"])
    return make_title(text, (at, at + len(example["date"])))


@pytest.mark.parametrize("example", DATED_OPENINGS, ids=[e["text"][:40] for e in DATED_OPENINGS])
def test_an_opening_phrase_whose_noun_the_date_qualifies_gives_way_to_the_main_clause(example):
    assert _title_of(example) == example["title"]


DATE_ANCHORS = events_rules()["title_date_anchor_examples"]


@pytest.mark.parametrize("example", DATE_ANCHORS, ids=[e["text"][:40] for e in DATE_ANCHORS])
def test_a_date_that_anchors_a_span_stays(example):
    assert _title_of(example) == example["title"]


def test_a_report_with_its_quotation_before_the_verb_is_not_bare():
    from timeline.events.titles import is_bare_report
    assert not is_bare_report("The arrest warrant “seriously complicates the efforts said a statement")
    assert is_bare_report("A statement released by the union said")


OF_NOUN_EVENTS = events_rules()["title_of_noun_event_examples"]


@pytest.mark.parametrize("example", OF_NOUN_EVENTS, ids=[e["title"] for e in OF_NOUN_EVENTS])
def test_an_event_noun_of_what_it_was_done_to_is_told_as_a_clause(example):
    from timeline.events.titles import _noun_event_told
    assert " ".join(_noun_event_told(example["title"].split())) == example["told"]


BULLET_LISTS = events_rules()["title_bullet_list_examples"]


@pytest.mark.parametrize("example", BULLET_LISTS, ids=[e["title"][:40] for e in BULLET_LISTS])
def test_a_dashed_list_after_a_colon_keeps_its_first_item(example):
    from timeline.events.titles import _first_bullet_item
    assert _first_bullet_item(example["title"]) == example["kept"]


def test_a_title_ending_on_a_verb_of_including_is_a_fragment():
    from timeline.events.titles import is_incomplete
    assert is_incomplete("NATO said key targets hit included")
    assert not is_incomplete("NATO said key targets hit included three tanks")


def test_a_participle_after_referring_to_is_a_passive():
    from timeline.events.titles import make_title
    text = "” referring to the American rapper killed in 1996."
    at = text.index("1996")
    assert make_title(text, (at, at + 4)) == "The American rapper was killed"


def test_a_fuller_title_may_close_on_the_speaker_and_who_was_told():
    from timeline.events.titles import is_incomplete
    told = "The forces still outnumber rebels by about 10-to-1 in armor, Mike Mullen told the House Armed Services Committee"
    assert not is_incomplete(told, told_before=True)
    assert is_incomplete("Dr Murray, 58, told the court", told_before=True)  # an apposition, nothing told


@pytest.mark.parametrize("words,at,awaits", [
    ("the UAE announced that it, too, would send planes", 5, True),    # after "it,"
    ("the UAE announced that it, too, would send planes", 6, True),    # after "too," the aside's end
    ("the rebels took the town, and the army fled", 5, False),         # a comma after a noun
    ("he had to go along with it, an admission", 7, False),            # an object pronoun
])
def test_no_cut_between_a_subject_pronoun_and_its_verb(words, at, awaits):
    from timeline.events.titles import _subject_awaits_verb
    assert _subject_awaits_verb(words.split(), at) is awaits


NOUN_HAPPENINGS = events_rules()["title_noun_happening_examples"]


@pytest.mark.parametrize("example", NOUN_HAPPENINGS, ids=[e["title"] for e in NOUN_HAPPENINGS])
def test_a_verbless_event_noun_phrase_is_told_with_its_nouns_verb(example):
    from timeline.events.titles import noun_event_happened
    assert noun_event_happened(example["title"]) == example["told"]


def test_a_dated_event_noun_in_a_phrase_is_printed_as_a_statement():
    # the member keeps the noun phrase (title choice still prefers a member with a verb of its own); the entry's
    # printed title states it happened
    from timeline.events import extract
    from timeline.merge.entries import printed_title
    from timeline.merge.similarity import item_of
    from timeline.model import Article
    body = ("In announcing the missile strikes, which came eight years to the day after the 2003 U.S.-led invasion of "
            "Iraq, Obama said the effort was intended to protect the Libyan people.")
    events = [e for e in extract(Article(id="a", body=body, published="2011-03-19")) if e.source.expression == "2003"]
    assert [e.title for e in events] == ["The U.S.-led invasion of Iraq"]
    assert printed_title([item_of(events[0])], ("2003", "")) == "The U.S.-led invasion of Iraq began"


JOINED_SUBJECTS = events_rules()["joined_subject_examples"]


@pytest.mark.parametrize("example", JOINED_SUBJECTS, ids=[e["text"][:40] for e in JOINED_SUBJECTS])
def test_an_and_after_a_verbless_piece_joins_one_subject(example):
    from timeline.events.clauses import joins_a_phrase
    from timeline.text.clauses import event_clause_break
    text = example["text"]
    at = text.index(" and ")
    found = [m for m in event_clause_break().finditer(text) if m.start() <= at + 1 <= m.end()]
    assert [joins_a_phrase(text, m.start(), m.end()) for m in found] == [example["joined"]]


GAPPED = events_rules()["title_gapped_complement_examples"]


@pytest.mark.parametrize("example", GAPPED, ids=[e["before"][:40] for e in GAPPED])
def test_a_gapped_verb_takes_its_parallel_clauses_complement(example):
    from timeline.events.titles import gapped_complement
    assert gapped_complement(example["title"], example["before"]) == example["told"]
