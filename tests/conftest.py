"""Test-wide settings.

Hypothesis runs derandomized by default, so CI and every developer see the same examples and a red
build always reproduces; `HYPOTHESIS_PROFILE=explore pytest` searches with fresh random examples
(and more of them) to find new failures.
"""

import os

from hypothesis import settings

settings.register_profile("default", derandomize=True, deadline=None)
settings.register_profile("explore", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_extraction_cache(tmp_path_factory, monkeypatch):
    """Builds in tests keep their cache of extracted events in a temporary folder, never the user's."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def bytecode_package(tmp_path, monkeypatch):
    """Make a package of a given name in a folder of its own, with bytecode writing allowed (as after `pip
    install`), for the caches kept beside a package's bytecode; the package is forgotten after the test."""
    import sys

    made: list[str] = []

    def make(name: str):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "__init__.py").write_text("")
        monkeypatch.syspath_prepend(str(tmp_path))
        monkeypatch.setattr(sys, "dont_write_bytecode", True)
        __import__(name)
        monkeypatch.setattr(sys, "dont_write_bytecode", False)
        made.append(name)
        return folder

    yield make
    for name in made:
        sys.modules.pop(name, None)
