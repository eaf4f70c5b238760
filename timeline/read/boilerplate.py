"""Remove site and forum chrome from an article body, line by line, conservatively.

Only whole lines go: a line that one rule of rules.yaml matches entirely, a navigation run (a long line of
capitalised menu labels with no sentence in it), and the publication stamps found in the first lines
("April 6, 2016 — 7:00 PM EDT", "Updated on ...", "WASHINGTON, May 25 (Reuters) -" is cut off its line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.read.pubdate import find_datelines
from timeline.read.rules import RULES


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]
    remove: tuple[str, ...]
    keep: tuple[str, ...]


def _compile() -> tuple[LineRule, ...]:
    rules = []
    for item in RULES["boilerplate"]:
        flags = 0 if item.get("case_sensitive") else re.IGNORECASE
        rules.append(
            LineRule(item["name"], re.compile(item["pattern"], flags), tuple(item["remove"]), tuple(item["keep"]))
        )
    return tuple(rules)


LINE_RULES = _compile()
COMMENT_HEADER = re.compile(RULES["comment_header"]["pattern"], re.IGNORECASE)
_MAX_CHROME_LINE = 300
_MENU_RUN = 12
_JOINERS = frozenset({"&", "and", "of", "the", "a", "for", "to", "in", "-", "|", "/", "·", "•"})
_ENDS_SENTENCE = re.compile(r"[.?!:][”\"')]?+\s*+\Z")
_BLANK_RUNS = re.compile(r"\n[ \t]*+\n(?:[ \t]*+\n)++")


def chrome_rule(line: str) -> str | None:
    """The name of the rule that marks a line as chrome, or None for a line to keep."""
    text = line.strip()
    if not text or len(text) > _MAX_CHROME_LINE * 4:
        return None
    if len(text) <= _MAX_CHROME_LINE:
        for rule in LINE_RULES:
            if rule.pattern.fullmatch(text):
                return rule.name
    if is_navigation(text):
        return "navigation"
    return None


def is_navigation(text: str) -> bool:
    """A line of menu labels: it holds a run of at least 12 capitalised words separated by spaces only
    (small joining words aside) and does not end like a sentence. Prose breaks such runs with commas."""
    if _ENDS_SENTENCE.search(text):
        return False
    run = 0
    for token in text.split():
        if token[0].isupper() and token[-1] not in ",;.":
            run += 1
            if run >= _MENU_RUN:
                return True
        elif token.lower() not in _JOINERS:
            run = 0
    return False


_AGENCY_CUT = re.compile(r"\A[^\n]{0,120}?\([A-Za-z][\w .&-]{0,30}+\)[ \t]{0,3}+[-–—][ \t]*+")
# "RIVERTON, Ohio (NN) —", "MIAMI (AP) --": a dateline with no date, a place in capitals (and its region), an
# agency in parentheses, a dash; cut off the opening lines so it never becomes part of an event's title
_UNDATED_AGENCY_CUT = re.compile(
    r"\A[ \t]{0,4}+[A-Z][A-Z.'’ -]{1,40}+(?:,[ \t]{1,3}+[A-Z][\w.'’-]{0,25}+(?:[ \t][A-Z][\w.'’-]{0,25}+){0,2}+)?+"
    r",?+[ \t]{0,3}+\([A-Za-z][\w .&-]{0,30}+\)[ \t]{0,3}+(?:[-–—]{1,2}+|_)[ \t]*+"
)
_UNDATED_AGENCY_LINES = 5
_TIMESTAMP_CUT = re.compile(
    r"[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?+[ \t]{0,2}+(?:[ap]\.?m\.?)?+(?:[ \t]{1,3}[A-Z]{2,5}\b)?+[ \t]*+", re.IGNORECASE
)


def _cut_dateline(line: str, kind: str) -> str:
    """Cut a dateline off the start of a line ("WASHINGTON, May 25 (Reuters) - The ..." -> "The ...")."""
    if kind == "place":
        return line  # "DURHAM, England, March 3, 2022 – Tidewater said ...": the place is part of the paragraph
    if kind == "agency":
        match = _AGENCY_CUT.match(line)
        return line[match.end() :] if match else line
    # "headline PLACE | Thu Sep 8, 2011 7:26 pm EDT PLACE (Reuters) - text": the prefix is headline and stamp
    clock = _TIMESTAMP_CUT.search(line, 0, 400)
    if not clock:
        return line
    rest = line[clock.end() :]
    agency = _AGENCY_CUT.match(rest)
    if agency and agency.end() <= 80:
        return rest[agency.end() :]
    return line


def without_comments(body: str) -> str:
    """The body up to the first reader comment ("At 16:12 29th Apr 2009, ghostofsichuan wrote: ...")."""
    header = COMMENT_HEADER.search(body)
    return body[: header.start()].rstrip() if header else body


def clean(body: str) -> str:
    """The body without reader comments, chrome lines and publication stamps."""
    lines = without_comments(body).split("\n")
    stamps = {d.line: d for d in find_datelines(body)}
    kept: list[str] = []
    for index, line in enumerate(lines):
        stamp = stamps.get(index)
        if stamp is not None:
            if stamp.kind == "stamp":
                continue
            line = _cut_dateline(line, stamp.kind)
        elif index < _UNDATED_AGENCY_LINES * 2 and sum(1 for k in kept if k) < _UNDATED_AGENCY_LINES:
            undated = _UNDATED_AGENCY_CUT.match(line)
            if undated:
                line = line[undated.end():]
        if chrome_rule(line) is not None:
            continue
        kept.append(line if line.strip() else "")
    text = "\n".join(kept)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")
