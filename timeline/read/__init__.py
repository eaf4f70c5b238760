"""Read articles from files, folders and standard input, in text (with YAML front matter), HTML, JSON,
JSON lines and TimeML. `read_articles` streams: one Article per article read, or an ArticleError (yielded,
not raised) for one that was skipped, so the caller lists the skips and carries on.

Each format's reader module is imported when a file of that format is first read (`_reader`): a run that reads
TimeML only (`timeline dates` on TimeBank) does not load the HTML, text and JSON readers, nor the chrome remover
(timeline.read.boilerplate) and detokeniser that prose needs (timeline.read.article imports those on first use).
"""

from __future__ import annotations

import datetime as dt
import errno
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Protocol

from timeline.errors import ArticleError, UsageError
from timeline.model import Article
from timeline.read.article import Options, latest_allowed
from timeline.read.pubdate import parse_iso_option
from timeline.read.timeml import read_tml

__all__ = ["read_articles", "listed_articles", "read_listed", "FileToRead", "FORMATS", "format_for"]

# format name -> file extensions (lower case) read as that format when no --input-format is given
FORMATS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "text": (".txt", ".md", ".markdown", ".text"),
    "html": (".html", ".htm", ".xhtml"),
    "jsonl": (".jsonl", ".ndjson"),
    "json": (".json",),
    "tml": (".tml",),
})
_BY_EXTENSION = MappingProxyType({ext: name for name, exts in FORMATS.items() for ext in exts})
STDIN = "-"
# documentation that sits beside articles in a folder; read only when named explicitly
_NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "authors", "copying"})

Reader = Callable[..., Iterator["Article | ArticleError"]]


def _reader(module: str, name: str) -> Reader:
    """The reader `name` of timeline.read.`module`, imported when it first reads (see the module docstring)."""

    def read(*args: Any, **kwargs: Any) -> Iterator[Article | ArticleError]:
        found: Reader = getattr(importlib.import_module(f"timeline.read.{module}"), name)
        return found(*args, **kwargs)

    read.__name__ = read.__qualname__ = name
    return read


read_text = _reader("text", "read_text")
read_html = _reader("html", "read_html")
read_json = _reader("records", "read_json")
read_jsonl = _reader("records", "read_jsonl")
read_jsonl_bytes = _reader("records", "read_jsonl_bytes")
read_jsonl_file = _reader("records", "read_jsonl_file")
# format name -> the reader of a whole file's bytes (JSON lines from a file are streamed by read_jsonl_file)
READERS: Mapping[str, Reader] = MappingProxyType({
    "text": read_text, "tml": read_tml, "html": read_html, "jsonl": read_jsonl, "json": read_json})


class ReadMemo(Protocol):
    """What a reader found in a file before, by a key naming all it read (timeline.cache.ReadingCache)."""

    def get(self, key: str) -> list[Article] | None: ...

    def put(self, key: str, articles: list[Article]) -> None: ...


# the formats whose reader makes one article of a file: listed_articles leaves such files to be read where they are
# extracted (a file of records, JSON or JSON lines, may hold a corpus: it is read, streamed, where it is listed)
_ONE_ARTICLE_A_FILE = frozenset({"text", "html", "tml"})


@dataclass(frozen=True, slots=True)
class FileToRead:
    """A file listed_articles found and left unread: read_listed reads it, in whichever process extracts it (the
    reading, a fifth of a build's CPU, then runs on the extraction's workers). A few strings: cheap to send."""

    path: str
    id: str
    options: Options


def format_for(path: str) -> str | None:
    """The format a file's extension names, or None."""
    return _BY_EXTENSION.get(os.path.splitext(path)[1].lower())


def read_articles(
    paths: Sequence[str],
    *,
    published: str | None = None,
    input_format: str | None = None,
    today: str | None = None,
    memo: ReadMemo | None = None,
    datelines: bool = True,
) -> Iterator[Article | ArticleError]:
    """Articles from files, folders (recursively, sorted, hidden entries skipped) and `-` (stdin). `memo`: what
    a reader found in a file before, reused when the file's bytes, path, format and options are the same.
    `datelines=False`: no Article.dateline is looked for (None), for a caller that never reads it.

    Symbolic links to files and folders are followed (a link back to a folder being read is reported, not
    followed). A path that does not exist is skipped like any unreadable input (an ArticleError).
    Raises UsageError at once for an unknown format, or a bad --published/today value."""
    options = _options(published, input_format, today, datelines)
    return _read_all(list(paths), options, memo, defer=False)  # type: ignore[return-value]


def listed_articles(
    paths: Sequence[str],
    *,
    published: str | None = None,
    input_format: str | None = None,
    today: str | None = None,
    memo: ReadMemo | None = None,
) -> Iterator[Article | ArticleError | FileToRead]:
    """What read_articles gives, in the same order, except that a file whose format makes one article of it is
    left unread, a FileToRead (read_listed gives what read_articles would have given for it). Raises as
    read_articles does."""
    return _read_all(list(paths), _options(published, input_format, today), memo, defer=True)


def read_listed(listed: FileToRead, memo: ReadMemo | None = None) -> list[Article | ArticleError]:
    """What read_articles gives for a file listed_articles left unread."""
    return list(_read_file(listed.path, listed.id, listed.options, memo))


def _options(published: str | None, input_format: str | None, today: str | None, datelines: bool = True) -> Options:
    """The reading options, validated (UsageError at once)."""
    if input_format is not None and input_format not in FORMATS:
        raise UsageError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    today_value = dt.date.today().isoformat() if today is None else parse_iso_option(today)
    if today_value is None:
        raise UsageError(f"today {today!r} is not a date (YYYY-MM-DD)")
    option = None
    if published is not None:
        option = parse_iso_option(published)
        if option is None:
            raise UsageError(f"--published {published!r} is not a date (write YYYY-MM-DD)")
        if option > latest_allowed(today_value):
            raise UsageError(f"--published {option} is in the future (today is {today_value})")
    return Options(published=option, today=today_value, input_format=input_format, datelines=datelines)


def _read_all(paths: list[str], options: Options, memo: ReadMemo | None,
              defer: bool) -> Iterator[Article | ArticleError | FileToRead]:
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(options)
        elif not os.path.exists(path):
            yield ArticleError(_missing(path), path=path)
        elif os.path.isdir(path):
            yield from _read_folder(path, options, memo, defer)
        else:
            stem = os.path.basename(path)
            yield from _file_listed(path, _strip_extension(stem), options, memo, defer)


def _file_listed(path: str, article_id: str, options: Options, memo: ReadMemo | None,
                 defer: bool) -> Iterator[Article | ArticleError | FileToRead]:
    """The file's articles, or (`defer`, a format of one article a file) the file left to read (FileToRead)."""
    if defer and (options.input_format or format_for(path) or "text") in _ONE_ARTICLE_A_FILE:
        yield FileToRead(path, article_id, options)
    else:
        yield from _read_file(path, article_id, options, memo)


def _strip_extension(name: str) -> str:
    root, ext = os.path.splitext(name)
    return root if root else name


def _walk(folder: str) -> Iterator[tuple[str, str] | ArticleError]:
    """(path, id) of every non-hidden regular file under a folder, in sorted order, one folder in memory at a
    time, following symbolic links; an ArticleError for a subfolder that cannot be listed, and for a link to
    a folder already read (a loop, or the same folder twice) or to a file already read."""
    failures: list[OSError] = []
    seen_folders: dict[tuple[int, int], str] = {}
    seen_files: dict[tuple[int, int], str] = {}
    top = _identity(folder)
    if top is not None:
        seen_folders[top] = folder
    for root, dirs, files in os.walk(folder, onerror=failures.append, followlinks=True):
        while failures:
            failure = failures.pop(0)
            yield ArticleError(f"cannot list folder: {failure.strerror or failure}", path=failure.filename or root)
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            full = os.path.join(root, name)
            identity = _identity(full)
            if identity is None:
                kept.append(name)  # os.walk reports what it cannot list
            elif identity in seen_folders:
                yield ArticleError(_already_read(full, seen_folders[identity], folder=True), path=full)
            else:
                seen_folders[identity] = full
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith(".") or name.split(".", 1)[0].lower() in _NOT_ARTICLES:
                continue
            full = os.path.join(root, name)
            if not os.path.isfile(full):
                if os.path.islink(full) and not os.path.exists(full):
                    yield ArticleError(_missing(full), path=full)
                continue  # a FIFO or socket would block or fail
            identity = _identity(full)
            if identity is not None and identity in seen_files:
                if format_for(full) is not None:
                    yield ArticleError(_already_read(full, seen_files[identity], folder=False), path=full)
                continue
            if identity is not None:
                seen_files[identity] = full
            rel = os.path.relpath(full, folder).replace(os.sep, "/")
            yield full, _strip_extension(rel)
    for failure in failures:
        yield ArticleError(f"cannot list folder: {failure.strerror or failure}", path=failure.filename or folder)


def _missing(path: str) -> str:
    """Why a path that does not exist cannot be read."""
    if not os.path.islink(path):
        return "no such file or directory"
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a loop of symbolic links"
    return "a symbolic link to nothing"


def _identity(path: str) -> tuple[int, int] | None:
    """What tells one file or folder from another whatever the links leading to it (device, inode)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _already_read(path: str, first: str, *, folder: bool) -> str:
    target = os.path.realpath(path)
    if folder and (os.path.realpath(os.path.dirname(path)) + os.sep).startswith(target.rstrip(os.sep) + os.sep):
        return "a symbolic link back to a folder that contains it (a loop); not followed"
    return f"the same {'folder' if folder else 'file'} as {first}, already read; not read twice"


def _read_folder(folder: str, options: Options, memo: ReadMemo | None,
                 defer: bool) -> Iterator[Article | ArticleError | FileToRead]:
    count = 0
    for entry in _walk(folder):
        if isinstance(entry, ArticleError):
            count += 1
            yield entry
            continue
        path, article_id = entry
        if options.input_format is None and format_for(path) is None:
            continue
        count += 1
        yield from _file_listed(path, article_id, options, memo, defer)
    if count == 0:
        yield ArticleError("no articles found in this folder", path=folder)


def _read_file(path: str, article_id: str, options: Options,
               memo: ReadMemo | None = None) -> Iterator[Article | ArticleError]:
    name = options.input_format or format_for(path) or "text"
    try:
        if name == "jsonl":
            # JSON lines are streamed record by record: the reader opens the file itself
            yield from read_jsonl_file(path, id=article_id, where=path, options=options)
            return
        with open(path, "rb") as handle:
            data = handle.read()
        if memo is None:
            yield from READERS[name](data, id=article_id, where=path, options=options)
            return
        key = _memo_key(name, data, article_id, path, options)
        found = memo.get(key)
        if found is not None:
            yield from found
            return
        yield from _remembered(memo, key, READERS[name](data, id=article_id, where=path, options=options))
    except ArticleError as error:
        yield error
    except IsADirectoryError:
        yield ArticleError("is a folder, not a file", path=path)
    except PermissionError:
        yield ArticleError("cannot read: permission denied", path=path)
    except OSError as error:
        yield ArticleError(f"cannot read: {error.strerror or error}", path=path)
    except MemoryError:
        yield ArticleError("too large to read", path=path)


def _memo_key(name: str, data: bytes, article_id: str, path: str, options: Options) -> str:
    """A digest of all a reader reads: the file's bytes, its id and path (a date in the path dates it), the
    format and the options (today bounds the publication date)."""
    import hashlib  # a build's reading cache only: `timeline dates` never loads it (OpenSSL's start-up)

    digest = hashlib.blake2b(digest_size=20)
    for part in (name, article_id, path, options.published or "", options.today, options.input_format or ""):
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "big") + encoded)
    if not options.datelines:
        digest.update(b"without datelines")  # the articles differ (no Article.dateline); keys of a build unchanged
    digest.update(data)
    return digest.hexdigest()


def _remembered(memo: ReadMemo, key: str, found: Iterator[Article | ArticleError]) -> Iterator[Article | ArticleError]:
    """What a reader finds, as it finds it; kept in `memo` when the file read whole without a skip."""
    kept: list[Article | ArticleError] = []
    for item in found:
        kept.append(item)
        yield item
    articles = [a for a in kept if isinstance(a, Article)]
    if len(articles) == len(kept):
        memo.put(key, articles)


def _read_stdin(options: Options) -> Iterator[Article | ArticleError]:
    name = options.input_format or "text"
    stream = sys.stdin
    try:
        buffer = getattr(stream, "buffer", None)
        data = buffer.read() if buffer is not None else stream.read().encode("utf-8", "surrogateescape")
        if name == "jsonl":
            yield from read_jsonl_bytes(data, id="stdin", where="<stdin>", options=options)
        else:
            yield from READERS[name](data, id="stdin", where="<stdin>", options=options)
    except ArticleError as error:
        yield error
    except (OSError, ValueError) as error:
        yield ArticleError(f"cannot read standard input: {error}", path="<stdin>")
