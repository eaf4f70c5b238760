"""Title choice, names put in (task titlechoice4): of titles equally ranked down to the common wording, one that another
member tells word for word with a name put in gives way to it ("Airstrikes hit ..." / "NATO airstrikes hit ...").

Counter-examples: a word run in from the page that the sentence lacks ("Top Libyan tanks fired"), a stopword ("The
rebels"), more words than inserted_name_words, a reworded title, a fuller title with a fault, and the joins' wording.
"""

from __future__ import annotations

import itertools

import pytest

from timeline.merge.entries import choose_title, wording_title
from timeline.merge.similarity import item_of
from timeline.merge.title_choice import names_inserted, rules
from timeline.model import Event, Source

DAY = ("2011-04-02", "")


def member(n: int, title: str, quote: str, date: str = DAY[0], expression: str = "Saturday"):
    return item_of(Event(article=f"a{n}", date=date, mod="", title=title, source=Source(f"a{n}", quote, expression)))


def chosen_in_every_order(items, when=DAY) -> set[str]:
    return {choose_title(list(order), when) for order in itertools.permutations(items)}


@pytest.mark.parametrize("short, full, quote", [
    # a doer named
    ("Airstrikes hit several rebel vehicles", "NATO airstrikes hit several rebel vehicles",
     "NATO airstrikes hit several rebel vehicles on Saturday, spokesmen said."),
    # a place named inside the title, put in from the article where the sentence says "the area" (polish)
    ("NATO said it was investigating an attack on a tank column in the area",
     "NATO said it was investigating an attack on a tank column in the Brega area",
     "NATO said it was investigating an attack on a tank column in the area on Thursday."),
    # who the person is
    ("Abdul Fattah Younis al Abidi told CNN that he resigned",
     "Ex-Interior Minister Abdul Fattah Younis al Abidi told CNN that he resigned",
     "Ex-Interior Minister Abdul Fattah Younis al Abidi told CNN on Monday that he resigned."),
    ("Libya's state TV broadcast footage of Khamis dressed in uniform",
     "Libya's state TV broadcast footage of Khamis Gadhafi dressed in uniform",
     "Libya's state TV broadcast footage on Monday of Khamis Gadhafi dressed in uniform."),
])
def test_a_title_told_again_with_a_name_put_in_names_more(short, full, quote):
    assert names_inserted(short, full, quote)
    assert not names_inserted(full, short, quote)  # the shorter one puts nothing in


@pytest.mark.parametrize("short, full, quote", [
    # a first word run in from the page: the sentence lacks it
    ("Libyan tanks fired on rebel positions", "Top Libyan tanks fired on rebel positions",
     "Libyan tanks fired on rebel positions on Thursday."),
    # a stopword put in names nothing
    ("Rebels took Brega", "The rebels took Brega", "The rebels took Brega on Monday."),
    # lower-case words only: no name
    ("Rebels took Brega", "Rebels finally took Brega", "Rebels finally took Brega on Monday."),
    # more than inserted_name_words words put in: another title, not the same one with a name
    ("French government spokesman Francois Baroin said troops were being sent",
     "After a similar announcement by the British government, French government spokesman Francois Baroin said "
     "troops were being sent",
     "After a similar announcement by the British government, French government spokesman Francois Baroin said "
     "on Tuesday troops were being sent."),
    # reworded: not every word of the shorter in order
    ("Gadhafi's forces fired rockets in Bir al-Ghanam", "Rockets fired by Gadhafi's forces hit Bir al-Ghanam",
     "Rockets fired by Gadhafi's forces hit Bir al-Ghanam on Sunday."),
    # a common word put in that its sentence lacks
    ("Rebels took Brega", "Rebels took Brega harbour Friday", "Rebels took Brega on Friday."),
])
def test_what_puts_no_name_in(short, full, quote):
    assert not names_inserted(short, full, quote)


def test_the_limit_is_the_tables():
    assert int(rules()["inserted_name_words"]) == 4


def test_the_title_naming_the_doer_wins_whatever_the_order():
    short = "Airstrikes hit several rebel vehicles and killed at least 13 rebel fighters"
    full = "NATO airstrikes hit several rebel vehicles and killed at least 13 rebel fighters"
    items = [member(0, short, f"{short} on Saturday."), member(1, full, f"{full} on Saturday.")]
    assert chosen_in_every_order(items) == {full}
    # the joins read the members' own wording: the shorter stays the cluster's wording there
    assert {wording_title(list(o), DAY) for o in itertools.permutations(items)} == {short}


def test_it_wins_over_the_common_wording_of_several_articles():
    short = "Gadhafi's son Khamis appeared on state television"
    full = "Gadhafi's son Khamis Gadhafi appeared on state television"
    items = [member(0, short, f"{short} on Saturday."), member(1, short, f"{short} on Saturday."),
             member(2, full, f"{full} on Saturday."), member(3, "Khamis was seen alive", "Khamis was seen alive "
                                                                                        "on Saturday.")]
    assert chosen_in_every_order(items[1:]) == {full}
    # but the support of more members comes first: two members give the shorter one
    assert chosen_in_every_order(items) == {short}


def test_a_fuller_title_with_a_fault_leaves_the_shorter_alone():
    short = "Rebels advanced on the oil town"
    cut = "Rebels advanced on the oil town of"  # dangling
    items = [member(0, short, f"{short} on Saturday."), member(1, cut, "Rebels advanced on the oil town of Brega on "
                                                                         "Saturday.")]
    assert chosen_in_every_order(items) == {short}


def test_a_fuller_title_less_well_dated_leaves_the_shorter_alone():
    """The name comes after the date checks: a month's mention does not beat the day's own title."""
    short = "Airstrikes hit several rebel vehicles"
    full = "NATO airstrikes hit several rebel vehicles"
    items = [member(0, short, f"{short} on Saturday."),
             member(1, full, f"{full} in April.", date="2011-04", expression="April")]
    assert chosen_in_every_order(items) == {short}


def test_a_word_run_in_from_the_page_does_not_win():
    short = "Libyan tanks fired on rebel positions around the oil port of Ras Lanuf"
    items = [member(0, short, f"{short} on Saturday."),
             member(1, f"Top {short}", f"{short} on Saturday.")]
    assert chosen_in_every_order(items) == {short}
