"""fragments1: a title that is a noun phrase and its relative clause, with no verb of its own, told as the clause
when the date stands in it (events/verbless.py relative_fragment_title, verbless.yaml relative_fragment)."""
import pytest

from timeline.events import extract
from timeline.events.polish import printed, rules as polish_rules
from timeline.events.verbless import _table, is_verbless, relative_fragment_title
from timeline.model import Article

_RULE = _table()["relative_fragment"]
_POLISH = polish_rules()["relative_told"]


@pytest.mark.parametrize("example", _RULE["examples"] + _RULE["more_examples"], ids=lambda e: e["becomes"])
def test_a_dated_relative_clause_is_told_as_the_title(example):
    assert relative_fragment_title(example["title"], example["sentence"], example["expression"]) == example["becomes"]


@pytest.mark.parametrize("example", _RULE["kept"], ids=lambda e: e["title"])
def test_a_title_with_its_own_verb_a_state_a_pronoun_or_a_date_outside_the_clause_stays(example):
    assert relative_fragment_title(example["title"], example["sentence"], example["expression"]) == example["title"]


@pytest.mark.parametrize("title,sentence,expression", [
    # a headline's participle is a verb of the title's own: nothing to mend
    ("Palmyra retaken", "Palmyra retaken on Sunday.", "Sunday"),
    # a list that is the event: no relative pronoun
    ("Seven technical vehicles and a surface-to-air missile launcher were targeted",
     "Seven technical vehicles and a surface-to-air missile launcher were targeted on Tuesday.", "Tuesday"),
    # "that" after a preposition is a demonstrative, not a relative pronoun
    ("Fighting in that town", "Fighting in that town ended on Monday.", "Monday"),
    # "that" after a comma opens no restrictive clause
    ("The report, that BP published", "The report, that BP published on Monday, was long.", "Monday"),
    # the verb group does not agree with the noun the clause would take: the clause tells of another noun
    ("The markers for virulence that were seen", "The markers for virulence that were seen in 1918 are gone.", "1918"),
    # the clause's verb is a verb of saying with another verb after it: its object is what was said, not the noun
    ("Blasts that officials said hit buildings", "Blasts that officials said hit buildings on Monday shook the city.",
     "Monday"),
])
def test_near_misses_stay(title, sentence, expression):
    assert relative_fragment_title(title, sentence, expression) == title


def test_a_counted_noun_keeps_its_count():
    sentence = "One of the protesters who was shot on Friday, a teacher, was buried today."
    assert relative_fragment_title("One of the protesters who was shot", sentence, "Friday") \
        == "One of the protesters was shot"


def test_only_known_verbs_count_when_guessing_is_off():
    # "area" after a name reads as a verb the lexicon may not know; the clause check counts only known verbs
    title = "A storm which killed more than 1,800 people in the New Orleans area"
    assert not is_verbless(title)
    assert is_verbless(title, guess=False)


@pytest.mark.parametrize("sentence,published,expression,title", [
    ("This disaster rides like a tumor on the back of the monster Katrina, a storm that in 2005 killed more than 1,800 "
     "people in the New Orleans area.", "2010-05-01", "2005",
     "Katrina killed more than 1,800 people in the New Orleans area"),
    ("Government forces have been pushing from Bin Jawad to Ras Lanuf, a critical eastern oil town that the opposition "
     "seized on Sunday.", "2011-03-29", "Sunday", "The opposition seized Ras Lanuf"),
    ("Another former resident said there was no doubt as to the intentions of the mob that stormed into her town last "
     "summer.", "2011-09-12", "last summer", "The mob stormed into her town"),
])
def test_the_whole_extraction_titles_the_clause(sentence, published, expression, title):
    events = extract(Article(id="a", body=sentence, published=published))
    assert [e.title for e in events if e.source.expression == expression] == [title]


@pytest.mark.parametrize("example", _POLISH["examples"] + _POLISH["kept"], ids=lambda e: e["printed"])
def test_a_title_told_from_a_relative_on_a_prepositions_noun_keeps_no_context(example):
    # "The test was delayed [because of a small leak ... come]" ran into the main clause; after a comma or a verb
    # the context stays ("Ali Aujali was accredited as head of the Libyan mission")
    assert printed(example["title"], example["sentence"], example["expression"]) == example["printed"]


@pytest.mark.parametrize("sentence,expected", [
    # a date a comparison measures against: the "when" clause tells that year's event
    ("BP is the biggest oil producer in the US. Analysts expect that BP will pump about 3.6 m barrels of oil and gas a "
     "day this year, a tenth less than in 2009, when it overtook US group Exxon Mobil to produce more than any other "
     "non-state-controlled company.",
     ["BP overtook US group Exxon Mobil to produce more than any other non-state-controlled company"]),
    # the "it" named by the compared clause's own subject, past the frame that reports it ("Analysts expect that")
    ("Analysts expect that BP will pump about 3.6 m barrels of oil and gas a day this year, a tenth less than in 2009, "
     "when it overtook US group Exxon Mobil.", ["BP overtook US group Exxon Mobil"]),
])
def test_a_compared_date_takes_its_when_clause(sentence, expected):
    events = extract(Article(id="a", body=sentence, published="2010-06-01"))
    assert [e.title for e in events if e.source.expression == "2009"] == expected


def test_a_compared_date_needs_than_right_before_it():
    from timeline.events.titles import dated_when_clause
    compared = "Output was a tenth less than in 2009, when it overtook Exxon Mobil."
    at = compared.index("2009")
    assert dated_when_clause(compared, at, at + 4) > 0
    # a date the clause's own act has ("BP overtook Exxon in 2009, when prices fell"): the main clause tells it
    own = "BP overtook Exxon in 2009, when prices fell."
    at = own.index("2009")
    assert dated_when_clause(own, at, at + 4) == -1


@pytest.mark.parametrize("clause,expected", [
    ("the opposition seized", (["the", "opposition"], 2)),
    ("they seized", (["they"], 1)),
    # near misses: a lower-case word that is no determiner opens no subject; a verb followed by a verb is a saying's
    ("oversees offshore drilling resigned", ([], -1)),
    ("officials said hit buildings", ([], -1)),
])
def test_an_object_clause_opens_on_its_subject(clause, expected):
    from timeline.events.verbless import _clean, _object_clause
    words = clause.split()
    assert _object_clause(words, [_clean(w) for w in words], 0) == expected
