"""Every YAML rule table beside the code reads as written: YAML 1.1 turns bare on/off/yes/no/true/false into
booleans, so a word list holding "on" or "No" (the abbreviation) silently lost the word."""
from pathlib import Path

import pytest
import yaml

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
RULE_TABLES = sorted(PACKAGE.rglob("*.yaml"))
# Lists whose items are flags by design (text/analysis.yaml: one chronology flag a sentence).
FLAG_LISTS = {"chronology"}


def booleans_in_lists(node: object, key: str = "") -> list[str]:
    """Where a list (not a flag list) holds a boolean: the key that holds it and the item's place."""
    found: list[str] = []
    if isinstance(node, dict):
        for name, value in node.items():
            found += booleans_in_lists(value, str(name))
    elif isinstance(node, list):
        for place, item in enumerate(node):
            if isinstance(item, bool) and key not in FLAG_LISTS:
                found.append(f"{key}[{place}] = {item}")
            else:
                found += booleans_in_lists(item, key)
    return found


def test_the_rule_tables_are_found():
    assert len(RULE_TABLES) > 10
    assert PACKAGE / "merge" / "derivations.yaml" in RULE_TABLES


@pytest.mark.parametrize("table", RULE_TABLES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_word_of_a_rule_table_reads_as_a_boolean(table: Path):
    assert booleans_in_lists(yaml.safe_load(table.read_text(encoding="utf-8"))) == []


def test_the_check_finds_a_bare_on():
    # the defect it guards against: [of, on, near] loads as ["of", True, "near"]
    assert booleans_in_lists(yaml.safe_load("within: [of, on, near]")) == ["within[1] = True"]
    assert booleans_in_lists(yaml.safe_load('within: [of, "on", near]\nchronology: [true, false]')) == []
