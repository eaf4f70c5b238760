"""pronouns10: a "he"/"she"/"it" or its possessive that the antecedent rules leave unnamed stands for the name that
opens the sentence right before, where the subject reader missed it (events.yaml opening_name_antecedents;
timeline.events.subjects.opening_name_before)."""
import pytest

from timeline.events.lexicon import rules as events_rules
from timeline.events.subjects import _name_opening_clause, name_reported_pronoun, opening_name_before

from dated_titles import dated_titles  # one article's titles for one date phrase

EXAMPLES = events_rules()["opening_name_antecedent_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:50] for e in EXAMPLES])
def test_opening_name_examples(example):
    body = (example["names"] + " " if example["names"] else "") + example["body"]
    assert dated_titles(body, example["date"]) == [example["title"]]


@pytest.mark.parametrize("sentence,name", [
    ("Salabi commands at least 3,000 fighters.", "Salabi"),
    ("Bermuda-based Hiscox estimates its bill at £100m.", "Hiscox"),
    ("On the same program, Clinton noted how the leader remained in power.", "Clinton"),
    ("McGinty doesn't think Lincoln became a dictator.", "McGinty"),
    # a plural noun after the name, a possessive, a comma, a lower-case opening: no name right before its verb
    ("Hiscox shares fell 3% on the news.", ""),
    ("Hiscox's bill will reach £100m.", ""),
    ("Salabi, a former prisoner, commands 3,000 fighters.", ""),
    ("the company commands a fleet.", ""),
    ("Fifteen days later, operators discovered the rupture.", ""),  # a number is no name
])
def test_name_opening_clause(sentence, name):
    assert _name_opening_clause(sentence)[0] == name


SALABI = "Salabi commands at least 3,000 fighters and reports to the ministry, according to an NTC spokesman."


@pytest.mark.parametrize("pronoun,verb,history,texts,earlier,named", [
    ("he", "accompanied", [""], [SALABI], ["Ismail al-Salabi"], "Ismail al-Salabi"),
    ("his", "fighters", [""], [SALABI], ["Islamist Ismail al-Salabi", "Ismail al-Salabi"], "Ismail al-Salabi"),
    ("its", "retail", ["its bill"], ["Bermuda-based Hiscox estimates its bill for the storm will reach £100m."],
     ["Bermuda-based Hiscox"], "Hiscox"),
    # a surname with no full name in the article; two people of that surname
    ("he", "accompanied", [""], [SALABI], [], ""),
    ("he", "accompanied", [""], [SALABI], ["Ismail al-Salabi", "Ali al-Salabi"], ""),
    # another person after the name (two candidates); a "she" for a man the article tells of as "he"
    ("he", "says", [""], ["McGinty doesn't think Lincoln became a dictator."], ["Jim McGinty", "Abraham Lincoln"],
     ""),
    ("she", "accompanied", [""], ["Salabi commands 3,000 fighters and he reports to the ministry."],
     ["Ismail al-Salabi"], ""),
    # a thing with another capitalised name before its own "its"; an expletive "it"; a "they"
    ("its", "retail", [""], ["Hiscox bought Beazley for its retail business."], [], ""),
    ("it", "appeared", [""], ["Zawiya lies west of Tripoli."], [], ""),
    ("their", "force", [""], ["Rebels hold the town."], [], ""),
    # a lone capitalised common word the article writes in lower case elsewhere: no name ("Government troops")
    ("it", "hopes", [""], ["The government fell.", "Government troops surround the town."], [], ""),
    ("its", "importance", [""], ["The base is large.", "Qatar hosts a large base; its decision was welcomed."], [],
     "Qatar"),
    # a quotation or a question before; a name the subject reader found (the antecedent rules had their say)
    ("he", "accompanied", [""], ["“Salabi commands 3,000 fighters,” he said."], ["Ismail al-Salabi"], ""),
    ("he", "accompanied", [""], ["Does Salabi command 3,000 fighters?"], ["Ismail al-Salabi"], ""),
    ("he", "accompanied", ["Salabi"], [SALABI], ["Ismail al-Salabi"], ""),
])
def test_opening_name_before(pronoun, verb, history, texts, earlier, named):
    assert opening_name_before(pronoun, verb, history, history, texts, earlier) == named


FRANCE = "Washington has ruled out action, though France said on Monday it hoped the government would collapse."


@pytest.mark.parametrize("title,sentence,names,named", [
    ("It hoped the government would collapse", FRANCE, [], "France hoped the government would collapse"),
    ("He would stay in Tripoli", "Rebels fled, and Mustafa Abdel Jalil said he would stay in Tripoli.", [],
     "Mustafa Abdel Jalil would stay in Tripoli"),
    ("It would cut output", "BP said that it would cut output.", [], "BP would cut output"),
    # "told": whom it was told may be meant; a person's name for "it"; a thing for "he"; a description; two reports
    ("He would stay", "Clinton told Lavrov he would stay.", ["Hillary Clinton"], "He would stay"),
    ("It hoped the government would collapse", "Though Nicolas Sarkozy said it hoped the government would collapse.",
     [], "It hoped the government would collapse"),
    ("He would stay", "NATO said he would stay.", [], "He would stay"),
    ("It would cut output", "The company said it would cut output.", [], "It would cut output"),
    ("It would cut output", "BP said it would cut output, and Shell said it would cut output.", [],
     "It would cut output"),
    # a saying verb with words between that are no day: the pronoun may be another's
    ("It would collapse", "France said of the regime that it would collapse.", [], "It would collapse"),
])
def test_name_reported_pronoun(title, sentence, names, named):
    assert name_reported_pronoun(title, sentence, names) == named
