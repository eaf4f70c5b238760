"""titles3 (issue 13): three title faults the readers flagged more than once.

(1) a head named by its complement keeps the participle phrase that says which one ("the film of Michael Jackson
rehearsing before his death", not "the film of Michael Jackson"); (2) "Wednesday's meeting" printed "the meeting" is
named by the one compound of the whole article before ("the Doha meeting" of its headline); (3) a participle clause
closing a main clause told in the future is no past act ("He is expected to impose controls tomorrow, following up
the announcement with a visit to the Gulf on Friday" is no "He followed up ...")."""

import pytest

from timeline.events import extract
from timeline.events.main_clauses import gerund_under_future
from timeline.events.subjects import name_event_by_compound, name_head_by_complement
from timeline.model import Article

# (1) the participle phrase after the complement's name

RULED = "Judge Michael Pastor ruled that the film would not help the defense team"


@pytest.mark.parametrize("text, title", [
    ("A judge in Los Angeles has ruled a film of Michael Jackson rehearsing before his death can not be used in the "
     "trial of the doctor accused of killing him.",
     "Judge Michael Pastor ruled that the film of Michael Jackson rehearsing before his death would not help the "
     "defense team"),
    ("A film of Michael Jackson rehearsing was shown.",
     "Judge Michael Pastor ruled that the film of Michael Jackson rehearsing would not help the defense team"),
    ("He saw a film of Michael Jackson rehearsing and dancing.",
     "Judge Michael Pastor ruled that the film of Michael Jackson rehearsing would not help the defense team"),
    # near misses: no participle (the name alone, as before); a participle phrase too long to say which film in a
    # title (the title stays)
    ("A film of Michael Jackson was shown.",
     "Judge Michael Pastor ruled that the film of Michael Jackson would not help the defense team"),
    ("A film of Michael Jackson rehearsing with his dancers for the concerts in London at the O2 arena was shown.",
     RULED),
])
def test_participle_after_the_complement_name(text, title):
    assert name_head_by_complement(RULED, RULED, (text,)) == title


# (2) a day's meeting named by the article's one compound

CO_CHAIR = ("Qatari Prime Minister Hamad bin Jassim bin Jaber Al Thani, a co-chair of Wednesday's meeting, said the "
            "opposition's international allies will consider the needs.")
CO_CHAIR_TITLE = ("Qatari Prime Minister Hamad bin Jassim bin Jaber Al Thani, a co-chair of the meeting, said the "
                  "opposition's international allies will consider the needs")
DOHA = ("Delegates agree to set up a funding mechanism. The Doha meeting convenes as civilian casualties mount.",
        "The international delegates were meeting with Libyan opposition leaders.",
        "Ghoga said Koussa was not invited to any of the meetings.",
        "The first meeting in Doha comes as civilian casualties continued to mount.")


def test_a_days_meeting_is_named_by_the_articles_one_compound():
    assert name_event_by_compound(CO_CHAIR_TITLE, CO_CHAIR, DOHA[-1], DOHA) == CO_CHAIR_TITLE.replace(
        "of the meeting", "of the Doha meeting")
    split = CO_CHAIR.replace("Wednesday's", "Wednesday 's")  # a source that split the possessive off
    assert name_event_by_compound(CO_CHAIR_TITLE, split, DOHA[-1], DOHA) == CO_CHAIR_TITLE.replace(
        "of the meeting", "of the Doha meeting")


def test_a_days_meeting_is_named_by_the_articles_one_place():
    places = ("Delegates agree to set up a funding mechanism.", "The first meeting in Doha comes as casualties mount.",
              "Rebels fled.", "Markets rose.")
    assert name_event_by_compound(CO_CHAIR_TITLE, CO_CHAIR, places[-1], places) == CO_CHAIR_TITLE.replace(
        "of the meeting,", "of the meeting in Doha,")
    # two places, or a month after "in": none
    two = ("The first meeting in Doha comes.", "A meeting in Cairo ended.", "Rebels fled.", "Markets rose.")
    assert name_event_by_compound(CO_CHAIR_TITLE, CO_CHAIR, two[-1], two) == CO_CHAIR_TITLE
    month = ("The first meeting in May comes.", "Rebels fled.", "Markets rose.")
    assert name_event_by_compound(CO_CHAIR_TITLE, CO_CHAIR, month[-1], month) == CO_CHAIR_TITLE


def test_a_meeting_without_its_day_or_with_two_compounds_stays():
    # the sentence wrote "the meeting" (no day that tells the article's one meeting): only the near sentences count
    plain = CO_CHAIR.replace("Wednesday's", "the")
    assert name_event_by_compound(CO_CHAIR_TITLE, plain, DOHA[-1], DOHA) == CO_CHAIR_TITLE
    # two meetings named in the article: which one is not known
    two = ("The Cairo meeting ended on Monday.", *DOHA)
    assert name_event_by_compound(CO_CHAIR_TITLE, CO_CHAIR, DOHA[-1], two) == CO_CHAIR_TITLE
    # a compound and a place of another name
    both = ("The Doha meeting convenes.", "A meeting in Cairo ended.", "Rebels fled.", "Markets rose.")
    assert name_event_by_compound(CO_CHAIR_TITLE, CO_CHAIR, both[-1], both) == CO_CHAIR_TITLE
    # an owner's possessive, no day
    owned = CO_CHAIR.replace("Wednesday's", "Gadhafi's")
    assert name_event_by_compound(CO_CHAIR_TITLE, owned, DOHA[-1], DOHA) == CO_CHAIR_TITLE


# (3) a participle under a future

EXPECTED = ("He is expected to impose tighter new controls on offshore oil drilling tomorrow, following up the "
            "announcement with a visit to the Gulf on Friday.")


def test_a_participle_under_a_future_is_no_past_act():
    assert gerund_under_future(EXPECTED, "He followed up the announcement with a visit to the Gulf")
    assert gerund_under_future(EXPECTED, "Following up the announcement with a visit to the Gulf")
    events = extract(Article(id="a", body="Barack Obama will announce new rules. " + EXPECTED,
                             published="2010-05-26"))
    assert not [e.title for e in events if "followed up" in e.title]


@pytest.mark.parametrize("sentence, title", [
    # a past main clause
    ("The army has moved more troops to the border, sending three tank battalions to Zawiya on Saturday.",
     "The army sent three tank battalions to Zawiya"),
    # a future inside a report: the saying happened
    ("Britain said on Tuesday it would send military officers to advise Libyan rebels, worrying critics who fear "
     "the country is being dragged into a civil war.", "Britain worried critics who fear the country"),
    # a past verb after the future: the main clause's own
    ("The general, who would later defect, took the town, sending three tank battalions to Zawiya on Saturday.",
     "The general sent three tank battalions to Zawiya"),
    # the participle is not the title's
    (EXPECTED, "He imposed tighter new controls on offshore oil drilling"),
])
def test_near_misses_of_a_participle_under_a_future(sentence, title):
    assert not gerund_under_future(sentence, title)


def test_a_past_main_clause_keeps_its_participle_event():
    events = extract(Article(id="a", body="The army has moved more troops to the border, sending three tank "
                                          "battalions to Zawiya on Saturday.", published="2011-03-01"))
    assert [e.title for e in events if e.source.expression == "Saturday"]
