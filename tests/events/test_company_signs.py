"""definites11: more signs that a name is a business, so that "the company", "the firm's" and "the oil giant" take
it (timeline.events.subjects: _said_businesses, _dominant_business; events.yaml organisation_references
said_by_company, said_place_words, dominant lone_min_count, company_heads)."""

import pytest

from timeline.events.subjects import _said_businesses, name_organisation_reference, role_mentions

# the opening of a real article (bpoil_guardian 2010-07-05), then a sentence that says "the company"
SAID = ("The oil spill in the Gulf of Mexico has so far cost BP $3.12bn, the company said this morning as it emerged "
        "that its partners must pay.")
SAID_TEXTS = [SAID, "Last month, BP sent out demands for almost $400m to its partners in the well.",
              "BP is demanding payment within 30 days."]
# bpoil_guardian 2010-06-02: BP named once before, with a sign of a business ("BP shares")
LONE_TEXTS = ["Last night's announcement that the US is launching a criminal investigation capped off a day on which BP "
              "shares fell again."]


@pytest.mark.parametrize("texts,names", [
    ([SAID], {"BP"}),
    (["Tesoro cut its output by a third, the firm said.", "Its output was high."], {"Tesoro"}),
    # near misses: two names that may be businesses; a person; a place after "in"; no comma before the phrase
    (["BP blamed Transocean for the blast, the company said."], set()),
    (["Tony Hayward will step down in October, the company said."], set()),
    (["Production resumed in Libya last week, the company said.", "Oil production fell."], set()),
    (["BP said the company said nothing."], set()),
])
def test_company_said_marks_a_business(texts, names):
    assert _said_businesses(texts) == frozenset(names)


@pytest.mark.parametrize("title,sentence,texts,named", [
    # ", the company said" makes BP the article's business: "the company" later is BP
    ("The company updated investors about the clean-up", "News came as the company updated investors about the "
     "clean-up.", SAID_TEXTS, "BP updated investors about the clean-up"),
    # one business named once before, none other: "The firm's shares" -> BP's
    ("The firm's shares plummeted by 13%", "The firm's shares plummeted by 13% today.", LONE_TEXTS,
     "BP's shares plummeted by 13%"),
    # "the oil giant" is a company head
    ("Hopes rose that the oil giant will plug the leak", "Hopes rose that the oil giant will plug the leak.",
     SAID_TEXTS, "Hopes rose that BP will plug the leak"),
    # near misses: no sign of a business (BP named three times, never as one); two businesses before, each once;
    # a person's company
    ("The company updated investors about the clean-up", "News came as the company updated investors about the "
     "clean-up.", SAID_TEXTS[1:] + ["BP is demanding payment."], "The company updated investors about the clean-up"),
    ("The firm's shares plummeted by 13%", "The firm's shares plummeted by 13% today.",
     LONE_TEXTS + ["Transocean shares fell too."], "The firm's shares plummeted by 13%"),
    ("The firm's shares plummeted by 13%", "The firm's shares plummeted by 13% today.",
     LONE_TEXTS + ["The Livingston Group lobbied for it."], "The firm's shares plummeted by 13%"),
    ("The firm's shares plummeted by 13%", "The firm's shares plummeted by 13% today.",
     LONE_TEXTS + ["Transocean, which owned the rig, said it was not to blame."], "The firm's shares plummeted by 13%"),
    ("Hayward said the company's shares fell", "Hayward said the company's shares fell.",
     ["Tony Hayward spoke in Houston."], "Hayward said the company's shares fell"),
])
def test_company_named_by_new_signs(title, sentence, texts, named):
    mentions = [mention for text in texts for mention in role_mentions(text)]
    assert name_organisation_reference(title, sentence, texts, mentions) == named

