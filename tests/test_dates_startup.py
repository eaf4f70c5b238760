"""What `timeline dates` loads: a run that reads TimeML only imports no reader of another format, nor the chrome
remover and detokeniser that prose needs, nor hashlib or importlib.resources (start-up is a sixth of `timeline
dates` on TimeBank + AQUAINT; benchmarks/bench_dates_cli.py). A run that reads a text file loads what it needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from timeline.rules import _table_text

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" functionInDocument="CREATION_TIME">
02/06/1998</TIMEX3></DCT><TEXT>The talks resumed on Monday and will end in March.</TEXT></TimeML>
"""
# loaded only by the readers of other formats, the prose they read, or a build's reading cache
NOT_FOR_TIMEML = ("timeline.read.html", "timeline.read.text", "timeline.read.records", "timeline.read.boilerplate",
                  "timeline.read.ptb", "timeline.read.rules", "timeline.read.markdown", "timeline.read.frontmatter",
                  "hashlib", "importlib.resources")


def loaded_by_dates(path: Path) -> tuple[set[str], str]:
    code = ("import sys\nfrom timeline.cli import main\ncode = main(['dates', '--format', 'jsonl', sys.argv[1]])\n"
            "print('MODULES', ' '.join(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True).stdout
    listing, _, modules = out.rpartition("MODULES ")
    return set(modules.split()), listing


def test_a_timeml_run_loads_no_reader_of_another_format(tmp_path):
    path = tmp_path / "a.tml"
    path.write_text(TML, encoding="utf-8")
    modules, listing = loaded_by_dates(path)
    assert '"value": "1998-02-02"' in listing and '"value": "1998-03"' in listing  # it ran: Monday, March
    assert {"timeline.read.timeml", "timeline.tagger.engine"} <= modules
    assert sorted(modules.intersection(NOT_FOR_TIMEML)) == []


def test_a_text_run_loads_the_prose_readers(tmp_path):
    path = tmp_path / "2011-03-19" / "a.txt"
    path.parent.mkdir()
    path.write_text("WASHINGTON (Reuters) - The talks resumed on Monday.\n", encoding="utf-8")
    modules, listing = loaded_by_dates(path)
    assert '"value": "2011-03-14"' in listing
    assert {"timeline.read.text", "timeline.read.boilerplate", "timeline.read.ptb"} <= modules


def test_a_table_is_read_from_the_package_folder_or_through_importlib_resources(monkeypatch):
    from importlib import resources

    tables = (("timeline.text", ("lexicon.yaml",)), ("timeline.tagger", ("rules", "vocab.yaml")),
              ("timeline.read", ("rules.yaml",)))
    expected = [resources.files(package).joinpath(*parts).read_text(encoding="utf-8") for package, parts in tables]
    assert [_table_text(package, *parts) for package, parts in tables] == expected
    monkeypatch.setattr("timeline.rules.os.path.isdir", lambda _path: False)  # a package that is not in a folder
    assert [_table_text(package, *parts) for package, parts in tables] == expected


def test_a_column_of_cells_is_what_each_cell_gives():
    """render._column_texts, the table's cells made a column at a time, against the cell-by-cell reading."""
    from timeline import render

    columns = [["Monday", " early 1990 ", "a|b"], ["two\nlines", "tab\there", "x"], [3, 120, 0], [True, 2, "x"],
               ["", " ", "\u00a0a"], [], [1.5, None, "y"]]
    for fmt in ("simple", "plain", "github", "grid"):
        for values in columns:
            assert render._column_texts(values, fmt) == [str(render._cell(v, fmt)).strip() for v in values]
    assert render._column_texts(["two\nlines"], "simple") == ["two lines"]  # the slow path is taken where it must
    assert render._column_texts(["a|b"], "github") == ["a\\|b"]
