"""The readers' rule data (rules.yaml), loaded once."""

from __future__ import annotations

from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml


def _load() -> MappingProxyType[str, Any]:
    text = resources.files("timeline.read").joinpath("rules.yaml").read_text(encoding="utf-8")
    return MappingProxyType(yaml.safe_load(text))


RULES = _load()
