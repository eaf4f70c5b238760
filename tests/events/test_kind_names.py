"""A bare "the <kind noun>" of a title named by the one name of that kind near it: the one name set in apposition
to a noun of the kind's family in reach, else the sentence before's subject when it is the one name of the kind there
(timeline.events.kind_names, kind_names.yaml; referents4)."""

import pytest

from timeline.events.kind_names import name_kind_description
from timeline.events.subjects import name_kind_reference
from timeline.rules import load_yaml

from dated_titles import dated_titles  # one article's titles for one date phrase

TABLE = load_yaml("timeline.events", "kind_names.yaml")
TALIBAN = ("The U.N. Security Council will impose sanctions on the Pakistani Taliban, an extremist Islamic "
           "organization which American officials blame for the plot.")
MCCAIN = "McCain has expressed anger that the White House didn't push for an earlier vote."
MENTIONS = [("John McCain", "senator"), ("McCain", "")]


@pytest.mark.parametrize("title,sentence,texts,mentions,named", [
    # an apposition to a noun of the family ("organization" for "group"), though the sentence before opens with
    # another organisation
    ("The group will be added to a U.N. blacklist", "The group will be added on Friday to a U.N. blacklist.",
     [TALIBAN], (), "The Pakistani Taliban will be added to a U.N. blacklist"),
    # "<Name> is a <noun>"; a possessive kept
    ("The group's leaders fled", "The group's leaders fled on Friday.",
     ["Ansar Dine is a militant movement in Mali.", "Fighting went on."], (), "Ansar Dine's leaders fled"),
    # the sentence before's subject, the one person there; printed as the article's full name
    ("The senator contends a resolution would have passed", "The senator contends a resolution would have passed.",
     [MCCAIN], MENTIONS, "John McCain contends a resolution would have passed"),
    # an age before the noun describes it
    ("The 68-year-old leader spoke from a compound", "The 68-year-old leader spoke from a compound.",
     ["Gadhafi gave a speech on state television."], [("Moammar Gadhafi", "")],
     "Moammar Gadhafi spoke from a compound"),
    # a sentence before whose opening the subject reader cannot read (a participle clause, "While ..."): its one
    # name of the kind, outside a quotation; an organisation's written after "the"
    ("The 68-year-old leader spoke from a compound", "The 68-year-old leader spoke from a compound.",
     ["Blaming the unrest on “rats” of foreign services, Gadhafi said traitors will be executed."],
     [("Moammar Gadhafi", "leader")], "Moammar Gadhafi spoke from a compound"),
    ("Security services launched a crackdown against the group", "In 1998, security services launched a crackdown "
     "against the group.", ["While jihadists launched a campaign to overthrow Gadhafi in the 1990s, the Brotherhood "
                            "focused its efforts on preaching in Libya."], [("Moammar Gadhafi", "leader")],
     "Security services launched a crackdown against the Brotherhood"),
    # an organisation the sentence before opens with, the description anywhere in the title
    ("Security services launched a crackdown against the group", "In 1998, security services launched a crackdown "
     "against the group.", ["The Brotherhood focused its efforts on preaching in Libya."], [("Moammar Gadhafi", "")],
     "Security services launched a crackdown against the Brotherhood"),
])
def test_named_by_its_kind(title, sentence, texts, mentions, named):
    assert name_kind_description(title, sentence, texts[-1], texts, mentions) == named


@pytest.mark.parametrize("title,sentence,texts,mentions", [
    # two names in apposition in reach
    ("The group said it would talk", "The group said it would talk.",
     ["Hamas, an Islamist group, and Fatah, a secular movement, met."], ()),
    # two organisations in the sentence before, none apposed
    ("The group will be added to a blacklist", "The group will be added to a blacklist.",
     ["The U.N. Security Council imposed sanctions on the Pakistani Taliban."], ()),
    # another person in the sentence before, or in the title's sentence before the description
    ("The senator contends a vote would pass", "The senator contends a vote would pass.",
     ["McCain met Lindsey Graham in Benghazi."], MENTIONS),
    ("The senator contends a vote would pass", "As Lindsey Graham left, the senator contends a vote would pass.",
     [MCCAIN], MENTIONS),
    # a describing word of another one; a capitalised one
    ("The former senator contends a vote would pass", "The former senator contends a vote would pass.", [MCCAIN],
     MENTIONS),
    ("The rebel leader spoke", "The rebel leader spoke.", ["Gadhafi gave a speech."], [("Moammar Gadhafi", "")]),
    ("The Libyan leader spoke", "The Libyan leader spoke.", ["Gadhafi gave a speech."], [("Moammar Gadhafi", "")]),
    # the noun phrase goes on: "of", a noun, a name
    ("The group of British special forces was let go", "The group of British special forces was let go.",
     ["Hamas, an Islamist group, met."], ()),
    ("The group members were let go", "The group members were let go.", ["Hamas, an Islamist group, met."], ()),
    ("The group Hamas met", "The group Hamas met.", ["Fatah, a secular movement, met."], ()),
    # a describing word on the sentence-before route ("the rights group" is no news network), and a rival name
    # shaped like a person's that the article binds to no person's role
    ("The rights group said witnesses saw firing", "The rights group said Tuesday that witnesses saw firing.",
     ["CNN has been in contact with medics in Libya, who corroborate the report."], ()),
    ("The group said witnesses saw firing", "The group said Tuesday that witnesses saw firing.",
     ["CNN has been in contact with medics, who corroborate the Human Rights Watch report."], ()),
    # an unread opening whose one person stands in a quotation, or with two persons; an organisation written
    # without "the"
    ("The 68-year-old leader spoke", "The 68-year-old leader spoke.",
     ["Blaming the unrest on rats, he said “Gadhafi will fight.”"], [("Moammar Gadhafi", "leader")]),
    ("The 68-year-old leader spoke", "The 68-year-old leader spoke.",
     ["Blaming the unrest on rats, Gadhafi said Obama was wrong."],
     [("Moammar Gadhafi", "leader"), ("Barack Obama", "president")]),
    ("Police launched a crackdown against the group", "Police launched a crackdown against the group.",
     ["While jihadists fought Gadhafi, Hamas focused on preaching."], [("Moammar Gadhafi", "leader")]),
    # a person's description that does not open the title
    ("Clapper criticised the senator", "Clapper criticised the senator.", [MCCAIN], MENTIONS),
    # the sentence before opens with a pronoun or a description
    ("The senator contends a vote would pass", "The senator contends a vote would pass.",
     ["He has expressed anger at the White House."], MENTIONS),
    # "a member of the group" is no apposition
    ("The group was banned", "The group was banned.", ["John Smith, a member of the group, spoke."],
     [("John Smith", "")]),
    # a description in a quotation
    ("“The group will talk,” he said", "“The group will talk,” he said.", ["Hamas, an Islamist group, met."], ()),
    # the name in the title already
    ("The group said Hamas would talk", "The group said Hamas would talk.", ["Hamas, an Islamist group, met."], ()),
])
def test_left_alone(title, sentence, texts, mentions):
    assert name_kind_description(title, sentence, texts[-1], texts, mentions) == title


EXAMPLES = TABLE["examples"]
NEAR_MISSES = TABLE["near_misses"]


@pytest.mark.parametrize("example", [*EXAMPLES, *NEAR_MISSES], ids=[e["body"][:40] for e in [*EXAMPLES, *NEAR_MISSES]])
def test_table_examples(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


# events.yaml kind_references reads a name's possessive as the name ("On NATO's first day ..., the alliance")
@pytest.mark.parametrize("title,sentence,texts,named", [
    ("The alliance reaffirmed its commitment", "On NATO's first day of command on Thursday, the alliance reaffirmed "
     "its commitment.", [], "NATO reaffirmed its commitment"),
    ("The alliance reaffirmed its commitment", "On Thursday, the alliance reaffirmed its commitment.",
     ["NATO's jets flew.", "The African Union's envoys met."], "The alliance reaffirmed its commitment"),
])
def test_alliance_named_by_a_possessive(title, sentence, texts, named):
    assert name_kind_reference(title, sentence, texts) == named
