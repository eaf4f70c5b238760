"""A cache of each article's extracted events, so that a rebuild after adding one article re-extracts one.

An entry is keyed by the article's id, body, publication date and dateline (all that
`timeline.events.extract` reads) and by a digest of the package's own source and rule files, so that any change
to the tool - an upgrade, a rule edited in place - makes every old entry unreachable: a cached result is never
used by a tool that could extract differently. Entries are small JSON files written atomically
(temporary file and rename), so concurrent or killed builds leave no half-written entry; one that
cannot be read is simply extracted again. The folder is safe to delete at any time.

Location: `timeline build --cache DIR`, else $TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline,
else ~/.cache/timeline; `--no-cache` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from timeline.model import Article, Event, Source

_PACKAGE = Path(__file__).resolve().parent
_SUFFIXES = (".py", ".yaml", ".yml", ".txt", ".json")


def default_folder() -> Path:
    """Where the cache lives when no folder is given."""
    given = os.environ.get("TIMELINE_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline"


@lru_cache(maxsize=1)
def tool_digest() -> str:
    """A digest of every source and rule file of the package (path and bytes): the tool's identity."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix in _SUFFIXES
                       and "__pycache__" not in p.parts):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def article_key(article: Article) -> str:
    """A digest of what extraction reads of an article."""
    digest = hashlib.blake2b(digest_size=20)
    dateline = "" if article.dateline is None else f"{article.dateline[0]}-{article.dateline[1]}"
    for part in (article.id, article.published, article.body, dateline):
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "big") + encoded)
    return digest.hexdigest()


def _to_json(events: list[Event]) -> str:
    rows = [[e.article, e.date, e.mod, e.title, e.source.article, e.source.quote, e.source.expression,
             e.source.published, e.source.chronology, list(e.keys), e.trigger, list(e.classes)] for e in events]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _from_json(text: str) -> list[Event]:
    return [Event(article=a, date=d, mod=m, title=t, source=Source(sa, q, x, published=p, chronology=bool(ch)),
                  keys=tuple(k), trigger=tr, classes=tuple(c))
            for a, d, m, t, sa, q, x, p, ch, k, tr, c in json.loads(text)]


class ExtractionCache:
    """Events of articles already extracted by this very version of the tool, on disk."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "events" / tool_digest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> list[Event] | None:
        """The cached events of the article, or None when they must be extracted."""
        try:
            text = self._path(article_key(article)).read_text(encoding="utf-8", errors="surrogatepass")
            events = _from_json(text)
        except (OSError, ValueError, TypeError):  # missing, unreadable or damaged: extract again
            return None
        return events

    def put(self, article: Article, events: list[Event]) -> None:
        """Store the article's events; a cache that cannot be written only costs the next build time."""
        path = self._path(article_key(article))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as handle:
                handle.write(_to_json(events))
            os.replace(tmp, path)
        except (OSError, ValueError):
            try:
                os.unlink(tmp)
            except OSError:
                pass


def extracted_batch(batch: list[Article], cache: ExtractionCache | None,
                    extract_all: Callable[[list[Article]], Iterable[list[Event]]]) -> Iterator[tuple[Article, list[Event]]]:
    """Each article of a batch with its events, in order: from the cache, else from one call of
    `extract_all` on the articles the cache lacks (which returns their events in order); new results are
    added to the cache."""
    known = [cache.get(a) if cache is not None else None for a in batch]
    todo = [a for a, found in zip(batch, known) if found is None]
    fresh = iter(extract_all(todo) if todo else ())
    for article, found in zip(batch, known):
        if found is None:
            found = next(fresh)
            if cache is not None:
                cache.put(article, found)
        yield article, found
