"""A title cut from a later part of its sentence whose first third-person pronoun has no
owner in the title takes the one name of its kind that the words the title left out give (events.yaml
cut_antecedents; timeline.events.subjects.name_cut_antecedent)."""
import pytest

from timeline.events.lexicon import rules as events_rules
from timeline.events.subjects import name_cut_antecedent

from dated_titles import dated_titles  # one article's titles for one date phrase

EXAMPLES = events_rules()["cut_antecedent_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:50] for e in EXAMPLES])
def test_cut_antecedent_examples(example):
    body = (example["names"] + " " if example["names"] else "") + example["body"]
    assert dated_titles(body, example["date"]) == [example["title"]]


MOUFTAH = ("Another former Tawergha resident, a 38-year-old mother of four named Rabha Mouftah, said there was no "
           "doubt as to the intentions of the mob that stormed into her town last summer.")
VARELA = ("The foreign ministry declined to give any details about Varela's situation, due to the discretion that "
          "his case demands, but Spanish media reported April 24 that he talked by phone to his parents.")
PARIS = ("Russian Foreign Minister Sergei Lavrov demanded an explanation from Paris Thursday over its parachuting-in "
         "of arms to Libyan rebels -- which was first revealed in a French media report Wednesday.")
PAN_AM = ("Pan Am 103 was not Gaddafi's only act of terror: his intelligence service was behind the destruction of a "
          "TWA flight in 1974.")
OBEIDY = "Aisha Gaddafi, speaking at the hotel, said soldiers had beaten her and her friend for hours on Saturday."
GADDAFI = [("Muammar Gaddafi", "")]


@pytest.mark.parametrize("title,sentence,mentions,named", [
    # a possessive, a subject, an object, an opening "His" and "Its"
    ("The mob stormed into her town", MOUFTAH, [], "The mob stormed into Rabha Mouftah's town"),
    ("Spanish media reported that he talked by phone to his parents", VARELA, [("Manuel Varela", "")],
     "Spanish media reported that Manuel Varela talked by phone to his parents"),
    ("Soldiers had beaten her and her friend for hours", OBEIDY, [],
     "Soldiers had beaten Aisha Gaddafi and her friend for hours"),
    ("His intelligence service was behind the destruction of a TWA flight", PAN_AM, GADDAFI,
     "Muammar Gaddafi's intelligence service was behind the destruction of a TWA flight"),
    # an owner's possessive ends its own name ("CNN's Nic Robertson": not "CNN Nic Robertson")
    ("Reporting on explosions that he heard in Tripoli", "Below is a video of CNN's Nic Robertson, reporting on "
                                                          "explosions that he heard this afternoon in Tripoli.", [],
     "Reporting on explosions that Nic Robertson heard in Tripoli"),
    ("Its parachuting-in of arms to Libyan rebels was first revealed in a French media report", PARIS, [],
     "Paris' parachuting-in of arms to Libyan rebels was first revealed in a French media report"),
])
def test_names_the_cut_off_owner(title, sentence, mentions, named):
    assert name_cut_antecedent(title, sentence, [sentence], mentions) == named


@pytest.mark.parametrize("title,sentence,mentions", [
    # the title names its own owner before the pronoun (a name, a person noun)
    ("Tony Hayward spent his day at the yacht race", "Officials said Tony Hayward spent his day at the yacht race.",
     []),
    ("A woman said she had waited three days", "In Tripoli, Eman al-Obeidy's friend said a woman said she had waited "
                                               "three days.", []),
    # a name with a lower-case particle in the title ("Eman al-Obaidi"), though "she" in the left-out words is
    # another woman's
    ("Eman al-Obaidi burst into a journalists' hotel saying she had been raped",
     "Margot Wallstrom said reports remained unconfirmed but she cited the case of Eman al-Obaidi, the woman who "
     "burst into a journalists' hotel saying she had been raped.", []),
    # a person noun of the other sex in the cut-off words ("A widow ... that he")
    ("He had been anxious about conditions on the rig", "A widow of one of the workers, Natalie Roshto, told the "
                                                        "hearing that he had been anxious about conditions on the "
                                                        "rig.", []),
    # two persons in the cut-off words; a person noun after the one name ("told a doctor that he")
    ("He would resign", "Hillary Clinton told Sergei Lavrov that he would resign.", []),
    ("He would resign", "Sergei Lavrov told a doctor that he would resign.", []),
    # a thing's "its" after a noun with a determiner; "its" inside the title; "it" (an expletive may be meant)
    ("Its own stocks ran out", "He said pharmacies in Sirte had handed their supplies to the hospital after its own "
                               "stocks ran out.", []),
    ("The company said its profits rose", "In London, BP said the company said its profits rose.", []),
    ("It is hard to say", "Hayward said BP was sorry, but it is hard to say.", []),
    # a quotation; a run with a number after it is no person ("Pan Am 103"); a title whose first words its
    # sentence does not write
    ("His ministers would go to Brussels", "“Rutte said on Monday that his ministers would go to Brussels,” a "
                                           "spokesman said.", []),
    ("The flight was downed by his agents", "Pan Am 103 was bombed in 1988: the flight was downed by his agents.",
     []),
    ("The agents were paid by him", "Muammar Gaddafi said the men were paid by him.", []),
    # a capitalised run after "the" is no person's name ("The United States ... against Gaddafi and his")
    ("Part of sanctions imposed against Gaddafi and his top officials", "The United States is holding $34 billion as "
     "part of sanctions imposed in late February against Gaddafi and his top officials.", []),
])
def test_leaves_the_pronoun(title, sentence, mentions):
    assert name_cut_antecedent(title, sentence, [sentence], mentions) == title
