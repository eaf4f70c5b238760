"""YAML front matter between `---` lines at the top of a text article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from timeline.errors import ArticleError

# libyaml's parser when PyYAML has it: ten times faster on 100,000 small files
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """safe_load, except that timestamps stay strings: `published: 2016-02-30` is then our error with its
    line, not a ValueError from inside PyYAML (valid dates are parsed by pubdate either way)."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_str)

_FENCE = re.compile(r"---[ \t]*+")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*+")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    fields: dict[str, Any]
    key_lines: dict[str, int]  # 1-based line of each top-level key in the file
    body: str
    body_line: int  # 1-based line where the body starts


def split(text: str, where: str) -> FrontMatter:
    """Split front matter from the body. A text without an opening `---` line has no front matter."""
    lines = text.split("\n")
    if not lines or not _FENCE.fullmatch(lines[0]):
        return FrontMatter({}, {}, text, 1)
    close = next((i for i in range(1, len(lines)) if _CLOSE.fullmatch(lines[i])), None)
    if close is None:
        raise ArticleError("front matter opened by '---' is never closed by a '---' line", path=where, line=1)
    block = "\n".join(lines[1:close])
    try:
        loaded = yaml.load(block, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        problem_mark = getattr(error, "problem_mark", None)
        context_mark = getattr(error, "context_mark", None)
        mark = problem_mark or context_mark
        if context_mark is not None and (problem_mark is None or problem_mark.index >= len(block.rstrip())):
            mark = context_mark  # noticed at the end of the block: point at where the broken item began
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise ArticleError(f"malformed front matter: {problem}", path=where, line=line) from None
    except (RecursionError, ValueError, TypeError) as error:
        raise ArticleError(f"malformed front matter: {error}", path=where, line=1) from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ArticleError("malformed front matter: expected 'key: value' lines", path=where, line=2)
    key_lines: dict[str, int] = {}
    for number, line in enumerate(lines[1:close], start=2):
        key = re.match(r"([A-Za-z_][\w-]*+)[ \t]*+:", line)
        if key:
            key_lines.setdefault(key.group(1), number)
    fields = {str(k): v for k, v in loaded.items()}
    return FrontMatter(fields, key_lines, "\n".join(lines[close + 1 :]), close + 2)
