"""Compiled patterns kept between runs (speed11, `timeline.rules.kept_regex`): the regex code of a family of patterns
(the tagger's rules, the `glued` sentence rules, the "not a date" filters) is kept beside the bytecode and the
patterns built from it are the ones `re.compile` makes; nothing is kept where Python writes no bytecode, and a family
whose patterns change is compiled anew."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

from timeline import rules
from timeline.rules import _cache_path, _kept_codes, kept_regex
from timeline.tagger import filters
from timeline.tagger import rules as tagger_rules
from timeline.text import sentences

FAMILY = (
    (r"(?P<y>(?:1[6-9]|20)\d\d)(?!\d)", 0),
    (r"\b(?:jan|feb)(?:uary)?\b", re.IGNORECASE),
    (r"(a)(?P<b>b)?+c*+", 0),
    ("caf\u00e9 [\u00e0-\u00ff]+", 0),
)


@pytest.fixture
def package(bytecode_package):
    """A package `regexpkg` in a folder of its own, bytecode writing allowed."""
    _kept_codes.cache_clear()
    yield bytecode_package("regexpkg")
    _kept_codes.cache_clear()


def same_pattern(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    """Equal as compiled patterns (pattern, flags and code) and in their groups."""
    return a == b and a.flags == b.flags and a.groups == b.groups and dict(a.groupindex) == dict(b.groupindex)


def test_kept_patterns_are_re_compiles(package):
    made = [kept_regex("regexpkg", "family", FAMILY, k) for k in range(len(FAMILY))]
    path = Path(_cache_path("regexpkg", "family"))
    assert path.is_file()  # written at the first use
    _kept_codes.cache_clear()
    read = [kept_regex("regexpkg", "family", FAMILY, k) for k in range(len(FAMILY))]  # from the file
    for (source, flags), first, again in zip(FAMILY, made, read):
        compiled = re.compile(source, flags)
        assert same_pattern(first, compiled) and same_pattern(again, compiled)
        assert again is not compiled  # built from the kept code, not re's own cache
    assert read[0].search("in 1998!").group("y") == "1998"
    assert read[1].search("in JANUARY") and not read[1].search("janitor")


def test_another_family_text_is_compiled_anew(package):
    kept_regex("regexpkg", "family", FAMILY, 0)
    _kept_codes.cache_clear()
    changed = ((r"\d{4}", 0),) + FAMILY[1:]
    assert same_pattern(kept_regex("regexpkg", "family", changed, 0), re.compile(r"\d{4}"))
    assert marshal.loads(Path(_cache_path("regexpkg", "family")).read_bytes())[0][-1] == changed


def test_kept_code_that_does_not_compile_falls_back(package):
    kept_regex("regexpkg", "family", FAMILY, 0)
    path = Path(_cache_path("regexpkg", "family"))
    key, codes = marshal.loads(path.read_bytes())
    broken = tuple((flags, [999, 1, 2], groups, index, names) for flags, _code, groups, index, names in codes)
    path.write_bytes(marshal.dumps((key, broken)))
    _kept_codes.cache_clear()
    assert same_pattern(kept_regex("regexpkg", "family", FAMILY, 2), re.compile(FAMILY[2][0]))


def test_nothing_kept_where_python_writes_no_bytecode(package, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert _kept_codes("regexpkg", "family", FAMILY) is None
    assert same_pattern(kept_regex("regexpkg", "family", FAMILY, 1), re.compile(*FAMILY[1]))
    assert not (package / "__pycache__").exists()


def test_the_package_families_compile_as_re_does():
    """The three families the package keeps give, from their code, the patterns `re.compile` gives."""
    for sources in (tagger_rules._rule_sources(tagger_rules.grammar().rules),
                    tuple(filters._source(e) for e in filters._entries() if "code" not in e)):
        for source, flags in sources:
            code = rules._regex_code(source, flags)
            import _sre

            assert same_pattern(_sre.compile(source, *code), re.compile(source, flags))
            marshal.dumps(code)  # kept exactly: plain numbers, strings, a dict and a tuple
    for rule in sentences.glued_rules().rules:
        code = rules._regex_code(rule.pattern.pattern, 0)
        import _sre

        assert same_pattern(_sre.compile(rule.pattern.pattern, *code), rule.pattern)
