"""titlechoice2: of titles otherwise alike, one that only reports a state going on ("Witnesses said that a
pro-government assault was persisting") loses to a member telling the act ("... fighting raged in ...")."""

from __future__ import annotations

import pytest

from timeline.merge.entries import choose_title, wording_title
from timeline.merge.similarity import item_of
from timeline.merge.title_choice import _bare, _tells_reported_state, rules, vagueness
from timeline.model import Event, Source

DAY = ("2011-03-18", "")


def item(n: int, title: str, quote: str):
    return item_of(Event(article=f"a{n}", date=DAY[0], mod="", title=title, source=Source(f"a{n}", quote, DAY[0])))


def reported_state(title: str) -> bool:
    return _tells_reported_state(title.split(), [_bare(w) for w in title.split()])


@pytest.mark.parametrize("title", [
    "Witnesses in the western city of Misrata said that a pro-government assault was persisting",
    "Cmdr. Mike Bracken told CNN that NATO was doing everything it could to avoid civilian casualties",
    "The United Nations said that the two sides remained far apart on finding a political solution",
    "Coalition officials say they are enforcing a U.N. Security Council resolution",
])
def test_a_saying_of_a_state_going_on_is_a_reported_state(title):
    assert reported_state(title)
    assert vagueness(title) >= 1


@pytest.mark.parametrize("title", [
    "Rebels said they had captured a residential area of Brega",  # a said act
    "Muammar Gaddafi said he was still in Libya",  # a said condition: no progressive
    "Residents said the shelling was heavy",
    "Rebels were advancing slowly on Brega",  # the progressive is the title's own, nothing is said
    "Obama said Gaddafi must go",
    "At least 28 people died and hundreds were wounded as fighting raged in the cities of Misrata, Ajdabiya and Zintan",
    "Said it was preparing a report",  # a saying first: no subject (a fault of its own), not this mark
    "Gaddafi loyalists were shelling Misrata, witnesses said",  # the act first, its teller after
])
def test_near_misses_are_no_reported_state(title):
    assert not reported_state(title)


def test_the_table_examples_count_the_mark():
    examples = [e for e in rules()["vague"] if "said" in e["title"] or "told" in e["title"]]
    assert any(e["marks"] for e in examples) and any(not e["marks"] for e in examples)
    for e in examples:
        assert vagueness(e["title"]) == e["marks"]


def test_the_member_telling_the_act_is_printed():
    state = item(0, "Witnesses in the western city of Misrata said that a pro-government assault was persisting",
                 "Witnesses in the western city of Misrata said Friday that a pro-government assault was persisting.")
    act = item(1, "At least 28 people died and hundreds were wounded as fighting raged in the cities of Misrata, "
                  "Ajdabiya and Zintan",
               "At least 28 people died and hundreds were wounded Friday as fighting raged in the cities of Misrata, "
               "Ajdabiya and Zintan.")
    assert choose_title([state, act], DAY) == act.event.title
    assert choose_title([act, state], DAY) == act.event.title  # a pure function of the members, not their order
    # the joins read the cluster's own wording: vagueness is left out there, the shorter stays
    assert wording_title([state, act], DAY) == state.event.title


def test_a_said_act_keeps_its_place():
    said = item(0, "Rebels said they had captured Brega", "Rebels said Friday they had captured Brega.")
    other = item(1, "Rebel fighters entered the oil town of Brega after heavy fighting",
                 "Rebel fighters entered the oil town of Brega on Friday after heavy fighting.")
    assert choose_title([said, other], DAY) == said.event.title  # no mark: the shorter title stays
