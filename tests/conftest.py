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
