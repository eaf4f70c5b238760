"""A surname the article gives several people, printed alone as a title's subject, is put as the full name of the
one meant (events.yaml shared_surnames; timeline.events.surnames)."""
import pytest

from timeline.events.lexicon import rules
from timeline.events.surnames import meant_by_surname, name_shared_surname

EXAMPLES = rules()["shared_surnames"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"] for e in EXAMPLES])
def test_table_examples(example):
    assert name_shared_surname(example["title"], example["sentence"], example["earlier"]) == example["named"]


def test_names_the_subject_of_the_sentence_before():
    earlier = ["Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to hospital."]
    assert meant_by_surname("Jackson", "Jackson, 48, was taken to hospital on Tuesday.", earlier) == "Randy Jackson"


def test_one_person_of_the_surname_leaves_the_title():
    assert name_shared_surname("Murray was charged", "Murray was charged on Monday.",
                               ["Dr Conrad Murray met the police."]) == "Murray was charged"


def test_a_sentence_naming_the_person_only_as_an_object_tells_no_one():
    earlier = ["Michael Jackson died in 2009.", "Police interviewed Joe Jackson on Friday."]
    assert name_shared_surname("Jackson was buried", "Jackson was buried on Monday.", earlier) == "Jackson was buried"


def test_an_article_with_one_full_name_leaves_a_possessive():
    assert name_shared_surname("Jackson's doctor was charged", "Jackson's doctor was charged on Monday.",
                               ["Michael Jackson and Janet Jackson sang."]) == "Jackson's doctor was charged"


ONES = rules()["numeral_one"]["examples"]


@pytest.mark.parametrize("example", ONES, ids=[e["title"] for e in ONES])
def test_numeral_one_examples(example):
    from timeline.events.surnames import name_numeral_one
    assert name_numeral_one(example["title"], example["sentence"]) == example["named"]


FORMS = rules()["person_forms"]["examples"]


@pytest.mark.parametrize("example", FORMS, ids=[e["title"] for e in FORMS])
def test_person_forms_examples(example):
    from timeline.events.surnames import article_names, person_forms
    assert person_forms(example["title"], article_names(example["article"])) == example["named"]


def test_an_article_s_titles_print_a_person_as_the_article_names_them():
    from timeline.events import extract
    from timeline.model import Article
    body = ("A judge ordered on Monday that Dr Conrad Murray should stand trial in March. "
            "At a preliminary hearing this month, witnesses testified that Dr Conrad had sought to hide the fact. "
            "Dr Murray denies the charge.")
    titles = [e.title for e in extract(Article(id="a", body=body, published="2011-01-25"))]
    assert any("Dr Murray had sought" in t for t in titles), titles
    assert not any("Dr Conrad had" in t for t in titles)


ROLES = rules()["person_roles"]["examples"]


@pytest.mark.parametrize("example", ROLES, ids=[e["title"] for e in ROLES])
def test_person_roles_examples(example):
    from timeline.events.surnames import name_person_role
    assert name_person_role(example["title"], example["sentence"]) == example["named"]


BARE = rules()["person_forms"]["bare_surname"]["examples"]


@pytest.mark.parametrize("example", BARE, ids=[e["title"][:40] for e in BARE])
def test_a_bare_surname_takes_the_articles_role_and_full_name(example):
    from timeline.events.surnames import article_names, name_bare_surname
    assert name_bare_surname(example["title"], article_names(example["article"]), example.get("sentence", "")) \
        == example["named"]
