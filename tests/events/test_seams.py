"""seams1: the seams a removal leaves in a title, mended from its sentence (events/seams.py, seams.yaml)."""
import pytest

from timeline.events.seams import _table, with_mended_seams, without_outer_noun, without_stranded_participle


@pytest.mark.parametrize("row", _table()["examples"], ids=lambda row: row["title"][:40])
def test_a_broken_seam_gets_its_sentences_words_back_and_a_sound_one_stays(row):
    assert with_mended_seams(row["title"], row["sentence"]) == row["mended"]


def test_a_removal_of_more_words_than_a_repair_puts_back_is_left_alone():
    title = "The subcommittee anticipates said the committee in a letter to Hayward released"
    sentence = ("“The subcommittee anticipates that its members may have questions requiring technical knowledge of the "
                "Deepwater Horizon rig operations, well design, and safety measures and, accordingly, we ask that you be "
                "accompanied by a BP employee,” said the committee in a letter to Hayward released last night.")
    assert with_mended_seams(title, sentence) == title


def test_a_title_word_the_sentence_does_not_hold_anchors_nothing():
    # "the town" was named: "Bani Walid" is not in the sentence, so no seam is read there
    title = "NATO planes circled above Bani Walid later"
    assert with_mended_seams(title, "NATO planes circled above the town later on Sunday.") == title


def test_the_words_put_back_never_reach_into_another_sentence():
    title = "Rebels moved into the that held the town"
    assert with_mended_seams(title, "Rebels moved into the city. Forces that held the town fled.") == title


def test_a_determiner_before_a_comma_lost_its_noun():
    assert with_mended_seams("Troops entered the, then left", "Troops entered the capital on Monday, then left.") \
        == "Troops entered the capital on Monday, then left"


def test_a_stranded_participle_stays_when_it_is_the_titles_only_verb_or_ends_its_sentence():
    sentence = "Dr Murray spoke to a Channel 4 documentary, The Man Who Killed Michael Jackson, which aired on Thursday."
    assert without_stranded_participle("A documentary, The Man Who Killed Michael Jackson, aired", sentence) \
        == "A documentary, The Man Who Killed Michael Jackson, aired"
    assert without_stranded_participle("The rig burned for days, unchecked", "The rig burned for days, unchecked.") \
        == "The rig burned for days, unchecked"
    assert without_stranded_participle("A new cap, fitted", "A new cap, fitted last month, held.") == "A new cap, fitted"


@pytest.mark.parametrize("title, sentence, mended", [
    ("The views of the US Geological Survey said that it believed there could be oil",
     "It reinforced the views of the US Geological Survey which said last year that it believed there could be oil.",
     "The US Geological Survey said that it believed there could be oil"),
    ("Denies involuntary manslaughter of Jackson died", "Dr Murray, 57, denies involuntary manslaughter of Jackson, "
     "who died last June.", "Jackson died"),
    ("Fans of Jackson died", "Fans of Jackson, who died in June 2009, gathered outside the court.", "Jackson died"),
    ("Like their prime minister said that Algeria took pride",
     "Like their prime minister, who said on Sunday that Algeria took pride, locals said they would welcome them.",
     "Their prime minister said that Algeria took pride"),
])
def test_a_relatives_antecedent_inside_an_of_phrase_loses_the_outer_words(title, sentence, mended):
    assert without_outer_noun(title, sentence) == mended


@pytest.mark.parametrize("title, sentence", [
    ("Some of the fighters returned from the front lines",  # a counting head: the relative qualifies the whole
     "Some of the fighters who returned late Friday from the front lines appeared to be school-age."),
    ("The Organization of the Islamic Conference represents 56 member states",  # a name's "of"
     "The Organization of the Islamic Conference, which represents 56 member states, said Tuesday it wants a ban."),
    ("A 20-year-old protester in Bahrain was shot in the head",  # no "of": the relative is the subject's own
     "A 20-year-old protester in Bahrain, who was shot in the head on Friday, has died."),
    ("The head of the council resigned", "The head of the council resigned on Monday."),  # no relative at all
    ("An NTC commander on the outskirts of Sirte gave his name as Saleh",  # an "of" inside another phrase
     "An NTC commander on the outskirts of Sirte, who gave his name as Saleh, showed Reuters a list."),
    ("Bank of America/Merrill Lynch wants more details",  # a name's "of", written so mid-sentence
     "Now Bank of America/Merrill Lynch, which wants more details, has spoken."),
    ("Secretary of State Hillary Clinton will travel to London",  # a title's "of" between capitals
     "Secretary of State Hillary Clinton, who will travel to London on Monday, said so."),
    ("A long siege of Zawiya ended",  # a happening's head: the relative may be the happening's
     "It was a long siege of Zawiya, which ended on Friday when the army withdrew."),
    ("The start of the protests in Libya went into full swing",
     "Facebook helped coordinate the start of the protests in Libya, which went into full swing on February 17."),
    ("The son of a herdsman seized power",  # a common noun after "of": the son seized power
     "Support for Gaddafi, the son of a herdsman who seized power in 1969, was waning."),
    ("The head of Libya's rebels condemned NATO",
     "Ham defended NATO against criticism by the head of Libya's rebels, who condemned the alliance this week."),
    ("The western city of Zawiyah appeared to change hands twice",  # a naming head: the title says it already
     "There were no reports from the western city of Zawiyah, which appeared to change hands twice on Wednesday."),
    ("An overdose of the hospital drug propofol led to his death",  # a measure head: the relative qualifies the whole
     "He gave Jackson an overdose of the hospital drug propofol, which led to the singer's death in June 2009."),
    ("The efforts of those in the government helped secure the release",  # a pointing word would open the title
     "We appreciate the efforts of those in the government who helped secure the release this morning."),
])
def test_an_outer_noun_the_relative_does_not_qualify_stays(title, sentence):
    assert without_outer_noun(title, sentence) == title
