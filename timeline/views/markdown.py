"""A Markdown chronology for reports and pull requests: a heading per year (and month), one bullet per
event with its date as people write it, and its sources as footnotes (publisher, title, publication
date, the quoted sentence with the date phrase in bold, link). GitHub, GitLab, Pandoc and most editors
render the footnotes; in plain text they still read as numbered references.
"""

from __future__ import annotations

import re

from timeline.views.model import EntryView, SourceView, TimelineView, human_date

# characters that would start emphasis, a link, an HTML tag or a footnote inside running text
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    """`text` as literal Markdown on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _inline(text: str) -> str:
    """A piece of a sentence as literal Markdown: escaped, line breaks as spaces, its own edge spaces kept."""
    return _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text))


def _footnote(number: int, source: SourceView) -> str:
    article = source.article
    cite = f"**{escape(article.name)}**"
    if article.title:
        cite += f", “{escape(article.title)}”"
    if article.published:
        cite += f", {human_date(article.published)}"
    if article.source and "`" not in article.id:  # the id finds the article in timeline.yaml
        cite += f" (`{article.id}`)"
    before, phrase, after = source.quote_parts()
    quote = _inline(before) + (f"**{_inline(phrase)}**" if phrase.strip() else _inline(phrase)) + _inline(after)
    link = f" <{article.link}>" if article.link else ""
    return f"[^{number}]: {cite}: “{quote}”{link}"


def _bullet(entry: EntryView, refs: list[int]) -> list[str]:
    marks = "".join(f"[^{n}]" for n in refs)
    flag = " ⚠" if entry.conflicts else ""
    rejected = " *(marked false)*" if entry.rejected else ""
    lines = [f"- **{escape(entry.when)}**{flag} {escape(entry.title)}{rejected} {marks}".rstrip()]
    if entry.conflicts:
        disagree = "; ".join(f"{escape(c.when)} ({escape(', '.join(c.names))})" for c in entry.conflicts)
        lines.append(f"  *Sources disagree on the date:* {disagree}")
    if entry.note:
        lines.append(f"  *Note:* {escape(entry.note)}")
    return lines


def render_markdown(view: TimelineView) -> str:
    count = len(view.entries)
    out = [f"# {escape(view.title)}", "",
           f"{count} event{'s' * (count != 1)} from {view.cited_articles} article{'s' * (view.cited_articles != 1)}."]
    notes: list[str] = []
    numbers: dict[tuple[str, str], int] = {}  # one footnote per (article, quote), however many events cite it
    heading: tuple[str, str] | None = None
    for entry in view.entries:
        if heading is None or heading[0] != entry.year:
            out += ["", f"## {escape(entry.year)}"]
            heading = (entry.year, "")
        if entry.period and heading[1] != entry.period:
            out += ["", f"### {escape(entry.period)}"]
            heading = (entry.year, entry.period)
        if heading[1] and not entry.period:
            heading = (entry.year, "")
        if out[-1].startswith("#"):
            out.append("")
        refs = []
        for source in entry.sources:
            key = (source.article.id, source.quote)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                notes.append(_footnote(numbers[key], source))
            refs.append(numbers[key])
        out += _bullet(entry, list(dict.fromkeys(refs)))
    if notes:
        out += ["", *notes]
    return "\n".join(out) + "\n"
