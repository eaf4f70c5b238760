"""kinds4: a proposal is told by three words (proposal, offer, plan): a title's bare "the offer" is named by the one
fuller mention of a proposal just before it, and left alone where there are two, where the one is in a quotation, or
where the thing before is of another kind (timeline.events.subjects name_by_kind; kinds.yaml `proposal`)."""

import pytest

from timeline.events.subjects import name_by_kind
from timeline.rules import load_yaml

FILLER = ["Officials counted them.", "Two were sick.", "Four were children.", "Doctors saw them.", "Food was short."]
SPURNED = "Forces loyal to Gadhafi showed no signs of backing down after officials spurned an opposition cease-fire proposal."
TITLE = "Musa Ibrahim said rebels were not serious about the offer"
SENTENCE = "Musa Ibrahim said on Friday that rebels were not serious about the offer."


@pytest.mark.parametrize("title,sentence,texts,named", [
    # the one proposal the sentence right before introduces names "the offer"
    (TITLE, SENTENCE, [*FILLER, SPURNED],
     "Musa Ibrahim said rebels were not serious about the opposition cease-fire proposal"),
    # "the plan" after the one described plan; a title that opens with it takes "a", as a thing first told does
    ("The plan was rejected by the rebels", "The plan was rejected by the rebels on Monday.",
     [*FILLER, "The African Union presented a peace plan to Gaddafi in Tripoli."],
     "A peace plan was rejected by the rebels"),
])
def test_names_a_proposal(title, sentence, texts, named):
    assert name_by_kind(title, sentence, texts) == named


@pytest.mark.parametrize("texts", [
    # two candidates: which one is meant is not told
    [*FILLER, "Officials spurned an opposition cease-fire proposal and a Turkish peace plan."],
    # the candidate is in a quotation
    [*FILLER, "“We spurned an opposition cease-fire proposal,” the spokesman said."],
    # a candidate of another kind (a procedure, a resolution) names no proposal
    [*FILLER, "Officials spurned the capping procedure."],
    [*FILLER, "Officials spurned a draft resolution authorizing a no-fly zone."],
    # a plural of the kind: several proposals
    [*FILLER, "Officials spurned an opposition cease-fire proposal.", "Other proposals were weighed."],
    # a bare mention names nothing more
    [*FILLER, "Officials spurned a proposal."],
])
def test_leaves_the_offer_alone(texts):
    assert name_by_kind(TITLE, SENTENCE, texts) == TITLE


def test_proposal_kind_is_a_table_entry():
    kinds = {k["name"]: k for k in load_yaml("timeline.events", "kinds.yaml")["kind_referents"]["kinds"]}
    assert set(kinds["proposal"]["nouns"]) == {"proposal", "offer", "plan"}
