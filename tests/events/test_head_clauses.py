"""The head clause a title leads with (issue 13, the "headclause" kind; head_clauses.yaml): a harm told before the
"when"/"as" clause its date stands in leads the title, and a date in the clause a present saying verb governs titles
what was said, not the saying. Every example of the table is checked, and what it must leave alone."""
from __future__ import annotations

import pytest
from dated_titles import dated_titles

from timeline.events.main_clauses import harm_main_clause_start, present_report_title
from timeline.rules import load_yaml

TABLE = load_yaml("timeline.events", "head_clauses.yaml")
HARM = TABLE["harm_main_clauses"]
PRESENT = TABLE["present_reports"]


@pytest.mark.parametrize("row", HARM["examples"], ids=lambda row: row["date"] + ":" + row["title"][:30])
def test_a_harm_before_a_when_clause_leads_the_title(row):
    assert dated_titles(row["sentence"], row["date"]) == [row["title"]]


@pytest.mark.parametrize("row", HARM["left_alone"], ids=lambda row: row["sentence"][:40])
def test_no_harm_head_for_a_state_a_relative_a_report_or_another_moment(row):
    sentence = row["sentence"]
    clause = min(at for word in (" when ", " after ", " as ") if (at := sentence.find(word)) >= 0) + 1
    assert harm_main_clause_start(sentence, clause) == -1
    assert not any(title.startswith(sentence[:12]) and " when " in title
                   for title in dated_titles(sentence, row["date"]))


def test_the_dink_sentence_keeps_the_shooting_after_its_opening_apposition():
    sentence = ("Editor of bilingual Turkish-Armenian weekly Agos and Turkey's best known Armenian voice abroad, Dink "
                "was shot in broad daylight as he left his Istanbul office in January 2007.")
    assert dated_titles(sentence, "January 2007") == ["Dink was shot in broad daylight as he left his Istanbul office"]


def test_where_the_harm_clause_starts():
    sentence = "At least five people died when Gaddafi forces shelled a residential area of Misrata late on Monday."
    assert harm_main_clause_start(sentence, sentence.index("when")) == 0
    quoted = "“Ali was shot when his crew was ambushed near Benghazi on March 13,” the group said."
    assert harm_main_clause_start(quoted, quoted.index("when")) == quoted.index("Ali")


@pytest.mark.parametrize("sentence", [
    "He was fatally shot when he went out on Friday.",  # a pronoun subject
    "A doctor said five people died when forces shelled the town on Monday.",  # a report before the harm
    "Five people died and rebels retreated when forces shelled the town on Monday.",  # another act after the harm
    "The town was quiet when forces shelled it on Monday.",  # a state
    "Five people died such as when forces shelled the town on Monday.",  # no clause opener where the clause starts
])
def test_no_harm_head(sentence):
    assert harm_main_clause_start(sentence, sentence.index("when")) == -1


@pytest.mark.parametrize("row", PRESENT["examples"], ids=lambda row: row["date"] + ":" + row["title"][:30])
def test_a_present_saying_gives_its_date_to_what_was_said(row):
    assert dated_titles(row["sentence"], row["date"], row["published"]) == [row["title"]]


@pytest.mark.parametrize("row", PRESENT["left_alone"], ids=lambda row: row["sentence"][:40])
def test_a_present_saying_left_alone(row):
    titles = dated_titles(row["sentence"], row["date"], row["published"])
    subject = row["sentence"].split(" say", 1)[0]
    assert titles and all(title.startswith(subject) for title in titles)


@pytest.mark.parametrize("title, before, expected", [
    ("Wolf Blitzer says that he tweeted that Obama was losing", "Wolf Blitzer says that he tweeted ",
     "Wolf Blitzer tweeted that Obama was losing"),
    ("Dean says the company put the picture up", "Dean says the company put the picture up on ",
     "The company put the picture up"),
    # a pronoun speaker names no one: "She visited the Gulf" tells no more than the report
    ("She tells the conference that she visited the Gulf", "She tells the conference that she visited the Gulf in ",
     ""),
    ("Doug Suttles told a press conference that he could not guarantee it",  # a past saying: not this rule's
     "Doug Suttles told a press conference on ", ""),
    ("The scientists say that the dispersant helped", "The scientists say ", ""),  # "say today": the saying's date
    ("Al-Bashir says he will not run for re-election", "Al-Bashir says he will not run for re-election ", ""),
    # the speaker's own words in quotation marks: the title keeps the saying
    ("Hajj Usama says the east of Rayayan declared their support",
     "Hajj Usama says the east of Rayayan “declared their support for the rebels ", ""),
    # a name or a noun that reads like a present verb: "The United States", "two reports of his death"
    ("The United States and South Africa struck a deal", "The United States and South Africa struck a deal late on ",
     ""),
    ("Arab media reported he had died in a crash", "There have been two reports of his death: Arab media reported in ",
     ""),
])
def test_present_report_title(title, before, expected):
    assert present_report_title(title, before) == expected
