"""fragments10: a title that is a noun phrase with a reduced relative's participle ("An audio tape released") takes
the passive with its auxiliary, or the main clause its date times, when its sentence shows the participle is one
(events/verbless.py reduced_relative_title, verbless.yaml reduced_relative)."""
import pytest

from timeline.events.verbless import _table, reduced_relative_title

_TABLE = _table()["reduced_relative"]


@pytest.mark.parametrize("row", _TABLE["examples"], ids=lambda r: r["title"])
def test_a_reduced_relative_takes_its_auxiliary(row):
    assert reduced_relative_title(row["title"], row["sentence"], row["expression"]) == row["becomes"]


@pytest.mark.parametrize("row", _TABLE["kept"], ids=lambda r: r["title"])
def test_a_real_past_is_kept(row):
    assert reduced_relative_title(row["title"], row["sentence"], row["expression"]) == row["title"]


def test_a_participle_before_its_own_verb_that_ends_the_sentence_gives_the_clause_it_tells():
    sentence = ("Only one in three Britons agree with the decision to take military action in Libya, a poll published "
                "on Monday showed.")
    assert reduced_relative_title("A poll published showed", sentence, "Monday") \
        == "Only one in three Britons agree with the decision to take military action in Libya, a poll showed"


def test_a_participle_before_its_own_lost_verb_takes_the_passive():
    sentence = "A poll published on Monday showed wide support for the strikes among voters in the north."
    assert reduced_relative_title("A poll published showed", sentence, "Monday") == "A poll was published"


def test_a_plural_head_takes_were_and_a_noun_after_of_does_not_count():
    sentence = "The figures came from a survey of doctors conducted on Monday by the ministry."
    assert reduced_relative_title("A survey of doctors conducted by the ministry", sentence, "Monday") \
        == "A survey of doctors was conducted by the ministry"
    sentence = "The toll rose, according to reports compiled on Monday by the ministry."
    assert reduced_relative_title("Reports compiled by the ministry", sentence, "Monday") \
        == "Reports were compiled by the ministry"


@pytest.mark.parametrize("title, sentence, expression", [
    # a sentence-opening clause that goes on past a comma with no verb of its own
    ("Saif Gadhafi alluded to this claim in his speech",
     "Saif Gadhafi alluded to this claim in his speech early Monday, claiming criminal elements had stolen weaponry.",
     "early Monday"),
    ("Women marched in Benghazi", "Women marched in Benghazi on Wednesday, carrying banners reading, “how many Libyans "
     "must die to get the Security Council to move on.”", "Wednesday"),
    ("The last time Turks voted in a general election", "The last time Turks voted in a general election in 2007, "
     "opponents feared the ruling party was turning Turkey into an Iran-style Islamic state.", "2007"),
    # a relative's verb and a clause after "when"
    ("The intentions of the mob that stormed into her town", "She said there was no doubt as to the intentions of the "
     "mob that stormed into her town last summer.", "last summer"),
    ("Her family tried to buy bread", "When her family tried Wednesday morning to buy bread, they found the bakeries "
     "were closed.", "Wednesday morning"),
    # a list's item after a comma and an object-gap relative: no sign the word is a participle
    ("A position Lapan reaffirmed", "The Pentagon said on Monday that it believed Gaddafi had not left the country, a "
     "position Lapan reaffirmed on Tuesday, saying: “Nothing's changed.”", "Tuesday"),
    # a real past and what the sentence gives no trace of
    ("A man died", "A man died on Wednesday, the person said.", "Wednesday"),
    ("The rig exploded", "The rig exploded on 20 April and sank two days later.", "20 April"),
])
def test_what_is_no_reduced_relative_stays(title, sentence, expression):
    assert reduced_relative_title(title, sentence, expression) == title


def test_a_future_sentence_gives_no_passive_past():
    sentence = "In a report published on Monday by the agency, officials will set out the plan."
    assert reduced_relative_title("A report published by the agency", sentence, "Monday") \
        == "A report published by the agency"


def test_a_bare_noun_gets_back_the_article_its_sentence_gives():
    sentence = "The president overruled them, according to a report published Saturday in The New York Times."
    assert reduced_relative_title("Report published in The New York Times", sentence, "Saturday") \
        == "A report was published in The New York Times"
    sentence = "Officials met, according to reports published Saturday by Reuters."
    assert reduced_relative_title("Reports published by Reuters", sentence, "Saturday") \
        == "Reports were published by Reuters"
