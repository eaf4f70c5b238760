"""Every view of a timeline (tables, csv/tsv/json/jsonl, html-page, timelinejs, markdown) on the seed
timeline and on a real topic, drawn from the one model of timeline.views.model."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from timeline.errors import UsageError
from timeline.store import dump_timeline, parse_articles, parse_timeline
from timeline.views import DOCUMENT_FORMATS, render_view, view_formats
from timeline.views.model import build_view, group_of, human_date, locate
from timeline.views.tables import parse_columns, render_table
from timeline.views.timelinejs import slide_dates, timelinejs_data
from views_helpers import TIMELINES, load, long_timeline, seed_with_curation

# ------------------------------------------------------------------------------------------ the model


@pytest.mark.parametrize("value,mod,expected", [
    ("2016-03-27", "", "27 March 2016"),
    ("2016-03", "", "March 2016"),
    ("2015", "", "2015"),
    ("2015", "END", "late 2015"),
    ("2015", "START", "early 2015"),
    ("2016-03", "MID", "mid-March 2016"),
    ("2016-02", "APPROX", "around February 2016"),
    ("2016-03-27", "BEFORE", "before 27 March 2016"),
    ("2015-Q4", "", "Q4 2015"),
    ("2016-H1", "", "first half of 2016"),
    ("2016-W12", "", "week of 21 March 2016"),
    ("2016-W12", "END", "late in the week of 21 March 2016"),
    ("2015-SU", "", "summer 2015"),
    ("2015-WI", "", "winter 2015/16"),
    ("199", "", "the 1990s"),
    ("199", "START", "the early 1990s"),
    ("2016-03-27TMO", "", "27 March 2016, morning"),
    ("PRESENT_REF", "", "PRESENT_REF"),  # not a calendar date: as written, nothing invented
])
def test_dates_read_as_people_write_them_at_their_own_precision(value, mod, expected):
    assert human_date(value, mod) == expected


@pytest.mark.parametrize("value,expected", [
    ("2016-03-27", ("2016", "March 2016")),
    ("2016-03", ("2016", "March 2016")),
    ("2016", ("2016", "")),
    ("2016-Q2", ("2016", "Q2 2016")),
    ("2016-W05", ("2016", "February 2016")),  # Monday 1 Feb to Sunday 7 Feb: inside one month
    ("2016-W13", ("2016", "week of 28 March 2016")),  # 28 March to 3 April: across two months
    ("199", ("the 1990s", "")),
    ("PRESENT_REF", ("Undated", "")),
])
def test_entries_group_by_year_then_month(value, expected):
    assert group_of(value) == expected


def test_the_date_phrase_is_located_in_its_quote():
    assert locate("liberated Palmyra on March 27, officials said", "March 27") == (21, 29)
    assert locate("Since LATE 2015 it fell", "late 2015") == (6, 15)
    assert locate("no date here", "March 27") is None
    assert locate("an undated mention", "") is None


def test_the_model_resolves_sources_to_their_articles():
    entries, articles = load(TIMELINES["seed"])
    view = build_view(entries, articles)
    palmyra = next(e for e in view.entries if e.date == "2016-03-27")
    bloomberg = next(s for s in palmyra.sources if s.article.id == "001_de104759018b5689")
    assert bloomberg.article.source.startswith("Bloomberg") and bloomberg.article.link.startswith("http://www.bloomberg.com/")
    assert bloomberg.quote_parts()[1] == "March 27"
    assert palmyra.when == "27 March 2016" and (palmyra.year, palmyra.period) == ("2016", "March 2016")
    assert view.cited_articles == 3


def test_a_url_that_is_not_http_is_never_linked():
    entries, _ = load(TIMELINES["seed"])
    articles = {"000_7f097d9632f1824c": {"published": "2016-04-07", "url": "javascript:alert(1)"}}
    for fmt in DOCUMENT_FORMATS:
        assert "javascript:" not in render_view(entries, articles, fmt)


# ------------------------------------------------------------------------------- timeline.yaml articles


def test_articles_keep_title_source_url_and_stay_bare_dates_without_them():
    entries, _ = load(TIMELINES["seed"])
    described = {"a": {"published": "2016-04-07"},
                 "b": {"published": "2016-04-06", "title": "Near alliance: Syria", "source": "Bloomberg",
                       "url": "https://x.example/a"},
                 "c": "2016-05-25"}
    text = dump_timeline(entries, articles=described)
    assert '  a: "2016-04-07"\n' in text and '  c: "2016-05-25"\n' in text
    assert ('  b:\n    published: "2016-04-06"\n    title: \'Near alliance: Syria\'\n    source: Bloomberg\n'
            '    url: https://x.example/a\n') in text
    assert parse_articles(text) == {"a": {"published": "2016-04-07"}, "b": described["b"], "c": {"published": "2016-05-25"}}
    assert dump_timeline(parse_timeline(text), articles=parse_articles(text)) == text  # dump -> load -> dump
    # a person may put `events:` first: the articles are still found
    assert parse_articles('events: []\narticles:\n  a: "2016-01-01"\n') == {"a": {"published": "2016-01-01"}}


def test_an_article_mapping_without_its_date_names_the_line():
    from timeline.errors import TimelineError

    text = 'articles:\n  a:\n    title: T\nevents: []\n'
    with pytest.raises(TimelineError, match=r"line 3.*published|published.*line 3|:3"):
        parse_timeline(text, "t.yaml")


# ------------------------------------------------------------------------------------- every format


def _tabulate_formats():
    return [f for f in view_formats() if f not in ("csv", "tsv", "json", "jsonl", *DOCUMENT_FORMATS)]


@pytest.mark.parametrize("name", sorted(TIMELINES))
@pytest.mark.parametrize("fmt", _tabulate_formats())
def test_every_tabulate_format_lists_every_event(name, fmt):
    entries, articles = load(TIMELINES[name])
    text = render_view(entries, articles, fmt)
    for entry in entries:
        assert entry.date in text
    assert len(text.splitlines()) >= len(entries)


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_json_and_jsonl_have_dates_mods_and_sources_as_objects(name):
    entries, articles = load(TIMELINES[name])
    rows = json.loads(render_view(entries, articles, "json"))
    lines = [json.loads(line) for line in render_view(entries, articles, "jsonl").splitlines()]
    assert rows == lines and len(rows) == len(entries)
    for row, entry in zip(rows, entries):
        assert (row["id"], row["date"], row["mod"], row["title"]) == (entry.id, entry.date, entry.mod, entry.title)
        assert [(s["article"], s["quote"], s["expression"]) for s in row["sources"]] == \
            [(s.article, s.quote, s.expression) for s in entry.sources]
        assert all(s["published"] == articles[s["article"]]["published"] for s in row["sources"])
        assert row["conflicts"] == [] and row["reports"] == entry.reports


@pytest.mark.parametrize("name", sorted(TIMELINES))
@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_keep_date_and_mod_apart_in_full_and_unpadded(name, fmt, delimiter):
    entries, articles = load(TIMELINES[name])
    text = render_view(entries, articles, fmt)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["date", "mod", "when", "title"] and len(body) == len(entries)
    for row, entry in zip(body, entries):
        assert row[:2] == [entry.date, entry.mod] and row[3] == entry.title
        assert row[header.index("sources")].split("; ") == list(dict.fromkeys(s.article for s in entry.sources))
    assert not any(line != line.strip() for line in text.splitlines() if fmt == "tsv")


def test_columns_choose_and_order_what_is_shown():
    entries, articles = load(TIMELINES["seed"])
    text = render_view(entries, articles, "tsv", columns=parse_columns("date,title,sources"))
    assert text.splitlines()[0] == "date\ttitle\tsources"
    assert text.splitlines()[1] == "2014\tMilitant group declared its self-styled caliphate straddling the Syrian-Iraqi border\t002_9aadec0767a7df4a"
    table = render_view(entries, articles, "plain", columns=parse_columns("when,title,articles"))
    assert "late 2015" in table and "000_7f097d9632f1824c, 001_de104759018b5689" in table
    rows = json.loads(render_view(entries, articles, "json", columns=parse_columns(["date", "mod"])))
    assert rows[1] == {"date": "2015", "mod": "START"}
    with pytest.raises(UsageError, match="unknown column 'publisher'"):
        parse_columns("date,publisher")
    with pytest.raises(UsageError, match="--columns does not apply"):
        render_view(entries, articles, "html-page", columns=("date",))


def test_default_table_shows_dates_with_mods_titles_and_source_counts():
    entries, articles = load(TIMELINES["seed"])
    lines = render_view(entries, articles, "simple").splitlines()
    assert lines[0].split() == ["date", "event", "sources"]
    assert re.fullmatch(r"2015 END\s+U\.S\.-led and Russian airstrikes on its oil facilities\s+2", lines[5])


def test_a_table_fits_the_width_it_is_given_and_cuts_with_an_ellipsis():
    entries, articles = long_timeline(50)
    view = build_view(entries, articles)
    long_rows = render_table(view, "simple", ("date", "event", "articles"))
    assert max(map(len, long_rows.splitlines())) > 80
    for fmt in ("simple", "github", "grid"):
        fitted = render_table(view, fmt, ("date", "event", "articles"), width=80)
        assert max(map(len, fitted.splitlines())) <= 80, fmt
        assert "…" in fitted
    assert "…" not in render_table(view, "simple", width=None)


def test_conflicts_and_rejections_are_marked_in_tables():
    entries, articles = seed_with_curation()
    table = render_view(entries, articles, "simple")
    assert "Palmyra  [dates differ]" in table and "[rejected]" in table
    full = render_view(entries, articles, "csv", columns=("date", "conflicts", "note"))
    assert "2016-03-27,2016-03-26 (000_7f097d9632f1824c); 2016-03-27 (001_de104759018b5689),Confirmed by SANA the same day" in full


# --------------------------------------------------------------------------------------------- markdown


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_markdown_is_a_chronology_with_footnoted_sources(name):
    entries, articles = load(TIMELINES[name])
    text = render_view(entries, articles, "markdown", title="Syria")
    bullets = [line for line in text.splitlines() if line.startswith("- **")]
    notes = [line for line in text.splitlines() if re.match(r"\[\^\d+\]: ", line)]
    assert len(bullets) == len(entries)
    assert len(notes) == len({(s.article, s.quote) for e in entries for s in e.sources})
    cited = {int(n) for line in bullets for n in re.findall(r"\[\^(\d+)\]", line)}
    assert cited == set(range(1, len(notes) + 1))  # every footnote is cited, every citation defined
    years = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert years == sorted(set(years), key=years.index)  # each year once, in order


def test_markdown_names_the_publisher_bolds_the_date_phrase_and_links_the_article():
    entries, articles = seed_with_curation()
    text = render_view(entries, articles, "markdown")
    assert "# Timeline\n\n11 events from 3 articles." in text
    assert "\n\n### March 2016\n\n- **late March 2016** Kremlin talks" in text
    assert "## 2016\n\n### February 2016\n\n- **February 2016** Ceasefire brokered [^6][^7]\n" in text
    palmyra = next(line for line in text.splitlines() if "Palmyra" in line and line.startswith("- "))
    assert palmyra.startswith("- **27 March 2016** ⚠ Syrian army routing")
    assert ("  *Sources disagree on the date:* 26 March 2016 (Sputnik News); 27 March 2016 (Bloomberg (reposted on "
            "the Democratic Underground forum))") in text
    assert "  *Note:* Confirmed by SANA the same day" in text
    assert ("**Bloomberg (reposted on the Democratic Underground forum)**, “Russia and U.S. Near De Facto Alliance in "
            "Syria”, 6 April 2016 (`001_de104759018b5689`): “After routing the self-declared caliphate in the ancient "
            "city of Palmyra **March 27**") in text
    assert "<http://www.bloomberg.com/news/articles/2016-04-06/raqqa-siege-in-sight" in text


def test_markdown_escapes_what_would_become_markup():
    entries, articles = long_timeline(3)
    text = render_view(entries, articles, "markdown")
    assert "<script>" not in text and "\\<script\\>" in text and "\\<b\\>" in text


# ------------------------------------------------------------------------------------------- timelinejs


@pytest.mark.parametrize("value,expected", [
    ("2016-03-27", {"start_date": {"year": "2016", "month": "3", "day": "27"}}),
    ("2016-03", {"start_date": {"year": "2016", "month": "3"}}),  # a month event has no day
    ("2015", {"start_date": {"year": "2015"}}),
    ("2015-Q4", {"start_date": {"year": "2015", "month": "10"}, "end_date": {"year": "2015", "month": "12"}}),
    ("2016-W12", {"start_date": {"year": "2016", "month": "3", "day": "21"},
                  "end_date": {"year": "2016", "month": "3", "day": "27"}}),
    ("199", {"start_date": {"year": "1990"}, "end_date": {"year": "1999"}}),
    ("PRESENT_REF", None),
])
def test_timelinejs_dates_stay_partial(value, expected):
    assert slide_dates(value) == expected


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_timelinejs_has_one_slide_per_event(name):
    entries, articles = load(TIMELINES[name])
    data = json.loads(render_view(entries, articles, "timelinejs", title="H1N1"))
    assert data["title"]["text"]["headline"] == "H1N1"
    assert len(data["events"]) == len(entries)
    assert [s["unique_id"] for s in data["events"]] == [e.id for e in entries]
    for slide, entry in zip(data["events"], entries):
        assert slide["display_date"] == human_date(entry.date, entry.mod)
        assert slide["start_date"] == slide_dates(entry.date)["start_date"]
        assert slide["text"]["text"].count("<p><cite>") == len(entry.sources)


def test_timelinejs_escapes_text_and_flags_conflicts():
    entries, articles = seed_with_curation()
    data = timelinejs_data(build_view(entries, articles))
    palmyra = next(s for s in data["events"] if s["unique_id"].startswith("2016-03-27-syrian"))
    assert "<strong>Sources disagree on the date:</strong> 26 March 2016" in palmyra["text"]["text"]
    assert "<strong>March 27</strong>" in palmyra["text"]["text"]
    long_entries, long_articles = long_timeline(5)
    text = render_view(long_entries, long_articles, "timelinejs")
    assert "<script>" not in text and "&lt;script&gt;" in text


# -------------------------------------------------------------------------------------------- html-page


class _Page(HTMLParser):
    """What the tests check in a page: entries, external references, headings, sources."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []
        self.marks = 0
        self.links: list[str] = []
        self.years: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "li" and "entry" in (a.get("class") or "").split():
            self.entries.append(a.get("id") or "")
        if tag in ("script", "img", "iframe") and a.get("src") or tag == "link":
            self.external.append(tag)
        if tag == "a" and (a.get("href") or "").startswith("http"):
            self.links.append(a["href"] or "")
        if tag == "mark":
            self.marks += 1
        self._in_h2 = tag == "h2"

    def handle_data(self, data: str) -> None:
        if self._in_h2:
            self.years.append(data)
            self._in_h2 = False


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_html_page_is_self_contained_and_lists_every_event(name):
    entries, articles = load(TIMELINES[name])
    page = render_view(entries, articles, "html-page")
    parsed = _Page()
    parsed.feed(page)
    assert parsed.entries == [f"e-{e.id}" for e in entries]
    assert parsed.external == []  # no stylesheet, script or image fetched: one file works offline
    assert "@import" not in page and "url(" not in page
    assert parsed.tags.count("details") == sum(1 for e in entries if e.sources)
    assert parsed.marks == sum(1 for e in entries for s in e.sources if locate(s.quote, s.expression))
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert '<label class="filter" for="q">Filter</label>' in page and 'href="#timeline"' in page and "@media print" in page
    assert parsed.years == sorted(set(parsed.years), key=parsed.years.index)


def test_html_page_shows_dates_sources_conflicts_and_notes():
    entries, articles = seed_with_curation()
    page = render_view(entries, articles, "html-page", title="Syria & Iraq")
    assert "<title>Syria &amp; Iraq</title>" in page
    assert '<div class="when"><time datetime="2015">late 2015</time></div>' in page
    assert '<h3>March 2016</h3>' in page
    palmyra = page[page.index('id="e-2016-03-27-syrian'):]
    palmyra = palmyra[:palmyra.index('<li class="entry')]
    assert 'class="entry conflict"' in page and "⚠ dates disagree" in palmyra
    assert "Sources disagree on the date:</strong> 26 March 2016 (Sputnik News); 27 March 2016 (Bloomberg" in palmyra
    assert '<p class="note"><strong>Note:</strong> Confirmed by SANA the same day</p>' in palmyra
    assert '<span class="badge">2 sources</span>' in palmyra and "<summary>Show the 2 quotes</summary>" in palmyra
    assert ('<a href="http://www.bloomberg.com/news/articles/2016-04-06/raqqa-siege-in-sight-as-russia-u-s-proxies-'
            'plan-pincer-move" rel="noopener noreferrer">Bloomberg (reposted on the Democratic Underground forum) — '
            'Russia and U.S. Near De Facto Alliance in Syria</a>') in palmyra
    assert "ancient city of Palmyra <mark>March 27</mark>" in palmyra
    assert 'class="entry rejected"' in page and "marked false" in page


def test_html_page_escapes_article_text():
    entries, articles = long_timeline(20)
    page = render_view(entries, articles, "html-page")
    body = page[page.index("<main"):page.index("</main>")]
    assert "<script>" not in body and "<b>" not in body and "&lt;script&gt;alert(" in body
    assert 'href="https://news.example/1?a=1&amp;b=2"' in body


def test_html_page_of_nothing_says_so():
    page = render_view([], {}, "html-page")
    assert '<p class="empty">No events.</p>' in page and "0 events from 0 articles." in page


def test_a_source_shows_its_lead_before_the_quote_and_marks_the_phrase_in_its_own_sentence():
    from timeline.model import Entry, Source
    # "Friday" stands in the lead as well: the phrase marked is the one in the event's own sentence
    source = Source("a", "The day before, he met an envoy.", "The day before",
                    lead="On Friday, the minister met the rebels the day before the vote.")
    view = build_view([Entry(id="x", date="2016-04-07", mod="", title="He met an envoy", sources=[source])],
                      {"a": {"published": "2016-04-09"}})
    shown = view.entries[0].sources[0]
    assert shown.quote == source.shown
    before, phrase, after = shown.quote_parts()
    assert phrase == "The day before" and before == source.lead + " " and after == ", he met an envoy."
