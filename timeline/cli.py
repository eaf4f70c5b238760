"""The `timeline` command line: build a timeline from articles, show it, list the dates of texts.

Each command imports the module that does its work (timeline.pipeline, timeline.show, timeline.diff) when
it runs: those load the stages' rule tables and the readers, writers and views, which would make `timeline
--help` (and every usage error) several times slower to start (benchmarks/bench_startup.py; the test
tests/test_imports.py keeps it so). Every other module imports at its top. Data goes
to stdout; messages go to stderr.
Exit codes: 0 all read, 1 some articles skipped or a run failed (an error of the system too: a full disk, a
closed pipe, an I/O error), 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from timeline import __version__
from timeline.errors import TimelineError, UsageError
from timeline.render import DEFAULT_FORMAT

log = logging.getLogger("timeline")

INPUT_FORMATS = ("text", "html", "jsonl", "json", "tml")
FORMAT_HELP = ("Output format: a table in any tabulate format (plain, simple, github, pipe, grid, html, latex, ...); "
               "csv, tsv, json or jsonl (every field in full); html-page (a self-contained web page), timelinejs "
               f"(TimelineJS3 JSON) or markdown (a report with footnoted sources). Default: {DEFAULT_FORMAT}.")


def _setup_logging(verbose: bool, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("timeline: %(message)s"))
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING)


class _SystemFailure(Exception):
    """An OSError out of a command, carried past click (which would turn a closed pipe into a silent exit 1)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _ClosedStream:
    """Standard output when the process was started with it closed (`timeline show >&-`): every write fails
    with the error a closed descriptor gives, which the caller reports as one line."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def flush(self) -> None:
        pass


def _silence_stdout() -> None:
    """After a failed write to stdout, point it at the null device so the interpreter's own final flush of
    the buffered rest cannot fail again (and print its own traceback-like warning)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


# errors of a write without a file name: our own file operations name theirs, so these come from stdout
_STDOUT_ERRORS = frozenset({errno.EPIPE, errno.EBADF, errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT})


def _where(error: OSError) -> str:
    """What an error of the system happened to, as the start of its line."""
    if error.filename is not None:
        return f"{error.filename}: "
    if error.errno in _STDOUT_ERRORS:
        _silence_stdout()
        return "cannot write to standard output: "
    return ""


def _run_reporting_errors(command: click.Group, args: Sequence[str] | None, prog_name: str | None,
                          **extra: object) -> int:
    """Run the command group; every error becomes one clear line on stderr and an exit code, never a traceback."""
    argv = list(args) if args is not None else sys.argv[1:]
    if sys.stdout is None:
        sys.stdout = _ClosedStream()  # type: ignore[assignment]
    try:
        if not argv:  # `timeline` alone: the help, as asked for
            context = click.Context(command, info_name=prog_name or "timeline", **command.context_settings)
            click.echo(command.get_help(context))
            sys.stdout.flush()
            return 0
        result = click.Group.main(command, args=argv, prog_name=prog_name or "timeline", standalone_mode=False, **extra)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, while it can still be reported
    except click.UsageError as error:
        name = error.ctx.command_path if error.ctx else "timeline"
        click.echo(f"timeline: error: {error.format_message()} (see '{name} --help')", err=True)
        return 2
    except click.ClickException as error:
        click.echo(f"timeline: error: {error.format_message()}", err=True)
        return error.exit_code
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.exceptions.Abort:
        click.echo("timeline: aborted", err=True)
        return 130
    except TimelineError as error:
        click.echo(f"timeline: error: {error}", err=True)
        return error.exit_code
    except (_SystemFailure, OSError) as failure:  # of the system, not ours: a full disk, a closed pipe, I/O
        error = failure.error if isinstance(failure, _SystemFailure) else failure
        click.echo(f"timeline: error: {_where(error)}{error.strerror or error}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("timeline: interrupted", err=True)
        return 130
    except Exception as error:  # a bug of ours: still one line, the traceback only on request
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        click.echo(f"timeline: internal error: {type(error).__name__}: {error} "
                   "(set TIMELINE_DEBUG=1 for the traceback, and please report it)", err=True)
        return 70
    return result if isinstance(result, int) else 0


class TimelineCommandGroup(click.Group):
    """A click group whose errors are one line on stderr with the project's exit codes (0, 1, 2)."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: object) -> int:
        code = _run_reporting_errors(self, args, prog_name, complete_var=complete_var, **extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OSError as error:
            raise _SystemFailure(error) from None


@click.group(cls=TimelineCommandGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """Turn news articles into one sourced, chronological timeline of events.

    \b
    Typical use:
      timeline build                      # articles/ -> timeline.yaml, table on stdout
      timeline build news/ more.jsonl -o crisis.yaml --top 20
      timeline show --since 2016-05 --format github >> report.md
      timeline show --format html-page > timeline.html
      timeline diff old.yaml timeline.yaml
      timeline add new-story.txt          # add an article to the curated timeline.yaml
      timeline dates --dct 2016-05-25 article.txt

    Every event keeps its sources: the article, the sentence as written and the date phrase
    as written. Dates are TIMEX3 values of the precision the text gives (2016-03-27, 2016-02,
    2015 with mod END for "late 2015"). Edit timeline.yaml by hand (title, date, note:,
    rejected: true) and the next build keeps your corrections.
    """


def _build_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options `build` and `add` share."""
    options = [
        click.option("-o", "--output", default="timeline.yaml", show_default=True, metavar="FILE",
                     help="Where to write the timeline YAML: a file (read first, so that its hand corrections are "
                          "kept, then replaced atomically, keeping its mode), a device or FIFO (written to), or '-' "
                          "(the YAML on stdout instead of the table)."),
        click.option("--format", "fmt", default=DEFAULT_FORMAT, metavar="FORMAT", help=FORMAT_HELP),
        click.option("--top", type=click.IntRange(min=1), metavar="N",
                     help="Print only the N most salient events (the file keeps them all), one per date first. "
                          "Salient dates: those the articles' own chronologies list, then those that many articles "
                          "on the feed's main subject report and that the day's news covers."),
        click.option("--per-date", type=click.IntRange(min=1), metavar="L",
                     help="Print at most L events a date, the most reported first (chronologies give one to three "
                          "lines a date). With --top N, N then counts dates: the N most salient dates, L events each."),
        click.option("--about", "about_words", multiple=True, metavar="WORDS",
                     help="Keep only events about any of WORDS (case, plurals and 'Libya'/'Libyan' do not matter): "
                          "their sentence names one, or their article's headline or lead does. Repeatable. Entries "
                          "a person edited are always kept."),
        click.option("--published", metavar="YYYY-MM-DD",
                     help="Publication date for every article that gives none of its own (front matter, metadata)."),
        click.option("--input-format", type=click.Choice(INPUT_FORMATS), metavar="FORMAT",
                     help="Read every input as this format (text, html, jsonl, json, tml) instead of guessing from "
                          "its extension."),
        click.option("--planned", is_flag=True,
                     help="Also list events the articles announce for after their own publication (scheduled votes, "
                          "deadlines); by default the timeline tells what had happened."),
        click.option("--strict", is_flag=True, help="Fail and write nothing if any article cannot be read."),
        click.option("-n", "--no-write", "--dry-run", "no_write", is_flag=True,
                     help="Print the table and write nothing: the output file is only read, for its corrections."),
        click.option("--force", is_flag=True, help="Replace the output file even if it is read-only (it stays read-only)."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
                     help="Extract events on N processes (0: one per CPU). The output is the same for every N."),
        click.option("--cache", "cache_folder", metavar="DIR",
                     help="Keep each article's extracted events in DIR, so the next build re-reads only new or "
                          "changed articles (default: $TIMELINE_CACHE_DIR, else ~/.cache/timeline). Safe to delete; "
                          "the output is the same with or without it."),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the cache of extracted events."),
        click.option("--engine", type=click.Choice(("local", "dask")), default="local", show_default=True,
                     help="Where events are extracted: this machine, or a Dask cluster (pip install 'timeline[dask]'): "
                          "the one at --scheduler, else a local cluster of --jobs workers. Same output either way."),
        click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786."),
        click.option("-v", "--verbose", is_flag=True, help="Say which rule gave each article its publication date."),
        click.option("-q", "--quiet", is_flag=True, help="Print no table and only errors."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _run_build(paths: Sequence[str], *, add: bool, output: str, fmt: str, top: int | None, per_date: int | None,
               about_words: Sequence[str], published: str | None, input_format: str | None, planned: bool,
               strict: bool, no_write: bool, force: bool, jobs: int, verbose: bool, quiet: bool,
               cache_folder: str | None, no_cache: bool, engine: str, scheduler: str | None) -> None:
    from timeline.pipeline import build_timeline
    from timeline.views import check_view_format

    _setup_logging(verbose, quiet)
    check_view_format(fmt)
    if scheduler and engine != "dask":
        raise UsageError("--scheduler is for --engine dask")
    exit_code = build_timeline(list(paths), output=output, fmt=fmt, top=top, published=published,
                               input_format=input_format, strict=strict, show_table=not quiet,
                               jobs=jobs or os.cpu_count() or 1, planned=planned, write=not no_write, force=force,
                               add=add, per_date=per_date, about_words=about_words, progress=not quiet,
                               cache_folder="" if no_cache else cache_folder, engine=engine, scheduler=scheduler)
    click.get_current_context().exit(exit_code)


@cli.command(short_help="Build timeline.yaml from articles and print its table.")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@_build_options
def build(paths: Sequence[str], **options: Any) -> None:
    """Build a timeline from articles: files or folders (default: the paths the output file was
    built from, else articles/).

    Reads each article (.txt/.md with YAML front matter, .html, .json/.jsonl, .tml, or '-' for
    stdin), finds its dated events, merges the same event told by several articles into one
    entry, writes the YAML file and prints the table. Articles that cannot be read are listed
    on stderr and skipped (exit code 1); the timeline is still written from the rest.

    The output file is the timeline of exactly PATH...: an article it listed that is not read
    here loses its events, except those a person edited (kept, marked `orphaned`). To add
    articles to a timeline, use `timeline add`.

    \b
    Examples:
      timeline build
      timeline build reports/ -o syria.yaml --format github
      timeline build --top 25 --no-write          # the 25 main events; timeline.yaml untouched
      timeline build scraped.jsonl --top 25 -o - > top25.yaml
      timeline build feed/ --about libya --top 30 --per-date 2 --no-write
    """
    _run_build(paths, add=False, **options)


@cli.command(short_help="Add articles to an existing timeline (keeps all it has).")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_build_options
def add(paths: Sequence[str], **options: Any) -> None:
    """Add articles to an existing timeline: rebuild it from the paths it records (`inputs:`)
    plus PATH..., and record PATH... there for the next build.

    Every event of the timeline stays, with its corrections; the new articles' events join the
    entries they tell or become new ones. A path inside a folder the timeline already reads is
    read once. Nothing is written if one of the recorded paths is gone.

    \b
    Examples:
      timeline add ~/new-story.txt                 # then: git diff timeline.yaml
      timeline add wires/2016-05-26/ -o syria.yaml
    """
    _run_build(paths, add=True, **options)


@cli.command(short_help="Print a timeline.yaml, filtered: a table, csv/json, a web page, a report.")
@click.argument("file", default="timeline.yaml", metavar="[FILE]")
@click.option("--format", "fmt", default=DEFAULT_FORMAT, metavar="FORMAT", help=FORMAT_HELP)
@click.option("--since", metavar="DATE", help="Only events on or after DATE (a date or a prefix: 2016-05-23, 2016-05, 2016).")
@click.option("--until", metavar="DATE", help="Only events on or before DATE (a date or a prefix).")
@click.option("--source", "sources", multiple=True, metavar="ARTICLE", help="Only events reported by this article id (repeatable).")
@click.option("--grep", "words", multiple=True, metavar="WORD",
              help="Only events whose title, quotes or note contain WORD, case-insensitive (repeatable: all must match).")
@click.option("--all", "show_rejected", is_flag=True, help="Also show events marked rejected.")
@click.option("--columns", metavar="NAME,...",
              help="Columns of a table, csv, tsv, json or jsonl, in order: id, date, mod, when, title, event, reports, "
                   "sources, articles, quotes, conflicts, note, rejected. Tables default to date,event,sources "
                   "(sources: how many articles).")
@click.option("--width", type=click.IntRange(min=0), metavar="N",
              help="Cut a table's text to lines of N characters (0: never). Default: the terminal's width, "
                   "or no cut when stdout is a pipe or a file.")
@click.option("--title", "page_title", metavar="TEXT",
              help="Title of an html-page, timelinejs or markdown view (default: from the file name).")
def show(file: str, fmt: str, since: str | None, until: str | None, sources: Sequence[str], words: Sequence[str],
         show_rejected: bool, columns: str | None, width: int | None, page_title: str | None) -> None:
    """Print an existing timeline (default: timeline.yaml), filtered, as a table, an export or a page.

    \b
    Examples:
      timeline show
      timeline show --since 2016-05 --format github >> report.md
      timeline show --source 001_de104759018b5689 --grep ceasefire --format csv
      timeline show --columns date,when,title,articles --format tsv
      timeline show --format html-page > timeline.html      # open it in a browser, share it
      timeline show --format markdown --since 2016 > chronology.md
      timeline show --format timelinejs > timeline.json     # for TimelineJS3
    """
    from timeline.show import show_timeline
    from timeline.views import check_view_format, terminal_width
    from timeline.views.tables import parse_columns

    _setup_logging(False, False)
    check_view_format(fmt)
    chosen = parse_columns(columns) if columns else ()
    fit = (width or None) if width is not None else terminal_width()
    sys.stdout.write(show_timeline(file, fmt=fmt, since=since, until=until, sources=sources, words=words,
                                   show_rejected=show_rejected, columns=chosen, width=fit, title=page_title or ""))


@cli.command(short_help="Tell what changed between two timelines, event by event.")
@click.argument("files", nargs=-1, required=True, metavar="OLD NEW")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a changelog; json: the same as data.")
@click.option("--exit-code", "exit_code", is_flag=True, help="Exit with 1 when the timelines differ (like git diff --exit-code).")
def diff(files: Sequence[str], fmt: str, exit_code: bool) -> None:
    """Tell what changed between two timeline files as events, not lines: events added, removed,
    re-dated, retitled, sources gained or lost, conflicts, notes, rejections; articles added or removed.

    Events are paired by id, else by the sources they share. Also a git diff driver: git calls it
    with seven arguments (path, old file, old hash, old mode, new file, new hash, new mode); see the
    README (*Reviewing changes*) for the two lines of set-up.

    \b
    Examples:
      timeline diff old.yaml timeline.yaml
      git show HEAD~1:timeline.yaml > /tmp/old.yaml && timeline diff /tmp/old.yaml timeline.yaml
      git diff --ext-diff timeline.yaml        # with diff.timeline.command set
    """
    from timeline.diff import diff_timelines, render_json, render_text
    from timeline.store import load_articles, load_timeline

    _setup_logging(False, False)
    if len(files) == 7:  # git's external diff: path old-file old-hex old-mode new-file new-hex new-mode
        name, old, new = files[0], files[1], files[4]
    elif len(files) == 2:
        name, (old, new) = "", files
    else:
        raise UsageError(f"diff takes two timeline files (OLD NEW), or git's seven arguments; got {len(files)}")
    for path in (old, new):
        if not os.path.exists(path):
            raise UsageError(f"{path}: no such file")
    changes = diff_timelines(load_timeline(old), load_timeline(new), load_articles(old), load_articles(new))
    sys.stdout.write(render_text(changes, name) if fmt == "text" else render_json(changes))
    click.get_current_context().exit(1 if exit_code and changes else 0)


@cli.command(short_help="List the temporal expressions of texts (TIMEX3 values, offsets).")
@click.argument("files", nargs=-1, required=True, metavar="FILE...|-")
@click.option("--dct", "--published", "dct", metavar="YYYY-MM-DD",
              help="Reference (publication) date for texts that give none of their own; a .tml file's DCT always wins.")
@click.option("--format", "fmt", default="table", metavar="FORMAT",
              help="jsonl (one JSON object per expression), table, or any table format of `build`.")
def dates(files: Sequence[str], dct: str | None, fmt: str) -> None:
    """List the temporal expressions of texts, normalised against their publication dates.

    Each expression has character offsets into the article's body text (end exclusive), a
    TIMEX3 type (DATE, TIME, DURATION, SET), value and mod. A .tml (TimeML) file is read
    natively: its DCT is the reference date and offsets are into its TEXT content.

    \b
    Examples:
      timeline dates --dct 2016-05-25 article.txt
      echo "The talks resumed on Monday." | timeline dates --dct 2016-05-25 -
      timeline dates --format jsonl corpus/*.tml > dates.jsonl
    """
    from timeline.listing import list_dates
    from timeline.render import check_format

    _setup_logging(False, False)
    if fmt not in ("jsonl", "table"):
        check_format(fmt)
    click.get_current_context().exit(list_dates(list(files), dct=dct, fmt=fmt))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    return cli.main(args=list(argv) if argv is not None else None, standalone_mode=False)


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
