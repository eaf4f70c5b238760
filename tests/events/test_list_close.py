"""cuts3: a title cut at the first comma of a list its object opened keeps the list when its last ("and"/"or") item
runs on (polish._closed_object_list via with_object_list; polish.yaml object_list_close)."""
import pytest

from timeline.events.polish import rules, with_object_list

CLOSED = rules()["object_list_close_examples"]
NEAR = rules()["object_list_close_near_misses"]


@pytest.mark.parametrize("example", CLOSED, ids=[e["title"][:40] for e in CLOSED])
def test_list_closed(example):
    assert with_object_list(example["title"], example["sentence"], example["expression"]) == example["polished"]


@pytest.mark.parametrize("example", NEAR, ids=[e["title"][:40] for e in NEAR])
def test_near_misses_left_alone(example):
    assert with_object_list(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_long_list_left_alone():
    title = "Officials listed the damage"
    sentence = ("Officials listed on Monday the damage, broken windows, burned cars, looted shops, damaged roads, "
                "fallen trees, flooded cellars, cracked walls and a collapsed bridge.")
    assert with_object_list(title, sentence, "Monday") == title  # the joiner past before_words: a long list


def test_last_item_cut_before_its_phrase_when_the_title_would_run_long():
    title = ("International Criminal Court prosecutor Luis Moreno-Ocampo said he had requested arrest warrants for "
             "Libya's Muammar Gaddafi")
    sentence = ("The International Criminal Court prosecutor said on Monday he had requested arrest warrants for "
                "Libya's Muammar Gaddafi, his son Saif al-Islam and the country's spy chief on charges of crimes "
                "against humanity.")
    printed = with_object_list(title, sentence, "Monday")
    assert printed.endswith("the country's spy chief")
    assert len(printed.split()) <= rules()["object_list_close"]["title_words"]


def test_a_list_s_last_item_kept_to_its_noun_when_the_title_runs_long():
    from timeline.events.polish import with_second_conjunct
    title = ("Rebel leaders marked the 100th day of an uprising they say was launched over concerns about lack of "
             "freedom, democracy")
    sentence = ("On Saturday, rebel leaders marked the 100th day of an uprising they say was launched over concerns "
                "about lack of freedom, democracy and other concerns related to Gadhafi's 42-year rule.")
    assert with_second_conjunct(title, sentence, "Saturday") == title + " and other concerns"
    # no list in the title: a coordination's second member that does not fit is left out, as before
    single = "Rebel leaders in eastern Libya marked" + title.split("marked", 1)[1].replace("freedom, democracy",
                                                                                         "democracy")
    said = "On Saturday, rebel leaders in eastern Libya marked" + sentence.split("marked", 1)[1].replace(
        "freedom, democracy", "democracy")
    assert len(single.split()) + 8 > rules()["second_conjunct"]["title_words"]
    assert with_second_conjunct(single, said, "Saturday") == single
    listed = single.replace("democracy", "freedom, democracy")
    assert with_second_conjunct(listed, said.replace("democracy", "freedom, democracy"), "Saturday") == \
        listed + " and other concerns"


def test_a_clause_after_the_list_s_joiner_is_no_last_item():
    from timeline.events.polish import with_second_conjunct
    title = "Rebels in the east of the country took the oil port near the town, the airport"
    sentence = ("Rebels in the east of the country took the oil port near the town, the airport and the army withdrew "
                "to the hills south of the town on Monday.")
    assert with_second_conjunct(title, sentence, "Monday") == title
    # a noun phrase there is the list's last item (kept whole: it fits)
    assert with_second_conjunct(title, sentence.replace("the army withdrew", "the barracks"), "Monday") == title + \
        " and the barracks to the hills south of the town"
