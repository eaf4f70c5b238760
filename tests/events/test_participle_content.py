"""A printed title that tells only the making of a thing its sentence sets a participle after keeps what the
sentence says the thing says or is (bare1, polish.with_participle_content; polish.yaml participle_content): "An
affidavit was made public" of "..., according to an affidavit made public on Monday" -> "An affidavit saying ...
was made public"; every example and near miss of the table."""
import pytest

from timeline.events.polish import polished, printed, rules, with_participle_content

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["participle_content_examples"], ids=lambda e: e["title"][:40])
def test_a_bare_thing_keeps_what_its_sentence_says_of_it(example):
    assert with_participle_content(example["title"], example["sentence"], example["expression"]) == example["printed"]
    assert printed(example["title"], example["sentence"], example["expression"]) == example["printed"]


@pytest.mark.parametrize("example", TABLE["participle_content_examples"], ids=lambda e: e["title"][:40])
def test_the_members_titles_the_merge_compares_stay_short(example):
    # a print edit: polished (what the merge and the title choice weigh) does not add the content
    assert polished(example["title"], example["sentence"], example["expression"]) != example["printed"]


@pytest.mark.parametrize("example", TABLE["participle_content_near_misses"], ids=lambda e: e["title"][:40])
def test_a_pronoun_another_act_or_a_long_content_stays_out(example):
    assert with_participle_content(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_the_closing_source_must_end_the_sentence():
    # "according to a report published on Monday, which ...": the source's phrase goes on, the content is not its
    sentence = "The rebels shelled the port, according to a report published on Monday, which the army denied."
    assert with_participle_content("A report was published", sentence, "Monday") == "A report was published"
    sentence = "The rebels shelled the port, according to a report published on Monday."
    assert with_participle_content("A report was published", sentence, "Monday") == \
        "A report saying the rebels shelled the port was published"


def test_the_content_stops_before_a_clause_of_its_own_and_a_date():
    # "as part of ..." goes with its "as"; a content that tells its own day is an event of its own
    sentence = ("The doctor gave the singer propofol as part of his treatment, according to an affidavit made public "
                "on Monday.")
    assert with_participle_content("An affidavit was made public", sentence, "Monday") == \
        "An affidavit saying the doctor gave the singer propofol was made public"
    sentence = "The doctor gave the singer propofol on Sunday, according to an affidavit made public on Monday."
    assert with_participle_content("An affidavit was made public", sentence, "Monday") == "An affidavit was made public"


def test_a_title_that_is_no_bare_passive_of_the_noun_stays():
    sentence = "The first cap, installed on 3 June, takes oil and gas to the Discoverer Enterprise."
    # the title's noun is not the one the participle follows
    assert with_participle_content("The second cap was installed", sentence, "3 June") == "The second cap was installed"
    # an active title: no participle after "was"
    assert with_participle_content("BP installed the first cap", sentence, "3 June") == "BP installed the first cap"
    # the title's verb is not the sentence's participle
    assert with_participle_content("The first cap was removed", sentence, "3 June") == "The first cap was removed"


def test_a_plural_noun_after_the_aside_is_no_verb():
    sentence = "The video, posted on Monday, lawyers say shows the attack."
    assert with_participle_content("A video was posted", sentence, "Monday") == "A video was posted"
    sentence = "The video, posted on Monday, shows the attack on the convoy."
    assert with_participle_content("A video was posted", sentence, "Monday") == \
        "A video showing the attack on the convoy was posted"


def test_an_opening_determiner_or_number_goes_lower_case_inside_the_title():
    sentence = "Ten people died in the shelling, according to a report published on Monday."
    assert with_participle_content("A report was published", sentence, "Monday") == \
        "A report saying ten people died in the shelling was published"
    sentence = "Dr Murray gave the singer propofol, according to an affidavit made public on Monday."
    assert with_participle_content("An affidavit was made public", sentence, "Monday") == \
        "An affidavit saying Dr Murray gave the singer propofol was made public"
