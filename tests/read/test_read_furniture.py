"""Page furniture never reaches the article body, in HTML as in text extracted from web pages: embedded tweets,
photo credits, live-blog stamps, print-edition footers, reader comments, "More on this story" lists."""

from __future__ import annotations

from pathlib import Path

from timeline.model import Article
from timeline.read import read_articles

TODAY = "2024-01-01"
P1 = "The river rose to its highest level in forty years on Tuesday night, and the town's two bridges were closed."
P2 = "Engineers said the older bridge would stay shut until its supports had been checked by divers next week."
P3 = "About two hundred homes near the quay were evacuated, and the council opened a shelter in the school hall."


def read(tmp_path: Path, text: str, name: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (item,) = read_articles([str(path)], today=TODAY, published="2020-02-19")
    assert isinstance(item, Article), str(item)
    return item


def test_html_embedded_tweet_and_credit_are_chrome(tmp_path: Path) -> None:
    a = read(tmp_path, f"""<html><body><article><p>{P1}</p>
<blockquote class="twitter-tweet"><p>Water over the quay wall now, stay away</p>&mdash; Tom Reed (@tomreed)
<a href="https://twitter.com/x">February 18, 2020</a></blockquote>
<p>{P2} <span class="image-credit">Photograph: Ann Lee/PA</span></p><p>{P3}</p></article></body></html>""", "a.html")
    assert a.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_html_live_blog_keeps_entries_without_their_stamps(tmp_path: Path) -> None:
    a = read(tmp_path, f"""<html><body><main>
<div class="block"><p class="block-time">10.16pm</p><p>{P1}</p></div>
<div class="block"><p><strong>10.40pm:</strong> {P2}</p></div>
<div class="block"><p>(Updated 11:05 p.m. ET) {P3}</p></div></main></body></html>""", "b.html")
    assert a.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_html_print_footer_comments_and_story_lists_end_the_article(tmp_path: Path) -> None:
    a = read(tmp_path, f"""<html><body><div id="story"><p>{P1}</p><p>{P2}</p>
<p>A version appeared on p12 of the Main section section of the Guardian on Wednesday 19 February 2020</p>
<div id="c1"><p>19th February 2020 - 15:28</p><p>Here we go again, the same every winter since 2009.</p></div>
<h2>More on this story</h2><p><a href="/a">Flood defences: what went wrong in 2019</a></p></div></body></html>""",
             "c.html")
    assert a.body == f"{P1}\n\n{P2}"


def test_text_extraction_of_a_guardian_page(tmp_path: Path) -> None:
    # the shape of Timeline17's Guardian files: headline, standfirst, stamp and caption glued into the first
    # lines, the credit glued to the first sentence, the print footer and a Twitter widget after the last one;
    # the headline and standfirst before the stamp stay, the caption goes
    a = read(tmp_path, (
        "Town flooded as river peaks Bridges shut and homes evacuated Wednesday 19 February 2020 08.12 GMT "
        "A man wades through the quay.\nThe river is at its highest since 1979.\n"
        f"Photograph: Ann Lee/PA {P1}\n{P2}\n"
        "A version appeared on p12 of the Main section section of the Guardian on 08.12 GMT on Wednesday 19 "
        "February 2020 Follow the latest news on Twitter\nRT @someone: Rain again in 2021, they say.\n"), "g.txt")
    assert a.body == f"Town flooded as river peaks Bridges shut and homes evacuated\n\n{P1}\n{P2}"


def test_text_extraction_of_a_bbc_page_with_comments(tmp_path: Path) -> None:
    a = read(tmp_path, (
        f"Page last updated at 05:27 GMT, Wednesday, 19 February 2020 {P1}\n{P2}\n"
        "19th February 2020 - 17:42 This comment was removed because the moderators found it broke the house rules.\n"
        "19th February 2020 - 18:01 It flooded in 2009 too and nobody did anything.\n"
        "All posts are reactively-moderated and must obey the house rules.\n"), "b.txt")
    assert a.body == f"{P1}\n{P2}"


def test_text_extraction_of_a_cnn_live_blog(tmp_path: Path) -> None:
    a = read(tmp_path, (
        f"By the CNN Wire Staff Town flooded Bridges shut Riverton, Kent (CNN) -- {P1}\n"
        f"KENT, 6:49 p.m. ET, 11:49 p.m. local: {P2}\n"
        f"Here is video of the quay: KENT, 7:15 p.m. ET, 12:15 a.m. local: {P3}\n"), "c.txt")
    assert a.body == f"{P1}\n{P2}\n{P3}"


def test_reporting_with_clock_times_and_credits_in_prose_is_kept(tmp_path: Path) -> None:
    prose = (
        "At 10.16pm on Tuesday the first call came, police said.\n"
        "The meeting starts at 10:00 GMT - officials said it would be brief.\n"
        "Photographs of the quay were released on Wednesday by the council.\n"
        "A version of the report appeared on Monday, officials said.\n"
        "Herbert said AP photographers were on the boat at 9 a.m.\n"
        "25 June 2009 - Jackson dies at his home in Los Angeles.\n"
    )
    assert read(tmp_path, prose, "p.txt").body == prose.strip()
