"""Rule tables as data: YAML files shipped in the package, each rule family beside the examples the tests run.

One loader serves every stage; each table lives beside the code that runs it (`timeline/text/lexicon.yaml`,
`timeline/events/events.yaml`, `timeline/read/rules.yaml`, `timeline/tagger/rules/`, `timeline/merge/`).
PyYAML is imported on first use, so that importing a stage stays cheap (`timeline --help` must start at once).
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def load_yaml(package: str, *path: str) -> Any:
    """The parsed YAML file at `path` inside `package` (read once per process; treat it as read-only)."""
    from importlib import resources

    import yaml

    text = resources.files(package).joinpath(*path).read_text(encoding="utf-8")
    # libyaml's loader when PyYAML has it: the same data (tests/test_imports.py), ten times faster to read
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
