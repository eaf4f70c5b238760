"""`timeline dates` draws the "simple" and "plain" tables itself (render._own_table): the same bytes as tabulate."""

from __future__ import annotations

import pytest
import tabulate
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import render
from timeline.listing import TIMEX_COLUMNS

cell_text = st.one_of(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12),
                      st.sampled_from(["", " ", "  a ", "\x01", "\u4e2d", "caf\u00e9", "\x1b[31mred\x1b[0m",
                                       "a\u00a0"]),
                      st.text(max_size=6))
row = st.fixed_dictionaries({"file": cell_text, "start": st.integers(0, 10**7), "end": st.integers(0, 10**7),
                             "text": cell_text, "type": st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
                             "value": cell_text, "mod": st.sampled_from(["", "START", "EQUAL_OR_LESS"])})


def _tabulate(rows, fmt):
    cells = [[render._cell(r[c], fmt) for c in TIMEX_COLUMNS] for r in rows]
    return tabulate.tabulate(cells, headers=list(TIMEX_COLUMNS), tablefmt=fmt, disable_numparse=True) + "\n"


@pytest.mark.parametrize("fmt", ["simple", "plain"])
def test_no_rows(fmt):
    assert render.render([], TIMEX_COLUMNS, fmt) == _tabulate([], fmt)


def test_a_table_as_tabulate_draws_it():
    rows = [{"file": "a.tml", "start": 3, "end": 9, "text": "Monday", "type": "DATE", "value": "2016-03-28",
             "mod": ""},
            {"file": "b/c.txt", "start": 120, "end": 133, "text": "early 1990", "type": "DATE", "value": "1990",
             "mod": "START"}]
    assert render.render(rows, TIMEX_COLUMNS, "simple") == (
        "file     start    end    text        type    value       mod\n"
        "-------  -------  -----  ----------  ------  ----------  -----\n"
        "a.tml    3        9      Monday      DATE    2016-03-28\n"
        "b/c.txt  120      133    early 1990  DATE    1990        START\n")


@settings(max_examples=600, deadline=None)
@given(rows=st.lists(row, max_size=5), fmt=st.sampled_from(["simple", "plain"]))
def test_own_tables_are_tabulate_byte_for_byte(rows, fmt):
    assert render.render(rows, TIMEX_COLUMNS, fmt) == _tabulate(rows, fmt)


def test_own_table_leaves_wide_and_escape_characters_to_tabulate():
    for text in ("\u4e2d\u6587", "\x1b[31mred\x1b[0m", "\x01"):
        assert render._own_table([[text, 1]], ["a", "b"], "simple") is None
