"""The project's one error type: every failure a user can cause is a TimelineError with a clear message."""

from __future__ import annotations


class TimelineError(Exception):
    """A problem the user can fix; the CLI prints `str(error)` on one line and exits non-zero."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.bare_message = message
        super().__init__(message)

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.bare_message}"


class ArticleError(TimelineError):
    """One article cannot be read; the rest of the corpus is still processed."""


class UsageError(TimelineError):
    """Bad options or arguments (exit code 2)."""

    exit_code = 2
