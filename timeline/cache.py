"""A cache of each article's extracted events, so that a rebuild after adding one article re-extracts one; and
of what the readers found in each file, so that it reads only the new one's markup (ReadingCache).

An entry is keyed by the article's id, body, publication date and dateline (all that
`timeline.events.extract` reads) and by a digest of the package's own source and rule files (and the versions of
the libraries whose answers it keeps), so that any change to the tool - an upgrade, a rule edited in place - makes
every old entry unreachable: a cached result is never used by a tool that could extract differently. Beside each
event the entry keeps what the merge compares of it (its item, timeline.merge.similarity.item_stored), a pure
function of the event and the same files: a rebuild computes the items of the new article's events only. Beside
the entries, under the same digest, the stemmer's memo (ExtractionCache.keep_stems), so that a rebuild's merge does
not stem the corpus' vocabulary again; in a folder of their own, the timeline entries the last build generated, by
a digest of their members (timeline.merge.entries.EntryMemo), so that a rebuild makes again only the entries the
change touched. Entries are small JSON files written atomically (temporary file and rename),
so concurrent or killed builds leave no half-written entry; one that cannot be read is simply extracted again (an
item or a memo of the wrong shape is computed again). What a reader found in a file is keyed by the file's bytes, path,
format and the reading options (timeline.read), and by the same digest of the tool. The folder is safe to
delete at any time.

Location: `timeline build --cache DIR`, else $TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline,
else ~/.cache/timeline; `--no-cache` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from timeline.merge.similarity import item_of, item_stored
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


# the libraries whose answers the cache keeps: the stemmer (the merge's items, stored with the events) and the date
# parser (publication dates the readers found); an upgrade of either is a new key, as an edited rule is
_LIBRARIES = ("snowballstemmer", "dateparser")


def _library_versions() -> str:
    found = []
    for name in _LIBRARIES:
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=none")
    return " ".join(found)


@lru_cache(maxsize=1)
def tool_digest() -> str:
    """A digest of every source and rule file of the package (path and bytes), the versions of the libraries whose
    answers the cache keeps, Python's and its Unicode tables' (what regexes match as a word): the tool's identity."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_library_versions()} python={sys.version_info[:2]} unicode={unicodedata.unidata_version}\0"
                  .encode("utf-8"))
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


def _to_json(events: list[Event], items: list[object]) -> str:
    rows = [[e.article, e.date, e.mod, e.title, e.source.article, e.source.quote, e.source.expression,
             e.source.published, e.source.chronology, e.source.lead, e.source.told_done, list(e.keys), e.trigger, list(e.classes), [list(pair) for pair in e.surnames], e.bare_town, item]
            for e, item in zip(events, items, strict=True)]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _from_json(text: str) -> tuple[list[Event], list[object]]:
    events: list[Event] = []
    items: list[object] = []
    for a, d, m, t, sa, q, x, p, ch, ld, done, k, tr, c, sn, bt, item in json.loads(text):
        source = Source(sa, q, x, published=p, chronology=bool(ch), lead=str(ld), told_done=bool(done))
        events.append(Event(article=a, date=d, mod=m, title=t, source=source, keys=tuple(k), trigger=tr,
                            classes=tuple(c), surnames=tuple((str(w), str(f)) for w, f in sn), bare_town=str(bt)))
        if not isinstance(item, list):
            raise TypeError("no item")
        items.append(item)
    return events, items


def stored_items(events: list[Event]) -> list[object]:
    """What the merge compares of each event (timeline.merge.similarity.item_of), as the cache stores it beside the
    events: a pure function of the event and the tool's files, which the key covers."""
    return [item_stored(item_of(e)) for e in events]


class JsonStore:
    """Values of one kind, JSON on disk by key, of this very version of the tool: written atomically (a temporary
    file and a rename, so concurrent or killed builds leave no half-written value); one that cannot be read is
    None, as a missing one is."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get_text(self, key: str) -> str | None:
        try:
            return self._path(key).read_text(encoding="utf-8", errors="surrogatepass")
        except (OSError, ValueError):
            return None

    def get(self, key: str) -> object:
        """The value stored under `key`, or None."""
        text = self.get_text(key)
        try:
            return None if text is None else json.loads(text)
        except ValueError:
            return None

    def put_text(self, key: str, text: str) -> None:
        """Store a value; a store that cannot be written only costs the next build time."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except (OSError, ValueError):
            try:
                os.unlink(tmp)
            except OSError:
                pass

    def put(self, key: str, value: object) -> None:
        self.put_text(key, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


# the stemmer's memo, beside the events (an article's key is hexadecimal: never this one)
_STEMS = "stems"
# the entries the last build generated, by their members (timeline.merge.entries.EntryMemo): one value in a folder
# of its own beside the events', under the same digest of the tool
_ENTRIES = "entries"
# the titles the last build chose, by their members (timeline.merge.title_choice.kept_choices), beside them
_CHOICES = "titles"
# the same-day joins' days the last build worked, by their clusters (timeline.merge.kept_days), beside them
_DAYS = "days"


class ExtractionCache:
    """Events of articles already extracted by this very version of the tool, each with what the merge compares of
    it (its item, stored: stored_items), on disk; beside them, what the readers found in each file (ReadingCache)."""

    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.store = JsonStore(folder / "events" / tool_digest())
        self.generated = JsonStore(folder / "entries" / tool_digest())

    def reading(self) -> ReadingCache:
        """What the readers found in each file, kept beside the events (keyed, as they are, by the tool's files)."""
        return ReadingCache(self.root)

    def stems(self) -> object:
        """The stems a build kept (keep_stems), as JSON values; None when there are none."""
        return self.store.get(_STEMS)

    def keep_stems(self, stems: dict[str, str]) -> None:
        """Keep the stemmer's memo (timeline.merge.similarity.known_stems) for the next build."""
        self.store.put(_STEMS, stems)

    def entries(self) -> object:
        """The generated entries the last build kept (keep_entries), as JSON values; None when there are none."""
        return self.generated.get(_ENTRIES)

    def keep_entries(self, rows: dict[str, list[object]]) -> None:
        """Keep the entries this build generated, by their members' digest (EntryMemo.made), for the next build."""
        self.generated.put(_ENTRIES, rows)

    def choices(self) -> object:
        """The titles the last build chose (keep_choices), as JSON values; None when there are none."""
        return self.generated.get(_CHOICES)

    def keep_choices(self, choices: dict[str, str]) -> None:
        """Keep the titles this build chose, by their members' digest (title_choice.kept_choices), for the next build."""
        self.generated.put(_CHOICES, choices)

    def days(self) -> object:
        """The same-day joins' days the last build recorded (keep_days), as JSON values; None when there are none."""
        return self.generated.get(_DAYS)

    def keep_days(self, days: dict[str, list[object]]) -> None:
        """Keep the days this build's same-day joins recorded, by their digest (timeline.merge.kept_days), for the
        next build."""
        self.generated.put(_DAYS, days)

    def get(self, article: Article) -> tuple[list[Event], list[object]] | None:
        """The cached events of the article and their items as stored (stored_items), or None when they must be
        extracted."""
        text = self.store.get_text(article_key(article))
        if text is None:
            return None
        try:
            return _from_json(text)
        except (ValueError, TypeError):  # damaged: extract again
            return None

    def put(self, article: Article, events: list[Event]) -> list[object]:
        """Store the article's events with their items; returns the items as stored."""
        items = stored_items(events)
        self.store.put_text(article_key(article), _to_json(events, items))
        return items


def _article_row(a: Article) -> list[object]:
    return [a.id, a.body, a.published, a.path, a.title, a.source, a.url, a.date_origin,
            None if a.dateline is None else list(a.dateline)]


def _article_of(row: list[object]) -> Article:
    i, body, published, path, title, source, url, origin, dateline = row
    fields = (i, body, published, path, title, source, url, origin)
    if not all(isinstance(f, str) for f in fields):
        raise TypeError("not an article")
    where = None if dateline is None else (int(dateline[0]), int(dateline[1]))  # type: ignore[index]
    return Article(id=i, body=body, published=published, path=path, title=title, source=source,  # type: ignore[arg-type]
                   url=url, date_origin=origin, dateline=where)  # type: ignore[arg-type]


class ReadingCache:
    """What the readers found in each file (timeline.read.ReadMemo), by a digest of its bytes, path, format and
    options, beside the extracted events: a rebuild reads each unchanged file's bytes, not its markup again."""

    def __init__(self, folder: Path) -> None:
        self.store = JsonStore(folder / "read" / tool_digest())

    def get(self, key: str) -> list[Article] | None:
        text = self.store.get_text(key)
        if text is None:
            return None
        try:
            return [_article_of(row) for row in json.loads(text)]
        except (ValueError, TypeError, IndexError, KeyError):  # damaged: read again
            return None

    def put(self, key: str, articles: list[Article]) -> None:
        self.store.put_text(key, json.dumps([_article_row(a) for a in articles], ensure_ascii=False,
                                            separators=(",", ":")))


Extracted = tuple[Article, list[Event], "list[object] | None"]  # an article, its events, their items as stored


def extracted_batch(batch: list[Article], cache: ExtractionCache | None,
                    extract_all: Callable[[list[Article]], Iterable[list[Event]]]) -> Iterator[Extracted]:
    """Each article of a batch with its events and, with a cache, their items as stored (stored_items; else None), in
    order: from the cache, else from one call of `extract_all` on the articles the cache lacks (which returns their
    events in order); new results are added to the cache."""
    known = [cache.get(a) if cache is not None else None for a in batch]
    todo = [a for a, found in zip(batch, known) if found is None]
    fresh = iter(extract_all(todo) if todo else ())
    for article, found in zip(batch, known):
        if found is not None:
            yield article, found[0], found[1]
            continue
        events = next(fresh)
        yield article, events, cache.put(article, events) if cache is not None else None
