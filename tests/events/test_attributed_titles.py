"""A claim printed as a fact (polish.yaml attribution, hedge_openers): from an article's sentence to its title, the
claimant, the "according to" source, the condition or the hedge stays with what was claimed."""
import pytest

from timeline.events import extract
from timeline.model import Article

CASES = [
    ("Gadhafi spoke on state TV on Saturday. His military claimed nearly 50 people, including women and children, "
     "were killed in Saturday evening's attacks.",
     "His military claimed nearly 50 people were killed in the attacks"),
    ("Misrata was shelled again. According to various rebel fighters, Gadhafi's forces carried out an early morning "
     "offensive on both fronts of Misrata on Monday.",
     "Gadhafi's forces carried out an offensive on both fronts of Misrata, according to various rebel fighters"),
    ("Obama visited the coast. “If laws were broken, those responsible will be brought to justice,” Obama said "
     "yesterday.",
     "If laws were broken, those responsible will be brought to justice, Obama said"),
    ("The practice was blighted by debts. Reports suggest he filed for bankruptcy in 2002 while living in California.",
     "He reportedly filed for bankruptcy"),
]


@pytest.mark.parametrize(("body", "title"), CASES, ids=[t[:30] for _, t in CASES])
def test_a_claim_keeps_its_claimant_source_condition_or_hedge(body, title):
    titles = [e.title for e in extract(Article(id="a", body=body, published="2011-03-20"))]
    assert titles[-1] == title


def test_a_messengers_report_stays_as_it_was():
    body = "Gadhafi spoke on Friday. A rebel spokesman said rebels took the town on Monday."
    titles = [e.title for e in extract(Article(id="a", body=body, published="2011-03-20"))]
    assert "according" not in titles[-1] and "claimed" not in titles[-1]
