"""The `timeline` command line: build a timeline from articles, show it, list the dates of texts.

Heavy modules (the tagger, dateparser, tabulate) are imported inside the commands that need them,
so that `timeline --help` starts at once. Data goes to stdout; messages go to stderr.
Exit codes: 0 all read, 1 some articles skipped or a run failed, 2 usage error.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

import click

from timeline import __version__
from timeline.errors import TimelineError, UsageError
from timeline.render import DEFAULT_FORMAT

log = logging.getLogger("timeline")

INPUT_FORMATS = ("text", "html", "jsonl", "json", "tml")
FORMAT_HELP = ("Table format: any tabulate format (plain, simple, github, pipe, grid, html, latex, tsv, ...) "
               f"or csv or json. Default: {DEFAULT_FORMAT}.")


def _setup_logging(verbose: bool, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("timeline: %(message)s"))
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING)


def _run_reporting_errors(command: click.Group, args: Sequence[str] | None, prog_name: str | None,
                          **extra: object) -> int:
    """Run the command group; every error becomes one clear line on stderr and an exit code, never a traceback."""
    try:
        result = click.Group.main(command, args=args, prog_name=prog_name or "timeline", standalone_mode=False, **extra)
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
    except BrokenPipeError:
        # the reader of our stdout went away (`timeline show | head`): nothing worth a message
        return 0
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


@click.group(cls=TimelineCommandGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """Turn news articles into one sourced, chronological timeline of events.

    \b
    Typical use:
      timeline build                      # articles/ -> timeline.yaml, table on stdout
      timeline build news/ more.jsonl -o crisis.yaml --top 20
      timeline show --since 2016-05 --format github >> report.md
      timeline dates --dct 2016-05-25 article.txt

    Every event keeps its sources: the article, the sentence as written and the date phrase
    as written. Dates are TIMEX3 values of the precision the text gives (2016-03-27, 2016-02,
    2015 with mod END for "late 2015"). Edit timeline.yaml by hand (title, date, note:,
    rejected: true) and the next build keeps your corrections.
    """


@cli.command(short_help="Build timeline.yaml from articles and print its table.")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("-o", "--output", default="timeline.yaml", show_default=True, metavar="FILE",
              help="Where to write the timeline YAML; '-' writes the YAML to stdout instead of the table. "
                   "An existing file is read first so that its hand corrections are kept.")
@click.option("--format", "fmt", default=DEFAULT_FORMAT, metavar="FORMAT", help=FORMAT_HELP)
@click.option("--top", type=click.IntRange(min=1), metavar="N",
              help="Keep only the N most salient events: one per date first, dates that the articles' own "
                   "chronologies list before dates that many articles report.")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date for every article that gives none of its own (front matter, metadata).")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), metavar="FORMAT",
              help="Read every input as this format (text, html, jsonl, json, tml) instead of guessing from its extension.")
@click.option("--planned", is_flag=True,
              help="Also list events the articles announce for after their own publication (scheduled votes, "
                   "deadlines); by default the timeline tells what had happened.")
@click.option("--strict", is_flag=True, help="Fail and write nothing if any article cannot be read.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Extract events on N processes (0: one per CPU). The output is the same for every N.")
@click.option("--cache", "cache_folder", metavar="DIR",
              help="Keep each article's extracted events in DIR, so the next build re-reads only new or changed "
                   "articles (default: $TIMELINE_CACHE_DIR, else ~/.cache/timeline). Safe to delete; the output "
                   "is the same with or without it.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache of extracted events.")
@click.option("--engine", type=click.Choice(("local", "dask")), default="local", show_default=True,
              help="Where events are extracted: this machine, or a Dask cluster (pip install 'timeline[dask]'): "
                   "the one at --scheduler, else a local cluster of --jobs workers. Same output either way.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786.")
@click.option("-v", "--verbose", is_flag=True, help="Say which rule gave each article its publication date.")
@click.option("-q", "--quiet", is_flag=True, help="Print no table and only errors.")
def build(paths: Sequence[str], output: str, fmt: str, top: int | None, published: str | None,
          input_format: str | None, planned: bool, strict: bool, jobs: int, verbose: bool, quiet: bool,
          cache_folder: str | None = None, no_cache: bool = False, engine: str = "local",
          scheduler: str | None = None) -> None:
    """Build a timeline from articles: files or folders (default: articles/).

    Reads each article (.txt/.md with YAML front matter, .html, .json/.jsonl, .tml, or '-' for
    stdin), finds its dated events, merges the same event told by several articles into one
    entry, writes the YAML file and prints the table. Articles that cannot be read are listed
    on stderr and skipped (exit code 1); the timeline is still written from the rest.

    \b
    Examples:
      timeline build
      timeline build reports/ -o syria.yaml --format github
      timeline build scraped.jsonl --top 25 -o - > top25.yaml
    """
    from timeline.pipeline import build_timeline
    from timeline.render import check_format

    _setup_logging(verbose, quiet)
    check_format(fmt)
    if scheduler and engine != "dask":
        raise UsageError("--scheduler is for --engine dask")
    if not paths and not os.path.isdir("articles"):
        raise UsageError("no articles/ folder here: name the files or folders to read (timeline build PATH...)")
    exit_code = build_timeline(list(paths) or ["articles"], output=output, fmt=fmt, top=top, published=published,
                               input_format=input_format, strict=strict, show_table=not quiet,
                               jobs=jobs or os.cpu_count() or 1, planned=planned,
                               cache_folder="" if no_cache else cache_folder, engine=engine, scheduler=scheduler)
    click.get_current_context().exit(exit_code)


@cli.command(short_help="Print the table of a timeline.yaml, filtered by date, source or word.")
@click.argument("file", default="timeline.yaml", metavar="[FILE]")
@click.option("--format", "fmt", default=DEFAULT_FORMAT, metavar="FORMAT", help=FORMAT_HELP)
@click.option("--since", metavar="DATE", help="Only events on or after DATE (a date or a prefix: 2016-05-23, 2016-05, 2016).")
@click.option("--until", metavar="DATE", help="Only events on or before DATE (a date or a prefix).")
@click.option("--source", "sources", multiple=True, metavar="ARTICLE", help="Only events reported by this article id (repeatable).")
@click.option("--grep", "words", multiple=True, metavar="WORD",
              help="Only events whose title, quotes or note contain WORD, case-insensitive (repeatable: all must match).")
@click.option("--all", "show_rejected", is_flag=True, help="Also show events marked rejected.")
def show(file: str, fmt: str, since: str | None, until: str | None, sources: Sequence[str], words: Sequence[str],
         show_rejected: bool) -> None:
    """Print the table of an existing timeline (default: timeline.yaml), filtered.

    \b
    Examples:
      timeline show
      timeline show --since 2016-05 --format github >> report.md
      timeline show --source 001_de104759018b5689 --grep ceasefire --format csv
    """
    from timeline.pipeline import show_timeline
    from timeline.render import check_format

    _setup_logging(False, False)
    check_format(fmt)
    sys.stdout.write(show_timeline(file, fmt=fmt, since=since, until=until, sources=sources, words=words,
                                   show_rejected=show_rejected))


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
    from timeline.pipeline import list_dates
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
