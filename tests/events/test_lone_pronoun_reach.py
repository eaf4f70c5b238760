"""A lone person pronoun named from further back (subjects.name_lone_person_pronoun, _chain_start) and the
capitalised words that name no person there (subjects._names_a_person: body nouns, countries, report sources)."""

import pytest

from timeline.events.subjects import _names_a_person, name_lone_person_pronoun, names_in, role_mentions


@pytest.mark.parametrize("text,person", [
    # a body's name or modifier beside a body noun (events.yaml epithets body_nouns)
    ("Rock band Kiss were then booked for the gig.", False),
    ("the firm Transocean owned the rig.", False),
    # a country's name or adjective (events.yaml country_references), its people too
    ("a defiant said Libya will fight back against aggression.", False),
    ("Libyans have not known democracy.", False),
    # a report source opening the sentence (events.yaml framed_pronouns sources)
    ("Reports have circulated that the talks failed.", False),
    # near misses: a possessive before the body noun is a person's; a capitalised word beside no body noun; a
    # person noun; a lone unknown capitalised word opening the sentence
    ("Jackson's company was booked for the gig.", True),
    ("A newspaper attacked Kiss over the comments.", True),
    ("Reports from the spokesman were denied.", True),
    ("Kinzi has circulated the report.", True),
])
def test_words_that_name_no_person(text, person):
    assert _names_a_person(text) is person


def _named(title: str, sentence: str, before: list[str]) -> str:
    mentions = [m for text in before for m in role_mentions(text)]
    names = [n for text in before for n in names_in(text)]
    return name_lone_person_pronoun(title, sentence, before[-1], mentions, before, names)


@pytest.mark.parametrize("before,sentence,title,named", [
    # the look goes back past sentences that tell of no person but by the pronoun's own gender
    (["Tony Hayward flew out to the US in May.", "He promises to stay until the leak is fixed.",
      "The Observer met him on Wednesday evening."],
     "His first meeting had taken place at 6am.", "His first meeting took place",
     "Tony Hayward's first meeting took place"),
    # near misses: a person noun between; a pronoun of the other gender between; too far back (chain_sentences)
    (["Tony Hayward flew out to the US in May.", "A spokeswoman met him on Wednesday evening."],
     "His first meeting had taken place at 6am.", "His first meeting took place", "His first meeting took place"),
    (["Tony Hayward flew out to the US in May.", "She met him on Wednesday evening."],
     "His first meeting had taken place at 6am.", "His first meeting took place", "His first meeting took place"),
    (["Tony Hayward flew out to the US in May.", *["He promises to stay until the leak is fixed."] * 6,
      "The Observer met him on Wednesday evening."],
     "His first meeting had taken place at 6am.", "His first meeting took place", "His first meeting took place"),
])
def test_lone_pronoun_named_past_its_chain(before, sentence, title, named):
    assert _named(title, sentence, before) == named


_JACKSON = ["Michael Jackson died in June.", "Jackson's family mourned on Friday.", "Fans of Jackson gathered in London."]


@pytest.mark.parametrize("before,sentence,title,named", [
    # "the star" is the person the article is about (main_person): one person with Jackson, not another
    ([*_JACKSON, "There has been a surge in demand for Jackson's music, with the star dominating sales."],
     "On Sunday his songs topped the download charts.", "His songs topped the download charts",
     "Michael Jackson's songs topped the download charts"),
    # near misses: the article has not named the person in enough sentences; another person as often; "the pop
    # star" beside another person makes two
    (["Michael Jackson died in June.", "There has been a surge in demand for Jackson's music, with the star dominating sales."],
     "On Sunday his songs topped the download charts.", "His songs topped the download charts",
     "His songs topped the download charts"),
    ([*_JACKSON, "Conrad Murray met Fans of Murray.", "Murray spoke.", "Murray wept.",
      "There has been a surge in demand for Jackson's music, with the star dominating sales."],
     "On Sunday his songs topped the download charts.", "His songs topped the download charts",
     "His songs topped the download charts"),
    # ... but a relative clause on what a verb of giving gave ("giving the pop star propofol, which killed him")
    # tells of its receiver (lone_person_pronouns giving_verbs); another verb leaves the two
    (_JACKSON, "A jury found Conrad Murray guilty of giving the pop star propofol, which killed him in 2009.",
     "Propofol killed him", "Propofol killed Michael Jackson"),
    (_JACKSON, "A jury found Conrad Murray guilty of telling the pop star about propofol, which killed him in 2009.",
     "Propofol killed him", "Propofol killed him"),
    # ... and there the one person the article has named at all is the receiver's role, after one sentence (main_person
    # sole); not beside another person named before, nor with a verb of no giving
    (["Michael Jackson's former doctor is facing a prison sentence for causing the singer's death."],
     "A jury found Conrad Murray guilty of giving the pop star propofol, which killed him in 2009.",
     "Propofol killed him", "Propofol killed Michael Jackson"),
    (["Michael Jackson's former doctor met Tony Hayward in London."],
     "A jury found Conrad Murray guilty of giving the pop star propofol, which killed him in 2009.",
     "Propofol killed him", "Propofol killed him"),
    (["Michael Jackson's former doctor is facing a prison sentence for causing the singer's death."],
     "A jury found Conrad Murray guilty of telling the pop star about propofol, which killed him in 2009.",
     "Propofol killed him", "Propofol killed him"),
])
def test_star_is_the_main_person(before, sentence, title, named):
    assert _named(title, sentence, before) == named
