#!/usr/bin/env python3
"""HTML reading, ours against a well-kept peer (trafilatura + htmldate): is the date right, is the article's
text kept, does page chrome leak into it, and how long does one page take.

Usage: python3 benchmarks/bench_html.py [--repeat N] [--peer-defaults] [--show PAGE]

Pages: the HTML fixtures in tests/fixtures/read/ and the hand-written pages in benchmarks/data/html-pages/ (our own
markup and prose, in the layouts news comes in: WordPress, <article> + JSON-LD, table layout without
<article>/<main>, a phpBB thread, comments and related-story lists, hashed CSS classes, microdata, Blogger,
a press release). Each page has an expected record below: the publication date (a list when two are
defensible), sentences that must be in the body, and strings of chrome that must not (these lists were
written with the pages, before either side ran). As the chrome lists cannot name every piece of chrome,
ARTICLE also gives every paragraph of each article: 'paras' counts those found whole, and 'noise' counts the
letters and digits left in a body once the paragraphs, the headline and optional text are deleted from it.
A page a side fails to read scores no paragraphs and no noise (the error is printed).

Ours is `timeline.read.read_articles([path])` (the published date after every fallback it has, including a
dateline in the body's first lines). The peer is `trafilatura.extract(html, include_comments=False)` and
`htmldate.find_date(html, original_date=True)`: the settings that ask for what we ask for, article text
without comments and the publication (not the update) date. `--peer-defaults` runs the libraries with their
defaults instead (comments included, latest date preferred). Both sides read the file from disk in the
timed part; import time is not counted here (measure it with `python -X importtime`).

Without trafilatura/htmldate installed (the project's own venv), it says so and prints ours only.
The peer goes in a venv of its own: `python3 -m venv /tmp/peer && /tmp/peer/bin/pip install trafilatura
htmldate lxml_html_clean && /tmp/peer/bin/pip install -e .` (without lxml_html_clean, trafilatura 2.3.1 on
lxml 6.1 fails to import: justext needs lxml.html.clean, which lxml no longer ships).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from timeline.read import read_articles

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "read"
PAGES = Path(__file__).resolve().parent / "data" / "html-pages"

# name -> (folder, accepted dates, sentences that must be kept, chrome that must not appear)
EXPECTED: dict[str, tuple[Path, list[str], list[str], list[str]]] = {
    "news_page.html": (FIXTURES, ["2019-03-14"], [
        "The port of Eastbridge was closed on Wednesday after the River Lune rose",
        "the council opened two shelters in the town’s schools",
        "Last year the government promised £40m for new flood walls, but work has not started.",
    ], ["Share on Facebook", "Flood defences delayed again", "nobody learns anything", "All rights reserved",
        "Maria Jensen"]),
    "blog_post.html": (FIXTURES, ["2019-04-02"], [
        "Eastbridge council approved a £40m flood wall on Tuesday evening",
        "Building work is due to start in September and to end in 2021.",
    ], ["They promised this in 2014", "Proudly powered by WordPress", "Leave a Reply", "Share this"]),
    # the article was published on the 13th and posted to the forum on the 14th: either is a fair answer
    "forum_post.html": (FIXTURES, ["2019-03-13", "2019-03-14"], [
        "The port of Eastbridge was closed on Wednesday after the River Lune rose",
        "Rescue teams evacuated about 300 homes overnight.",
    ], ["Welcome to Riverside Forums", "(2,311 posts)", "Latest Discussions", "more..."]),
    "wordpress_comments.html": (PAGES, ["2022-09-12"], [
        "will keep running after more than 2,000 people signed a petition against its withdrawal",
        "councillors voted to fund the service for another two years",
        "said Gwen Ashby, who started the petition in July",
    ], ["My mother relies on the 41", "Station lift finally repaired", "Leave a Reply",
        "Library opening hours cut", "Built with GeneratePress"]),
    "jsonld_newsroom.html": (PAGES, ["2023-08-01"], [
        "A hosepipe ban came into force across the northern water region on Tuesday",
        "spray irrigation of crops from rivers has been suspended under emergency rules",
        "Anyone caught breaking the ban can be fined up to £1,000.",
    ], ["We use cookies", "Get the Ledger Environment briefing", "Wildfire on the moor brought under control",
        "Share on WhatsApp", "Registered in England", "Read more:"]),
    "no_article_main.html": (PAGES, ["2022-03-17"], [
        "Most of the town's fishing fleet stayed in the harbour this week",
        "Only four of the twenty-two boats registered at the port went out on Monday",
        "said skipper Alan Reid, who has fished from the port for thirty years",
    ], ["Sunny spells", "Lifeboat called out twice", "Email to a friend", "All rights reserved"]),
    "forum_thread.html": (PAGES, ["2021-07-24"], [
        "The water company released untreated sewage into the bay again on Friday night",
        "This is the fourth discharge this summer",
    ], ["Joined:", "Greenway Sea Swimmers", "Powered by phpBB", "Post Reply"]),
    "comments_related.html": (PAGES, ["2020-02-19"], [
        "Women in labour at night will have to travel 28 miles to give birth",
        "eleven midwife posts that it had been unable to fill",
        "the journey could take more than an hour in winter",
    ], ["I worked on that unit for 22 years", "Ambulance waiting times longest", "Drivers face delays of up to",
        "Load more comments", "Supermarket plan approved"]),
    "time_only.html": (PAGES, ["2023-01-27"], [
        "A national rail strike planned for Monday has been called off",
        "no ticket offices will close before the end of 2024",
        "some early trains might be cancelled because crews had already been stood down",
    ], ["Your account", "What the deal means for your journey", "Volcano eruption grounds flights",
        "not responsible for the content of external sites", "Passengers wait at a platform"]),
    "meta_only.html": (PAGES, ["2021-06-08"], [
        "Ashford Vale library has won a national award",
        "More than 300 children have taken part since the scheme began",
        "which the library says it will spend on books for the children's section",
    ], ["Share this story", "Allotment waiting list reopens", "Vale Community Media"]),
    "visible_text_only.html": (PAGES, ["2020-11-12"], [
        "The main road through Kingsmere will close for six weeks from next Monday",
        "twelve-mile diversion through Oldfield",
        "a weight limit of seven tonnes has been in place since then",
    ], ["Christmas lights switch-on cancelled", "Privacy policy", "Tags:"]),
    "blogger_url_date.html": (PAGES, ["2020-05-17"], [
        "I heard the first cuckoo of the year at Hollow Fen this morning",
        "nearly two weeks later than last year",
        "two marsh harriers over the reed beds",
    ], ["Heard one at Sedge Lane", "BlogThis!", "Blog Archive", "Powered by Blogger", "Older Post"]),
    "press_release_dateline.html": (PAGES, ["2022-03-03"], [
        "it would build a 200-megawatt battery storage site on the grounds of the former Low Moor colliery",
        "creating around forty permanent jobs",
    ], ["Media centre", "Registered office", "Investors"]),
}


# name -> (every paragraph of the article's text, text that may appear or not: headline, standfirst, a reply
# in a forum thread, a press release's "About" note). What is left of a body after deleting both is noise.
ARTICLE: dict[str, tuple[list[str], list[str]]] = {
    "news_page.html": ([
        "The port of Eastbridge was closed on Wednesday after the River Lune rose to its highest level since 1947, "
        "the harbour authority said.",
        "Rescue teams evacuated about 300 homes overnight, and the council opened two shelters in the town’s schools.",
        "“We expect the water to fall slowly from Friday,” said Tom Ward, the authority’s chief engineer. The port is "
        "due to reopen on March 18.",
        "Last year the government promised £40m for new flood walls, but work has not started.",
    ], ["Floods close port as river peaks"]),
    "blog_post.html": ([
        "Eastbridge council approved a £40m flood wall on Tuesday evening, three weeks after the River Lune closed "
        "the port.",
        "Building work is due to start in September and to end in 2021.",
    ], ["Council approves flood wall"]),
    "forum_post.html": ([
        "The port of Eastbridge was closed on Wednesday after the River Lune rose to its highest level since 1947, "
        "the harbour authority said.",
        "Rescue teams evacuated about 300 homes overnight.",
    ], ["Harbour authority shuts port as river peaks"]),
    "wordpress_comments.html": ([
        "The number 41 bus between Millbrook and the upper valley villages will keep running after more than 2,000 "
        "people signed a petition against its withdrawal.",
        "The county council had planned to end its subsidy for the route in October, saying that fewer than thirty "
        "passengers used it on an average weekday.",
        "At a meeting on Monday, councillors voted to fund the service for another two years while a community "
        "transport group draws up a cheaper timetable.",
        "“For a lot of older people up the valley this bus is the only way to get to the surgery,” said Gwen Ashby, "
        "who started the petition in July.",
    ], ["Valley bus route saved after petition"]),
    "jsonld_newsroom.html": ([
        "A hosepipe ban came into force across the northern water region on Tuesday after the Kettle Moor reservoir "
        "fell to its lowest level in almost fifty years.",
        "The water company said the ban would cover about 1.4 million households and would stay in place until the "
        "reservoir had recovered to at least half of its capacity.",
        "Farmers have been allowed to keep drawing water for livestock, but spray irrigation of crops from rivers has "
        "been suspended under emergency rules.",
        "“We have never seen the moor this dry in August,” said Lena Hart, a hydrologist at the regional university. "
        "“Even a wet autumn will only partly refill it.”",
        "Anyone caught breaking the ban can be fined up to £1,000.",
    ], ["Drought pushes reservoir to record low as hosepipe ban begins",
        "Kettle Moor is at 21% of capacity, the lowest level since records began in 1976."]),
    "no_article_main.html": ([
        "Most of the town's fishing fleet stayed in the harbour this week because skippers say the price of marine "
        "diesel has made trips unprofitable.",
        "Only four of the twenty-two boats registered at the port went out on Monday, according to the harbour "
        "master's records.",
        "The fishermen's association has asked the government for a temporary fuel grant, similar to the one paid "
        "to hauliers last winter.",
        "\"A week at sea now costs more in fuel than we can land in fish,\" said skipper Alan Reid, who has fished "
        "from the port for thirty years.",
    ], ["Fishing fleet stays in port over fuel prices"]),
    "forum_thread.html": ([
        "The water company released untreated sewage into the bay again on Friday night after the storm, and the "
        "red flags were up at Greenway beach all morning.",
        "The lifeguards told swimmers to stay out of the water until at least Sunday, when the next test results "
        "are due.",
        "This is the fourth discharge this summer according to the company's own overflow map, and the council "
        "still has not said what it intends to do about it.",
    ], ["Sewage overflow at Greenway beach again",
        "Same at the north end. I wrote to our MP about it last month and got a form letter back."]),
    "comments_related.html": ([
        "Women in labour at night will have to travel 28 miles to give birth after the Westfield hospital trust said "
        "it could no longer staff its maternity unit around the clock.",
        "From April the unit will be open from 8am to 8pm only, and ambulances will take patients to the city "
        "hospital outside those hours.",
        "The trust said it had eleven midwife posts that it had been unable to fill for more than a year, despite "
        "two recruitment campaigns abroad.",
        "Campaigners said the change would put mothers and babies at risk, and that the journey could take more "
        "than an hour in winter.",
    ], ["Hospital trust to close maternity unit at night"]),
    "time_only.html": ([
        "A national rail strike planned for Monday has been called off after the union and train operators reached "
        "an agreement shortly before midnight on Friday.",
        "The deal includes a pay rise of six per cent over two years and a promise that no ticket offices will close "
        "before the end of 2024.",
        "Union members will vote on the offer over the next three weeks, and the union's executive has recommended "
        "that they accept it.",
        "Operators said services on Monday would run to the normal timetable, although some early trains might be "
        "cancelled because crews had already been stood down.",
    ], ["Rail strike called off after late-night talks"]),
    "meta_only.html": ([
        "Ashford Vale library has won a national award for a scheme that pairs teenage volunteers with children who "
        "are learning to read.",
        "More than 300 children have taken part since the scheme began, and teachers at four primary schools say "
        "their reading scores have improved.",
        "The award comes with a grant of five thousand pounds, which the library says it will spend on books for the "
        "children's section.",
    ], ["Library wins award for reading scheme"]),
    "visible_text_only.html": ([
        "The main road through Kingsmere will close for six weeks from next Monday while engineers repair the river "
        "bridge, the highways department said.",
        "Drivers will be sent on a twelve-mile diversion through Oldfield, and buses will stop at temporary shelters "
        "on either side of the river.",
        "Inspectors found cracks in two of the bridge's supports in September, and a weight limit of seven tonnes has "
        "been in place since then.",
    ], ["Bridge repairs to close main road for six weeks"]),
    "blogger_url_date.html": ([
        "I heard the first cuckoo of the year at Hollow Fen this morning, calling from the alders along the eastern "
        "dyke just after six o'clock.",
        "That is nearly two weeks later than last year, when one arrived on the fourth of May, and a week later than "
        "my average since I started keeping notes.",
        "Also about: two marsh harriers over the reed beds, a pair of bearded tits near the hide, and at least five "
        "reed warblers singing.",
    ], ["First cuckoo of the year at Hollow Fen"]),
    "press_release_dateline.html": ([
        "DURHAM, England, March 3, 2022 – Tidewater Energy said on Thursday that it would build a 200-megawatt "
        "battery storage site on the grounds of the former Low Moor colliery.",
        "The company expects construction to begin in the autumn and the site to connect to the grid in 2024, "
        "creating around forty permanent jobs.",
        "The batteries will store electricity from offshore wind farms when demand is low and release it in the "
        "evening peak.",
    ], ["Tidewater Energy to build battery storage site at former colliery", "About Tidewater Energy",
        "Tidewater Energy develops renewable generation and storage projects in northern England. For media "
        "enquiries, contact press@tidewater.example or call 0191 000 0000."]),
}

def norm(text: str) -> str:
    return " ".join(text.split())


def ours(path: Path) -> tuple[str, str, str]:
    """(date, body, error) from our reader."""
    for item in read_articles([str(path)]):
        if isinstance(item, Exception):
            return "", "", str(item)
        return item.published, item.body, ""
    return "", "", "no article"


def make_peer(defaults: bool) -> Any:
    try:
        import htmldate
        import trafilatura
    except ImportError as error:
        print(f"peer: trafilatura/htmldate not importable here ({error}); printing ours only\n")
        return None

    def peer(path: Path) -> tuple[str, str, str]:
        html = path.read_bytes().decode("utf-8", errors="replace")
        if defaults:
            text = trafilatura.extract(html)
            date = htmldate.find_date(html)
        else:
            text = trafilatura.extract(html, include_comments=False)
            date = htmldate.find_date(html, original_date=True)
        return date or "", text or "", "" if text else "no text extracted"

    print(f"peer: trafilatura {trafilatura.__version__}, htmldate {htmldate.__version__}"
          f" ({'library defaults' if defaults else 'include_comments=False, original_date=True'})\n")
    return peer


def score(name: str, result: tuple[str, str, str]) -> dict[str, Any]:
    _, dates, keep, leak = EXPECTED[name]
    paragraphs, optional = ARTICLE[name]
    date, body, error = result
    text = norm(body)
    rest = text
    for piece in sorted(paragraphs + optional, key=len, reverse=True):
        rest = rest.replace(norm(piece), " ")
    return {
        "date_ok": date in dates,
        "date": date or "-",
        "kept": [s for s in keep if norm(s) in text],
        "leaked": [s for s in leak if norm(s) in text],
        "paragraphs": sum(norm(p) in text for p in paragraphs),
        "noise": sum(ch.isalnum() for ch in rest),
        "article_chars": sum(ch.isalnum() for p in paragraphs for ch in p),
        "rest": " ".join(rest.split()),
        "error": error,
        "body": body,
    }


def timed(run: Any, path: Path, repeat: int) -> tuple[tuple[str, str, str], float]:
    result = run(path)  # warm-up, not timed
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(path)
        times.append(time.perf_counter() - start)
    return result, statistics.median(times) * 1000 if times else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per page (median is kept)")
    parser.add_argument("--peer-defaults", action="store_true", help="run trafilatura/htmldate with defaults")
    parser.add_argument("--show", metavar="PAGE", help="print both bodies of one page")
    args = parser.parse_args()
    peer = make_peer(args.peer_defaults)
    sides = [("ours", ours)] + ([("peer", peer)] if peer else [])
    totals = {name: {"date": 0, "kept": 0, "leaked": 0, "paragraphs": 0, "noise": 0, "ms": 0.0} for name, _ in sides}
    n_keep = sum(len(e[2]) for e in EXPECTED.values())
    n_leak = sum(len(e[3]) for e in EXPECTED.values())
    n_par = sum(len(a[0]) for a in ARTICLE.values())
    n_chars = sum(sum(ch.isalnum() for p in a[0] for ch in p) for a in ARTICLE.values())
    head = f"{'page':28} {'side':4} {'date':10} {'ok':2} {'kept':>5} {'leaked':>6} {'paras':>5} {'noise':>5} {'ms':>6}  notes"
    print(head)
    print("-" * len(head))
    for name, (folder, dates, keep, leak) in EXPECTED.items():
        path = folder / name
        for side, run in sides:
            result, ms = timed(run, path, args.repeat)
            s = score(name, result)
            t = totals[side]
            t["date"] += s["date_ok"]
            t["kept"] += len(s["kept"])
            t["leaked"] += len(s["leaked"])
            t["paragraphs"] += s["paragraphs"]
            t["noise"] += s["noise"]
            t["ms"] += ms
            notes = []
            if not s["date_ok"]:
                notes.append(f"date wanted {'/'.join(dates)}")
            missing = [k for k in keep if k not in s["kept"]]
            if missing:
                notes.append("lost: " + "; ".join(repr(m[:40]) for m in missing))
            if s["leaked"]:
                notes.append("leaked: " + "; ".join(repr(m) for m in s["leaked"]))
            if s["noise"]:
                notes.append(f"noise: {s['rest'][:90]!r}")
            if s["error"]:
                notes.append("error: " + s["error"].replace(str(folder) + "/", ""))
            print(f"{name if side == 'ours' else '':28} {side:4} {s['date']:10} {'y' if s['date_ok'] else 'N':2} "
                  f"{len(s['kept']):>2}/{len(keep):<2} {len(s['leaked']):>3}/{len(leak):<2} "
                  f"{s['paragraphs']:>2}/{len(ARTICLE[name][0]):<2} {s['noise']:>5} {ms:6.2f}  " + " | ".join(notes))
            if args.show == name:
                print(f"----- {side} body -----\n{s['body']}\n-----")
    n = len(EXPECTED)
    print(f"\nkept: required sentences found; leaked: listed chrome strings found; paras: article paragraphs found "
          f"whole; noise: letters and digits left in the body after deleting the article's paragraphs, headline "
          f"and optional text (the article itself has {n_chars})")
    print("Total over", n, "pages")
    for side, _ in sides:
        t = totals[side]
        print(f"  {side}: date correct {t['date']}/{n} · required sentences kept {t['kept']}/{n_keep} · "
              f"chrome leaked {t['leaked']}/{n_leak} · paragraphs whole {t['paragraphs']}/{n_par} · "
              f"noise {t['noise']} chars · {t['ms'] / n:.2f} ms/page (median of {args.repeat} runs)")
    if peer:
        o, p = totals["ours"], totals["peer"]
        print(f"  ratio peer/ours: time {p['ms'] / max(o['ms'], 1e-9):.1f}x · date correct "
              f"{p['date']}/{o['date']} · kept {p['kept']}/{o['kept']} · leaked {p['leaked']}/{o['leaked']} · "
              f"paragraphs {p['paragraphs']}/{o['paragraphs']} · noise {p['noise']}/{o['noise']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
