"""institutions1: the names an article writes for an institution or an occasion ("Royal Free hospital", "Kabul Zoo",
"the Michael Jackson tribute concert"), and "the <place> <noun>" of one it never names made indefinite
(timeline.events.subjects _written_institution_names, name_indefinite_institution; events.yaml institutions)."""

from __future__ import annotations

import pytest

from timeline.events.subjects import _written_institution_names, name_indefinite_institution


@pytest.mark.parametrize("noun,text,names", [
    ("hospital", "A worker from Royal Free hospital in Hampstead fell ill.", ["Royal Free hospital"]),
    ("zoo", "Officials from Kabul Zoo say the pig is well.", ["Kabul Zoo"]),
    ("court", "Shortly after the International Criminal Court was asked", ["International Criminal Court"]),
    ("concert", "Cotton will host next month's Michael Jackson tribute concert.", ["Michael Jackson tribute concert"]),
    # near misses: a place's or a nationality's hospital, one capitalised word before a lower-case noun, an opening
    # capital, a name inside a longer name, a stopword among the words
    ("hospital", "Jackson was taken to a Los Angeles hospital. He was in Los Angeles.", []),
    ("hospital", "The wounded reached a Libyan hospital.", []),
    ("hearing", "He spoke at a Senate hearing.", []),
    ("hospital", "Royal Free hospital said the worker was sent home.", []),
    ("conference", "He spoke to the Organisation of the Islamic Conference.", []),
    ("hospital", "A hospital spokesman said so.", []),
])
def test_written_institution_names(noun: str, text: str, names: list[str]) -> None:
    assert [name for name, _ in _written_institution_names(noun, text).values()] == names


@pytest.mark.parametrize("title,sentence,texts,named", [
    ("He won a talent show at the New York theater", "He won a talent show at the New York theater in 1967.",
     ["A ceremony will be held in New York."], "He won a talent show at a New York theater"),
    # near misses: a theatre the article named; one told of before; a place never written as one; a name, no place
    ("He won a talent show at the New York theater", "He won a talent show at the New York theater in 1967.",
     ["He sang at the Apollo Theater in New York."], "He won a talent show at the New York theater"),
    ("He won a talent show at the New York theater", "He won a talent show at the New York theater in 1967.",
     ["He sang at a theater in New York."], "He won a talent show at the New York theater"),
    ("He won a talent show at the Vegas theater", "He won a talent show at the Vegas theater in 1967.",
     ["He sang there."], "He won a talent show at the Vegas theater"),
    ("A worker at the Royal Free hospital fell ill", "A worker at the Royal Free hospital fell ill on Monday.",
     ["Cases rose in London."], "A worker at the Royal Free hospital fell ill"),
])
def test_name_indefinite_institution(title: str, sentence: str, texts: list[str], named: str) -> None:
    assert name_indefinite_institution(title, sentence, texts) == named
