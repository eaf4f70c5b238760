"""Title choice and the proper names most members' titles share (task titlechoice3).

Of titles otherwise equal down to the shortest, one holding the proper names that a strict majority of the members'
titles (and at least three of them) hold wins; a plan ("were to", "would") or a faulty title never wins so."""

from __future__ import annotations

import itertools

from timeline.merge.entries import choose_title
from timeline.merge.similarity import item_of
from timeline.merge.title_choice import _lacks_shared_names, _proper_names
from timeline.model import Event, Source

DAY = ("2011-03-02", "")


def member(n: int, title: str, quote: str, date: str = "2011-03-02", expression: str = "Wednesday"):
    # two articles: no common wording (common_wording_articles), so the names are weighed before the shortest
    return item_of(Event(article=f"a{n % 2}", date=date, mod="", title=title,
                         source=Source(f"a{n % 2}", quote, expression)))


def chosen_in_every_order(items, when=DAY) -> set[str]:
    return {choose_title(list(order), when) for order in itertools.permutations(items)}


SUEZ = "Two U.S. amphibious assault ships passed through Egypt's Suez Canal and arrived in the Mediterranean"
CANAL = "Two amphibious assault ships entered the canal en route to the Mediterranean"


def ships():
    return [
        member(0, SUEZ, "Two U.S. amphibious assault ships, the USS Kearsarge and the USS Ponce, passed through Egypt's "
               "Suez Canal and arrived in the Mediterranean on Wednesday."),
        member(1, "Two U.S. warships passed through the Suez Canal on their way to waters off Libya",
               "Two U.S. warships were passing through the Suez Canal on their way to waters off Libya on Wednesday "
               "as Western nations exerted diplomatic and military pressure on Muammar Gaddafi to step down."),
        member(2, CANAL, "Two amphibious assault ships, USS Kearsarge, which can carry 2,000 Marines, and USS Ponce, "
               "entered the canal on Wednesday en route to the Mediterranean."),
    ]


def test_proper_names_are_capitalised_words_after_the_first_and_an_all_capital_opener():
    assert _proper_names(SUEZ) == {"u.s", "egypt", "suez", "canal", "mediterranean"}
    assert _proper_names("BP suffered a pipeline leak in Alaska") == {"bp", "alaska"}
    assert _proper_names("Rebels took the town") == frozenset()  # a capitalised opener is no name


def test_the_title_naming_what_most_members_name_wins_in_every_order():
    assert chosen_in_every_order(ships()) == {SUEZ}


def test_with_two_members_the_shortest_stays():
    """Two of two is a majority, but of two members: the shortest title keeps the choice."""
    assert chosen_in_every_order(ships()[1:]) == {CANAL}


def test_a_name_held_by_one_title_in_three_is_no_shared_name():
    titles = ["Rebels entered Brega", "Rebels took the town", "Rebels advanced"]
    found = dict.fromkeys(titles, frozenset())
    assert _lacks_shared_names(titles, found) == dict.fromkeys(titles, 0)


def test_a_plan_never_wins_by_the_names_it_holds():
    met = "European Union foreign ministers met in Brussels"
    plan = "NATO ministers were to weigh up options at talks in Brussels"
    titles = ["Ivo Daalder added NATO representatives were discussing other moves", plan, met,
              "The announcement came as NATO and the European Union begin talks"]
    found = dict.fromkeys(titles, frozenset())
    lacks = _lacks_shared_names(titles, found)
    assert lacks[plan] == lacks[met] == 1  # "brussels" is held by two of four: only "nato" is shared
    travel = "Mitchell would travel to the United Nations for urgent talks"
    lacks = _lacks_shared_names([travel, travel, travel, "A UN official met Gadhafi"],
                                {travel: frozenset(), "A UN official met Gadhafi": frozenset()})
    assert lacks[travel] >= lacks["A UN official met Gadhafi"]


def test_a_faulty_title_never_wins_by_the_names_it_holds():
    garbled = "A BP board meeting three options will be considered cut the dividend"
    plain = "Various options were discussed at a board meeting"
    titles = [garbled, "BP cut the dividend", "BP weighed its options", plain]
    lacks = _lacks_shared_names(titles, {garbled: frozenset({"fused"}), plain: frozenset()})
    assert lacks[garbled] == lacks[plain] == 1


def test_a_title_stopping_inside_a_quotation_never_wins_by_the_names_it_holds():
    """The Gates entry (LibyaWar_cnn 2011-03-27): the title naming Gadhafi stops inside the quotation ("at the sites
    [where we've attacked]"), so the shorter fault-free title stays."""
    day = ("2011-03-27", "")
    bodies = ("U.S. Defense Secretary Robert Gates said America had intelligence reporting about Gadhafi taking the "
              "bodies of the people he's killed and putting them at the sites")
    unaware = "U.S. Defense Secretary Robert Gates said he was unaware of coalition attacks causing civilian casualties"
    items = [
        member(0, bodies, "U.S. Defense Secretary Robert Gates on Sunday said America had \u201cintelligence reporting "
               "about Gadhafi taking the bodies of the people he's killed and putting them at the sites where we've "
               "attacked.\u201d", "2011-03-27", "Sunday"),
        member(1, unaware, "In an interview broadcast Sunday on the CBS program \u201cFace the Nation,\u201d Gates "
               "said he was unaware of coalition attacks causing civilian casualties.", "2011-03-27", "Sunday"),
        member(3, "Gates said that Gadhafi is placing the bodies of people his regime has killed at the sites",
               "Meanwhile, U.S. Defense Secretary Robert Gates said that Gadhafi is placing the bodies of people his "
               "regime has killed at the sites of some missile strikes by the U.S.-led coalition, according to "
               "intelligence.", "2011-03-27", ""),
    ]
    assert chosen_in_every_order(items, day) == {unaware}
