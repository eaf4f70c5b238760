#!/usr/bin/env python3
"""Scale curve of `timeline build`: wall and CPU time, articles/s, ms per article and peak RSS, as whole
processes, on the real Timeline17 topics and on replicas of them up to any size.

Usage: python3 benchmarks/bench_scale.py [--sizes 1000,10000,100000]
                                         [--schemes shifted,unshifted,distinct]
                                         [--shared ../shared] [--skip jobs,incremental,dask,dates]

Corpus: every readable article of ../shared/data/timeline17/*/InputDocs (1,317 articles, five topics).
A size above that is made of copies (real files: the reader reads a file once however many links name it,
so links would not add articles; about 24 KB a copy):
  shifted    copy k is filed under publication dates k * 7 * 53 weeks later (InputDocs/<date>/ gives an
             article its date), so its relative dates ("on Monday", "last week") name other days: events
             spread thin, as in an archive of many stories;
  unshifted  copies keep their dates: every copy's sources pile onto the same entries.
  distinct   copy k is another story on other dates (what an archive of many stories is made of):
             - names: a capitalised word the corpus writes mid-sentence (after a lower-case word, a digit or
               a comma) at least ten times as often as in lower case, and that is no month, weekday,
               holiday word, abbreviation, stamp word or word of a tagger filter (the tool's own tables),
               is a name; copy k >= 1 writes
               every occurrence of every name with a suffix of its own (a syllable a decimal digit of k:
               "Gaddafi" -> "Gaddafiel" in copy 1, "Gaddafianel" in copy 10; upper case stays upper case:
               "BP" -> "BPEL"), the same in all of the copy's articles, so each copy's stories hang together
               as the originals do while its names, keys and titles are its own;
             - dates: copy k moves back 28 * (k mod 4) years, folder date and text alike (every stand-alone
               four-digit number from 1900 to 2099 in the text, so "March 19, 2011", "in 2009", an ISO date
               and a dateline's own stamp move together). 28 years are 1,461 whole weeks and, between 1901
               and 2099, give every date the same month, day and weekday (leap years included), so weekday
               names, relative dates ("on Monday", "last year") and the page's own stamp stay consistent,
               and no copy is dated in the future (the reader refuses such dates). Not moved: two-digit years
               ("'09"), decades ("the 1980s"), and years spelt out; a four-digit count or clock time from 1900
               to 2099 ("2000 troops") moves like a year. Copies k and k + 4 share dates, not names; their
               sentences differ only in names, and the merge joins them into the same entries, so only the
               first four copies (5,272 articles) add entries as different stories do (docs/performance.md).
             Copy 0 is the originals unchanged. Sentences without a name or year still repeat between
             copies (the tool's memoised readings then hit): the share of lines that repeat an earlier
             one is printed for every corpus (about 37 % of a distinct copy's lines, all of a shifted one's).
A size below the corpus takes the first articles in sorted order.

For each size and scheme: a build from scratch (--no-cache, --jobs 1). Then, at each size, on the distinct
scheme (what a real archive resembles; on the shifted one when distinct is not asked for): `timeline dates`
over the same articles (whole process; the
goal is a build within 1.5x of it), --jobs 2 against --jobs 1, the incremental rebuild after one added
article (warm cache) against a full build, and --engine dask (a local distributed cluster of 2 workers)
against the local engine with the same jobs. Every pair that must give the same bytes is compared.
CPU seconds (user + system of the process and its children) are printed beside wall seconds: on a
shared machine CPU time is the steadier figure. Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import find_shared  # noqa: E402
from timeline.rules import load_yaml  # noqa: E402
from timeline.text import lexicon  # noqa: E402

TOPICS = ("H1N1_bbc", "LibyaWar_cnn", "LibyaWar_reuters", "MJ_bbc", "bpoil_guardian")
SCHEMES = ("shifted", "unshifted", "distinct")
SHIFT_DAYS = 7 * 53 * 7  # a whole number of weeks, so weekdays keep their dates' weekdays
# distinct: 28 years are 1,461 weeks; from 1901 to 2099 every leap year is a fourth year, so a date 28 years
# earlier has the same month, day and weekday. Four eras (0, 28, 56, 84 years back) keep every copy in the past
# and every year of the texts (2009-2011, background years back to the 1950s) within the tagger's 1600-2099.
CYCLE_YEARS = 28
ERAS = 4
# a name is written in lower case at most a tenth as often as capitalised mid-sentence (web pages lower-case names
# in links and tags: "libya" 69 times against "Libya" 6,449; "president" 609 against "President" 552 is no name)
NAME_RATIO = 10
SYLLABLES = ("an", "el", "or", "is", "un", "ar", "en", "os", "ik", "al")  # one per decimal digit of the copy
# a name or a year, standing alone (no letter or digit either side): "1980s" and "B52" are neither
_NAME_OR_YEAR = re.compile(r"(?<![^\W_])(?:(?P<year>(?:19|20)\d\d)|(?P<word>[A-Z][^\W\d_]+))(?![^\W_])")
_LOWER_WORD = re.compile(r"(?<![^\W_])[a-z][^\W\d_]*")
# a capitalised word after a lower-case word, a digit or a comma stands mid-sentence: a name, not an opener
_MID_SENTENCE = re.compile(r"(?:[a-z0-9],?|,) ++([A-Z][^\W\d_]+)(?![^\W_])")
_PTB_BRACKETS = frozenset({"LRB", "RRB", "LSB", "RSB", "LCB", "RCB"})  # "-LRB-": Penn Treebank's brackets


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mib: float
    code: int
    output: bytes = b""
    skipped: int = 0  # articles the tool could not read (listed on stderr): they cost little and add nothing

    def line(self, what: str, articles: int) -> str:
        return (f"{what:<34} {self.wall:8.1f} s wall {self.cpu:8.1f} s cpu  {articles / self.wall:7.1f} art/s  "
                f"{1000 * self.cpu / articles:6.1f} cpu-ms/art  peak RSS {self.rss_mib:6.0f} MiB")


def source_articles(shared: Path) -> list[tuple[Path, str, str]]:
    """(file, topic/name below its date folder, publication date) of every non-empty article, sorted."""
    found = []
    for topic in TOPICS:
        root = shared / "data" / "timeline17" / topic / "InputDocs"
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.stat().st_size > 0:
                found.append((path.resolve(), f"{topic}/{path.name}", path.parent.name))
    return found


def _tool_words() -> frozenset[str]:
    """Capitalised words the tool's own tables read (lower-cased): months, weekdays, holidays, abbreviations,
    stamp words (time zones) and the words of the tagger's filters ("Flight", "UNSCR", "GMT")."""
    words: set[str] = set(_PTB_BRACKETS)
    for names in (*lexicon.months(), *lexicon.weekdays()):
        words.update(names)
    words.update(lexicon.abbreviations())
    words.update(lexicon.stamp_words("line") | lexicon.stamp_words("sentence"))
    for holiday in load_yaml("timeline.tagger", "rules", "vocab.yaml")["holidays"]:
        words.update(re.findall(r"[^\W\d_]+", holiday))
    for rule in load_yaml("timeline.tagger", "rules", "filters.yaml")["filters"]:
        words.update(str(word) for word in rule.get("words", ()))
    return frozenset(word.lower() for word in words)


def _read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogateescape")  # written back byte for byte


def find_names(texts: Iterable[str]) -> frozenset[str]:
    """The words the distinct scheme renames: capitalised mid-sentence somewhere, never in lower case, not the
    tool's (see the module's docstring)."""
    lower: Counter[str] = Counter()
    mid_sentence: Counter[str] = Counter()
    for text in texts:
        lower.update(_LOWER_WORD.findall(text))
        mid_sentence.update(_MID_SENTENCE.findall(text))
    tool = _tool_words()
    return frozenset(word for word, count in mid_sentence.items()
                     if lower[word.lower()] * NAME_RATIO <= count and word.lower() not in tool)


@dataclass(frozen=True)
class Template:
    """A source split once into kept text and the names and years between it: a copy is one join."""

    kept: tuple[str, ...]  # len(tokens) + 1 runs of text
    tokens: tuple[str, ...]  # each a name or a four-digit year

    @classmethod
    def of(cls, text: str, names: frozenset[str]) -> Template:
        kept: list[str] = []
        tokens: list[str] = []
        start = 0
        for match in _NAME_OR_YEAR.finditer(text):
            if match.group("word") is not None and match.group("word") not in names:
                continue
            kept.append(text[start:match.start()])
            tokens.append(match.group())
            start = match.end()
        kept.append(text[start:])
        return cls(tuple(kept), tuple(tokens))

    def copy(self, tail: str, years_back: int) -> str:
        """The text with every name given `tail` and every year moved `years_back`."""
        out = [self.kept[0]]
        for token, text in zip(self.tokens, self.kept[1:]):
            out.append(str(int(token) - years_back) if token.isdigit() else renamed(token, tail))
            out.append(text)
        return "".join(out)


def suffix(copy: int) -> str:
    """The syllables of a copy's names: one per decimal digit of `copy`, lowest first (distinct for every copy)."""
    return "".join(SYLLABLES[int(digit)] for digit in reversed(str(copy)))


def renamed(name: str, tail: str) -> str:
    """A name in another copy: "Gaddafi" -> "Gaddafiel", "BP" -> "BPEL"."""
    return name + (tail.upper() if name.isupper() else tail)


def era_years(copy: int) -> int:
    """How many years back the distinct scheme files copy `copy` (a whole number of 28-year calendar cycles)."""
    return CYCLE_YEARS * (copy % ERAS)


def _years_back(day: date, years: int) -> date:
    return day.replace(year=day.year - years)  # a 29 February lands on one: 28 is a multiple of 4


def make_corpus(sources: list[tuple[Path, str, str]], size: int, scheme: str, folder: Path) -> Path:
    """A folder of `size` articles (copies of the sources), copies dated (and, distinct, renamed) by `scheme`."""
    folder.mkdir(parents=True)
    templates: list[Template | None] = [None] * len(sources)
    copies = scheme == "distinct" and size > len(sources)
    names = find_names(_read_text(path) for path, _, _ in sources) if copies else frozenset()
    for n in range(size):
        path, name, published = sources[n % len(sources)]
        copy = n // len(sources)
        day = date.fromisoformat(published)
        if scheme == "shifted":
            day += timedelta(days=SHIFT_DAYS * copy)
        elif scheme == "distinct":
            day = _years_back(day, era_years(copy))
        topic, file_name = name.split("/")
        target = folder / f"c{copy:03d}" / topic / day.isoformat() / file_name
        target.parent.mkdir(parents=True, exist_ok=True)
        if scheme != "distinct" or copy == 0:
            shutil.copyfile(path, target)
            continue
        template = templates[n % len(sources)]
        if template is None:
            template = templates[n % len(sources)] = Template.of(_read_text(path), names)
        target.write_bytes(template.copy(suffix(copy), era_years(copy)).encode("utf-8", "surrogateescape"))
    return folder


def repeated_lines(corpus: Path) -> float:
    """The share of the corpus's non-blank lines (a sentence each, in these texts) that an earlier file already
    held: what the tool's memoised readings of a text can reuse."""
    seen: set[str] = set()
    lines = repeats = 0
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        for line in _read_text(path).splitlines():
            line = line.strip()
            if line:
                lines += 1
                repeats += line in seen
                seen.add(line)
    return repeats / max(lines, 1)


def run(args: list[str], cwd: Path, output: Path | None = None) -> Run:
    """A whole `timeline` process: wall time, CPU time and peak RSS (its own, with its children's)."""
    if output is not None and output.exists():
        output.unlink()
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "timeline", *args], cwd=cwd,
                                   stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        errors.seek(0)
        skipped = sum(line.startswith(b"timeline: skipped ") for line in errors)
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    body = output.read_bytes() if output is not None and output.exists() else b""
    return Run(wall, cpu, usage.ru_maxrss / 1024, process.returncode, body, skipped)


def build(corpus: Path, work: Path, *extra: str) -> Run:
    output = work / "timeline.yaml"
    return run(["build", str(corpus), "-o", str(output), "-q", *extra], work, output)


def same(a: Run, b: Run) -> str:
    return "identical bytes" if a.output and a.output == b.output else "DIFFERENT BYTES"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000", help="comma-separated article counts (default 1000)")
    parser.add_argument("--schemes", default=",".join(SCHEMES), help=f"comma-separated: {', '.join(SCHEMES)}")
    parser.add_argument("--shared", default=str(find_shared()))
    parser.add_argument("--skip", default="", help="comma-separated: jobs, incremental, dask, dates")
    options = parser.parse_args()
    skip = set(filter(None, options.skip.split(",")))
    schemes = options.schemes.split(",")
    unknown = [scheme for scheme in schemes if scheme not in SCHEMES]
    if unknown:
        parser.error(f"unknown scheme {unknown[0]!r} (choose from {', '.join(SCHEMES)})")
    compared = "distinct" if "distinct" in schemes else "shifted"  # the scheme the other comparisons run on
    if subprocess.run([sys.executable, "-m", "timeline", "--version"], capture_output=True,
                      cwd=tempfile.gettempdir()).returncode != 0:
        # every build would fail at once and print 0 entries: say so instead of printing figures of nothing
        print(f"bench_scale: {sys.executable} cannot run timeline; run this with the Python timeline is installed in "
              "(.venv/bin/python benchmarks/bench_scale.py)", file=sys.stderr)
        return 2
    sources = source_articles(Path(options.shared))
    if not sources:
        print(f"bench_scale: no readable article under {Path(options.shared) / 'data' / 'timeline17'}/*/InputDocs; "
              "name the shared folder with --shared PATH", file=sys.stderr)
        return 2
    print(f"{len(sources)} readable Timeline17 articles; sizes {options.sizes}; schemes {options.schemes}")
    per_article: dict[tuple[str, int], float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        tmp_path = Path(tmp)
        for size in (int(s) for s in options.sizes.split(",")):
            for scheme in schemes:
                work = tmp_path / f"{scheme}-{size}"
                corpus = make_corpus(sources, size, scheme, work / "corpus")
                repeats = repeated_lines(corpus)
                print(f"\n== {size} articles, {scheme}: {100 * repeats:.0f} % of lines repeat an earlier one")
                scratch = build(corpus, work, "--no-cache")
                per_article[(scheme, size)] = scratch.cpu / size
                entries = scratch.output.count(b"\n- id: ")
                print(scratch.line("build --jobs 1 (no cache)", size) + f"  {entries} entries"
                      + f"  {scratch.skipped} skipped  sha256 {hashlib.sha256(scratch.output).hexdigest()[:12]}")
                if scheme != compared:
                    continue
                if "dates" not in skip:
                    dates = run(["dates", "--format", "jsonl", str(corpus)], work)
                    print(dates.line("dates (same articles)", size)
                          + f"  build/dates: {scratch.wall / dates.wall:.2f}x wall, {scratch.cpu / dates.cpu:.2f}x cpu")
                if "jobs" not in skip:
                    two = build(corpus, work, "--no-cache", "--jobs", "2")
                    print(two.line("build --jobs 2 (no cache)", size)
                          + f"  speed-up {scratch.wall / two.wall:.2f}x wall  {same(scratch, two)}")
                if "incremental" not in skip:
                    cache = work / "cache"
                    held = sorted(p for p in corpus.rglob("*") if p.is_file())[-1]
                    aside = work / "held-back"
                    held.rename(aside)
                    warm = build(corpus, work, "--cache", str(cache))
                    aside.rename(held)
                    incremental = build(corpus, work, "--cache", str(cache))
                    print(warm.line("build to fill the cache", size - 1))
                    print(incremental.line("incremental (+1 article, cache)", size)
                          + f"  {100 * incremental.wall / scratch.wall:.1f} % of a full build (wall), "
                          + f"{100 * incremental.cpu / scratch.cpu:.1f} % (cpu)  {same(scratch, incremental)}")
                if "dask" not in skip:
                    local = build(corpus, work, "--no-cache", "--jobs", "2")
                    on_dask = build(corpus, work, "--no-cache", "--jobs", "2", "--engine", "dask")
                    if on_dask.code not in (0, 1):
                        print(f"dask engine failed (exit {on_dask.code}): is dask[distributed] installed?")
                    else:
                        print(on_dask.line("--engine dask, local cluster, 2", size)
                              + f"  {on_dask.wall / local.wall:.2f}x the local engine's wall  {same(local, on_dask)}")
    sizes = sorted({size for _, size in per_article})
    for scheme in schemes:
        if len(sizes) > 1 and (scheme, sizes[0]) in per_article:
            low, high = per_article[(scheme, sizes[0])], per_article[(scheme, sizes[-1])]
            print(f"{scheme}: cpu per article at {sizes[-1]} is {high / low:.2f}x that at {sizes[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
