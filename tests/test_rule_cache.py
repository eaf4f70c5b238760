"""What a run derives from its tables, kept between runs beside the bytecode (speed10, `timeline.rules.cached`): a
parsed table and the tagger rules' first characters are read back only while what they were made from is unchanged,
written only where Python writes bytecode, and give the same data as the reading they replace."""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import timeline
from timeline import rules
from timeline.rules import _cache_path, cached
from timeline.tagger import rules as tagger_rules
from timeline.tagger.prefixes import prefixes

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def package(bytecode_package):
    """A package `cachepkg` in a folder of its own, bytecode writing allowed."""
    return bytecode_package("cachepkg")


def test_kept_and_read_back_while_the_key_is_the_same(package):
    calls = []

    def compute():
        calls.append(1)
        return {"a": [1, 2.5, None, True], "b": frozenset({"x"})}

    first = cached("cachepkg", "table", "text v1", compute)
    path = Path(_cache_path("cachepkg", "table"))
    assert path.parent == package / "__pycache__" and path.is_file()
    assert cached("cachepkg", "table", "text v1", compute) == first
    assert len(calls) == 1  # the second came from the file
    cached("cachepkg", "table", "text v2", compute)  # another text: made again and kept in its place
    assert len(calls) == 2
    assert marshal.loads(path.read_bytes())[0] == "text v2"


def test_a_key_of_another_type_is_not_the_same_key(package):
    cached("cachepkg", "t", 1, lambda: "one")
    assert cached("cachepkg", "t", True, lambda: "true") == "true"  # 1 == True, but not the same key


def test_not_written_where_python_writes_no_bytecode(package, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert cached("cachepkg", "table", "k", lambda: [1]) == [1]
    assert not (package / "__pycache__").exists()


def test_a_value_marshal_cannot_keep_is_computed_every_time(package):
    import datetime

    day = datetime.date(2016, 5, 25)
    assert cached("cachepkg", "dated", "k", lambda: {"day": day}) == {"day": day}
    assert not Path(_cache_path("cachepkg", "dated")).exists()


def test_a_broken_file_is_made_again(package):
    path = Path(_cache_path("cachepkg", "table"))
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"\x00garbage")
    assert cached("cachepkg", "table", "k", lambda: "fresh") == "fresh"
    assert cached("cachepkg", "table", "k", lambda: "other") == "fresh"


def test_a_package_not_in_a_folder_has_no_cache():
    assert _cache_path("no.such.package", "x") is None


def _tables() -> list[Path]:
    return sorted(path for path in (REPO / "timeline").rglob("*.yaml") if "__pycache__" not in path.parts)


@pytest.mark.parametrize("table", _tables(), ids=lambda path: str(path.relative_to(REPO)))
def test_every_table_reads_back_as_parsed(table):
    # what load_yaml keeps is what it parsed: marshal gives the same data back, or refuses it (then it is not kept)
    data = yaml.load(table.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        kept = marshal.dumps(data)
    except ValueError:
        return
    back = marshal.loads(kept)
    assert back == data
    assert marshal.dumps(back) == kept  # the same order of keys, the same types


def test_start_prefixes_are_the_reading_of_every_rule():
    sources = [rule.source for rule in tagger_rules.grammar().rules]
    assert tagger_rules._every_start_prefixes() == tuple(prefixes(source, tagger_rules.KEY_CHARS)
                                                          for source in sources)


def test_a_run_with_the_cache_gives_the_same_bytes(tmp_path):
    # a copy of the package run three times where bytecode may be written: the first run makes the files, the
    # others read them; every run prints what a run of this checkout prints
    copy = tmp_path / "site"
    shutil.copytree(Path(timeline.__file__).parent, copy / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    text = tmp_path / "a.txt"
    text.write_text("The talks resumed on Monday in Vienna, a day after the ceasefire of May 3. They end in June.\n")
    command = [sys.executable, "-m", "timeline", "dates", "--dct", "2016-05-25", str(text)]
    here = subprocess.run(command, cwd=REPO, capture_output=True, check=True).stdout
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment.pop("PYTHONPATH", None)
    runs = [subprocess.run(command, cwd=copy, env=environment, capture_output=True, check=True).stdout
            for _ in range(3)]
    assert runs == [here] * 3
    kept = {path.name for path in copy.rglob("*.marshal")}
    assert any(name.startswith("start-prefixes.") for name in kept)
    assert any(name.startswith("rules-patterns.yaml.") for name in kept)


def test_load_yaml_goes_through_the_cache(monkeypatch):
    seen = []
    monkeypatch.setattr(rules, "cached", lambda package, name, key, compute: seen.append((package, name)) or compute())
    rules.load_yaml.__wrapped__("timeline.text", "sentences.yaml")  # the reading itself, not the process's memo
    assert seen == [("timeline.text", "sentences.yaml")]
