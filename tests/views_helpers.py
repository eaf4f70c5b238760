"""Timelines for the view tests: the seed, a real topic, and a long synthetic one with every kind of date.

`tests/fixtures/views/h1n1_bbc_10.yaml` is a real topic: `timeline build` of ten Timeline17 H1N1_bbc
articles (two a day from InputDocs/2009-04-27 to 2009-05-01, the first two files of each folder in
sorted order), committed so that the tests need no corpus. `seed.yaml` is `timeline build articles/` as
it was when the views were written.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import Entry, Source
from timeline.store import load_articles, load_timeline

ROOT = Path(__file__).resolve().parent.parent
# the seed timeline as a build wrote it once, frozen so that better titles in a later build change no view test
SEED = ROOT / "tests" / "fixtures" / "views" / "seed.yaml"
REAL = ROOT / "tests" / "fixtures" / "views" / "h1n1_bbc_10.yaml"
TIMELINES = {"seed": SEED, "real": REAL}


def load(path: Path) -> tuple[list[Entry], dict[str, dict[str, str]]]:
    return load_timeline(str(path)), load_articles(str(path))


def seed_with_curation() -> tuple[list[Entry], dict[str, dict[str, str]]]:
    """The seed timeline with a conflict, a note and a rejected event, as a person and a build would leave them."""
    entries, articles = load(SEED)
    palmyra = next(e for e in entries if e.date == "2016-03-27")
    palmyra.conflicts = [{"date": "2016-03-26", "mod": "", "articles": ["000_7f097d9632f1824c"]},
                         {"date": "2016-03-27", "mod": "", "articles": ["001_de104759018b5689"]}]
    palmyra.note = "Confirmed by SANA the same day"
    next(e for e in entries if e.date == "2014").rejected = True
    return entries, articles


_VALUES = ("{y}", "{y}-{m:02d}", "{y}-{m:02d}-{d:02d}", "{y}-Q{q}", "{y}-W{w:02d}", "{y}-SU", "{y}-H{h}")
_MODS = ("", "", "START", "", "END", "MID", "", "APPROX")


def long_timeline(count: int = 1000) -> tuple[list[Entry], dict[str, dict[str, str]]]:
    """`count` entries over 40 years with every precision and mod, conflicts, notes, links, and text
    that must be escaped (`<script>`, quotes, ampersands); the order is the timeline's (chronological)."""
    from timeline.dates import date_sort_key

    articles = {}
    for n in range(60):
        described = {"published": f"{1990 + n % 40}-{n % 12 + 1:02d}-{n % 28 + 1:02d}"}
        if n % 3:
            described["source"] = f"Wire {n} & Co"
            described["title"] = f"Report <{n}> on \"events\""
        if n % 2:
            described["url"] = f"https://news.example/{n}?a=1&b=2"
        articles[f"art-{n:02d}"] = described
    entries = []
    for i in range(count):
        y, m, d = 1985 + i % 40, i % 12 + 1, i % 28 + 1
        value = _VALUES[i % len(_VALUES)].format(y=y, m=m, d=d, q=i % 4 + 1, w=i % 52 + 1, h=i % 2 + 1)
        cited = [f"art-{(i + k) % 60:02d}" for k in range(1 + i % 3)]
        sources = [Source(a, f"In {value} the council voted <script>alert({i})</script> & said “yes” ({a}).",
                          value if k == 0 else "") for k, a in enumerate(cited)]
        entry = Entry(id=f"ev-{i:04d}", date=value, mod=_MODS[i % len(_MODS)], title=f"Event {i}: vote <b>{i % 7}</b>",
                      sources=sources)
        if i % 10 == 3:
            entry.conflicts = [{"date": str(y), "mod": "", "articles": cited[:1]},
                               {"date": f"{y + 1}", "mod": "", "articles": cited[1:] or cited[:1]}]
        if i % 25 == 0:
            entry.note = f"Checked by the desk ({i})"
        entries.append(entry)
    entries.sort(key=lambda e: date_sort_key(e.date, e.mod) + (e.id,))
    return entries, articles
