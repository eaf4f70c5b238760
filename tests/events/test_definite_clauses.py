"""definites6: demonstratives and vague definites that name nothing, named by the clause that says them
(timeline.events.subjects name_said_noun, name_with_clause, name_elaborated_demonstrative, name_journey,
name_introduced_demonstrative, name_apposed_role, name_counted_head, name_general_noun; events.yaml definite_clauses)."""

import pytest

from timeline.events.subjects import (name_apposed_role, name_counted_head, name_elaborated_demonstrative,
                                      name_general_noun, name_introduced_demonstrative, name_journey, name_said_noun,
                                      name_with_clause)


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("Libya's envoy expressed this fear", "Libya's envoy expressed this fear Wednesday.",
     "Rebels fear that there will be a bloodbath in Benghazi.",
     "Libya's envoy expressed the fear that there will be a bloodbath in Benghazi"),
    ("He repeated that warning", "He repeated that warning on Monday.", "Experts warned that pig farms breed viruses.",
     "He repeated the warning that pig farms breed viruses"),
    # near misses: no "that" clause; two; a noun of no saying
    ("Libya's envoy expressed this fear", "Libya's envoy expressed this fear Wednesday.",
     "Rebels fear a bloodbath.", "Libya's envoy expressed this fear"),
    ("He repeated that warning", "He repeated that warning on Monday.",
     "Experts warned that farms breed viruses and warned that trade spreads them.", "He repeated that warning"),
])
def test_said_noun(title, sentence, previous, named):
    assert name_said_noun(title, sentence, previous) == named


@pytest.mark.parametrize("title,sentence,named", [
    ("The first changes were set in motion",
     "The first changes were set in motion yesterday, with the Obama administration proposing reform of the "
     "regulator following charges.", "The Obama administration proposed reform of the regulator"),
    ("The move came", "The move came on Monday, with Britain freezing the assets of the leader.",
     "Britain froze the assets of the leader"),
    # near misses: a subject that is no vague noun; no gerund clause; a gerund of no act
    ("The storm hit the coast", "The storm hit the coast on Tuesday, with winds gusting to 100mph.",
     "The storm hit the coast"),
    ("The first changes were set in motion", "The first changes were set in motion yesterday, with no one hurt.",
     "The first changes were set in motion"),
    ("The move came", "The move came on Monday, with the total including three banks.", "The move came"),
])
def test_with_clause(title, sentence, named):
    assert name_with_clause(title, sentence) == named


@pytest.mark.parametrize("title,sentence,named", [
    ("The Treasury beefed up those sanctions", "The Treasury beefed up those sanctions Friday, freezing the assets "
     "of nine more individuals.", "The Treasury beefed up sanctions, freezing the assets of nine more individuals"),
    # near misses: "including" tells no act; no comma clause; more words between than a date
    ("The Treasury beefed up those sanctions", "The Treasury beefed up those sanctions Friday, including a freeze.",
     "The Treasury beefed up those sanctions"),
    ("Halliburton learned of those failures", "Halliburton learned of those failures in February, and informed BP.",
     "Halliburton learned of those failures"),
    ("The Treasury beefed up those sanctions", "The Treasury beefed up those sanctions on the family of the "
     "leader, freezing assets.", "The Treasury beefed up those sanctions"),
])
def test_elaborated_demonstrative(title, sentence, named):
    assert name_elaborated_demonstrative(title, sentence) == named


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("BP called off the visit", "A day later, BP called off the visit.", "He was set to fly to Houston at 3am.",
     "BP called off the visit to Houston"),
    # near misses: two places; the visit's own place said; no travel before
    ("BP called off the visit", "A day later, BP called off the visit.",
     "He was set to fly to Houston and then go to New Orleans.", "BP called off the visit"),
    ("BP called off the visit to Houston", "BP called off the visit to Houston.", "He was set to fly to Houston.",
     "BP called off the visit to Houston"),
    ("BP called off the visit", "A day later, BP called off the visit.", "He was in Houston.",
     "BP called off the visit"),
])
def test_journey(title, sentence, previous, named):
    assert name_journey(title, sentence, previous) == named


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("People mourned that soldier", "People mourned that soldier on Thursday.",
     "That includes a soldier who was shot because he refused to fire.",
     "People mourned the soldier who was shot"),
    # near misses: the relative opens the sentence (it may run into the main verb); two
    ("People mourned that soldier", "People mourned that soldier on Thursday.",
     "A soldier who deserted was jailed.", "People mourned that soldier"),
    ("People mourned that soldier", "People mourned that soldier on Thursday.",
     "It includes a soldier who was shot and a soldier who was hanged.", "People mourned that soldier"),
])
def test_introduced_demonstrative(title, sentence, previous, named):
    assert name_introduced_demonstrative(title, sentence, previous) == named


@pytest.mark.parametrize("title,previous,named", [
    ("The spokesman said the city fell", "Khaled al-Sayeh, a spokesman for the opposition forces, said troops came.",
     "Khaled al-Sayeh said the city fell"),
    # near misses: no name apposed; another noun apposed; two spokesmen
    ("The spokesman said the city fell", "A spokesman for the opposition forces said troops came.",
     "The spokesman said the city fell"),
    ("The spokesman said the city fell", "Khaled al-Sayeh, a commander of the opposition forces, said troops came.",
     "The spokesman said the city fell"),
    ("The spokesman said the city fell", "Ali Omar, a rebel spokesman, and Musa Ibrahim, a government spokesman, "
     "spoke.", "The spokesman said the city fell"),
])
def test_apposed_role(title, previous, named):
    assert name_apposed_role(title, previous) == named


@pytest.mark.parametrize("title,sentence,texts,named", [
    ("FWS handed over the numbers", "FWS handed over the numbers on Wednesday.",
     ["The NWF prised numbers for birds killed in the spill from FWS.", "Groups had pushed for it."],
     "FWS handed over the numbers for birds killed in the spill"),
    # near misses: two kinds of numbers; the title's sentence gives the complement; too far back
    ("FWS handed over the numbers", "FWS handed over the numbers on Wednesday.",
     ["The NWF got numbers for birds killed and numbers for turtles found dead."], "FWS handed over the numbers"),
    ("FWS handed over the numbers", "FWS handed over the numbers of dead birds.",
     ["The NWF got numbers for birds killed."], "FWS handed over the numbers"),
    ("FWS handed over the numbers", "FWS handed over the numbers on Wednesday.",
     ["The NWF got numbers for birds killed.", "A.", "B.", "C."], "FWS handed over the numbers"),
])
def test_counted_head(title, sentence, texts, named):
    assert name_counted_head(title, sentence, texts) == named


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("His brothers defended the decision to hold the event", "His brothers defended the decision to hold the event.",
     "The tribute concert in Cardiff will raise money.",
     "His brothers defended the decision to hold the tribute concert in Cardiff"),
    # near misses: two kinds of event; "the event of ..." says it already; the title names a concert already
    ("His brothers defended the decision to hold the event", "His brothers defended the decision to hold the event.",
     "The concert will follow the memorial service.", "His brothers defended the decision to hold the event"),
    ("They held the event of the year", "They held the event of the year.", "The concert was sold out.",
     "They held the event of the year"),
    ("The organiser of the concert defended the event", "The organiser of the concert defended the event.",
     "The concert in Cardiff was sold out.", "The organiser of the concert defended the event"),
])
def test_general_noun(title, sentence, previous, named):
    assert name_general_noun(title, sentence, previous) == named
