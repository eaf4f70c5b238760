"""Titles a word-dropping step left ungrammatical (garble3): a subject taken from a piece with its own verb or an
expletive, a cleft read as a pronoun, a time noun left after its date, an ordinal read as a noun, a preposition's
object run into the subject, a subordinate clause run into the main one, and the last check that keeps a step's
input when its output has a join no clause has. Tables: events.yaml expletive_subjects, title_subject_cleft,
title_date_time_nouns, title_relative_no_nouns, title_runon_subordinators, title_garbled_joins."""

import pytest

from timeline.events import extract
from timeline.model import Article


def _titles(sentence: str, date: str, published: str = "2011-08-01") -> list[str]:
    return [e.title for e in extract(Article(id="a", body=sentence, published=published)) if e.source.expression == date]


@pytest.mark.parametrize("words,expected", [
    (["This", "was"], True),
    (["There"], True),
    # near misses: a name, a phrase with a noun
    (["Rogozin"], False),
    (["The", "rebel", "leader"], False),
    (["It's", "the", "diamond"], False),
])
def test_a_subject_holds_no_verb_and_is_no_expletive(words, expected):
    from timeline.events.subjects import holds_verb_or_expletive
    assert holds_verb_or_expletive(words) is expected


def test_a_piece_with_its_own_verb_is_no_subject():
    from timeline.events.clauses import find_subject
    s = ("This was after Gaddafi, widely ostracized abroad for much of his rule because the West accused him of "
         "supporting terrorism, abandoned his program of weapons in 2003, returning Libya to politics.")
    at = s.index("abandoned")
    assert find_subject(s, at, s[at:]) == ("Gaddafi ", 0)  # the name "after" opened, before the asides
    # near miss: a date after the subordinator
    s = "This came after Tuesday, widely reported as quiet, ended the talks in May."
    at = s.index("ended")
    assert not find_subject(s, at, s[at:])[0].startswith(("This came", "Tuesday"))


@pytest.mark.parametrize("sentence,expected", [
    ("There were recognized 1949 Armistice Lines, accepted by Israel, confirmed by attacks in 1967.", ""),
    ("Widely, the rebels were seen as winning.", ""),  # (an adverb alone, before: "Widely")
    # near misses: a noun subject, a subject with an adjective past form
    ("Rebels were shelling the port.", "Rebels"),
    ("The injured woman was taken to hospital.", "The injured woman"),
])
def test_an_expletive_or_adverb_is_no_opening_subject(sentence, expected):
    from timeline.events.subjects import opening_subject
    assert opening_subject(sentence) == expected


@pytest.mark.parametrize("title,expected", [
    ("It was the revolutionary volunteers from this region who eventually took Zawiya",
     "the revolutionary volunteers from this region eventually took Zawiya"),
    ("It was NATO that bombed the compound", "NATO bombed the compound"),
    # near misses: no past verb after "that", an adjective, a comma inside
    ("It was the first time that the rebels took the town", None),
    ("It was clear that the rebels had won", None),
    ("It was the rebels, officials said, who took the town", None),
])
def test_a_cleft_that_puts_the_doer_first_is_undone(title, expected):
    from timeline.events.titles import without_subject_cleft
    words = title.split()
    assert " ".join(without_subject_cleft(words)) == (expected or title)


def test_a_relative_after_an_adverb_is_not_put_back():
    from timeline.events.polish import with_restored_relative
    sentence = "It was the volunteers from this region who eventually took Zawiya, with help, last Friday."
    title = "The volunteers from this region eventually took Zawiya, with help"
    assert with_restored_relative(title, sentence) == title
    # near miss: the relative's verb, then the main clause's
    sentence = "A Reuters correspondent who traveled close to Ajdabiyah during the day saw no fighting."
    assert with_restored_relative("A Reuters correspondent traveled close to Ajdabiyah saw no fighting", sentence) \
        == "A Reuters correspondent who traveled close to Ajdabiyah saw no fighting"


@pytest.mark.parametrize("sentence,date,expected", [
    ("Rapid stockpiling during summer months and diminished demand across Europe made the region weaker.",
     "summer", "Rapid stockpiling and diminished demand across Europe made the region weaker"),
    ("It was the revolutionary volunteers from this region who eventually took Zawiya, with the help of the people "
     "of Zawiya, last Friday.", "last Friday",
     "The revolutionary volunteers from this region eventually took Zawiya, with the help of the people of Zawiya"),
    ("And in interviews residents of Misrata told Reuters in July that Gaddafi loyalists targeted civilians.", "July",
     "In interviews residents of Misrata told Reuters that Gaddafi loyalists targeted civilians"),
    ("But in one instance in May a Canadian frigate stopped a rebel tugboat carrying rounds.", "May",
     "A Canadian frigate stopped a rebel tugboat carrying rounds"),  # not "One instance a ...": the whole lead goes (stray_words)
    ("As dusk fell the rebels abandoned the town on Friday.", "Friday", "As dusk fell the rebels abandoned the town"),
    # (with the date between the clauses, the date ends the subordinate clause and the main clause is the title:
    # test_event_titles' "As dusk fell Friday the shelling ... abated")
    ("There were recognized 1949 Armistice Lines, accepted by Israel, confirmed by their attacks preceding the 1967 "
     "war.", "1967", "Confirmed by their attacks preceding the 1967 war"),
    # near misses: a date before its own noun with a complement, a subordinate clause joined by "and", a comma
    ("As the rebels took the town on Monday and shelled the port, the army fled.", "Monday",
     "The rebels took the town and shelled the port"),
    ("In talks, officials agreed on Monday to a ceasefire.", "Monday", "Officials agreed to a ceasefire"),
    ("Marta Hinestroza, a lawyer, fled Colombia when she discovered that her name was on a hit list and was granted "
     "asylum here in 2002.", "2002", "Marta Hinestroza discovered that her name was on a hit list and was granted "
     "asylum here"),
])
def test_titles_keep_the_words_their_clauses_need(sentence, date, expected):
    assert _titles(sentence, date) == [expected]


def test_an_ordinal_heads_no_contact_relative():
    from timeline.events.titles import relative_clause
    assert relative_clause("“This is the first we came".split()) == []
    # near miss: a noun
    assert relative_clause("signed a partial cease-fire they brokered".split()) == ["partial", "cease-fire", "brokered"]


@pytest.mark.parametrize("title,sentence,expected", [
    ("This was abandoned his program of weapons", "This was after Gaddafi, widely ostracized, abandoned his program.",
     True),
    ("There confirmed by their repeated attacks", "There were Lines, confirmed by their repeated attacks.", True),
    ("Misrata was the revolutionary volunteers who took Zawiya",
     "It was the revolutionary volunteers who took Zawiya last Friday.", True),
    # near misses: a passive put back, a copula and past form the sentence writes, an expletive before its verb
    ("Mohamed Mokhtar, a rebel fighter, was wounded in the fighting",
     "Mohamed Mokhtar, a rebel fighter wounded in Wednesday's fighting, accused troops.", False),
    ("He was given the award", "He was given the award on Monday.", False),
    ("Jackson's death was ruled a homicide", "Jackson's death is ruled a homicide by the coroner.", False),
    ("There were clashes in Tripoli", "There were clashes in Tripoli on Monday.", False),
])
def test_a_join_no_clause_has_is_garbled(title, sentence, expected):
    from timeline.events.titles import garbled_join
    assert garbled_join(title, sentence) is expected
