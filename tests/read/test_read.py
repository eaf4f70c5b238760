"""Reading articles: each format from a realistic fixture, ids, folders, stdin, and every bad input."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from timeline.errors import ArticleError, UsageError
from timeline.model import Article
from timeline.read import read_articles

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "read"
TODAY = "2024-01-01"


def read(*paths: object, **options: str) -> list[Article | ArticleError]:
    options.setdefault("today", TODAY)
    return list(read_articles([str(p) for p in paths], **options))


def one(path: object, **options: str) -> Article:
    (item,) = read(path, **options)
    assert isinstance(item, Article), str(item)
    return item


def error(path: object, **options: str) -> ArticleError:
    (item,) = read(path, **options)
    assert isinstance(item, ArticleError), item
    return item


# -- formats ---------------------------------------------------------------------------------------------


def test_front_matter_text() -> None:
    a = one(FIXTURES / "frontmatter.md")
    assert (a.id, a.published, a.date_origin) == ("frontmatter", "2016-04-07", "front matter")
    assert a.title == "Ceasefire talks resume in Geneva"
    assert a.source == "Example Wire"
    assert a.url == "https://wire.example/2016/04/07/ceasefire-talks"
    assert a.body.startswith("Ceasefire talks resumed in Geneva on Thursday")
    assert "---" not in a.body


def test_front_matter_quoted_date_and_body_offsets(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text('---\npublished: "2016-05-25"\n---\nTroops advanced on Monday.\n', encoding="utf-8")
    a = one(path)
    assert a.published == "2016-05-25"
    assert a.body[a.body.index("Monday") :].startswith("Monday")


def test_front_matter_beats_option(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("---\npublished: 2016-05-25\n---\nTroops advanced on Monday.\n", encoding="utf-8")
    a = one(path, published="2016-01-01")
    assert (a.published, a.date_origin) == ("2016-05-25", "front matter")


def test_tomorrow_is_allowed_for_time_zones(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("---\npublished: 2024-01-02\n---\nText.\n", encoding="utf-8")
    assert one(path).published == "2024-01-02"  # TODAY is 2024-01-01
    path.write_text("---\npublished: 2024-01-03\n---\nText.\n", encoding="utf-8")
    assert "in the future" in str(error(path))


def test_html_article_scope_too_small_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    text = "The bridge opened on Monday after two years of work. " * 10
    path.write_text(f"<body><article><h2>Bridge</h2></article><div><p>{text}</p></div></body>", encoding="utf-8")
    assert one(path, published="2015-11-04").body == "Bridge\n\n" + text.strip()


def test_option_dates_text_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Troops advanced on Monday.\n", encoding="utf-8")
    a = one(path, published="2016-05-25")
    assert (a.published, a.date_origin) == ("2016-05-25", "option")


def test_forum_text_dateline_and_chrome() -> None:
    a = one(FIXTURES / "dateline.txt")
    # the earliest stamp that is not an update: the post (Mar 15) and the update are later
    assert (a.published, a.date_origin) == ("2019-03-14", "dateline")
    for chrome in ("posts)", "more...", "https://", "Latest Discussions", "Updated on", "6:30 AM", "08:12 AM"):
        assert chrome not in a.body
    assert "The port of Eastbridge was closed on Wednesday" in a.body
    assert "Rescue teams evacuated about 300 homes overnight, the council said." in a.body


def test_yearless_agency_dateline_takes_year_from_folder() -> None:
    a = one(FIXTURES / "wires")
    assert a.id == "2016-05-27/fallujah"
    assert (a.published, a.date_origin) == ("2016-05-25", "dateline")
    assert a.body.startswith("Iraqi forces pushed into")  # "BAGHDAD, May 25 (Reuters) -" is cut


def test_yearless_dateline_without_year_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("BAGHDAD, May 25 (Reuters) - Iraqi forces advanced.\n", encoding="utf-8")
    assert "no publication date" in str(error(path))


def test_tokenised_timeline17_text_dated_and_detokenised() -> None:
    a = one(FIXTURES / "InputDocs" / "2011-02-20" / "248.htm.txt")
    assert a.id == "248.htm"
    assert a.published == "2011-02-20"
    assert a.body.startswith("Protests spread to the Libyan capital on Sunday, witnesses said, after")
    assert "“We are not afraid,” one protester" in a.body
    assert "Muammar Gaddafi's son" in a.body and "wouldn't" in a.body
    assert "(about 1,000 km east of Tripoli)." in a.body
    assert "-LRB-" not in a.body and "``" not in a.body


def test_path_date_when_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "InputDocs" / "2009-04-27"
    folder.mkdir(parents=True)
    (folder / "558.htm.txt").write_text("Mexico closed its schools on Monday .\n", encoding="utf-8")
    a = one(tmp_path / "InputDocs")
    assert (a.id, a.published, a.date_origin) == ("2009-04-27/558.htm", "2009-04-27", "path")


def test_html_news_page() -> None:
    a = one(FIXTURES / "news_page.html")
    assert (a.published, a.date_origin) == ("2019-03-14", "metadata")
    assert a.title == "Floods close port as river peaks"
    assert a.source == "The Harbour Gazette"
    assert a.url.endswith("/floods-close-port")
    paragraphs = a.body.split("\n\n")
    assert paragraphs[0].startswith("The port of Eastbridge was closed on Wednesday")
    assert paragraphs[-1].startswith("Last year the government promised £40m")
    assert len(paragraphs) == 4
    for chrome in ("Sign in", "Sport", "Share", "Tweet", "Advertisement", "Related", "Flood defences", "comments",
                   "2007", "Most read", "rights reserved", "Maria Jensen", "Photo", "Skip", "dataLayer", "display"):
        assert chrome not in a.body, chrome


def test_html_forum_page_declared_charset_and_dateline() -> None:
    a = one(FIXTURES / "forum_post.html")
    assert (a.published, a.date_origin) == ("2019-03-13", "dateline")
    assert a.body.startswith("Harbour authority shuts port as river peaks")
    assert "Welcome" not in a.body and "posts)" not in a.body and "more..." not in a.body
    assert "Latest Discussions" not in a.body and "http" not in a.body


def test_html_wordpress_post() -> None:
    a = one(FIXTURES / "blog_post.html")
    # the published <time> of the post, not its update; class words such as "tag-floods" on <article> are not chrome
    assert (a.published, a.date_origin) == ("2019-04-02", "metadata")
    assert a.title == "Council approves flood wall"
    assert a.url == "https://eastbridge.example/2019/04/02/council-approves-flood-wall/"
    assert a.body == (
        "Eastbridge council approved a £40m flood wall on Tuesday evening, three weeks after the River Lune closed "
        "the port.\n\nBuilding work is due to start in September and to end in 2021."
    )


def test_html_time_element_and_plain_page(tmp_path: Path) -> None:
    path = tmp_path / "p.htm"
    path.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><p>Posted <time datetime='2015-11-02'>Monday</time></p>"
        "<p>The bridge opened on Monday after two years of work.</p></body></html>",
        encoding="utf-8",
    )
    a = one(path)
    assert (a.published, a.date_origin) == ("2015-11-02", "metadata")
    assert "The bridge opened on Monday" in a.body and "Home" not in a.body


def test_scraper_jsonl() -> None:
    items = read(FIXTURES / "scraper.jsonl")
    assert all(isinstance(i, Article) for i in items), items
    ids = [(i.id, i.published, i.date_origin) for i in items]
    assert ids == [
        ("gazette-0001", "2019-03-14", "metadata"),
        ("scraper-2", "2019-03-18", "metadata"),
        ("scraper-4", "2019-03-19", "metadata"),
    ]
    assert items[0].title == "Floods close port as river peaks" and items[0].source == "gazette.example"
    assert items[2].title == "Clean-up begins"


def test_jsonl_bad_records_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "Good.", "date": "2019-03-14"}\n{not json}\n{"text": "No date."}\n'
        '{"text": "Bad date.", "date": "soon"}\n[1, 2]\n{"date": "2019-03-14"}\n',
        encoding="utf-8",
    )
    items = read(path)
    assert isinstance(items[0], Article)
    messages = [str(i) for i in items[1:]]
    assert messages[0].startswith(f"{path}:2: not valid JSON")
    assert messages[1].startswith(f"{path}:3: no publication date")
    assert messages[2] == f"{path}:4: date: 'soon' is not a date"
    assert messages[3] == f"{path}:5: record is not a JSON object"
    assert messages[4].startswith(f"{path}:6: record has no text")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_jsonl_with_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes('{"text": "Caf\u00e9 opened.", "date": "2019-03-14"}\n{"text": "Shut.", "date": "2019-03-15"}\n'.encode(encoding))
    items = read(path)
    assert [(i.id, i.body) for i in items] == [("feed-1", "Caf\u00e9 opened."), ("feed-2", "Shut.")]  # type: ignore[union-attr]


def test_jsonl_in_cp1252_warns_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes('{"text": "Caf\u00e9 opened.", "date": "2019-03-14"}\n{"text": "Caf\u00e9 shut.", "date": "2019-03-15"}\n'.encode("cp1252"))
    with caplog.at_level("WARNING", logger="timeline"):
        items = read(path)
    assert [i.body for i in items] == ["Caf\u00e9 opened.", "Caf\u00e9 shut."]  # type: ignore[union-attr]
    assert len([r for r in caplog.records if "not UTF-8" in r.getMessage()]) == 1


def test_json_object_with_list() -> None:
    items = read(FIXTURES / "records.json")
    assert [(i.id, i.published) for i in items] == [("a1", "2016-04-07"), ("a2", "2016-04-11")]  # type: ignore[union-attr]


def test_timeml_body_is_text_content() -> None:
    a = one(FIXTURES / "sample.tml")
    assert (a.published, a.date_origin, a.title) == ("1998-02-06", "tml", "")
    assert a.body == "\nThe port closed on Wednesday & officials said it would reopen next Tuesday.\n"


def test_input_format_overrides_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<html><body><p>The bridge opened on Monday.</p></body></html>", encoding="utf-8")
    a = one(path, input_format="html", published="2015-11-04")
    assert a.body == "The bridge opened on Monday."


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "---\npublished: 2016-05-25\n---\nTroops advanced on Monday.\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (a,) = read("-")
    assert isinstance(a, Article)
    assert (a.id, a.published, a.body) == ("stdin", "2016-05-25", "Troops advanced on Monday.")


def test_folder_order_ids_and_hidden_entries(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", ".hidden.txt", "notes.csv", "sub/c.txt", ".git/d.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("---\npublished: 2016-05-25\n---\nTroops advanced on Monday.\n", encoding="utf-8")
    items = read(tmp_path)
    assert [i.id for i in items] == ["a", "b", "sub/c"]  # type: ignore[union-attr]


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("\ufeff---\r\npublished: 2016-05-25\r\n---\r\nTroops advanced on Monday.\r\n".encode())
    a = one(path)
    assert a.published == "2016-05-25" and a.body == "Troops advanced on Monday."


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("---\npublished: 2016-05-25\n---\nTroops advanced on Monday.\n".encode("utf-16"))
    assert one(path).body == "Troops advanced on Monday."


def test_cp1252_text_is_decoded_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("---\npublished: 2016-05-25\n---\nThe caf\u00e9 \u2014 closed on Monday.\n".encode("cp1252"))
    with caplog.at_level("WARNING", logger="timeline"):
        a = one(path)
    assert a.body == "The caf\u00e9 \u2014 closed on Monday."
    assert any("not UTF-8" in r.getMessage() and str(path) in r.getMessage() for r in caplog.records)


# -- bad input -------------------------------------------------------------------------------------------


def test_missing_path_is_skipped_like_any_unreadable_input(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("---\npublished: 2016-05-25\n---\nTalks resumed on Monday.\n", encoding="utf-8")
    found = list(read_articles([str(tmp_path / "nope"), str(tmp_path / "ok.txt")]))
    assert isinstance(found[0], ArticleError) and found[0].exit_code == 1
    assert str(found[0]) == f"{tmp_path / 'nope'}: no such file or directory"
    assert [a.id for a in found[1:]] == ["ok"]


@pytest.mark.parametrize("options", [{"input_format": "pdf"}, {"published": "25/05/2016"}, {"published": "2999-01-01"}])
def test_bad_options_are_usage_errors(tmp_path: Path, options: dict[str, str]) -> None:
    with pytest.raises(UsageError):
        read_articles([str(tmp_path)], **options)


def test_empty_folder(tmp_path: Path) -> None:
    assert str(error(tmp_path)) == f"{tmp_path}: no articles found in this folder"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"\n \n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
        ("nodate.txt", b"Troops advanced on Monday.\n", "no publication date"),
        ("future.txt", b"---\npublished: 2030-01-01\n---\nText.\n", "publication date 2030-01-01 is in the future"),
        ("onlyfm.txt", b"---\npublished: 2016-05-25\n---\n\n", "no article text"),
        ("empty.html", b"", "empty file"),
        ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        ("bad.tml", b"<TimeML><TEXT>unclosed", "not well-formed TimeML"),
        ("bomb.tml", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><TimeML><TEXT>&a;</TEXT></TimeML>', "entity declarations"),
        ("bad.json", b"{", "not valid JSON"),
        ("empty.jsonl", b"\n\n", "empty file"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    err = error(path)
    assert err.path == str(path)
    assert message in str(err)
    assert "\n" not in str(err)


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("---\ntitle: x\npublished: a: b\n---\nText.\n", 3, "malformed front matter: mapping values are not allowed"),
        ("---\npublished: 2016-05-25\ntitle: x\n", 1, "never closed"),
        ("---\ntitle: x\npublished: [2016\n---\nText.\n", 3, "malformed front matter"),
        ('---\ntitle: "x\npublished: 2016-05-25\n---\nText.\n', 2, "malformed front matter"),
        ("---\n- a\n- b\n---\nText.\n", 2, "expected 'key: value' lines"),
        ("---\ntitle: x\npublished: next week\n---\nText.\n", 3, "published: 'next week' is not a date"),
        ("---\npublished: 2016-02-30\n---\nText.\n", 2, "is not a date"),
    ],
)
def test_bad_front_matter_names_the_line(tmp_path: Path, content: str, line: int, message: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    err = error(path)
    assert (err.path, err.line) == (str(path), line)
    assert str(err).startswith(f"{path}:{line}: ")
    assert message in str(err)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Text.", encoding="utf-8")
    real_open = open

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", refuse)
    assert str(error(path)) == f"{path}: cannot read: permission denied"


def test_readme_in_a_folder_is_not_an_article(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "frontmatter.md", tmp_path / "a.md")
    (tmp_path / "README.md").write_text("# My articles\n", encoding="utf-8")
    assert [i.id for i in read(tmp_path)] == ["a"]  # type: ignore[union-attr]
    assert "no publication date" in str(error(tmp_path / "README.md"))


def test_bad_files_do_not_stop_the_rest(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "frontmatter.md", tmp_path / "b.md")
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02")
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["ArticleError", "Article", "ArticleError"]


def test_streams_lazily(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("---\npublished: 2016-05-25\n---\nText.\n", encoding="utf-8")
    stream = read_articles([str(tmp_path)], today=TODAY)
    first = next(iter(stream))
    assert isinstance(first, Article) and first.id == "0"


# -- listing apart from reading (a build reads its files on the extraction's workers) ------------------


def _mixed_folder(folder: Path) -> None:
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "one.txt").write_text("---\npublished: 2016-05-25\n---\nTalks resumed on Monday.\n", encoding="utf-8")
    (folder / "a" / "empty.txt").write_text("", encoding="utf-8")
    (folder / "b.html").write_text("<html><head><title>Talks</title><meta name='date' content='2016-05-26'></head>"
                                   "<body><p>Talks ended on Tuesday after two days.</p></body></html>", encoding="utf-8")
    (folder / "c.jsonl").write_text('{"id": "r1", "published": "2016-05-27", "text": "Talks began again."}\n'
                                    '{"id": "r2", "text": "No date here."}\n', encoding="utf-8")
    (folder / "empty").mkdir()


def test_listed_files_read_later_give_what_reading_gives(tmp_path: Path) -> None:
    from timeline.read import FileToRead, listed_articles, read_listed

    _mixed_folder(tmp_path)
    paths = [str(tmp_path), str(tmp_path / "nope")]
    listed = list(listed_articles(paths, today=TODAY))
    # a file of one article is left to read; a file of records is read where it is listed; errors stay in place
    assert [type(x).__name__ for x in listed] == ["FileToRead", "Article", "ArticleError", "FileToRead", "FileToRead",
                                                  "ArticleError"]
    later: list[object] = []
    for x in listed:
        later.extend(read_listed(x) if isinstance(x, FileToRead) else [x])
    now = read(*paths)
    assert [str(x) if isinstance(x, ArticleError) else x for x in later] == \
        [str(x) if isinstance(x, ArticleError) else x for x in now]


def test_listing_checks_the_options_at_once(tmp_path: Path) -> None:
    from timeline.read import listed_articles

    with pytest.raises(UsageError):
        listed_articles([str(tmp_path)], published="2999-01-01", today=TODAY)
