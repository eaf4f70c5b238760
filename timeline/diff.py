"""What changed between two timelines, told as events: added, removed, re-dated, retitled, sources
gained or lost, conflicts, notes and rejections; and the articles added or removed.

Events are paired by id (a build keeps ids forever); an event left without a partner is paired with
the other side's unpaired event that shares the most sources (the same article and sentence), so a
timeline rebuilt from scratch, with new ids, still reads as changes to the same events.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from timeline.dates import date_sort_key
from timeline.model import Entry
from timeline.views.model import human_date


@dataclass(frozen=True, slots=True)
class EventChange:
    kind: str  # "added", "removed" or "changed"
    old: Entry | None
    new: Entry | None
    details: tuple[tuple[str, str], ...] = ()  # (what, how): ("re-dated", "26 March 2016 -> 27 March 2016")

    @property
    def entry(self) -> Entry:
        return self.new or self.old  # type: ignore[return-value]

    def sort_key(self) -> tuple[object, ...]:
        return date_sort_key(self.entry.date, self.entry.mod) + (self.entry.id,)


@dataclass(frozen=True, slots=True)
class TimelineDiff:
    articles_added: tuple[tuple[str, str], ...] = ()  # (id, published)
    articles_removed: tuple[tuple[str, str], ...] = ()
    changes: tuple[EventChange, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.articles_added or self.articles_removed or self.changes)

    def counts(self) -> dict[str, int]:
        """How many events were added, removed, and changed in each way."""
        counts: dict[str, int] = {}
        for change in self.changes:
            kinds = [change.kind] if change.kind != "changed" else list(dict.fromkeys(what for what, _ in change.details))
            for kind in kinds:
                counts[kind] = counts.get(kind, 0) + 1
        return counts


def _source_keys(entry: Entry) -> set[tuple[str, str]]:
    return {(s.article, s.shown) for s in entry.sources}


def pair(old: Sequence[Entry], new: Sequence[Entry]) -> tuple[list[tuple[Entry, Entry]], list[Entry], list[Entry]]:
    """(paired, only in old, only in new): by id first, then by the most shared sources."""
    new_by_id = {e.id: e for e in new}
    pairs = [(e, new_by_id[e.id]) for e in old if e.id in new_by_id]
    paired_ids = {e.id for e, _ in pairs}
    old_left = [e for e in old if e.id not in paired_ids]
    new_left = [e for e in new if e.id not in paired_ids]
    taken: set[int] = set()
    still_old = []
    for entry in old_left:
        keys = _source_keys(entry)
        best, best_shared = -1, 0
        for index, candidate in enumerate(new_left):
            shared = len(keys & _source_keys(candidate)) if index not in taken else 0
            if shared > best_shared:
                best, best_shared = index, shared
        if best < 0:
            still_old.append(entry)
        else:
            taken.add(best)
            pairs.append((entry, new_left[best]))
    return pairs, still_old, [e for i, e in enumerate(new_left) if i not in taken]


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + "”"


def _when(entry: Entry) -> str:
    value = f"{entry.date} {entry.mod}" if entry.mod else entry.date
    return f"{human_date(entry.date, entry.mod)} ({value})"


def _conflict_text(entry: Entry) -> str:
    return "; ".join(f"{human_date(str(c.get('date', '')), str(c.get('mod', '') or ''))}"
                     f" ({', '.join(map(str, c.get('articles', ()) or ()))})" for c in entry.conflicts)  # type: ignore[union-attr]


def _changed(old: Entry, new: Entry) -> list[tuple[str, str]]:
    details: list[tuple[str, str]] = []
    if (old.date, old.mod) != (new.date, new.mod):
        details.append(("re-dated", f"{_when(old)} -> {_when(new)}"))
    if old.title != new.title:
        details.append(("retitled", f"{_quote(old.title, 200)} -> {_quote(new.title, 200)}"))
    old_sources, new_sources = _source_keys(old), _source_keys(new)
    for article, quote in sorted(new_sources - old_sources):
        details.append(("sources gained", f"{article} {_quote(quote)}"))
    for article, quote in sorted(old_sources - new_sources):
        details.append(("sources lost", f"{article} {_quote(quote)}"))
    if old.conflicts != new.conflicts:
        if not new.conflicts:
            details.append(("conflicts", "the sources now agree on the date"))
        else:
            details.append(("conflicts", f"the sources disagree: {_conflict_text(new)}"))
    if old.note != new.note:
        details.append(("note", f"{_quote(new.note, 200)}" if new.note else "removed"))
    if old.rejected != new.rejected:
        details.append(("rejected", "marked false" if new.rejected else "no longer marked false"))
    if old.id != new.id and details:
        details.append(("id", f"{old.id} -> {new.id}"))
    return details


def diff_timelines(old: Sequence[Entry], new: Sequence[Entry], old_articles: Mapping[str, Mapping[str, str]],
                   new_articles: Mapping[str, Mapping[str, str]]) -> TimelineDiff:
    pairs, removed, added = pair(old, new)
    changes = [EventChange("added", None, e) for e in added] + [EventChange("removed", e, None) for e in removed]
    for before, after in pairs:
        details = _changed(before, after)
        if details:
            changes.append(EventChange("changed", before, after, tuple(details)))
    changes.sort(key=EventChange.sort_key)

    def published(articles: Mapping[str, Mapping[str, str]], key: str) -> tuple[str, str]:
        return key, articles[key].get("published", "")

    return TimelineDiff(
        articles_added=tuple(published(new_articles, a) for a in sorted(set(new_articles) - set(old_articles))),
        articles_removed=tuple(published(old_articles, a) for a in sorted(set(old_articles) - set(new_articles))),
        changes=tuple(changes))


_ORDER = ("added", "removed", "re-dated", "retitled", "sources gained", "sources lost", "conflicts", "note", "rejected")


def summary(diff: TimelineDiff) -> str:
    counts = diff.counts()
    events = ", ".join(f"{counts[k]} {k}" for k in _ORDER if counts.get(k)) or "no event changed"
    articles = f"articles: {len(diff.articles_added)} added, {len(diff.articles_removed)} removed"
    return f"{articles}; events: {events}"


def render_text(diff: TimelineDiff, name: str = "") -> str:
    """A changelog: a summary line, the articles, then one block per event in chronological order
    (`+` added, `-` removed, `~` changed, with one indented line per change)."""
    if not diff:
        return f"{name + ': ' if name else ''}no change\n"
    lines = [f"{name + ': ' if name else ''}{summary(diff)}"]
    lines += [f"+ article {a} (published {p})" for a, p in diff.articles_added]
    lines += [f"- article {a} (published {p})" for a, p in diff.articles_removed]
    lines.append("")
    for change in diff.changes:
        entry = change.entry
        head = f"{human_date(entry.date, entry.mod)}: {entry.title}"
        if change.kind == "added":
            articles = ", ".join(dict.fromkeys(s.article for s in entry.sources))
            lines.append(f"+ {head}  [{entry.reports} source{'s' * (entry.reports != 1)}: {articles}]"
                         if articles else f"+ {head}")
        elif change.kind == "removed":
            lines.append(f"- {head}")
        else:
            lines.append(f"~ {head}")
            lines += [f"    {what}: {how}" for what, how in change.details]
    return "\n".join(lines) + "\n"


def _entry_json(entry: Entry | None) -> dict[str, object] | None:
    if entry is None:
        return None
    return {"id": entry.id, "date": entry.date, "mod": entry.mod, "title": entry.title,
            "articles": list(dict.fromkeys(s.article for s in entry.sources))}


def render_json(diff: TimelineDiff) -> str:
    data = {
        "articles_added": [{"id": a, "published": p} for a, p in diff.articles_added],
        "articles_removed": [{"id": a, "published": p} for a, p in diff.articles_removed],
        "events": [{"change": c.kind, "old": _entry_json(c.old), "new": _entry_json(c.new),
                    "details": [{"what": w, "how": h} for w, h in c.details]} for c in diff.changes],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
