"""asides3: a "who"/"which" aside after the sentence's opening subject goes from the title when the event's date
stands in the main predicate after it; it was printed as a first predicate glued to the main one ("Moreno-Ocampo said
he plans ..., announced the probe"; "The Organization of the Islamic Conference represents 56 member states, said
that ..."). timeline/events/titles.py _dates_main_predicate, events.yaml title_subject_aside_verb_adverbs."""

from __future__ import annotations

from timeline.events import extract
from timeline.events.titles import subject_asides, without_subject_asides
from timeline.model import Article


def _titles(text: str, published: str = "2011-03-03") -> list[tuple[str, str]]:
    return [(e.source.expression, e.title) for e in extract(Article(id="a", body=text, published=published))]


OIC = ("The Organization of the Islamic Conference, which represents 56 member states, said Tuesday that it wants the"
       " United Nations to enforce a no-fly zone over Libya.")
MORENO = ("Moreno-Ocampo, who said he plans to finish his investigation within weeks and hopes to have the judge's"
          " decision within months, also announced the probe at a press conference Thursday.")


def test_a_which_aside_before_a_dated_main_verb_goes() -> None:
    assert ("Tuesday", "The Organization of the Islamic Conference said that it wants the United Nations to enforce"
            " a no-fly zone over Libya") in _titles(OIC)


def test_a_who_aside_before_an_adverb_and_a_dated_main_verb_goes() -> None:
    assert _titles(MORENO) == [("Thursday", "Moreno-Ocampo announced the probe at a press conference")]


def test_a_short_who_aside_before_also_and_a_dated_verb() -> None:
    assert _titles("Bob Dudley, who took over from Hayward, also agreed on Monday to be interviewed.") \
        == [("Monday", "Bob Dudley agreed to be interviewed")]


def test_the_adverb_counts_only_for_the_opening_subject_aside() -> None:
    text = "Bob Dudley, who took over from Hayward, also agreed to be interviewed."
    assert subject_asides(text, opening=True) == [(10, 40)]
    assert subject_asides(text) == []  # the reported clause's asides (after "said" ...) are as they were


def test_the_aside_goes_only_with_the_date_after_it() -> None:
    text = "Bob Dudley, who took over from Hayward, also agreed on Monday to be interviewed."
    at = text.index("Monday")
    kept, cut, _ = without_subject_asides(text, None, [])
    assert kept == text  # no date: the aside may tell the event, and stays
    dropped, cut, _ = without_subject_asides(text, (at, at + 6), [])
    assert dropped.startswith("Bob Dudley also agreed on Monday") and dropped[cut[0]:cut[1]] == "Monday"


# --- near misses: what the rule leaves alone

def test_an_aside_that_holds_the_date_is_the_title() -> None:
    found = _titles("Bob Dudley, who took over from Hayward as chief executive on 1 October, also agreed to be"
                    " interviewed for the program.", published="2010-11-03")
    assert ("1 October", "Bob Dudley took over from Hayward as chief executive") in found


def test_a_dated_which_aside_with_a_main_verb_after_it() -> None:
    found = _titles("Russia, which abstained in the March U.N. Security Council vote authorizing military"
                    " intervention, has accused the Western coalition of going beyond its mandate.")
    assert [t for _, t in found] == ["Russia abstained in the U.N. Security Council vote authorizing military"
                                     " intervention"]


def test_a_restrictive_who_with_no_comma_stays() -> None:
    assert _titles("The men who attacked the embassy were arrested on Monday.") \
        == [("Monday", "The men who attacked the embassy were arrested")]


def test_a_which_of_a_whole_clause_is_no_subject_aside() -> None:
    text = "Rebels took the town on Monday, which angered Gaddafi, and later withdrew."
    assert subject_asides(text, opening=True) == []
    assert ("Monday", "Rebels took the town") in _titles(text)


def test_an_adverb_off_the_list_closes_no_aside() -> None:
    # only the adverbs of title_subject_aside_verb_adverbs stand between the comma and the main verb
    assert subject_asides("Gaddafi, who seized power in a coup, reportedly fled on Monday.", opening=True) == []
    assert subject_asides("Gaddafi, who seized power in a coup, later fled on Monday.", opening=True) == [(7, 37)]


def test_an_aside_inside_a_list_of_names_stays() -> None:
    # the subject's apposition lists two ships and the aside is one's: dropping it would leave "X, the USS Kearsarge are"
    text = ("Two amphibious assault ships, the USS Kearsarge, which can carry 2,000 Marines, and the USS Ponce, are in"
            " the Red Sea and are expected to go through the canal early on Wednesday.")
    assert not [t for _, t in _titles(text, published="2011-03-01") if "Kearsarge are" in t]
