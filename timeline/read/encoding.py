"""Bytes to text: a BOM, else UTF-8, else a declared charset, else cp1252 (latin-1 for its 5 gaps), with a warning."""

from __future__ import annotations

import codecs
import logging

from timeline.errors import ArticleError

_LOG = logging.getLogger("timeline")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
# control characters that never occur in text (tab, newline, form feed, carriage return excluded)
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}
# every other byte: deleting these from a piece of data leaves its control characters, counted in C
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)


def _bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB (and no UTF-16/32 BOM)."""
    head = data[:_SNIFF]
    if not head or _bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls > max(2, len(head) // 100)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, where: str, declared: str | None = None) -> str:
    """Decode a file's bytes. Raises ArticleError for binary data; warns when it has to guess."""
    if is_binary(data):
        raise ArticleError("binary file, not text", path=where)
    bom = _bom(data)
    if bom:
        try:
            return normalise_newlines(data.decode(bom))
        except UnicodeDecodeError:
            _LOG.warning("%s: invalid %s after its byte-order mark; bad bytes replaced", where, bom)
            return normalise_newlines(data.decode(bom, errors="replace"))
    try:
        return normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codecs.lookup(declared)
            return normalise_newlines(data.decode(declared))
        except (LookupError, UnicodeDecodeError, ValueError):
            _LOG.warning("%s: declared charset %r does not decode the file", where, declared)
    try:
        text = data.decode("cp1252")
        _LOG.warning("%s: not UTF-8; decoded as cp1252 (Windows Latin-1)", where)
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        _LOG.warning("%s: not UTF-8; decoded as latin-1", where)
    return normalise_newlines(text)
