"""roles1: a role of an office a title names by "the" or an owner's possessive alone ("The BP boss", "the prime
minister", "Libya's foreign minister"), named by the one person the article gives that office of that owner
(timeline.events.subjects name_office_holder; offices.yaml office_holders)."""

import pytest

from timeline.events.subjects import name_office_holder
from timeline.rules import load_yaml

TABLE = load_yaml("timeline.events", "offices.yaml")["office_holders"]

HAYWARD = ["Protesters disrupt BP speech as the oil giant's beleaguered chief executive, Tony Hayward, pulls out.",
           "Hayward has also pulled out of an appearance at the National Portrait Gallery in London tonight."]


@pytest.mark.parametrize("title,sentence,texts,named", [
    # a boss named by the chief executive the article gave (a describing word between does not hide him)
    ("The BP boss was pilloried for attending a yacht race",
     "The BP boss was pilloried for attending a yacht race around the Isle of Wight on Sunday.", HAYWARD,
     "BP boss Tony Hayward was pilloried for attending a yacht race"),
    # the role as the article wrote it before the name, for a title that says no owner
    ("The prosecutor said air strikes would be investigated",
     "The prosecutor said air strikes would be investigated.",
     ["Prosecutor Luis Moreno-Ocampo said he would open an investigation into Libya."],
     "Prosecutor Luis Moreno-Ocampo said air strikes would be investigated"),
    ("President Barack Obama moved to defuse a row by assuring the prime minister that he was not trying to blame "
     "Britain", "President Barack Obama moved to defuse a row yesterday by assuring the prime minister that he was "
     "not trying to blame Britain.", ["Obama called British Prime Minister David Cameron on Saturday."],
     "President Barack Obama moved to defuse a row by assuring British Prime Minister David Cameron that he was not "
     "trying to blame Britain"),
    # the title's own owner kept; the other country's president does not count against him
    ("The South African president headed an African Union mission to Tripoli",
     "The South African president headed an African Union mission to Tripoli in April.",
     ["South African President Jacob Zuma plans to visit Tripoli.",
      "Nigerian President Goodluck Jonathan said Gaddafi should go."],
     "South African president Jacob Zuma headed an African Union mission to Tripoli"),
    # a name given first ("<Name>, <owner's> <role>"), an owner's possessive in the title, a possessive role
    ("BP's chief executive said it would not be clear for another 48 hours",
     "Hopes were dampened today, when BP's chief executive said it would not be clear for another 48 hours.",
     ["Tony Hayward, BP's chief executive, flew to Houston."],
     "BP's chief executive Tony Hayward said it would not be clear for another 48 hours"),
    ("Protesters gathered outside the prime minister's office",
     "Protesters gathered outside the prime minister's office on Friday.",
     ["Prime Minister David Cameron met Obama."], "Protesters gathered outside Prime Minister David Cameron's office"),
    # a headline's run-on owner ("CNN Venezuelan") still ends with the title's owner; a byline before it is no holder
    ("Venezuela's president spoke with Libyan leader Moammar Gadhafi",
     "Venezuela's president has spoken with Libyan leader Moammar Gadhafi.",
     ["By Catherine E. Shoichet, CNN Venezuelan President Hugo Chavez delivers a speech in Caracas."],
     "Venezuela's president Hugo Chavez spoke with Libyan leader Moammar Gadhafi"),
    # a capitalised run before another "the" is no owner of the role after it
    ("Senator McCain told the Boston Globe the president does not have power",
     "Back in 2007, Senator McCain told the Boston Globe the president does not have power under the Constitution.",
     ["President Barack Obama authorised the strikes."],
     "Senator McCain told the Boston Globe President Barack Obama does not have power"),
    # a country's people word matches its country ("Libya's" and "Libyan")
    ("Russia's defense minister called for a cease-fire in Libya",
     "Russia's defense minister yesterday called for a cease-fire in Libya.",
     ["Defense Minister Anatoly Serdyukov of Russia met Gates."],
     "Russia's defense minister Anatoly Serdyukov called for a cease-fire in Libya"),
    ("Libya's foreign minister said that talks are underway",
     "Libya's foreign minister said earlier Saturday that talks are underway.",
     ["Libyan Foreign Minister Musa Kasa spoke to reporters."],
     "Libya's foreign minister Musa Kasa said that talks are underway"),
])
def test_an_office_is_named_by_its_one_holder(title, sentence, texts, named):
    assert name_office_holder(title, sentence, texts) == named


@pytest.mark.parametrize("title,sentence,texts", [
    # two holders: two prime ministers, or two chief executives whose owners do not differ from the title's
    ("The prime minister said the talks would go on", "The prime minister said the talks would go on.",
     ["Libyan Prime Minister Baghdadi al-Mahmoudi met British Prime Minister David Cameron's envoy."]),
    ("The chief executive said the well was sealed", "The chief executive said the well was sealed.",
     ["Tony Hayward, BP's chief executive, and Steven Newman, Transocean's chief executive, testified."]),
    # a former or new holder counts as another: which one "the boss" is depends on when
    ("The BP boss said the well was sealed", "The BP boss said the well was sealed.",
     ["BP chief executive Tony Hayward will be replaced by new chief executive Bob Dudley."]),
    # an office of another owner names no role of this one ("Central African" is not "South African")
    ("The South African president headed an African Union mission",
     "The South African president headed an African Union mission in April.",
     ["Central African President Francois Bozize attended."]),
    # an office of another owner names no role of this one
    ("Libya's prime minister had requested the return of the jets",
     "Gonzi said Libya's prime minister had requested the return of the jets.",
     ["Maltese Prime Minister Lawrence Gonzi told reporters."]),
    ("The BP boss was pilloried", "The BP boss was pilloried on Sunday.",
     ["Steven Newman, Transocean's chief executive, was criticised."]),
    # a holder given with no owner, in a sentence that does not write the title's owner, may be another's
    ("Russia's defense minister called for a cease-fire in Libya",
     "Russia's defense minister yesterday called for a cease-fire in Libya.",
     ["Defense Secretary Robert Gates said the U.S. would step back."]),
    # a title that names the holder already
    ("Barack Obama plunged into the debate when the White House released a photo of the president taking a dip",
     "Barack Obama plunged into the debate when the White House released a photo of the president taking a dip.",
     ["President Barack Obama visited Florida."]),
    # an owner after the role, or the name after it
    ("The U.S. envoy to the United Nations told the Security Council", "The U.S. envoy to the United Nations told "
     "the Security Council on Thursday.", ["U.S. Ambassador Susan Rice raised the issue."]),
    # (companies2: an owner after the role is read as the owner; a holder of another owner leaves it alone)
    ("The chief prosecutor for the International Criminal Court said", "The chief prosecutor for the International "
     "Criminal Court said on Wednesday.", ["Spanish Prosecutor Baltasar Garzon spoke."]),
    ("Tunisia's official news agency quoted the envoy, Abdel Elah al-Khatib, as saying he knew nothing",
     "Tunisia's official news agency on Tuesday quoted the envoy, Abdel Elah al-Khatib, as saying he knew nothing.",
     ["U.N. envoy Abdul Ilah al-Khatib met the rebels."]),
    # a time word before the title's role
    ("Tunisia jailed Muammar Gaddafi's former prime minister", "Tunisia jailed Muammar Gaddafi's former prime "
     "minister on Thursday.", ["Libyan Prime Minister Al Baghdadi Ali al-Mahmoudi fled."]),
    # a quoted role: a speaker's words
    ("Senator McCain told the Boston Globe the president does not have power",
     "Back in 2007, Senator McCain told the Boston Globe “the president does not have power under the Constitution.”",
     ["President Barack Obama authorised the strikes."]),
    # a plural, an indefinite, and a role that describes another noun
    ("Presidents met in Paris", "Presidents met in Paris on Saturday.", ["President Nicolas Sarkozy hosted."]),
    ("The rebels said a president would be elected", "The rebels said a president would be elected.",
     ["President Barack Obama spoke."]),
    ("The chairman role was abolished", "The chairman role was abolished.", ["Chairman Carl-Henric Svanberg spoke."]),
    # no holder given by the article: the role stays
    ("The prime minister stressed the importance of BP", "The prime minister stressed the importance of BP.",
     ["A telephone call to David Cameron eased tension."]),
])
def test_an_office_stays_unnamed(title, sentence, texts):
    assert name_office_holder(title, sentence, texts) == title


def test_the_table_groups_offices_and_lists_time_words():
    offices = {word for group in TABLE["offices"] for word in group}
    assert {"prime minister", "premier", "chief executive", "boss", "prosecutor"} <= offices
    assert "former" in TABLE["time_words"] and "of" in TABLE["owner_links"]
