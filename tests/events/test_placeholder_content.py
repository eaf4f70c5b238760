"""vague1: a printed title that ends on a placeholder ("issued a report", "released a video", "rejected the plan")
keeps the content its sentence goes on with right after it, a participle of saying or an "in which" clause
(polish.with_placeholder_content; polish.yaml placeholder_content): every example and near miss of the table, and
the guards: a second clause, a quotation run on, an already full title."""
import pytest

from timeline.events.polish import polished, printed, rules, with_placeholder_content

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["placeholder_content_examples"], ids=lambda e: e["title"][:40])
def test_a_placeholder_keeps_the_content_its_sentence_gives(example):
    assert with_placeholder_content(example["title"], example["sentence"], example["expression"]) == example["printed"]
    assert printed(example["title"], example["sentence"], example["expression"]) == example["printed"]


@pytest.mark.parametrize("example", TABLE["placeholder_content_examples"], ids=lambda e: e["title"][:40])
def test_the_members_titles_the_merge_compares_stay_short(example):
    # a print edit: polished (what the merge and the title choice weigh) does not add the content
    assert polished(example["title"], example["sentence"], example["expression"]) != example["printed"]


@pytest.mark.parametrize("example", TABLE["placeholder_content_near_misses"], ids=lambda e: e["title"][:40])
def test_a_second_clause_a_quotation_or_a_full_title_stays(example):
    assert with_placeholder_content(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_a_complement_that_starts_a_second_clause_stays_out():
    # after the noun a new subject and its verb: another event, not what the report said
    sentence = "Amnesty issued a report on Monday, rebels saying they had taken the town."
    assert with_placeholder_content("Amnesty issued a report", sentence, "Monday") == "Amnesty issued a report"
    sentence = "Amnesty issued a report on Monday which rebels denied."
    assert with_placeholder_content("Amnesty issued a report", sentence, "Monday") == "Amnesty issued a report"


def test_a_quotation_run_on_stays_out():
    sentence = "Amnesty issued a report on Monday saying “the rulers were in danger of repeating abuses.”"
    assert with_placeholder_content("Amnesty issued a report", sentence, "Monday") == "Amnesty issued a report"


def test_the_content_stops_at_its_clause_boundary():
    # "and" before a verb opens a clause of its own; a dash closes the content
    sentence = "Amnesty issued a report on Monday saying the rulers were in danger and rebels shelled the port."
    assert with_placeholder_content("Amnesty issued a report", sentence, "Monday") == \
        "Amnesty issued a report saying the rulers were in danger"
    sentence = "Amnesty issued a report on Monday saying the rulers were in danger -- a rare rebuke."
    assert with_placeholder_content("Amnesty issued a report", sentence, "Monday") == \
        "Amnesty issued a report saying the rulers were in danger"


def test_an_apposition_is_stepped_over_only_when_its_clause_goes_on():
    sentence = "The group released a video on Monday in which it says al-Libi, a preacher, calls for war on Gadhafi."
    assert with_placeholder_content("The group released a video", sentence, "Monday") == \
        "The group released a video in which it says al-Libi, a preacher, calls for war on Gadhafi"
    # after the comma no verb of its own: the clause stops before what was said
    sentence = "The group released a video on Monday in which it says al-Libi, a preacher, Benghazi and Tripoli fell."
    assert with_placeholder_content("The group released a video", sentence, "Monday") == "The group released a video"


def test_an_already_full_title_or_no_placeholder_stays():
    sentence = "Aid has been blocked, Valerie Amos said in a statement on Sunday, saying the city was cut off."
    title = "Aid has been blocked, Valerie Amos said in a statement"
    assert with_placeholder_content(title, sentence, "Sunday") == title
    sentence = "Rebels took the port on Monday, saying the town was theirs."
    assert with_placeholder_content("Rebels took the port", sentence, "Monday") == "Rebels took the port"


def test_the_printed_title_stays_within_its_length():
    long = " ".join(["word"] * 18)
    sentence = f"NATO issued a statement on Monday saying {long} were hit."
    assert with_placeholder_content("NATO issued a statement", sentence, "Monday") == "NATO issued a statement"
