"""Rule tables as data: YAML files shipped in the package, each rule family beside the examples the tests run.

One loader serves every stage; each table lives beside the code that runs it (`timeline/text/lexicon.yaml`,
`timeline/events/events.yaml`, `timeline/read/rules.yaml`, `timeline/tagger/rules/`, `timeline/merge/`).
PyYAML is imported on first use, so that importing a stage stays cheap (`timeline --help` must start at once).
A table is read from the package's folder on disk; importlib.resources (which imports a dozen modules: zipfile,
tempfile, shutil, ...) only reads a package that is not in a folder (a zip).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Any


@cache
def load_yaml(package: str, *path: str) -> Any:
    """The parsed YAML file at `path` inside `package` (read once per process; treat it as read-only)."""
    import yaml

    text = _table_text(package, *path)
    # libyaml's loader when PyYAML has it: the same data (tests/test_imports.py), ten times faster to read
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


def _table_text(package: str, *path: str) -> str:
    """The text of the file at `path` inside `package` (an imported package): from its folder, else through
    importlib.resources."""
    module = sys.modules.get(package)
    folder = os.path.dirname(module.__file__) if module is not None and module.__file__ else None
    if folder is not None and os.path.isdir(folder):
        try:
            with open(os.path.join(folder, *path), encoding="utf-8") as handle:
                return handle.read()
        except FileNotFoundError:
            pass  # not on disk beside the package's code: let importlib.resources find it (or say it cannot)
    from importlib import resources

    return resources.files(package).joinpath(*path).read_text(encoding="utf-8")
