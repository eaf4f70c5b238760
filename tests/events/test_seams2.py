"""seams2: where a date's removal would take a word the sentence needs, the title keeps it (titles.without_date;
seams.yaml dated_noun_prepositions, dated_noun_followers, date_naming_verbs): "in [November] elections" keeps its
"in", "designate [February 17] as" keeps its object; a date cut cleanly ("on Monday", "In June" opening a clause)
stays cut."""
import pytest

from timeline.events.titles import make_title


def title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return make_title(sentence, (at, at + len(date)))


@pytest.mark.parametrize("sentence, date, expected", [
    # a bare date name between "in" and the noun it qualifies, the noun closing its phrase: "in" stays
    ("Two of the defenders were killed and one of the siege force wounded in overnight skirmishing, though a "
     "spokesman said the rulers would abide by a truce.", "overnight",
     "Two of the defenders were killed and one of the siege force wounded in skirmishing"),
    ("Rebels seized the airport in overnight fighting.", "overnight", "Rebels seized the airport in fighting"),
    ("Republicans took control of the House in November elections.", "November",
     "Republicans took control of the House in elections"),
    ("The unrest began in January protests between students and police.", "January",
     "The unrest began in protests between students and police"),
])
def test_in_keeps_the_noun_the_date_qualified(sentence, date, expected):
    assert title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the date is the preposition's own object: both go
    ("Rebels took the town on Monday in a raid.", "Monday", "Rebels took the town in a raid"),
    ("Protests grew in February when police fired.", "February", "Protests grew when police fired"),
    # a noun that opens the next clause's subject, not the preposition's object
    ("Prices fell sharply in June oil markets said.", "June", "Prices fell sharply oil markets said"),
    # a gerund before a word opens a participle phrase ("saying that"), not a noun
    ("He was interviewed in March saying that he would go.", "March", "He was interviewed saying that he would go"),
    # a date with digits is a full date, no noun's modifier
    ("The rebels retreated in 2011 fighting, officials said.", "2011", "The rebels retreated fighting"),
])
def test_a_date_cut_cleanly_stays_cut(sentence, date, expected):
    assert title(sentence, date) == expected


def test_a_verb_that_names_a_day_as_something_keeps_it():
    assert title("Activists designate February 17 as a day of rage.", "February 17") \
        == "Activists designate February 17 as a day of rage"
    assert title("The council proclaimed Friday as a day of mourning.", "Friday") \
        == "The council proclaimed Friday as a day of mourning"


def test_a_naming_verb_without_as_or_with_a_preposition_loses_its_date():
    # the date an adverbial: its preposition goes with it
    assert title("The company designated in April a new chief as its head.", "April") \
        == "The company designated a new chief as its head"
    # no "as" after the date: the verb's object follows it
    assert title("The council designated Friday the square a memorial.", "Friday") \
        == "The council designated the square a memorial"
