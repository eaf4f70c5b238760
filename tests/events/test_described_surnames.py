"""surnames3: a lower-case noun of a person's description written right before a full name ("Pulitzer Prize winner
Anthony Shadid", "spokesman Musa Ibrahim", "his British counterpart, David Cameron,") tells the name a person's, so a
title that prints its surname alone takes the full name (events.yaml person_forms bare_surname
described_person_nouns, and the person role nouns)."""
import pytest

from timeline.events.surnames import article_names, name_bare_surname


def named(article, title, sentence=""):
    return name_bare_surname(title, article_names(article), sentence)


@pytest.mark.parametrize("article, title, expected", [
    (["Four journalists, including two-time Pulitzer Prize winner Anthony Shadid, are missing in Libya.",
      "Shadid was shot in the shoulder by the Israeli Army in Ramallah in 2002."],
     "Shadid was shot in the shoulder", "Anthony Shadid was shot in the shoulder"),
    (["MacArthur “genius grant” recipient Lynsey Addario is missing.",
      "Addario called the Libya story one of the most dangerous of her career."],
     "Addario called the Libya story dangerous", "Lynsey Addario called the Libya story dangerous"),
    # a person role noun written bare, with no owner to print: the name alone
    (["“NATO is failing,” said spokesman Musa Ibrahim.", "Ibrahim said the blasts hit the compound."],
     "Ibrahim said the blasts hit the compound", "Musa Ibrahim said the blasts hit the compound"),
    (["After a review from the interior secretary Ken Salazar, Obama delayed lease sales.",
      "Salazar reiterated that BP would be held accountable."],
     "Salazar reiterated that BP would be held accountable",
     "Ken Salazar reiterated that BP would be held accountable"),
    # the noun set before the name between commas, the name closed by a comma or the sentence's end
    (["Obama, who met in London with his British counterpart, David Cameron, increased pressure.",
      "The government lashed out at Obama and Cameron."],
     "The government lashed out at Obama and Cameron", "The government lashed out at Obama and David Cameron"),
    (["Others want an inquiry into the White House energy and climate adviser, Carol Browner.",
      "Browner's staff made changes to the summary."],
     "Browner's staff made changes", "Carol Browner's staff made changes"),
])
def test_a_description_noun_before_the_full_name_tells_a_person(article, title, expected):
    assert named(article, title) == expected


@pytest.mark.parametrize("article, title", [
    # a noun of a place or a body before the name tells nothing
    (["Rebels took the oil city Ras Lanuf.", "Lanuf fell on Monday."], "Lanuf fell"),
    (["The report came from analysts at the firm Wood Mackenzie.", "Mackenzie said prices would rise."],
     "Mackenzie said prices would rise"),
    # a capitalised word before the name (no description noun), and a noun set off by a comma from a name that goes on
    (["Journalists met Anthony Shadid in Benghazi.", "Shadid was shot."], "Shadid was shot"),
    (["They questioned the adviser, Carol Browner and others.", "Browner's staff made changes."],
     "Browner's staff made changes"),
    # a description noun a word away from the name, and two people of the surname
    (["A winner was Anthony Shadid of the Times.", "Shadid was shot."], "Shadid was shot"),
    (["Pulitzer Prize winner Anthony Shadid and photographer Tyler Shadid were held.", "Shadid was shot."],
     "Shadid was shot"),
])
def test_no_description_noun_right_before_the_name_leaves_the_surname(article, title):
    assert named(article, title) == title


# the role nouns of a spokesman or an ambassador set after the name between commas (apposed_person_nouns)
@pytest.mark.parametrize("article, title, expected", [
    (["Ibrahim Dabbashi, Libya's deputy ambassador to the United Nations, said Gadhafi must go.",
      "Dabbashi said that the death toll could be as high as 800."],
     "Dabbashi said that the death toll could be as high as 800",
     "Ibrahim Dabbashi said that the death toll could be as high as 800"),
    (["Moussa Ibrahim, a Libyan government spokesman, told reporters in Tripoli.",
      "Ibrahim added that 29 people were injured."],
     "Ibrahim added that 29 people were injured", "Moussa Ibrahim added that 29 people were injured"),
])
def test_a_spokesman_or_ambassador_set_after_the_name_tells_a_person(article, title, expected):
    assert named(article, title) == expected


def test_a_spokesman_far_after_the_name_tells_nothing():
    article = ["Moussa Ibrahim, the son of a farmer from the town where the rebels say a spokesman was held, spoke.",
               "Ibrahim added that 29 people were injured."]
    assert named(article, "Ibrahim added that 29 people were injured") == "Ibrahim added that 29 people were injured"


# a middle name between the first name and the surname: one person with the name written without it
def test_a_middle_name_is_the_same_person():
    article = ["Chief Dennis Baldwin told reporters about Pfc. Naser Jason Abdo, who is expected to face charges.",
               "Pfc. Naser Abdo, 21, was arrested in Killeen, Texas.", "Abdo was arrested on Wednesday."]
    assert named(article, "Abdo was arrested") == "Naser Jason Abdo was arrested"


@pytest.mark.parametrize("article", [
    # the two words the middle name opens are a name the article writes alone too: two people
    ["Michael Joseph Jackson, who was born in Gary, sang.", "His father Joseph Jackson, who beat him, spoke.",
     "Michael Jackson, who died, was 50.", "Jackson was hurt."],
])
def test_no_middle_name_where_the_words_are_two_people(article):
    assert named(article, "Jackson was hurt") == "Jackson was hurt"


def test_no_middle_name_after_a_noun():
    # the word before the two words is a noun, not a first name: not "Photojournalist Tim Hetherington"
    article = ["The gallery showed Photojournalist Tim Hetherington, who was killed, at work.",
               "The director spoke of Photojournalist Hetherington.", "Hetherington filmed the war."]
    assert named(article, "Hetherington filmed the war") == "Tim Hetherington filmed the war"


def test_a_description_noun_opening_a_sentence_is_no_first_name():
    # "Photojournalist Hetherington" is the same person as "Oscar nominee Tim Hetherington", not a second one
    article = ["Oscar nominee Tim Hetherington and a colleague died Wednesday.",
               "Photojournalist Hetherington killed in Libya.", "Hetherington worked with CNN in Afghanistan."]
    assert named(article, "Hetherington worked with CNN in Afghanistan") \
        == "Tim Hetherington worked with CNN in Afghanistan"
