"""A self-contained HTML page of the timeline: one file, inline CSS and script, nothing fetched.

A vertical timeline grouped by year and month; each event shows its date at its own precision, its
title, how many articles report it, a flag when its sources disagree on the date and a person's note;
its sources open on demand (a <details> element: publisher, title, date, link, the quoted sentence
with the date phrase marked). A filter box (also `page.html?q=word`) and year links help with long
timelines. Everything is in the HTML itself, so the page reads without its script, prints with
every source shown, fits a phone's width and works from the keyboard (skip link, focus rings, "/"
to filter, Escape to clear).
"""

from __future__ import annotations

from html import escape

from timeline.views.model import EntryView, SourceView, TimelineView, human_date, iso_datetime

STYLE = """
:root{--ink:#1d232b;--muted:#5b6573;--line:#c9d1db;--dot:#2d6cdf;--warn:#9a4b00;--warn-bg:#fff2df;--bg:#fff;
--card:#f6f8fb;--mark:#ffe58a;--focus:#1a56c4;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--ink:#e6e9ee;--muted:#a5afbd;--line:#3b4552;--dot:#7aa7ff;--warn:#ffb35c;
--warn-bg:#3a2a14;--bg:#14181d;--card:#1c2229;--mark:#6b5a12;--focus:#9cc0ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--dot)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--bg);padding:4px 8px;z-index:2}
header{padding:16px 16px 8px;max-width:920px;margin:0 auto}
h1{font-size:1.6rem;margin:0 0 4px}
.summary{color:var(--muted);margin:0 0 12px}
.controls{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);padding:8px 16px}
.controls-inner{max-width:920px;margin:0 auto;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.controls label{font-weight:600}
body:not(.js) .filter{display:none}
.controls input{flex:1 1 14em;min-width:0;font:inherit;padding:6px 10px;border:1px solid var(--line);border-radius:6px;
background:var(--bg);color:var(--ink)}
#count{color:var(--muted);font-size:.9rem}
.years{display:flex;gap:4px 10px;width:100%;font-size:.9rem;overflow-x:auto;white-space:nowrap}
.years a{padding:2px 4px}
main{max-width:920px;margin:0 auto;padding:8px 16px 48px}
h2{font-size:1.35rem;margin:28px 0 8px;scroll-margin-top:110px}
h3{font-size:1.05rem;color:var(--muted);margin:18px 0 6px}
ol.entries{list-style:none;margin:0;padding:0 0 0 22px;border-left:2px solid var(--line)}
li.entry{position:relative;margin:0 0 14px;padding:8px 12px;background:var(--card);border-radius:8px}
li.entry::before{content:"";position:absolute;left:-30px;top:14px;width:12px;height:12px;border-radius:50%;
background:var(--dot);border:2px solid var(--bg)}
li.entry.conflict::before{background:var(--warn)}
li.entry.rejected{opacity:.6}
li.entry.rejected .title{text-decoration:line-through}
.when{font-weight:600;color:var(--muted);font-size:.92rem}
.title{font-size:1.05rem;margin:2px 0 4px;font-weight:600;overflow-wrap:anywhere}
.badges{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0;font-size:.85rem}
.badge{border:1px solid var(--line);border-radius:999px;padding:0 8px}
.badge.warn{border-color:var(--warn);color:var(--warn);background:var(--warn-bg);font-weight:600}
.conflicts,.note{margin:6px 0;font-size:.92rem}
.conflicts{color:var(--warn)}
.note{border-left:3px solid var(--dot);padding-left:8px}
details{margin-top:4px}
summary{cursor:pointer;color:var(--dot);font-size:.92rem;padding:2px 0}
ol.sources{margin:6px 0 0;padding-left:20px}
ol.sources li{margin:0 0 8px}
.cite{font-size:.9rem;color:var(--muted);overflow-wrap:anywhere}
blockquote{margin:2px 0 0;padding:0 0 0 10px;border-left:3px solid var(--line);overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;padding:0 2px;border-radius:3px}
.empty{color:var(--muted)}
[hidden]{display:none!important}
@media (max-width:560px){body{font-size:15px}ol.entries{padding-left:14px}li.entry::before{left:-22px}
header,main{padding-left:10px;padding-right:10px}}
@media print{.controls,.skip,summary{display:none}body{background:#fff;color:#000;font-size:11pt}
li.entry{break-inside:avoid;background:none;border:1px solid #ccc}details::details-content{content-visibility:visible;display:block}
h2,h3{break-after:avoid}a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;color:#555;overflow-wrap:anywhere}}
"""

# Filtering, "?q=" and keyboard shortcuts; the page is complete without it.
SCRIPT = """
(function(){
  var box=document.getElementById('q'),count=document.getElementById('count');
  var entries=Array.prototype.slice.call(document.querySelectorAll('li.entry'));
  var groups=Array.prototype.slice.call(document.querySelectorAll('[data-group]'));
  var total=entries.length;
  function fmt(n){return n.toLocaleString('en-US');}
  document.body.classList.add('js');
  function apply(){
    var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean),shown=0;
    entries.forEach(function(li){
      var text=li.getAttribute('data-search'),ok=words.every(function(w){return text.indexOf(w)>=0;});
      li.hidden=!ok;if(ok){shown++;}
    });
    groups.forEach(function(g){g.hidden=!g.querySelector('li.entry:not([hidden])');});
    count.textContent=words.length?fmt(shown)+' of '+fmt(total)+' events':fmt(total)+' event'+(total===1?'':'s');
  }
  box.addEventListener('input',apply);
  document.addEventListener('keydown',function(e){
    if(e.key==='/'&&document.activeElement!==box&&!/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)){
      e.preventDefault();box.focus();
    }else if(e.key==='Escape'&&document.activeElement===box){box.value='';apply();}
  });
  var q=new URLSearchParams(window.location.search).get('q');
  if(q){box.value=q;}
  apply();
  var opened=[];
  window.addEventListener('beforeprint',function(){
    opened=Array.prototype.slice.call(document.querySelectorAll('details:not([open])'));
    opened.forEach(function(d){d.open=true;});
  });
  window.addEventListener('afterprint',function(){opened.forEach(function(d){d.open=false;});opened=[];});
})();
"""


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'s' * (count != 1)}"


def _year_anchor(year: str) -> str:
    return "y-" + "".join(c if c.isalnum() else "-" for c in year)


def _source_item(source: SourceView) -> str:
    article = source.article
    name = escape(article.name)
    if article.title:
        name += f" — {escape(article.title)}"
    if article.link:
        name = f'<a href="{escape(article.link)}" rel="noopener noreferrer">{name}</a>'
    details = [name]
    if article.published:
        details.append(f'published <time datetime="{escape(article.published)}">{escape(human_date(article.published))}</time>')
    if article.source:
        details.append(f"<code>{escape(article.id)}</code>")
    before, phrase, after = source.quote_parts()
    quote = escape(before) + (f"<mark>{escape(phrase)}</mark>" if phrase else "") + escape(after)
    if source.expression and not phrase:
        details.append(f"date phrase: “{escape(source.expression)}”")
    return f'<li><p class="cite">{" · ".join(details)}</p><blockquote>{quote}</blockquote></li>'


def _entry_item(entry: EntryView) -> str:
    classes = "entry" + (" conflict" if entry.conflicts else "") + (" rejected" if entry.rejected else "")
    when = escape(entry.when)
    stamp = iso_datetime(entry.date)
    when_html = f'<time datetime="{stamp}">{when}</time>' if stamp else when
    badges = [f'<span class="badge">{_plural(entry.reports, "source")}</span>']
    if entry.conflicts:
        badges.append('<span class="badge warn" title="The sources give different dates">⚠ dates disagree</span>')
    if entry.rejected:
        badges.append('<span class="badge">marked false</span>')
    parts = [f'<li class="{classes}" id="e-{escape(entry.id)}" data-search="{escape(entry.search_text())}">',
             f'<div class="when">{when_html}</div>',
             f'<p class="title">{escape(entry.title)}</p>',
             f'<div class="badges">{"".join(badges)}</div>']
    if entry.conflicts:
        disagree = "; ".join(f"{escape(c.when)} ({escape(', '.join(c.names))})" for c in entry.conflicts)
        parts.append(f'<p class="conflicts"><strong>Sources disagree on the date:</strong> {disagree}</p>')
    if entry.note:
        parts.append(f'<p class="note"><strong>Note:</strong> {escape(entry.note)}</p>')
    if entry.sources:
        items = "".join(_source_item(s) for s in entry.sources)
        label = "the quote" if len(entry.sources) == 1 else f"the {len(entry.sources)} quotes"
        parts.append(f'<details><summary>Show {label}</summary><ol class="sources">{items}</ol></details>')
    parts.append("</li>")
    return "".join(parts)


def _body(view: TimelineView) -> list[str]:
    """The year sections, each with its periods: consecutive entries with the same year and period share one list."""
    out: list[str] = []
    anchored: set[str] = set()
    year = period = None
    for entry in view.entries:
        if entry.year != year:
            if year is not None:
                out.append("</ol></section></section>")
            anchor = _year_anchor(entry.year)
            ident = f' id="{anchor}"' if anchor not in anchored else ""
            anchored.add(anchor)
            out.append(f'<section class="year" data-group><h2{ident}>{escape(entry.year)}</h2>')
            year, period = entry.year, None
            out.append(f'<section class="period" data-group>{_period_heading(entry)}<ol class="entries">')
            period = entry.period
        elif entry.period != period:
            out.append("</ol></section>")
            out.append(f'<section class="period" data-group>{_period_heading(entry)}<ol class="entries">')
            period = entry.period
        out.append(_entry_item(entry))
    if year is not None:
        out.append("</ol></section></section>")
    return out


def _period_heading(entry: EntryView) -> str:
    return f"<h3>{escape(entry.period)}</h3>" if entry.period else ""


def _years_nav(view: TimelineView) -> str:
    years = view.years
    if len(years) < 2:
        return ""
    links = "".join(f'<a href="#{_year_anchor(y)}">{escape(y)}</a>' for y in years)
    return f'<nav class="years" aria-label="Jump to a year">{links}</nav>'


def render_html(view: TimelineView) -> str:
    count = len(view.entries)
    span_text = f", {escape(view.entries[0].when)} to {escape(view.entries[-1].when)}" if count else ""
    summary = f"{_plural(count, 'event')} from {_plural(view.cited_articles, 'article')}{span_text}."
    body = "\n".join(_body(view)) if count else '<p class="empty">No events.</p>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline">
<title>{escape(view.title)}</title>
<style>{STYLE}</style>
</head>
<body>
<a class="skip" href="#timeline">Skip to the timeline</a>
<header>
<h1>{escape(view.title)}</h1>
<p class="summary">{summary}</p>
</header>
<div class="controls" role="search">
<div class="controls-inner">
<label class="filter" for="q">Filter</label>
<input class="filter" id="q" type="search" placeholder="a word, a place, a publisher… (press /)" autocomplete="off" aria-describedby="count">
<output id="count" aria-live="polite">{_plural(count, "event")}</output>
{_years_nav(view)}
</div>
</div>
<main id="timeline" tabindex="-1">
{body}
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""
