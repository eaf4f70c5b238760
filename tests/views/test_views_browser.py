"""The html-page view in a real browser: headless Chromium (Debian's `chromium` package; `.ci/run` and
the README's test command install it) renders a 1,000-event timeline, the seed and the real topic
without a console message, the filter works, and screenshots at phone and desktop widths are taken.
Over the DevTools protocol (tests/cdp.py, standard library only): the page works from the keyboard,
a long timeline fits a phone's width, and printing shows every source.

Set TIMELINE_SCREENSHOTS=folder to keep the screenshots. Without Chromium these tests fail and say
how to install it: the page's check must not silently go missing.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from timeline.views import render_view
from views_helpers import TIMELINES, load, long_timeline, seed_with_curation

# every test here drives headless Chromium: left out of the quick run (pytest -m "not slow")
pytestmark = pytest.mark.slow

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--enable-logging=stderr", "--v=0")
_CONSOLE = re.compile(r":CONSOLE[(:]\d*\)?\]? ?(.*)|Uncaught .*")


def _chromium() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("headless Chromium is needed for the html-page test: apt-get install -y chromium "
                    "(or set CHROMIUM=/path/to/chromium)")
    return found


def run_browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Chromium with a fresh profile and no network chatter (the closed network would make it hang)."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [_chromium(), *FLAGS, f"--user-data-dir={profile}", *args]
    # the timeout only keeps a wedged browser from hanging the suite; nothing is asserted about time
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def console_messages(stderr: str) -> list[str]:
    """What the page wrote to the console (errors, warnings, logs) and uncaught exceptions."""
    return [line for line in stderr.splitlines() if _CONSOLE.search(line)]


def _page(tmp_path: Path, html: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct byte values of the pixel data) of a PNG: a blank page has very few."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    idat, at = b"", 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            idat += data[at + 8:at + 8 + length]
        at += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def _keep(path: Path) -> None:
    folder = os.environ.get("TIMELINE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


def test_the_console_check_sees_a_broken_script(tmp_path):
    page = _page(tmp_path, "<!DOCTYPE html><p>x</p><script>undefinedFunction();</script>")
    result = run_browser(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert any("undefinedFunction" in m for m in console_messages(result.stderr))


def test_a_thousand_events_render_without_console_messages(tmp_path):
    entries, articles = long_timeline(1000)
    page = _page(tmp_path, render_view(entries, articles, "html-page", title="A thousand events"))
    result = run_browser(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_messages(result.stderr) == []
    dom = result.stdout
    assert dom.count('<li class="entry') == 1000
    assert dom.count("<details>") == 1000 and "alert(" in dom and "<script>alert(" not in dom
    assert '<body class="js">' in dom  # the script ran to its end
    assert '<output id="count" aria-live="polite">1,000 events</output>' in dom


def test_the_filter_box_filters_from_the_address(tmp_path):
    entries, articles = long_timeline(1000)
    page = _page(tmp_path, render_view(entries, articles, "html-page"))
    result = run_browser(tmp_path, "--dump-dom", page.as_uri() + "?q=checked%20DESK")
    assert console_messages(result.stderr) == []
    dom = result.stdout
    entries_html = re.findall(r'<li class="entry[^>]*>', dom)
    shown = [tag for tag in entries_html if "hidden" not in tag]
    noted = sum(1 for e in entries if "desk" in e.note.lower())
    assert len(entries_html) == 1000 and len(shown) == noted == 40
    assert '<output id="count" aria-live="polite">40 of 1,000 events</output>' in dom


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 900)])
def test_screenshots_at_phone_and_desktop_widths(tmp_path, width, height):
    entries, articles = seed_with_curation()
    page = _page(tmp_path, render_view(entries, articles, "html-page", title="Syria"))
    shot = tmp_path / f"seed-{width}.png"
    result = run_browser(tmp_path, f"--screenshot={shot}", f"--window-size={width},{height}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_messages(result.stderr) == []
    got_width, got_height, colours = _png_size_and_colours(shot)
    assert (got_width, got_height) == (width, height)
    assert colours > 20  # text and colour on the page, not a blank screen
    _keep(shot)


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_seed_and_real_topic_render_every_entry_and_print(tmp_path, name):
    entries, articles = load(TIMELINES[name])
    page = _page(tmp_path, render_view(entries, articles, "html-page"))
    result = run_browser(tmp_path, "--dump-dom", page.as_uri())
    assert console_messages(result.stderr) == []
    assert result.stdout.count('<li class="entry') == len(entries)
    pdf = tmp_path / f"{name}.pdf"
    printed = run_browser(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert printed.returncode == 0, printed.stderr[-2000:]
    assert console_messages(printed.stderr) == []
    assert pdf.read_bytes()[:5] == b"%PDF-"


# ------------------------------------------------------------------ keyboard, phone and print, over DevTools


@pytest.fixture()
def browser(tmp_path):
    from cdp import Browser

    flags = tuple(f for f in FLAGS if not f.startswith(("--enable-logging", "--v=")))
    with Browser(_chromium(), flags, tmp_path / "profile-cdp") as opened:
        yield opened


def _visible_entries(browser) -> int:
    return browser.js("document.querySelectorAll('li.entry:not([hidden])').length")


def test_the_page_works_from_the_keyboard(tmp_path, browser):
    entries, articles = seed_with_curation()
    page = _page(tmp_path, render_view(entries, articles, "html-page"))
    browser.open(page.as_uri())
    browser.key("/", code="Slash", text="/", key_code=191)
    assert browser.js("document.activeElement.id") == "q"  # "/" goes to the filter box
    browser.type_text("palmyra")
    assert _visible_entries(browser) == 1
    assert browser.js("document.getElementById('count').textContent") == "1 of 11 events"
    assert browser.js("document.querySelectorAll('section.year:not([hidden])').length") == 1  # empty years hide
    browser.key("Escape", key_code=27)
    assert _visible_entries(browser) == 11 and browser.js("document.getElementById('q').value") == ""
    browser.open(page.as_uri())  # from the top of a fresh page
    reached = []
    for _ in range(12):  # Tab walks: skip link, filter, year links, then each event's sources
        browser.key("Tab", key_code=9)
        reached.append(browser.js("document.activeElement.tagName + ' ' + (document.activeElement.textContent || '')"
                                  ".trim().slice(0, 30)"))
    assert reached[0] == "A Skip to the timeline"
    assert reached[1] == "INPUT " and reached[2:5] == ["A 2014", "A 2015", "A 2016"]
    assert reached[5] == "SUMMARY Show the quote"
    browser.key("Enter", text="\r", key_code=13)
    assert browser.js("document.activeElement.parentElement.open") is True  # Enter opens the sources
    assert browser.js("getComputedStyle(document.activeElement).outlineStyle") != "none"  # the focus shows
    assert browser.console == []


def test_a_long_timeline_fits_a_phone(tmp_path, browser):
    entries, articles = long_timeline(1000)
    page = _page(tmp_path, render_view(entries, articles, "html-page"))
    browser.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
    browser.open(page.as_uri())
    assert _visible_entries(browser) == 1000
    # nothing wider than the screen: no sideways scrolling to read an event
    assert browser.js("document.documentElement.scrollWidth") <= 390
    assert browser.js("document.querySelector('li.entry .title').getBoundingClientRect().right") <= 390
    browser.js("document.querySelector('a[href=\"#y-2000\"]').click()")
    assert browser.js("Math.round(document.getElementById('y-2000').getBoundingClientRect().top)") < 400  # the jump lands
    assert browser.console == []


def test_printing_shows_every_source_and_hides_the_controls(tmp_path, browser):
    entries, articles = seed_with_curation()
    page = _page(tmp_path, render_view(entries, articles, "html-page"))
    browser.open(page.as_uri())
    closed_quotes = "[...document.querySelectorAll('details:not([open]) blockquote')].map(q => q.checkVisibility())"
    assert set(browser.js(closed_quotes)) == {False}  # on screen, sources wait to be opened
    browser.send("Emulation.setEmulatedMedia", media="print")
    assert set(browser.js(closed_quotes)) == {True}  # on paper, every quote is there
    assert browser.js("getComputedStyle(document.querySelector('.controls')).display") == "none"
    assert browser.console == []
