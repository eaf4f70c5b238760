"""Progress of a long build on stderr: "412 articles read, 1,311 events found", one line rewritten in place.

It shows only when stderr is a terminal and the build has run for DELAY seconds (a quick build prints
nothing), is redrawn at most every INTERVAL seconds, and is erased when the build ends, so nothing of it
stays in a log or a pipe. `-q` turns it off.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

DELAY = 2.0  # seconds before the first line: builds quicker than this say nothing
INTERVAL = 0.25  # seconds between redraws


class Progress:
    """Counts shown on one terminal line; `update` is cheap enough to call once per article."""

    def __init__(self, stream: TextIO | None, *, clock: Callable[[], float] = time.monotonic,
                 delay: float = DELAY, interval: float = INTERVAL) -> None:
        self.stream = stream
        self.clock = clock
        self.delay = delay
        self.interval = interval
        self.started = clock()
        self.next_draw = self.started + delay
        self.drawn_width = 0

    @classmethod
    def on_stderr(cls, enabled: bool) -> Progress:
        """Progress on stderr when `enabled` and stderr is a terminal; otherwise one that prints nothing."""
        stream = sys.stderr
        is_terminal = enabled and hasattr(stream, "isatty") and stream.isatty()
        return cls(stream if is_terminal else None)

    def update(self, articles: int, events: int) -> None:
        if self.stream is None:
            return
        now = self.clock()
        if now < self.next_draw:
            return
        self.next_draw = now + self.interval
        line = f"timeline: {articles:,} article{'s' * (articles != 1)} read, {events:,} event{'s' * (events != 1)} found"
        self.stream.write("\r" + line + " " * max(0, self.drawn_width - len(line)))
        self.stream.flush()
        self.drawn_width = len(line)

    def done(self) -> None:
        """Erase the line, so that the messages that follow start on a clean line."""
        if self.stream is not None and self.drawn_width:
            self.stream.write("\r" + " " * self.drawn_width + "\r")
            self.stream.flush()
            self.drawn_width = 0
