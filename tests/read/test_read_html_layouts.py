"""HTML layouts the reader must cope with: Blogger, phpBB, Jetpack, hashed-class pages, table layouts without
<article>/<main>, press releases dated by their opening line."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Article
from timeline.read import read_articles
from timeline.read.article import Options
from timeline.read.html import read_html
from timeline.read.pubdate import dateline_date, find_datelines

TODAY = "2024-01-01"
P1 = "The river rose to its highest level in forty years on Tuesday night, and the town's two bridges were closed."
P2 = "Engineers said the older bridge would stay shut until its supports had been checked by divers next week."
P3 = "About two hundred homes near the quay were evacuated, and the council opened a shelter in the school hall."


def page(tmp_path: Path, html: str, name: str = "page.html", **options: str) -> Article:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    options.setdefault("today", TODAY)
    (item,) = read_articles([str(path)], **options)
    assert isinstance(item, Article), str(item)
    return item


def test_blogger_widget_that_holds_the_post_is_kept(tmp_path: Path) -> None:
    a = page(tmp_path, f"""<html><body>
<div class="main section"><div class="widget Blog" id="Blog1">
 <h2 class="date-header"><span>Sunday, May 17, 2020</span></h2>
 <div class="post hentry"><h3 class="post-title">Flood</h3>
  <div class="post-body entry-content" itemprop="description articleBody">{P1}<br><br>{P2}
   <div class="share-buttons">Email This BlogThis!</div></div>
  <div class="post-footer">Posted by Ann at <abbr class="published" title="2020-05-17T09:12:00+01:00">9:12 am</abbr></div>
 </div>
 <div class="comments"><p>Heard the same at the quay, a lovely read as always, thank you.</p></div>
</div></div>
<div class="sidebar"><div class="widget BlogArchive"><h2>Blog Archive</h2></div>
<div class="widget Attribution">Powered by Blogger.</div></div></body></html>""")
    assert (a.published, a.date_origin) == ("2020-05-17", "metadata")  # hAtom <abbr class="published" title>
    assert a.body == f"{P1}\n\n{P2}"  # no share bar inside the post, no comment, no sidebar widget


def test_class_word_chrome_holding_most_prose_is_rescued(tmp_path: Path) -> None:
    # no body marker at all: the "widget" wrapper that holds all the prose is the article, not chrome
    a = page(tmp_path, f"<html><body><div class='widget'><p>{P1}</p><p>{P2}</p></div>"
                       "<div class='widget'>Archive</div></body></html>", published="2020-01-01")
    assert a.body == f"{P1}\n\n{P2}"


def test_phpbb_profile_and_signature_are_chrome(tmp_path: Path) -> None:
    a = page(tmp_path, f"""<html><body><div class="post has-profile"><div class="inner">
<dl class="postprofile"><dt>harbourgull</dt><dd>Regular member</dd><dd><strong>Posts:</strong> 1184</dd>
<dd><strong>Joined:</strong> Tue Apr 03, 2012 9:40 am</dd></dl>
<div class="postbody"><div class="content">{P1}<br><br>{P2}</div>
<div id="sig5120" class="signature">Sea Swimmers &ndash; every morning at 7</div></div></div></div></body></html>""",
             published="2021-07-24")
    assert a.body == f"{P1}\n\n{P2}"


def test_class_words_with_a_chrome_prefix(tmp_path: Path) -> None:
    a = page(tmp_path, f"""<html><body><article><div class="entry-content"><p>{P1}</p><p>{P2}</p>
<div id="jp-relatedposts" class="jp-relatedposts"><h3><em>Related</em></h3><p class="jp-relatedposts-post">
<a href="/x">Station lift finally repaired</a><br>After eight months out of service, the lift is working again.</p></div>
</div></article></body></html>""", published="2022-09-12")
    assert a.body == f"{P1}\n\n{P2}"


def test_hashed_classes_inline_spaces_captions_link_headings_copyright(tmp_path: Path) -> None:
    a = page(tmp_path, f"""<html><body><div id="__next"><div class="css-1q2w3e4">
<div class="css-8hd7s1"><a href="/">Wire</a><a href="/uk">UK</a><a href="/account">Your account</a></div>
<div data-component="byline-block"><span>Jonah Ellis</span><span>Transport correspondent</span></div>
<div data-component="text-block"><p>{P1}</p></div>
<div data-component="image-block"><img src="/a.jpg" alt=""><span>Passengers wait at a platform</span></div>
<div data-component="text-block"><p>Water <span>rose</span><em>fast</em> there, said <b>Ann</b>s neighbour Tom.</p></div>
<div data-component="text-block"><p>{P2}</p></div>
<div><h2>More on this story</h2><ul><li><a href="/a">What the deal means</a></li><li><a href="/b">A year</a></li></ul></div>
<div><h2>Top stories</h2><ul><li><a href="/c">Volcano eruption grounds flights</a></li></ul></div>
<div><p>Copyright 2023 Wire. Wire is not responsible for the content of external sites.</p></div>
</div></div></body></html>""", published="2023-01-27")
    # a space between two adjacent inline elements ("rose fast"), none inside a word ("Anns")
    assert a.body == f"{P1}\n\nWater rose fast there, said Anns neighbour Tom.\n\n{P2}"


def test_table_layout_sidebar_columns_and_footer_go(tmp_path: Path) -> None:
    a = page(tmp_path, f"""<html><body><div id="wrapper"><div id="top"><a href="/">Home</a> | <a href="/l">Local</a></div>
<table><tr><td class="leftcol"><div class="box"><b>Sections</b><br><a href="/l">Local news</a><br>
<a href="/b">Business</a></div><div class="box"><b>Weather</b><br>Sunny spells, 11&deg;C</div></td>
<td class="maincol"><div id="content"><h1>Bridges closed as river rises</h1><div class="storytext">
<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></td>
<td class="rightcol"><div class="box"><b>Notice</b><br>The office is closed on Monday for the holiday, as every year.</div></td>
</tr></table><div class="foot">Daily Wire 2022 | Terms of use</div></div></body></html>""", published="2022-03-17")
    # the labels of the left column and the footer go; a column with a sentence is kept (prose never goes)
    assert a.body == (f"Bridges closed as river rises\n\n{P1}\n\n{P2}\n\n{P3}\n\nNotice\n\n"
                      "The office is closed on Monday for the holiday, as every year.")


def test_short_page_keeps_its_headline_and_byline(tmp_path: Path) -> None:
    # one paragraph of prose: the element that holds it is its <p>, so nothing beside it is chrome
    a = page(tmp_path, f"<html><body><div><h2>Bridges closed</h2><div class='meta'>Staff writer</div>"
                       f"<p>{P1}</p></div></body></html>", published="2022-03-17")
    assert a.body == f"Bridges closed\n\nStaff writer\n\n{P1}"


# -- place datelines -----------------------------------------------------------------------------------------


def test_press_release_place_dateline_dates_the_page_and_stays_in_the_text(tmp_path: Path) -> None:
    a = page(tmp_path, f"""<html><body><div class="pr-body"><h2>Battery site at former colliery</h2>
<p><b>DURHAM, England, March 3, 2022</b> &ndash; Tidewater Energy said on Thursday that it would build a site.</p>
<p>{P1}</p></div></body></html>""")
    assert (a.published, a.date_origin) == ("2022-03-03", "dateline")
    assert a.body.startswith("Battery site at former colliery\n\nDURHAM, England, March 3, 2022 – Tidewater Energy")


def test_place_dateline_forms() -> None:
    for text, date in [
        ("DURHAM, England, March 3, 2022 – Tidewater said", "2022-03-03"),
        ("March 3, 2022 – Tidewater said", "2022-03-03"),
        ("NEW YORK, Jan. 5, 2021 /PRNewswire/ -- Acme Corp said", "2021-01-05"),
        ("Headline\n\nLONDON, Monday, March 3, 2014 — The bank said", "2014-03-03"),
    ]:
        found = find_datelines(text)
        assert [(d.date, d.kind) for d in found] == [(date, "place")], text


def test_place_dateline_without_year_takes_it_from_the_path() -> None:
    assert dateline_date("Durham, March 3 - The firm said it would build a site.", "2022-06-01") == (
        "2022-03-03", find_datelines("Durham, March 3 - The firm said it would build a site.")[0])


def test_place_dateline_is_never_a_date_inside_a_sentence() -> None:
    for text in [
        "He said on March 3, 2022 – a Thursday – that the site would open.",
        "Headline\n\nThe firm said March 3, 2022 – late as usual – that it would build.",
        "March 3 - 5 at the village hall, all welcome.",
        "one\n\ntwo\n\nthree\n\nfour\n\nfive\n\nDURHAM, England, March 3, 2022 – too late to be an opening line",
    ]:
        assert [d for d in find_datelines(text) if d.kind == "place"] == [], text


# -- cost ------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_deep_nesting_keeps_the_text_and_drops_the_widgets() -> None:
    # thousands of unclosed nested elements (time grows linearly: not asserted here, speed is for benchmarks/)
    options = Options(published="2020-01-01", today=TODAY, input_format=None)
    for n in (4000, 16000):
        html = ("<div><span>Text one two.</span>" * n + '<div class="widget side">More text here. ' * n).encode()
        (article,) = read_html(html, id="x", where="x.html", options=options)
        assert isinstance(article, Article)
        assert article.body == "\n\n".join(["Text one two."] * n)


def test_comments_marked_up_as_posts_stay_out(tmp_path: Path) -> None:
    # a comment with articleBody microdata does not turn the comments wrapper into article text
    a = page(tmp_path, f"""<html><body><div class="story"><p>{P1}</p><p>{P2}</p></div>
<div class="comments"><div itemscope><div itemprop="articleBody" class="entry-content">
<p>My mother relies on the bus every Tuesday and Thursday to get to town, so thank you all.
There was no other way for her to get there, and the taxi costs twenty pounds each way.</p></div></div></div>
</body></html>""", published="2022-09-12")
    assert a.body == f"{P1}\n\n{P2}"


def test_headline_and_date_stamp_outside_the_prose_column_are_kept(tmp_path: Path) -> None:
    # no metadata: the date stamp in a bar far above the text is what dates the page, so it is not a footer
    a = page(tmp_path, f"""<html><body><div class="top"><div class="inner"><h1>Bridges closed</h1>
<p>12 November 2020, 09:15</p></div></div>
<div class="wrap"><div class="story"><p>{P1}</p><p>{P2}</p></div></div>
<div class="bottom"><div class="inner">Daily Wire | Terms of use</div></div></body></html>""")
    assert (a.published, a.date_origin) == ("2020-11-12", "dateline")
    assert a.body == f"Bridges closed\n\n{P1}\n\n{P2}"


def test_no_space_before_a_superscript(tmp_path: Path) -> None:
    a = page(tmp_path, f"<html><body><p>The <span>10</span><sup>th</sup> flood of the year closed the quay.</p>"
                       f"<p>{P1}</p></body></html>", published="2020-01-01")
    assert a.body.startswith("The 10th flood of the year")
