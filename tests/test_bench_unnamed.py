"""benchmarks/bench_unnamed.py: which titles open with an unnamed subject (its own hand-written signs)."""

import pytest

from benchmarks.bench_unnamed import kind_of


@pytest.mark.parametrize("title,kind", [
    ("He was kidnapped while on assignment in Iraq", "pronoun"),
    ("Whose warplanes hit Gaddafi positions", "pronoun"),
    ("This claim was filed", "pronoun"),
    ("The 18-year-old was arrested in Leeds", "age"),
    ("The singer won a talent show", "role"),
    ("The firm's shares plummeted by 13%", "role"),
    ("The two women were arrested", "role"),
    ("The Irishman took the helm of the Australian airline", "demonym"),
    # named subjects, and a role noun that is not the subject's head
    ("NATO's warplanes hit Gaddafi positions", ""),
    ("Michael Jackson won a talent show", ""),
    ("The company town was flooded", ""),
    ("The city of Misrata was shelled", ""),
    ("The 2011 uprising began in Benghazi", ""),
    ("This Is It tour was cancelled", ""),
])
def test_kind_of(title, kind):
    assert kind_of(title) == kind
