"""surnames4: a person is told also by "of" and the body the person speaks for after the full name, or by a role
written "<role noun> of <Capitalised words>" before it (events.yaml person_forms bare_surname of_body_nouns); and the
full forms the article puts for a bare surname are recorded beside the title (named_surname_forms) for the merge to
print bare where the collection knows the person by the surname (merge/surname_titles.py)."""
from timeline.events.surnames import _of_role, article_names, name_bare_surname, named_surname_forms


def named(article, title, sentence=""):
    return name_bare_surname(title, article_names(article), sentence)


# "X of the <Body>": a person
COUNCIL = ["During the day, Shamsiddin Abdulmolah of the Transitional National Council said the airport had fallen.",
           "In Misrata, Abdulmolah said an unknown number of casualties occurred in the fighting."]
PAPER = ["He was traveling with Andrei Netto of the Brazilian newspaper Estado, the Guardian said.",
         "Netto was released Thursday and was to leave the country Friday."]


def test_a_full_name_of_a_body_is_a_persons():
    assert named(COUNCIL, "Abdulmolah reported that the town fell") \
        == "Shamsiddin Abdulmolah reported that the town fell"
    assert named(PAPER, "Netto was released") == "Andrei Netto was released"
    watch = ["Sidney Kwiram of Human Rights Watch spoke.", "Kwiram was detained."]
    assert named(watch, "Kwiram was detained") == "Sidney Kwiram was detained"


def test_a_place_or_a_body_told_by_of_is_no_person():
    # no noun of a body in the "of" phrase: "Gulf of Mexico", "Bank of America"; "the" before the name: a body
    gulf = ["Rigs of the Deepwater Horizon of Mexico stopped.", "Horizon sank."]
    assert named(gulf, "Horizon sank") == "Horizon sank"
    bank = ["A man from the Royal Bank of the Scottish Council spoke.", "Bank staff left."]
    assert named(bank, "Bank staff left") == "Bank staff left"
    place = ["Oil reached Grand Isle of Louisiana.", "Isle was closed."]
    assert named(place, "Isle was closed") == "Isle was closed"


# "<role noun> of <Capitalised words>" before the name: the role and a person's sign
CLINTON = ["During a trip to Jamaica on Wednesday, Secretary of State Hillary Clinton dismissed fears of a quagmire.",
           "Clinton said the opposition has made progress.", "Clinton testified Thursday in private session."]


def test_a_role_with_of_names_the_person():
    assert named(CLINTON, "Clinton testified on the matter in private session") \
        == "Secretary of State Hillary Clinton testified on the matter in private session"
    us = ["U.S. Secretary of Defense Robert Gates flew in.", "Gates spoke."]
    assert named(us, "Gates warned Congress") == "U.S. Secretary of Defense Robert Gates warned Congress"


def test_a_role_with_of_keeps_no_name_before_it_nor_a_place():
    assert _of_role("Saif Gadhafi Secretary of State ") == "Secretary of State"
    assert _of_role("Britain's Secretary of State ") == "Britain's Secretary of State"
    assert _of_role("oil spilled into the Gulf of Mexico ") == ""  # "gulf" is no role noun
    assert _of_role("shares of Bank of America ") == ""


# the forms the article put: recorded beside the title (the merge decides)
LEADER = ["Libyan leader Moammar Gadhafi spoke on state TV.", "Six were killed Thursday by Gadhafi's rooftop snipers."]


def test_the_form_put_for_a_bare_surname_is_recorded():
    sentence = LEADER[1]
    title = named(LEADER, "Six were killed by Gadhafi's rooftop snipers", sentence)
    assert title == "Six were killed by Libyan leader Moammar Gadhafi's rooftop snipers"
    assert named_surname_forms(title, article_names(LEADER), sentence) == (("Gadhafi", "Libyan leader Moammar Gadhafi"),)


def test_a_full_name_the_sentence_writes_itself_is_not_recorded():
    sentence = "Libyan leader Moammar Gadhafi's rooftop snipers killed six, and Gadhafi spoke."
    article = [LEADER[0], sentence]
    assert named_surname_forms("Libyan leader Moammar Gadhafi's rooftop snipers killed six", article_names(article),
                               sentence) == ()


def test_a_surname_used_as_a_modifier_is_not_recorded():
    # "the Obama administration's response" is no bare use the step names: a full name in the title came another way
    article = ["President Barack Obama spoke on Monday.", "A poll found 45% unhappy with the Obama administration's response."]
    assert named_surname_forms("President Barack Obama's statement followed a poll", article_names(article),
                               article[1]) == ()


# two spellings of one name in one article: one person
YOUNIS = ["Mystery surrounds the death of General Abdul Fatah Younis, who led the rebel army.",
          "Gen. Abdul Fattah Younis had defected in February.", "Younis had been summoned back to Benghazi."]


def test_two_spellings_of_one_name_are_one_person():
    assert named(YOUNIS, "Younis was killed") == "General Abdul Fatah Younis was killed"
    megrahi = ["Lockerbie bomber Abdelbaset al-Megrahi was freed, and he flew home.",
               "BP lobbied for the release of Abdelbasset al-Megrahi.", "Megrahi was released in August."]
    assert named(megrahi, "Megrahi was released") == "Abdelbaset al-Megrahi was released"


def test_names_of_other_words_stay_two_people():
    # not one spelling: "Saif al-Islam Gadhafi" and "Moammar Gadhafi" are two; the surname is left alone
    sons = ["Moammar Gadhafi, who ruled Libya, spoke.", "Saif al-Islam Gadhafi, who is his son, spoke too.",
            "Gadhafi said he would stay."]
    assert named(sons, "Gadhafi said he would stay") == "Gadhafi said he would stay"
    # nor "Tito Jackson" and "Toya Jackson": other letters
    brothers = ["Tito Jackson, who sang, spoke.", "Toya Jackson, who is his sister, spoke too.", "Jackson left."]
    assert named(brothers, "Jackson left the stage") == "Jackson left the stage"


# the full name's possessive before a noun of kin or counsel: a person
OBEIDY = ["Eman al-Obeidy's parents told CNN Tuesday they are no longer afraid.",
          "The men accused of raping al-Obeidy have filed counter-charges."]


def test_a_full_names_kin_tells_a_person():
    assert named(OBEIDY, "The men accused of raping al-Obeidy filed charges") \
        == "The men accused of raping Eman al-Obeidy filed charges"
    counsel = ["Dr Conrad Murray's lawyer spoke to reporters.", "Murray was charged."]
    assert named(counsel, "Murray was charged") == "Conrad Murray was charged"


def test_a_things_sister_is_no_kin():
    ship = ["The Torrey Canyon's sister ship sailed from the port.", "Canyon crews were praised."]
    assert named(ship, "Canyon crews were praised") == "Canyon crews were praised"
    firm = ["Shares of Transocean Ltd's parent company fell.", "Ltd shares fell."]
    assert named(firm, "Ltd shares fell") == "Ltd shares fell"
