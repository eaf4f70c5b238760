"""A work's content told in the present, dated by its release or broadcast, takes the simple past
(polish.yaml work_content, work_content_examples and near misses)."""
import pytest

from timeline.events.polish import in_past_of_work_content, polished, rules

EXAMPLES = rules()["work_content_examples"]
NEAR_MISSES = rules()["work_content_near_misses"]


@pytest.mark.parametrize("row", EXAMPLES, ids=lambda r: r["title"][:40])
def test_work_content_in_past(row):
    assert in_past_of_work_content(row["title"], row["sentence"], row["expression"]) == row["polished"]


@pytest.mark.parametrize("row", EXAMPLES, ids=lambda r: r["title"][:40])
def test_work_content_in_past_through_polish(row):
    assert polished(row["title"], row["sentence"], row["expression"]) == row["polished"]


@pytest.mark.parametrize("row", NEAR_MISSES, ids=lambda r: r["title"][:40])
def test_work_content_near_misses_stay(row):
    assert in_past_of_work_content(row["title"], row["sentence"], row["expression"]) == row["title"]


def test_no_date_phrase_leaves_the_title():
    title = "Court documents filed in Nevada show that Dr Murray is heavily in debt"
    assert in_past_of_work_content(title, title + ".", "") == title


def test_plain_form_needs_a_plural_work():
    title = "The report show the damage"
    assert in_past_of_work_content(title, "On Monday the report show the damage.", "Monday") == title


def test_quotation_marks_kept_before_a_past_content_verb():
    from timeline.events.polish import with_quotation_marks
    row = EXAMPLES[0]
    bare = row["polished"].replace("“", "").replace("”", "")
    assert with_quotation_marks(bare, row["sentence"]) == row["polished"]
