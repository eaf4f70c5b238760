"""Rule tables as data: one YAML file per rule family, each carrying the examples the tests run."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_rules(name: str) -> dict[str, Any]:
    """The parsed table `rules/<name>.yaml` (read once per process; treat it as read-only)."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
