"""dates25: a date in a verbless piece that closes a relative aside set off by commas is the aside's verb's, not the
main verb's after the aside (timeline/events/clauses.py closes_relative_aside; events.yaml clause_aside_relatives)."""

from __future__ import annotations

from timeline.events import extract
from timeline.events.clauses import clause_span, closes_relative_aside
from timeline.model import Article, Sentence, Timex


def _dated(text: str, published: str = "2011-05-03") -> list[tuple[str, str, str]]:
    return [(e.source.expression, e.date, e.title) for e in extract(Article(id="a", body=text, published=published))]


def _segments(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    spans = []
    for piece in pieces:
        at = text.index(piece)
        spans.append((at, at + len(piece)))
    return spans


DUDLEY = "Bob Dudley, who took over from Hayward as chief executive on 1 October, also agreed to be interviewed."


def test_the_aside_date_dates_the_aside_verb_not_the_main_verb() -> None:
    found = _dated(DUDLEY)
    assert ("1 October", "2010-10-01", "Bob Dudley took over from Hayward as chief executive") in found
    assert not [f for f in found if "agreed" in f[2]]


def test_the_clause_of_the_aside_date_opens_at_the_pronoun() -> None:
    sentence = Sentence(0, len(DUDLEY), DUDLEY)
    at = DUDLEY.index("1 October")
    start, end = clause_span(sentence, Timex(at, at + 9, "1 October", "DATE", "2010-10-01"))
    assert DUDLEY[start:end] == "who took over from Hayward as chief executive on 1 October"


def test_a_which_aside_with_an_object_relative() -> None:
    found = _dated("The rig, which BP leased from Transocean as a drilling unit in 2008, exploded on 20 April.")
    assert [d for _, d, t in found if "leased" in t] == ["2008"]
    assert [d for _, d, t in found if "exploded" in t] == ["2011-04-20"]


def test_the_rule_reads_the_segments() -> None:
    text = DUDLEY
    segments = _segments(text, ["Bob Dudley", "who took over from Hayward", "as chief executive on 1 October",
                                "also agreed to be interviewed."])
    assert closes_relative_aside(text, segments, 2)
    assert not closes_relative_aside(text, segments, 3)  # the main clause's own segment


# --- near misses: what the rule leaves alone

def test_a_date_after_the_closing_comma_dates_the_main_verb() -> None:
    found = _dated("Bob Dudley, who took over from Hayward, on Monday agreed to be interviewed.")
    assert ("Monday", "2011-05-02", "Bob Dudley agreed to be interviewed") in found


def test_a_restrictive_that_clause_is_no_aside() -> None:
    text = "The men, that took over the port as a base on Sunday, said little."
    segments = _segments(text, ["The men", "that took over the port", "as a base on Sunday", "said little."])
    assert not closes_relative_aside(text, segments, 2)


def test_a_piece_no_comma_closes_is_no_aside_end() -> None:
    text = "Bob Dudley, who took over from Hayward as chief executive on 1 October and agreed to talk."
    segments = _segments(text, ["Bob Dudley", "who took over from Hayward", "as chief executive on 1 October",
                                "and agreed to talk."])
    assert not closes_relative_aside(text, segments, 2)


def test_a_piece_with_a_verb_of_its_own_is_left_alone() -> None:
    text = "The general, who served in the army, as rebels advanced on Sunday, fled the city."
    segments = _segments(text, ["The general", "who served in the army", "as rebels advanced on Sunday",
                                "fled the city."])
    assert not closes_relative_aside(text, segments, 2)


def test_an_aside_without_a_verb_is_left_alone() -> None:
    text = "Bob Dudley, who from Hayward as chief executive on 1 October, also agreed to be interviewed."
    segments = _segments(text, ["Bob Dudley", "who from Hayward", "as chief executive on 1 October",
                                "also agreed to be interviewed."])
    assert not closes_relative_aside(text, segments, 2)


def test_a_main_clause_after_the_aside_is_no_piece_of_it() -> None:
    # "said", "expect": the date's segment is the main clause (a report), which the aside does not take over
    text = ("Activists, who have posted video on YouTube instructing protesters on the plan, said they expect "
            "demonstrations to begin around 10:30 p.m., just after people gather for the prayer.")
    segments = _segments(text, ["Activists", "who have posted video on YouTube instructing protesters on the plan",
                                "said they expect demonstrations to begin around 10:30 p.m.",
                                "just after people gather for the prayer."])
    assert not closes_relative_aside(text, segments, 2)
