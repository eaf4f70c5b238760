"""dates34: a weekday that ends the phrase of an act still planned is the coming one, whatever past verb stands
earlier in its sentence (vocab.yaml planned_weekday, anchor._planned_act): a modal of possibility ("a vote could come
on Thursday"), a non-past word of hope or purpose before the act's "to" ("hope to run into you ... on Monday"), a
present perfect of request ("has asked McCain ... to brief ... Tuesday"), a plan set off by commas ("The report, to
be released in full on Tuesday, is ..."). A past act, a perception, a perfect after the modal, a simple past or
pluperfect request and a start after "since" keep the weekday gone."""

import pytest

from timeline.tagger import tag
from timeline.tagger.rules import tables

WEDNESDAY = "2016-05-25"


def _weekdays(text, dct=WEDNESDAY):
    return [t.value for t in tag(text, dct) if t.rule == "weekday"]


@pytest.mark.parametrize("text,dct,values", [
    # from the development topics (told on the page's day in the second column)
    ("No vote was held on the draft on Wednesday, but diplomats said a vote could come on Thursday or Friday.",
     "2011-08-24", ["2011-08-24", "2011-08-25", "2011-08-26"]),
    ("House Speaker John Boehner proposed two resolutions on the Libya mission that could come up for votes on "
     "Thursday.", "2011-06-21", ["2011-06-23"]),
    ("There were also signs Gaddafi may try to turn Friday prayers in Tripoli into a pro-government demonstration.",
     "2011-07-07", ["2011-07-08"]),
    ("Serious questions are being asked by PMS members about the way this crisis has been handled by Church House "
     "officials, and some of those questions may be raised during the debate on Tuesday.", "2009-05-31",
     ["2009-06-02"]),
    ("The final solution to BP's oil well spill could be in place by Sunday, five months after the deadly explosion "
     "spewed 5m barrels of crude into the Gulf of Mexico, the Obama administration said today.", "2010-09-15",
     ["2010-09-19"]),
    ("We hope to run into you right back here on Monday for more CNN Student News.", "2011-03-24", ["2011-03-28"]),
    ("French U.N. Ambassador Gerard Araud told reporters he had formally submitted the draft to the U.N. secretariat "
     "with a view to putting it to a vote on Thursday.", "2011-03-16", ["2011-03-17"]),
    ("McConnell said he has asked Sen. John McCain, R-Arizona, the top Republican on the Armed Services Committee, to "
     "brief Senate Republicans at their weekly policy lunch in the Capitol Tuesday about his trip to Egypt over the "
     "weekend.", "2011-02-28", ["2011-03-01"]),
    ("The report, to be released in full on Tuesday, is utterly damning.", "2011-01-06", ["2011-01-11"]),
])
def test_planned_act_is_ahead(text, dct, values):
    assert _weekdays(text, dct) == values


@pytest.mark.parametrize("text,value", [
    ("The ship could dock Monday, officials said.", "2016-05-30"),
    ("Ministers may gather again on Friday.", "2016-05-27"),
    ("The council has called on both sides to sign the deal on Monday.", "2016-05-30"),
    ("Rebels hope to take the town on Sunday.", "2016-05-29"),
])
def test_planned_act_made_up(text, value):
    assert _weekdays(text) == [value]


@pytest.mark.parametrize("text,value", [
    # a perception, a negated or limited ability, a perfect after the modal: what was heard, done or not done then
    ("Fierce artillery fire could be heard around Zawiya on Friday.", "2016-05-20"),
    ("He said he could see smoke rising over the port on Monday.", "2016-05-23"),
    ("CNN could not independently confirm reports from the town on Tuesday.", "2016-05-24"),
    ("Rebels may have fled the town on Sunday.", "2016-05-22"),
    ("Neither he nor his parents could be located Tuesday in their hometown.", "2016-05-24"),
    # another verb between the modal or the act and the weekday
    ("Officials said the rebels could hold out, and the town fell on Monday.", "2016-05-23"),
    ("We may never know what happened on Monday.", "2016-05-23"),
    ("Officials said rebels could hold out until the army took the port on Monday.", "2016-05-23"),
    ("He hopes to learn what they found on Monday.", "2016-05-23"),
    # "May" with a capital is the month, no modal
    ("In May rebels took the town on Monday.", "2016-05-23"),
    # a start gone after "since"
    ("The shelling may be the heaviest since Monday.", "2016-05-23"),
    # a past act of trying, hoping or requesting: the weekday is its own day
    ("A group of lawyers tried to approach her sister's house Monday.", "2016-05-23"),
    ("Ghoga sought to clarify the opposition's position Saturday.", "2016-05-21"),
    ("They hoped to finish the count on Monday.", "2016-05-23"),
    ("Clinton urged Gadhafi to step down on Monday.", "2016-05-23"),
    ("McConnell had asked McCain to brief senators Tuesday.", "2016-05-24"),
    # a purpose after the weekday, or an infinitive after its act's day
    ("Youcif made his way to the airport Tuesday evening to board a flight.", "2016-05-24TEV"),
    ("Protesters vowed on Sunday to march again.", "2016-05-22"),
])
def test_past_act_stays_gone(text, value):
    assert _weekdays(text) == [value]


def test_table_is_complete():
    table = tables().planned_weekday
    for key in ("modals", "past_modals", "modal_not_plan", "perception_verbs", "infinitive_leads", "perfect_requests",
                "perfect_auxiliaries", "finite_words", "not_after", "not_verbs_after_to"):
        assert table[key], key
    # a modal is no finite word that would stop its own act, and "could" is not read as a past here alone
    assert not table["modals"] & table["finite_words"]
