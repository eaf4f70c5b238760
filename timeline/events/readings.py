"""What the event stage remembers of an article's earlier sentences, read only when a later sentence asks.

A title that opens with a pronoun ("He was kidnapped"), a role ("The judge") or an epithet looks back to the
subjects, names and role mentions of the sentences before it. Few titles do, so reading every sentence for them as
it goes by (a build of 1,000 articles spent about a seventh of its event stage there) is mostly wasted: each reading
is kept as the sentence's text and made the first time any later sentence looks back, then kept. The readings are
pure functions of the text, so when they are made does not change what they say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")


class SentenceReadings(Sequence[T], Generic[T]):
    """The readings of the sentences added so far, in order: one item a sentence (`read`), or with `flat` the
    items each sentence gives, one after another (`read` returns an iterable)."""

    __slots__ = ("_read", "_flat", "_found", "_pending")

    def __init__(self, read: Callable[[str], T] | Callable[[str], Iterable[T]], *, flat: bool = False) -> None:
        self._read = read
        self._flat = flat
        self._found: list[T] = []
        self._pending: list[str] = []

    def add(self, text: str) -> None:
        """Remember one more sentence; it is read when a reading is first asked for."""
        self._pending.append(text)

    def _read_all(self) -> list[T]:
        if self._pending:
            for text in self._pending:
                if self._flat:
                    self._found.extend(self._read(text))  # type: ignore[arg-type]
                else:
                    self._found.append(self._read(text))  # type: ignore[arg-type]
            self._pending.clear()
        return self._found

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self._read_all()[index]

    def __len__(self) -> int:
        if self._flat:
            return len(self._read_all())
        return len(self._found) + len(self._pending)  # one reading a sentence: no need to make them to count them

    def __iter__(self) -> Iterator[T]:
        return iter(self._read_all())

    def __reversed__(self) -> Iterator[T]:
        return reversed(self._read_all())
