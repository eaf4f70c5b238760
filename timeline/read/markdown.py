"""Markdown articles as plain prose: link text kept, link targets, images and markup dropped.

Conservative and line-preserving (one output line per input line), so front-matter line numbers and the
paragraph structure stay as written. Every pattern is bounded, so the time is linear in the text's size.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\]\n]{0,300}+\]\([^)\n]{0,500}+\)")
_LINK = re.compile(r"\[([^\]\n]{1,300}+)\](?:\([^)\n]{0,500}+\)|\[[^\]\n]{0,100}+\])")
_LINK_DEFINITION = re.compile(r"^[ ]{0,3}+\[[^\]\n]{1,300}+\]:[ \t]*+\S++[^\n]*+$", re.MULTILINE)
_HEADING = re.compile(r"^[ ]{0,3}+#{1,6}+[ \t]++", re.MULTILINE)
_QUOTE = re.compile(r"^[ ]{0,3}+>[ ]?+", re.MULTILINE)
_FENCE = re.compile(r"^[ ]{0,3}+(?:```|~~~)[^\n]*+$", re.MULTILINE)
_RULE = re.compile(r"^[ ]{0,3}+(?:[-*_][ \t]*+){3,}+$", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n*_]{1,500}+)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)([^\n*_]{1,500}+)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`\n]{1,300}+)`")


def to_text(markdown: str) -> str:
    """The prose of a Markdown text, line for line."""
    text = _FENCE.sub("", markdown)
    text = _LINK_DEFINITION.sub("", text)
    text = _RULE.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _CODE.sub(r"\1", text)
