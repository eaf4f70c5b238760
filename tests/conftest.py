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
