"""The readers' rule data (rules.yaml), loaded once."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from timeline.rules import load_yaml

RULES: MappingProxyType[str, Any] = MappingProxyType(load_yaml("timeline.read", "rules.yaml"))

