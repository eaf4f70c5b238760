"""Wire the stages together for the CLI: `timeline build` and `add` (`timeline dates` is timeline.listing).

A build runs the stages in this order, each a function below:
  read     the articles that can be read (timeline.read), each one that cannot reported and skipped
           (timeline.listing.readable_articles)
  extract  each article's dated events: sentences, temporal expressions, events (timeline.events),
           locally, on a process pool or on a Dask cluster, through the cache of extracted events (on a
           process pool, --jobs N, the files are read there too: this process only lists them, and makes
           each event's item, what the merge compares, as it arrives)
  merge    the same event told by several articles (and the file's curated entries) into one entry
  select   what the timeline keeps (what had happened, --about) and what is printed (--top, --per-date)
  write    the YAML file, or the YAML on stdout, and the table
Articles are streamed: each is read, turned into events and dropped before the next is read.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from timeline import dask_engine
from timeline.batches import one_ahead
from timeline.cache import Extracted, ExtractionCache, default_folder, extracted_batch
from timeline.errors import ArticleError, TimelineError, UsageError
from timeline.events import extract
from timeline.events.triggers import told_future_only, told_past_plan_only, told_plan_only
from timeline.listing import Admission, check_day, readable_articles, report_skipped
from timeline.merge import merge
from timeline.merge.entries import EntryMemo
from timeline.merge.kept_days import kept_days
from timeline.merge.title_choice import kept_choices
from timeline.merge.similarity import Item, add_known_stems, item_of, item_restored, known_stems
from timeline.read import FileToRead, ReadMemo, listed_articles, read_listed
from timeline.model import Article, Entry, Event, SharedValues
from timeline.progress import Progress
from timeline.salience import about, article_head, happened, top as most_reported
from timeline.store import (TimelineFile, check_writable, load_document, output_kind, output_lock, timeline_chunks,
                            write_output)
from timeline.views import render_view, terminal_width

log = logging.getLogger("timeline")


# --- stage 1: read is timeline.listing.readable_articles (shared with `timeline dates`) -------------------



# --- stage 2: extract (sentences, temporal expressions, events) -------------------------------------------



def _extract(articles: Iterable[Article], jobs: int, cache: ExtractionCache | None,
             cluster: dask_engine.DaskWorkers | None) -> Iterator[Extracted]:
    """Each article with its events (and, with a cache, their items as stored), in input order: on the Dask `cluster`
    when there is one, else here."""
    if cluster is not None:
        return cluster.extracted(articles, cache)
    return _extracted_here(articles, jobs, cache)



def _extracted_here(articles: Iterable[Article], jobs: int,
                    cache: ExtractionCache | None = None) -> Iterator[Extracted]:
    """Each article with its events. Extraction is a pure function of one article, so with jobs > 1 it
    runs on a process pool, a bounded batch at a time (articles stay streamed), in input order; an
    article whose events are in `cache` is not extracted again, and new results are added to it."""
    if jobs <= 1:
        for article in articles:
            yield from extracted_batch([article], cache, lambda todo: map(extract, todo))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # the next batch is read and submitted before this one is handed on (timeline.batches)
        yield from one_ahead(articles, jobs * 16, lambda batch: extracted_batch(
            batch, cache, lambda todo: pool.map(extract, todo, chunksize=4)))



def _read_and_extracted(sources: Iterable[Article | ArticleError | FileToRead], jobs: int,
                        cache: ExtractionCache | None, memo: ReadMemo | None, skipped: list[ArticleError],
                        keep_body: bool) -> Iterator[Extracted]:
    """What _extracted_here gives with jobs > 1, the files read on the pool too: the main process only lists them
    (timeline.read.listed_articles) and takes, in input order, the articles the workers read (timeline.listing.
    Admission: the skips and ids, as readable_articles takes them). Reading is a fifth of a build's CPU; in the main
    process it was the serial part of extraction. `keep_body`: the articles come back with their bodies (--about
    reads them); else without (nothing after extraction reads a body: sending it back would cost the main process)."""
    admission = Admission(skipped)
    work = partial(_read_extract, cache=cache, memo=memo, keep_body=keep_body)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # the next batch is listed and submitted before this one is handed on (timeline.batches)
        for found in one_ahead(sources, jobs * 16, lambda batch: _on_pool(pool, work, batch)):
            for item, events, stored in found:
                if admission.admits(item):
                    yield item, events, stored  # type: ignore[misc]


Read = tuple["Article | ArticleError", list[Event], "list[object] | None"]  # what a worker gives for one article


def _on_pool(pool: ProcessPoolExecutor, work: Callable[[Article | FileToRead], list[Read]],
             batch: list[Article | ArticleError | FileToRead]) -> Iterator[list[Read]]:
    """What `work` gives for each source of a batch, in order; a listing's error passes through as it is. A generator
    that submits the batch when first advanced (timeline.batches.one_ahead)."""
    done = pool.map(work, [s for s in batch if not isinstance(s, ArticleError)], chunksize=4)
    for source in batch:
        yield [(source, [], None)] if isinstance(source, ArticleError) else next(done)


def _read_extract(source: Article | FileToRead, *, cache: ExtractionCache | None, memo: ReadMemo | None,
                  keep_body: bool) -> list[Read]:
    """On a worker: the source's articles (read here when it is a file), each with its events and, with a cache, their
    items as stored; an article that cannot be read with no events."""
    found = read_listed(source, memo) if isinstance(source, FileToRead) else [source]
    done: list[Read] = []
    for item in found:
        if isinstance(item, ArticleError):
            done.append((item, [], None))
            continue
        for article, events, stored in extracted_batch([item], cache, lambda todo: map(extract, todo)):
            done.append((article if keep_body else replace(article, body=""), events, stored))
    return done


def _open_cache(folder: str | None) -> ExtractionCache | None:
    if folder == "":
        return None
    return ExtractionCache(Path(folder) if folder else default_folder())



@dataclass
class _Collected:
    """What the extract stage hands on: every event, and what later stages need of each article read."""

    # every event, or its item where the cache stored one (the merge takes an item as it is: timeline.merge.similarity)
    events: list[Event | Item] = field(default_factory=list)
    publications: list[str] = field(default_factory=list)  # each article's publication day: the news of each day (--top)
    described: dict[str, dict[str, str]] = field(default_factory=dict)  # what timeline.yaml's `articles:` says
    heads: dict[str, str] = field(default_factory=dict)  # for --about: what each article is about



def _collect(extracted: Iterable[Extracted], counter: Progress, keep_heads: bool, items: bool = False) -> _Collected:
    """Drain the extract stage (articles are dropped as they pass), counting on stderr as it goes. `items`: make each
    event's item (what the merge compares) as it arrives, when workers extract and this process would wait: it then
    overlaps the extraction, where in the merge it is serial (the merge takes an item as it is). In one process it
    costs the same either way, and the merge makes them (memory: none held beside the extraction's memos)."""
    found = _Collected()
    shared = SharedValues()  # dropped when extraction ends: it costs nothing at the merge's peak
    for article, events, stored in extracted:
        found.publications.append(article.published)
        found.described[article.id] = _described(article)
        if keep_heads:
            found.heads[article.id] = article_head(article)
        compact = [_compact(e, shared) for e in events]
        if stored is not None:
            found.events.extend(_items(compact, stored, shared))
        else:
            found.events.extend([item_of(e, shared) for e in compact] if items else compact)
        counter.update(len(found.described), len(found.events))
    counter.done()
    return found



def _items(events: list[Event], stored: list[object], shared: SharedValues) -> list[Event | Item]:
    """The events' items as the cache stored them (timeline.cache.stored_items): what the merge would compute of each
    (item_of), not computed again. An item stored in a shape it cannot have is left to the merge (the event itself)."""
    found: list[Event | Item] = []
    for event, item in zip(events, stored, strict=True):
        try:
            found.append(item_restored(event, item, shared))  # type: ignore[arg-type]
        except (TypeError, ValueError, IndexError):
            found.append(event)
    return found


def _stems_kept(cache: ExtractionCache | None) -> int:
    """Give the merge's stemmer the stems the last build kept in the cache (a rebuild extracts one article, so the
    merge would otherwise stem the whole vocabulary again); how many the cache holds."""
    stems = cache.stems() if cache is not None else None
    add_known_stems(stems)
    return len(stems) if isinstance(stems, dict) else 0


def _keep_stems(cache: ExtractionCache | None, kept: int) -> None:
    """Keep the stemmer's memo in the cache for the next build, when it knows more words than the cache held."""
    if cache is not None:
        stems = known_stems()
        if len(stems) > kept:
            cache.keep_stems(stems)


def _keep_entries(cache: ExtractionCache | None, memo: EntryMemo | None) -> None:
    """Keep the entries this build generated in the cache for the next build (timeline.merge.entries.EntryMemo),
    when they are not the very ones it holds."""
    if cache is not None and memo is not None and memo.made.keys() != memo.known.keys():
        cache.keep_entries(memo.made)


def _keep_choices(cache: ExtractionCache | None, kept: object, made: dict[str, str]) -> None:
    """Keep the titles this build chose (`made`, timeline.merge.title_choice.kept_choices) in the cache for the next
    build, when they are not the very ones it held (`kept`)."""
    if cache is not None and (not isinstance(kept, dict) or kept.keys() != made.keys()):
        cache.keep_choices(dict(made))


def _keep_days(cache: ExtractionCache | None, kept: object, worked: dict[str, list[object]]) -> None:
    """Keep the days this build's same-day joins recorded (`worked`, timeline.merge.kept_days) in the cache for the
    next build, when they are not the very ones it held (`kept`): other days, or a day worked again under the same
    digest (an answer it read changed), whose record is a new one."""
    if cache is not None and (not isinstance(kept, dict) or kept.keys() != worked.keys()
                              or any(record is not kept[key] for key, record in worked.items())):
        cache.keep_days(dict(worked))


def _handed_over(found: _Collected) -> Iterator[Event | Item]:
    """The collected events, which `found` no longer holds: the merge keeps what it needs of them, so an event no
    entry takes (most undated mentions) is let go during the merge, the build's peak of memory."""
    events, found.events = found.events, []
    yield from events


def _compact(event: Event, shared: SharedValues) -> Event:
    """The event with its keys, trigger, date, mod and date phrase interned, and its title, sentence, keys and classes
    one object for each value (`shared`): every event is held until the merge ends, and the articles of a corpus repeat
    the same few thousand words, dates and date phrases ("on Monday") and often whole sentences (wire copies, a
    story retold), each article's events arriving with their own copies of them."""
    source = event.source
    return replace(event, keys=shared.one(tuple(map(sys.intern, event.keys))), classes=shared.one(event.classes),
                   trigger=sys.intern(event.trigger),
                   date=sys.intern(event.date), mod=sys.intern(event.mod), title=shared.one(event.title),
                   source=replace(source, quote=shared.one(source.quote), expression=sys.intern(source.expression),
                                  lead=shared.one(source.lead)))



# the modules whose bounded memos (functools.lru_cache) serve extraction: each text's words, its triggers, ...
_EXTRACTION_MODULES = ("timeline.words", "timeline.text.", "timeline.events.", "timeline.tagger.")


def _release_extraction_memos() -> None:
    """Empty the extraction stage's bounded memos once every article is extracted: they hold tens of thousands of
    sentences and their words (~45 MiB: over a third of a 1,000-article build's traced peak), which the merge, the
    build's peak of memory, does not read. Unbounded caches (@cache: rule tables) stay; a memo is only ever a
    shortcut, so a stage that asks again computes the same answer."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name in _EXTRACTION_MODULES or name.startswith(_EXTRACTION_MODULES)):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name and info().maxsize is not None:
                value.cache_clear()


# --- the build: the stages in order, once the output file is locked ---------------------------------------


def build_timeline(paths: Sequence[str], *, output: str, fmt: str, top: int | None, published: str | None,
                   input_format: str | None, strict: bool, show_table: bool, jobs: int = 1,
                   planned: bool = False, write: bool = True, force: bool = False, add: bool = False,
                   per_date: int | None = None, about_words: Sequence[str] = (), progress: bool = False,
                   cache_folder: str | None = None, engine: str = "local", scheduler: str | None = None) -> int:
    """Run the whole pipeline; returns the exit code (0, or 1 when articles were skipped).

    `paths` empty: the inputs the output file records (else articles/). `add`: read the file's inputs
    and `paths` too, and record `paths` among its inputs. `write` False: print the table, touch nothing.
    A regular output file is locked from the moment it is read to the moment it is replaced: a second build
    of the same file waits, then builds on what the first wrote. `progress`: counts on stderr while a long
    build runs, when stderr is a terminal (timeline.progress). `cache_folder`: where extracted events are
    kept between builds ("" turns the cache off; None: the default folder, see timeline.cache). `engine`
    "dask" extracts and runs the merge's years and undated mentions on a Dask cluster (`scheduler`, or a
    local one of `jobs` workers, see timeline.dask_engine); the bytes written are the same."""
    check_day("--published", published)
    kind = output_kind(output)
    if write and kind == "file":
        check_writable(output, force=force)
    def waiting() -> None:
        log.warning("%s: another build is writing it; waiting for it to finish", output)

    with output_lock(output, waiting=waiting) if write and kind == "file" else nullcontext():
        return _build_locked(paths, kind, output=output, fmt=fmt, top=top, published=published,
                             input_format=input_format, strict=strict, show_table=show_table, jobs=jobs,
                             planned=planned, write=write, add=add, per_date=per_date, about_words=about_words,
                             progress=progress, cache_folder=cache_folder, engine=engine, scheduler=scheduler)



def _build_locked(paths: Sequence[str], kind: str, *, output: str, fmt: str, top: int | None, published: str | None,
                  input_format: str | None, strict: bool, show_table: bool, jobs: int, planned: bool, write: bool,
                  add: bool, per_date: int | None, about_words: Sequence[str], progress: bool,
                  cache_folder: str | None, engine: str, scheduler: str | None) -> int:
    """The build, stage after stage (see the module's docstring), once the output file is locked."""
    previous = load_document(output) if kind == "file" and Path(output).is_file() else TimelineFile()
    to_read, inputs = _inputs(paths, previous, output, kind, add)
    skipped: list[ArticleError] = []
    cache = _open_cache(cache_folder)
    memo = cache.reading() if cache else None
    on_pool = engine != "dask" and jobs > 1  # the files are read on the extraction's pool
    if on_pool:
        sources = listed_articles(to_read, published=published, input_format=input_format, memo=memo)
    else:
        articles = readable_articles(to_read, published, input_format, skipped, memo=memo)
    # the Dask engine's cluster serves extraction and the merge's pieces, then stops (a local one)
    with dask_engine.session(scheduler, jobs) if engine == "dask" else nullcontext() as cluster:
        pairs = _read_and_extracted(sources, jobs, cache, memo, skipped, keep_body=bool(about_words)) if on_pool \
            else _extract(articles, jobs, cache, cluster)
        found = _collect(pairs, Progress.on_stderr(progress), keep_heads=bool(about_words),
                         items=jobs > 1 or cluster is not None)
        _release_extraction_memos()
        report_skipped(skipped, len(found.described))
        if strict and skipped:
            raise TimelineError(f"{len(skipped)} article(s) could not be read (--strict); nothing written")
        stems = _stems_kept(cache)
        generated = EntryMemo(cache.entries()) if cache is not None else None
        kept = cache.choices() if cache is not None else None  # read once: compared with this build's below
        days = cache.days() if cache is not None else None
        with kept_choices((kept or {}) if cache is not None else None) as made, \
                kept_days((days or {}) if cache is not None else None) as worked:
            merged = merge(_handed_over(found), previous.entries, jobs=jobs, workers=cluster, memo=generated)
            _keep_choices(cache, kept, made)
            _keep_days(cache, days, worked)
        _keep_stems(cache, stems)
        _keep_entries(cache, generated)
    written, shown = _select(merged, found, planned=planned, about_words=about_words, top=top, per_date=per_date)
    where = _write(written, shown, found.described, inputs, kind=kind, output=output, fmt=fmt, write=write,
                   show_table=show_table)
    if kind == "file":
        _report_curation(written, previous, set(found.described), output, write)
    kept = sum(1 for e in written if not e.rejected)
    read = len(found.described)
    log.warning("%d article(s) read, %d skipped; %d event(s) written to %s", read, len(skipped), kept, where) \
        if skipped else log.info("%d article(s) read; %d event(s) written to %s", read, kept, where)
    return 1 if skipped else 0



# --- stage 3: merge is timeline.merge.merge ---------------------------------------------------------------



# --- stage 4: select --------------------------------------------------------------------------------------



def _select(merged: Sequence[Entry], found: _Collected, *, planned: bool, about_words: Sequence[str],
            top: int | None, per_date: int | None) -> tuple[list[Entry], list[Entry]]:
    """The entries the file keeps, and those printed (--top and --per-date choose what is printed; the file
    always holds the whole timeline, so it never shrinks)."""
    # a person's entry stays whatever the options: edited, written by hand, or kept while its articles are away
    passed = {id(e) for e in (merged if planned else happened(merged))}
    # and a plan whose title lost its speaker, dated only by the saying (events.yaml speakerless_plan)
    passed -= set() if planned else {id(e) for e in merged if told_plan_only(e)}
    # and a plan told in the past with no outcome ("were to spend the night", events.yaml past_plan)
    passed -= set() if planned else {id(e) for e in merged if told_past_plan_only(e)}
    # and a plan every source tells in the future, on whatever day ("will be added Friday", events.yaml future_only_plan)
    passed -= set() if planned else {id(e) for e in merged if told_future_only(e)}
    if about_words:
        passed &= {id(e) for e in about(merged, about_words, found.heads)}
    written = [e for e in merged if id(e) in passed or e.curated or e.orphaned or not e.sources]
    if top is None and per_date is None:
        return written, written
    chosen = {id(e) for e in written}
    shown = most_reported(written, len(written) if top is None else top,
                          [e for e in merged if id(e) not in chosen], publications=found.publications, per_date=per_date)
    return written, shown



# --- stage 5: write ---------------------------------------------------------------------------------------



def _write(written: Sequence[Entry], shown: Sequence[Entry], described: dict[str, dict[str, str]],
           inputs: Sequence[str], *, kind: str, output: str, fmt: str, write: bool, show_table: bool) -> str:
    """Write the timeline and print the table; returns where the timeline went, for the closing line."""
    # the text is written as it is made, an event at a time: a large timeline's text is never held whole (memory)
    if write and kind == "stdout":
        sys.stdout.writelines(timeline_chunks(shown, articles=described, inputs=inputs))
    else:
        if write:
            write_output(output, timeline_chunks(written, articles=described, inputs=inputs))
        if show_table:
            sys.stdout.write(_entries_table(shown, fmt, described))
    return ("stdout" if kind == "stdout" else output) if write else f"nowhere (--no-write; {output} untouched)"



# --- what a build reads, and what it tells of the file's curation -----------------------------------------



def _inputs(paths: Sequence[str], previous: TimelineFile, output: str, kind: str,
            add: bool) -> tuple[list[str], list[str]]:
    """What a build reads and the inputs the file will record."""
    if not add:
        return _build_inputs(paths, previous, output, kind)
    if kind != "file" or not Path(output).is_file():
        raise UsageError(f"{output}: no such timeline to add to (make it first: timeline build PATH... -o {output})")
    return _added_inputs(paths, previous, output)



def _build_inputs(paths: Sequence[str], previous: TimelineFile, output: str, kind: str) -> tuple[list[str], list[str]]:
    """What a build reads and the inputs it records: the paths given, else those the file records, else articles/."""
    if paths:
        return list(paths), _recorded(paths, output, kind)
    if previous.inputs:
        return [_resolved(i, output) for i in previous.inputs], list(previous.inputs)
    if os.path.isdir("articles"):
        return ["articles"], _recorded(["articles"], output, kind)
    raise UsageError("no articles/ folder here: name the files or folders to read (timeline build PATH...)")



def _added_inputs(paths: Sequence[str], previous: TimelineFile, output: str) -> tuple[list[str], list[str]]:
    """`timeline add`: the file's own inputs (each must still be there: adding never removes) plus the new paths."""
    recorded = list(previous.inputs)
    if not recorded:
        # written by an older version: its articles are the articles/ folder beside it, if there is one
        if not os.path.isdir(_resolved("articles", output)):
            raise UsageError(f"{output} does not record the paths it was built from (an older version wrote it): "
                             f"build it once with all of them (timeline build PATH... -o {output}), then add")
        log.warning("%s does not record the paths it was built from: reading %s as its articles", output,
                    _resolved("articles", output))
        recorded = ["articles"]
    old = [_resolved(i, output) for i in recorded]
    for given, path in zip(recorded, old):
        if not os.path.exists(path):
            raise TimelineError(f"{output} is built from {given!r}, which is not there any more ({path}); nothing "
                                "written. Adding never removes articles: restore it, or rebuild with the paths you "
                                "want (timeline build PATH...)")
    inputs = list(recorded)
    to_read = list(old)
    for path in paths:
        if path == "-":
            raise UsageError("timeline add cannot record standard input: save the article to a file and add that")
        covering = next((given for given, known in zip(recorded, old) if _covers(known, path)), None)
        if covering is not None:
            log.info("%s: already read from %s", path, covering)
            continue
        inside = next((given for given, known in zip(recorded, old) if _covers(path, known)), None)
        if inside is not None:
            raise UsageError(f"{path} holds {inside}, which {output} already reads: its articles would be read twice "
                             "under other ids; add the new files or folders themselves")
        recorded = _recorded([path], output, "file")[0]
        if recorded not in inputs:
            inputs.append(recorded)
            to_read.append(path)
    return to_read, sorted(inputs)



def _covers(known: str, path: str) -> bool:
    """Whether reading `known` (a file or folder) already reads `path`."""
    known_real, real = os.path.realpath(known), os.path.realpath(path)
    return real == known_real or (os.path.isdir(known_real) and real.startswith(known_real.rstrip(os.sep) + os.sep))



def _recorded(paths: Sequence[str], output: str, kind: str) -> list[str]:
    """Paths as the file records them: absolute ones as given, relative ones from the file's folder (so the
    file finds them wherever it is built from); standard input is not recorded (it cannot be read again)."""
    if kind != "file":
        return []  # YAML on stdout or into a device: there is no file to build again
    base = os.path.dirname(os.path.abspath(output))
    out = {path if os.path.isabs(path) else Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
           for path in paths if path != "-"}
    return sorted(out)  # the order paths are named in changes nothing in the timeline, so not the file either



def _resolved(recorded: str, output: str) -> str:
    if os.path.isabs(recorded):
        return recorded
    return os.path.normpath(os.path.join(os.path.dirname(output), recorded))



def _report_curation(written: Sequence[Entry], previous: TimelineFile, read: set[str], output: str,
                     wrote: bool) -> None:
    """Say on stderr what a build did to the file's curation: edited entries kept without their articles,
    articles the file listed that this build did not read, events a person deleted that came back."""
    verb = "kept" if wrote else "would keep"
    orphans = [e.id for e in written if e.orphaned]
    if orphans:
        log.warning("%s %d edited event(s) none of whose sources this build found (their articles were not read, "
                    "or no longer tell it), marked `orphaned: true` in %s: %s. To drop one, delete it from the file; "
                    "to give it its sources again, read its articles (timeline add PATH...)", verb, len(orphans),
                    output, _some(orphans))
    unread = sorted(set(previous.articles) - read)
    if unread:
        log.warning("%s listed %d article(s) this build did not read (%s): their events that nobody edited are "
                    "%s. To add articles without removing any: timeline add PATH...", output, len(unread),
                    _some(unread), "removed" if wrote else "left out")
    if not previous.articles:
        return
    known_ids = {p.id for p in previous.entries}
    known_sources = {s for p in previous.entries for s in p.sources}
    back = [e.id for e in written
            if e.id not in known_ids and not e.rejected and e.sources
            and all(s.article in previous.articles for s in e.sources)
            and not any(s in known_sources for s in e.sources)]
    if back:
        log.warning("%d event(s) that %s did not have are back, though it lists their articles (deleted by hand?): "
                    "%s. A build writes every event its articles report: to drop one for good, set `rejected: true` "
                    "on it instead of deleting it", len(back), output, _some(back))



def _some(names: Sequence[str], most: int = 5) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")



def _described(article: Article) -> dict[str, str]:
    """The article as `articles:` lists it: its publication date, and its title, source and url when known."""
    fields = {"published": article.published, "title": article.title, "source": article.source, "url": article.url}
    return {k: " ".join(v.split()) for k, v in fields.items() if v}



def _entries_table(entries: Sequence[Entry], fmt: str, articles: dict[str, dict[str, str]] | None = None) -> str:
    return render_view([e for e in entries if not e.rejected], articles or {}, fmt, width=terminal_width())
