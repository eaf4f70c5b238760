"""definites8: a definite noun phrase the sentence right before names (timeline.events.subjects name_aged_person,
name_event_by_compound; events.yaml definite_referents, definite_referent_examples)."""

import pytest

from timeline.events.lexicon import rules as events_rules
from timeline.events.subjects import (name_aged_person, name_apposed_speaker, name_event_by_compound,
                                      name_introduced_compound)

from dated_titles import dated_titles  # one article's titles for one date phrase


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("The man arrived in Beijing", "The man, who is in stable condition, arrived in Beijing on 16 May.",
     "A 21-year-old Canadian has tested positive for swine flu in Beijing, the health ministry reported.",
     "The 21-year-old Canadian arrived in Beijing"),
    ("The patient was admitted to hospital", "The patient, who has not yet been named, was admitted to hospital.",
     "The first person with swine flu to die in Britain was a 38-year-old mother who had given birth prematurely.",
     "The 38-year-old mother was admitted to hospital"),
    ("The boy was taken to hospital", "The boy was taken to hospital on Monday.",
     "An 11-year-old from Glasgow fell ill after a school trip.", "The 11-year-old was taken to hospital"),
    # near misses: two ages; the other sex; no age; the title's own sentence gives an age; no verb after the head
    ("The man arrived in Beijing", "The man arrived in Beijing on 16 May.",
     "A 21-year-old Canadian and a 40-year-old American tested positive.", "The man arrived in Beijing"),
    ("The man was admitted to hospital", "The man was admitted to hospital on Monday.",
     "The first to die was a 38-year-old mother who had given birth.", "The man was admitted to hospital"),
    ("The woman was admitted to hospital", "The woman was admitted to hospital on Monday.",
     "A 30-year-old man from Paisley was isolated.", "The woman was admitted to hospital"),
    ("The man arrived in Beijing", "The man arrived in Beijing on 16 May.",
     "A Canadian has tested positive for swine flu.", "The man arrived in Beijing"),
    ("The man arrived in Beijing", "The man, 21, arrived in Beijing on 16 May with a 40-year-old friend.",
     "A 21-year-old Canadian has tested positive.", "The man arrived in Beijing"),
    ("The man in Beijing", "The man in Beijing on 16 May.", "A 21-year-old Canadian has tested positive.",
     "The man in Beijing"),
])
def test_aged_person(title, sentence, previous, named):
    assert name_aged_person(title, sentence, previous) == named


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("The operation began", "Since the operation began more than a week ago, officials have praised it.",
     "As the United States transfers control of the Libyan operation to NATO, officials spoke.",
     "The Libyan operation began"),
    ("The minister said the meeting was the first of its kind",
     "The minister said Wednesday's meeting was the first of its kind.",
     "Libya's seat stood empty at the Cairo meeting.", "The minister said the Cairo meeting was the first of its kind"),
    ("Officials said the site was the strike's target", "Officials said the site was the strike's target.",
     "Two people were killed when a NATO strike hit a building.",
     "Officials said the site was the NATO strike's target"),
    # near misses: two compounds; a day's possessive; a phrase that says which; no compound; not an event noun;
    # the compound's word already in the title
    ("The operation began", "Since the operation began, officials have praised it.",
     "Officials compared the Libyan operation with the Kosovo operation.", "The operation began"),
    ("The minister said the meeting was the first", "The minister said the meeting was the first.",
     "Libya's seat stood empty at Wednesday's meeting.", "The minister said the meeting was the first"),
    ("Clinton met a rebel leader at the meeting in Istanbul", "Clinton met a rebel leader at the meeting in Istanbul.",
     "Ministers gathered for the Contact Group meeting.", "Clinton met a rebel leader at the meeting in Istanbul"),
    ("The operation began", "Since the operation began, officials have praised it.",
     "Officials spoke of the operation to NATO.", "The operation began"),
    ("The group crossed the border", "The group crossed the border on Monday.",
     "The Tunisian border was closed to the Libyan group.", "The group crossed the border"),
    ("The Libyan operation began", "Since the Libyan operation began, officials have praised it.",
     "Control of the Libyan operation passed to NATO.", "The Libyan operation began"),
])
def test_event_by_compound(title, sentence, previous, named):
    assert name_event_by_compound(title, sentence, previous) == named


def test_event_by_compound_two_sentences_back():
    texts = ["Libya's seat stood empty at the Cairo meeting.", "A draft resolution rejected any intervention."]
    sentence = "The minister said Wednesday's meeting was the first of its kind."
    title = "The minister said the meeting was the first of its kind"
    assert name_event_by_compound(title, sentence, texts[-1], texts) == \
        "The minister said the Cairo meeting was the first of its kind"
    # three sentences back is too far (for a meeting the sentence gives no day: "Wednesday's meeting" is the one of
    # the article's lead, titles3); and two compounds within reach name none
    plain = sentence.replace("Wednesday's", "the")
    assert name_event_by_compound(title, plain, texts[-1], [*texts, "Markets rose."]) == title
    assert name_event_by_compound(title, sentence, texts[-1], ["At the Cairo meeting the Doha meeting came up.",
                                                               *texts[1:]]) == title


@pytest.mark.parametrize("title,sentence,named", [
    ("The diplomat said “the army is shooting at them”",
     "“The army is shooting at them,” the diplomat, Ibrahim Dabbashi, told CNN on Monday.",
     "Ibrahim Dabbashi said “the army is shooting at them”"),
    ("The spokesman said the town had fallen", "The town had fallen, the spokesman, Ahmed Bani, added on Friday.",
     "Ahmed Bani said the town had fallen"),
    # near misses: no verb of saying after the name; a place in apposition; a subject that is no person; no comma
    ("The diplomat said the army was shooting", "The diplomat, Ibrahim Dabbashi, who spoke, said the army was shooting.",
     "The diplomat said the army was shooting"),
    ("The diplomat said the army was shooting", "The army was shooting at them, the diplomat, in Tripoli, said.",
     "The diplomat said the army was shooting"),
    ("The ministry said the army was shooting", "The army was shooting, the ministry, Foreign Affairs, said.",
     "The ministry said the army was shooting"),
    ("The diplomat said the army was shooting", "The army was shooting, the diplomat Ibrahim Dabbashi told CNN.",
     "The diplomat said the army was shooting"),
])
def test_apposed_speaker(title, sentence, named):
    assert name_apposed_speaker(title, sentence) == named


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("The well finally reached the main shaft", "That well finally reached the main shaft on Thursday.",
     "The spill was halted in July with a temporary cap while a relief well was completed.",
     "The relief well finally reached the main shaft"),
    ("The attack killed ten", "The attack killed ten on Monday.", "Officials feared a suicide attack.",
     "The suicide attack killed ten"),
    # near misses: two forms of the noun right before; a describing word; no word before the noun; a person noun;
    # a phrase after the noun; the title shortened a longer phrase of its sentence
    ("The well finally reached the main shaft", "That well finally reached the main shaft on Thursday.",
     "The Macondo well was sealed while a relief well was completed.", "The well finally reached the main shaft"),
    ("The well reached the main shaft", "The well reached the main shaft on Thursday.", "A new well was drilled.",
     "The well reached the main shaft"),
    ("The doctor said ten died", "The doctor said ten died on Friday.", "In Misrata, a doctor said rebels held on.",
     "The doctor said ten died"),
    ("The official said Belhadj was killed", "The official said Belhadj was killed Monday.",
     "Security forces killed a top member of the group, a government official said Thursday.",
     "The official said Belhadj was killed"),
    ("The woman was admitted", "The woman was admitted on Friday.", "A pregnant woman fell ill.",
     "The woman was admitted"),
    ("The group of soldiers was let go", "The group of soldiers was let go Sunday.",
     "Rebels detained a commando group.", "The group of soldiers was let go"),
    ("The council held a meeting", "The council held a meeting on Saturday.",
     "Elders formed a military council in the Security Council's shadow.", "The council held a meeting"),
    ("The well reached the main shaft", "Engineers said the second well reached the main shaft on Thursday.",
     "A relief well was begun.", "The well reached the main shaft"),
])
def test_introduced_compound(title, sentence, previous, named):
    assert name_introduced_compound(title, sentence, previous) == named


EXAMPLES = events_rules()["definite_referent_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:40] for e in EXAMPLES])
def test_definite_referent_examples(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


def test_apposed_speaker_after_the_printed_speaker():
    # merge.entries.printed_title gives a quotation's words their speaker (polish.with_speaker), then the name
    from timeline.events.polish import with_speaker
    quote = ("“Whenever they are demonstrating peacefully, the army and militias are shooting at them,” the diplomat, "
             "Ibrahim Dabbashi, told CNN on Monday.")
    spoken = with_speaker("The army and militias are shooting at them", quote)
    assert spoken == "The diplomat said “the army and militias are shooting at them”"
    assert name_apposed_speaker(spoken, quote) == "Ibrahim Dabbashi said “the army and militias are shooting at them”"
