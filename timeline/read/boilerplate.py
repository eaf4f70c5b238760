"""Remove site and forum chrome from an article body, line by line, conservatively.

Whole lines go when one rule of rules.yaml matches them entirely (or, for `search` rules, anywhere), a
navigation run (a long line of capitalised menu labels with no sentence in it), and the publication stamps
found in the first lines ("April 6, 2016 — 7:00 PM EDT", "Updated on ..."). Parts of lines go where a page
saved as text glued furniture to the reporting: a stamp or credit opening a line ("10.16 pm:", "Photograph:
Name/AP") is cut and the rest kept; in the first lines, the headline, highlights and caption before an agency
dateline or a photo credit go; and the article ends at a print footer, a sign-off or a comment thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.read.pubdate import find_datelines
from timeline.read.rules import RULES
from timeline.text import lexicon


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]
    remove: tuple[str, ...]
    keep: tuple[str, ...]
    search: bool = False  # searched in a line of any length (the whole line goes), not matched entirely
    # the line goes but what the rule matched stays as a line of its own: another story's stamp, from which the
    # item's next lines count their weekdays (timeline.tagger.anchor.restamp)
    keeps_match: bool = False


def _pieces() -> dict[str, str]:
    """The named pieces of rules.yaml `stamp_pieces`, months and weekdays, each expanded to plain regex."""
    names = {
        "month": "|".join(sorted((n.lower() for ns in lexicon.months() for n in ns), key=len, reverse=True)),
        "weekday": "|".join(sorted((n.lower() for ns in lexicon.weekdays() for n in ns), key=len, reverse=True)),
    }
    raw = dict(RULES["stamp_pieces"])
    while raw:  # a piece may use pieces defined before or after it
        ready = {name: text for name, text in raw.items() if "<<" not in _fill(text, names)}
        if not ready:
            raise ValueError(f"rules.yaml stamp_pieces: unknown or circular pieces in {sorted(raw)}")
        for name, text in ready.items():
            names[name] = _fill(text, names)
            del raw[name]
    return names


_PIECE = re.compile(r"<<(\w{1,20}+)>>")


def _fill(pattern: str, pieces: dict[str, str]) -> str:
    return _PIECE.sub(lambda m: f"(?:{pieces[m.group(1)]})" if m.group(1) in pieces else m.group(0), pattern)


def _expand(pieces: dict[str, str], pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    filled = _fill(pattern, pieces)
    if "<<" in filled:
        raise ValueError(f"rules.yaml: unknown piece in {pattern!r}")
    return re.compile(filled, flags)


def _line_rules(pieces: dict[str, str]) -> tuple[LineRule, ...]:
    rules = []
    for item in RULES["boilerplate"]:
        flags = 0 if item.get("case_sensitive") else re.IGNORECASE
        rules.append(
            LineRule(
                item["name"],
                _expand(pieces, item["pattern"], flags),
                tuple(item["remove"]),
                tuple(item["keep"]),
                bool(item.get("search", False)),
                bool(item.get("keeps_match", False)),
            )
        )
    return tuple(rules)


@dataclass(frozen=True, slots=True)
class CutRule:
    """A rule that cuts text: `cut` pairs (input, what is left) and `keep` inputs left whole, run by the tests."""

    name: str
    pattern: re.Pattern[str]
    cut: tuple[tuple[str, str], ...]
    keep: tuple[str, ...]
    lead: bool = False  # also searched (not only matched at the start) in the first lines
    inline: bool = False  # searched in every line; text before it stays only if it ends like a sentence
    caption_before: bool = False  # inline: the text before it is a picture's caption, kept only after a full stop
    # what every match of `pattern` holds (rules.yaml `needs`): a line without it is not searched, since a long
    # pattern tried at every place of a line costs several times a short one
    needs: re.Pattern[str] | None = None

    def search(self, line: str) -> re.Match[str] | None:
        """The first match of the rule in a line, or None."""
        if self.needs is not None and self.needs.search(line) is None:
            return None
        return self.pattern.search(line)


def _cut_rules(pieces: dict[str, str], items: list[dict]) -> tuple[CutRule, ...]:
    return tuple(
        CutRule(
            item["name"],
            _expand(pieces, item["pattern"]),
            tuple((source, left) for source, left in item["cut"]),
            tuple(item["keep"]),
            bool(item.get("lead", False)),
            bool(item.get("inline", False)),
            bool(item.get("caption_before", False)),
            _expand(pieces, item["needs"]) if "needs" in item else None,
        )
        for item in items
    )


@dataclass(frozen=True, slots=True)
class ChromeRules:
    """The rules of rules.yaml, compiled on first use (importing the readers compiles nothing)."""

    lines: tuple[LineRule, ...]  # every line rule, in the table's order
    searched: tuple[LineRule, ...]  # a line goes when one is found in it
    whole_line: tuple[LineRule, ...]  # a line goes when one matches all of it
    comment_header: re.Pattern[str]  # the first reader comment: the body ends before it
    prefixes: tuple[CutRule, ...]  # a stamp or credit opening a line
    ends: tuple[CutRule, ...]  # the article ends at a print footer, a sign-off, a comment thread
    lead_dateline: CutRule
    header_stamp: CutRule
    inline_dateline: CutRule  # an agency dateline inside a line: another story's bullets or teaser come before it
    reporter_place: CutRule  # "By Peter Bowes BBC News, Los Angeles": the place's end is found by place_words()
    lead_prefixes: frozenset[str]  # names of the prefix rules that mark the end of a lead
    kept_prefix_stamp: re.Pattern[str]  # a live report's bracketed clock-and-weekday stamp kept as a line of its own


@cache
def chrome_rules() -> ChromeRules:
    pieces = _pieces()
    lines = _line_rules(pieces)
    prefixes = _cut_rules(pieces, RULES["line_prefixes"])
    return ChromeRules(
        lines=lines,
        searched=tuple(rule for rule in lines if rule.search),
        whole_line=tuple(rule for rule in lines if not rule.search),
        comment_header=re.compile(RULES["comment_header"]["pattern"], re.IGNORECASE),
        prefixes=prefixes,
        ends=_cut_rules(pieces, RULES["article_end"]),
        lead_dateline=_cut_rules(pieces, [{"name": "lead dateline", **RULES["lead_dateline"]}])[0],
        header_stamp=_cut_rules(pieces, [{"name": "header stamp", **RULES["header_stamp"]}])[0],
        inline_dateline=_cut_rules(pieces, [{"name": "inline dateline", **RULES["inline_dateline"]}])[0],
        reporter_place=_cut_rules(pieces, [{"name": "reporter and place", **RULES["reporter_place"]}])[0],
        lead_prefixes=frozenset(rule.name for rule in prefixes if rule.lead),
        kept_prefix_stamp=_expand(pieces, RULES["kept_prefix_stamp"]["pattern"]),
    )


_LEAD_LINES = 5  # headline, standfirst, highlights, caption: the first lines before the report starts
_LEAD_CHARS = 600
_MAX_PREFIXES = 3
_REPORT_WORDS = 8
_MAX_CHROME_LINE = 300
_MENU_RUN = 12
_JOINERS = frozenset({"&", "and", "of", "the", "a", "for", "to", "in", "-", "|", "/", "·", "•"})
_ENDS_SENTENCE = re.compile(r"[.?!:][”\"')]?+\s*+\Z")
_FULL_STOP = re.compile(r"[.?!][”\"')]?+\s*+\Z")
_BLANK_RUNS = re.compile(r"\n[ \t]*+\n(?:[ \t]*+\n)++")


def chrome_rule(line: str) -> str | None:
    """The name of the rule that marks a line as chrome, or None for a line to keep."""
    text = line.strip()
    if not text:
        return None
    rules = chrome_rules()
    for rule in rules.searched:
        if rule.pattern.search(text):
            return rule.name
    if len(text) > _MAX_CHROME_LINE * 4:
        return None
    if len(text) <= _MAX_CHROME_LINE:
        for rule in rules.whole_line:
            if rule.pattern.fullmatch(text):
                return rule.name
    if is_navigation(text):
        return "navigation"
    return None


def kept_prefix_stamp(prefix: str) -> list[str]:
    """What stays of the stamps cut from a line's start: a live report's bracketed clock-and-weekday stamp
    (rules.yaml `kept_prefix_stamp`), as a paragraph of its own, or nothing."""
    found = chrome_rules().kept_prefix_stamp.match(prefix.strip())
    return ["", found.group(0), ""] if found else []


def kept_stamp(line: str) -> list[str]:
    """What stays of a chrome line: the match of a `keeps_match` rule ("updated: Sat Jul 30 2011 01:14:00"), as a
    line of its own, or nothing."""
    for rule in chrome_rules().searched:
        found = rule.pattern.search(line.strip()) if rule.keeps_match else None
        if found:
            return [found.group(0)]
    return []


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
    header = chrome_rules().comment_header.search(body)
    return body[: header.start()].rstrip() if header else body


def cut_prefix(line: str, *, lead: bool = False) -> tuple[str | None, str]:
    """(rule name, the rest of the line) when a stamp or credit opens the line; (None, line) otherwise.
    In the lead, `lead` rules are searched: a headline or caption before them goes with them."""
    start = len(line) - len(line.lstrip())
    if start == len(line):
        return None, line
    for rule in chrome_rules().prefixes:
        found = rule.pattern.match(line, start)
        if found is None and lead and rule.lead:  # in the lead, what comes before goes whatever it is
            found = rule.pattern.search(line, start, start + _LEAD_CHARS)
        if found is None and rule.inline:
            found = rule.pattern.search(line, start)
            if found is not None:
                before = line[: found.start()].rstrip()
                rest = cut_prefix(line[found.end() :].lstrip(), lead=lead)[1]  # a live blog has one stamp a line
                kept = _FULL_STOP.search(before) if rule.caption_before else _reads_as_report(before)
                return rule.name, f"{before}\n{rest}" if kept else rest
        if found is not None:
            return rule.name, line[found.end() :].lstrip()
    return None, line


def _reads_as_report(text: str) -> bool:
    """Text a live blog glued before a stamp: a sentence (maybe missing its full stop), not a link title or a
    lead-in to a video ("Here is video of the speech:", "TIMELINE: Six remarkable days")."""
    return bool(_FULL_STOP.search(text)) or (not text.endswith(":") and len(text.split()) >= _REPORT_WORDS)


_PLACE_WORD = re.compile(r"[A-Z][\w'’.-]{0,30}+")
_MAX_PLACE_WORDS = 3
# the rest of a signature's line is a place and its region, nothing else
_ONLY_PLACE = re.compile(r"[A-Z][\w'’.-]{0,30}+(?: [A-Z][\w'’.-]{0,30}+){0,3}+(?:, [A-Z][\w'’.-]{0,30}+(?: [A-Z][\w'’.-]{0,30}+){0,3}+)?+\.?+\s*+\Z")
_RUN_WORDS = 6
_LEAD_NAME_WORDS = 2


def _capitalised_run(line: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the capitalised words that follow `start` one space apart (at most _RUN_WORDS)."""
    words: list[tuple[int, int]] = []
    at = start
    while len(words) < _RUN_WORDS:
        word = _PLACE_WORD.match(line, at)
        if word is None or (word.end() < len(line) and not line[word.end()].isspace()):
            break
        words.append((word.start(), word.end()))
        if word.end() + 1 >= len(line) or line[word.end()] != " ":
            break
        at = word.end() + 1
    return words


def place_words(line: str, words: list[tuple[int, int]], body: str) -> int:
    """How many of a signature's capitalised words after the outlet name the place it was filed from: the longest
    run the article names again elsewhere; else all before a two-word name that opens the lead, or a run of two."""
    ends_line = not line[words[-1][1] :].strip()
    for count in range(min(_MAX_PLACE_WORDS, len(words)), 0, -1):
        if _named_twice(line[words[0][0] : words[count - 1][1]], body):
            return count
    if not ends_line and len(words) > _LEAD_NAME_WORDS:
        return min(_MAX_PLACE_WORDS, len(words) - _LEAD_NAME_WORDS)
    return min(_MAX_PLACE_WORDS, len(words))


def _named_twice(phrase: str, body: str) -> bool:
    """Whether `phrase` stands as whole words at least twice in `body` (the signature itself and once more)."""
    seen = 0
    at = body.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not body[at - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
            seen += 1
            if seen >= 2:
                return True
        at = body.find(phrase, at + 1)
    return False


def cut_reporter_place(line: str, body: str) -> str | None:
    """The line after a reporter's signature, outlet and place ("By Peter Bowes BBC News, Los Angeles Fans sing
    ..." -> "Fans sing ..."), or None when the line does not open with one; `body` is the whole article."""
    found = chrome_rules().reporter_place.pattern.match(line)
    if found is None:
        return None
    if _ONLY_PLACE.match(line, found.end()):
        return ""  # a signature that closes a report: "Reza Sayah, CNN, Southern Sindh, Pakistan."
    words = _capitalised_run(line, found.end())
    if not words:
        return None
    return line[words[place_words(line, words, body) - 1][1] :].lstrip()


def cut_inline_dateline(line: str) -> str | None:
    """The line after an agency's dateline found inside it (not at its start), with the text before it kept as a
    line of its own only when it ends like a sentence; None when there is no such dateline."""
    found = chrome_rules().inline_dateline.pattern.search(line, 1)
    if found is None:
        return None
    before, after = line[: found.start()].rstrip(), line[found.end() :]
    return f"{before}\n{after}" if _FULL_STOP.search(before) else after


def cut_lead_dateline(line: str) -> str | None:
    """The line after a news agency's dateline found within its first characters, or None."""
    found = chrome_rules().lead_dateline.pattern.search(line, 0, _LEAD_CHARS)
    return line[found.end() :] if found else None


def end_of_article(lines: list[str]) -> tuple[int, str, str] | None:
    """(line index, rule name, what is kept of that line) for the first article-end marker, or None."""
    for index, line in enumerate(lines):
        if not line or line.isspace():
            continue
        for rule in chrome_rules().ends:
            found = rule.search(line)
            if found is not None:
                before = line[: found.start()].rstrip()
                return index, rule.name, before if _FULL_STOP.search(before) else ""
    return None


def _until_end(lines: list[str]) -> list[str]:
    """The lines before the first article-end marker (print footer, sign-off, comment thread)."""
    end = end_of_article(lines)
    if end is None:
        return lines
    index, _, before = end
    return lines[:index] + ([before] if before else [])


def headline_before_stamp(text: str) -> str:
    """The headline (and standfirst) before the page's date-and-time stamp in a lead's dropped text, or "".
    A lead stamp that starts before it ("Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK") is part
    of the stamp, not of the headline: the headline ends where that starts."""
    rules = chrome_rules()
    found = rules.header_stamp.pattern.search(text)
    if found is None:
        return ""
    end = found.start()
    for rule in rules.prefixes:
        if rule.name in rules.lead_prefixes:
            earlier = rule.pattern.search(text)
            if earlier is not None and earlier.start() < end:
                end = min(end, earlier.start())
    return text[:end].strip()


def _cut_prefixes(line: str, in_lead: bool) -> tuple[str, bool]:
    """The line without the stamps and credits that open it ("Photograph: Name/AP 1.53 pm: Afternoon all, ..."),
    and whether one was a lead rule found in the lead (then the lines above it are headline and caption)."""
    lead_cut = False
    for _ in range(_MAX_PREFIXES):
        name, line = cut_prefix(line, lead=in_lead)
        if name is None:
            break
        lead_cut = lead_cut or (in_lead and name in chrome_rules().lead_prefixes)
    return line, lead_cut


# a transcript's speaker label opening a line: one or two words in capitals and a colon before the turn's first
# word ("AZUZ: In neighboring Egypt, ...", "UNIDENTIFIED FEMALE: We ...", "CNN: Why do you think ...")
_SPEAKER_LABEL = re.compile(r"\A([A-Z][A-Z'’.-]{1,20}+(?: [A-Z][A-Z'’.-]{1,20}+)?+) ?+:[ \t]++(?=[“\"A-Z])")
_SPEAKER_TURNS = 2


def without_speaker_labels(lines: list[str]) -> list[str]:
    """The lines with a transcript's speaker labels cut: a label in capitals that opens two lines or more of the
    article is a speaker's, and the turn after it is the reporting ("AZUZ: In neighboring Egypt, about a thousand
    people showed up ..." -> "In neighboring Egypt, ..."). A label that opens one line only is a headline's or a
    story link's subject and stays ("NATO: No apology for Libya deaths")."""
    labels = [_SPEAKER_LABEL.match(line) for line in lines]
    counts: dict[str, int] = {}
    for label in labels:
        if label is not None:
            counts[label.group(1)] = counts.get(label.group(1), 0) + 1
    return [
        line[label.end() :] if label is not None and counts[label.group(1)] >= _SPEAKER_TURNS else line
        for line, label in zip(lines, labels)
    ]


def clean(body: str) -> str:
    """The body without reader comments, chrome lines and publication stamps."""
    lines = without_speaker_labels(_until_end(without_comments(body).split("\n")))
    stamps = {d.line: d for d in find_datelines(body)}
    kept: list[str] = []
    lead_dateline_seen = False
    for index, line in enumerate(lines):
        if not line or line.isspace():
            kept.append("")
            continue
        in_lead = index < _LEAD_LINES * 2 and sum(1 for k in kept if k) < _LEAD_LINES
        stamp = stamps.get(index)
        if stamp is not None:
            if stamp.kind == "stamp":
                continue
            if stamp.kind == "agency":
                lead_dateline_seen = True
            line = _cut_dateline(line, stamp.kind)
        else:
            undated = _UNDATED_AGENCY_CUT.match(line)
            # past the lead only before a capital: a page of several stories' leads opens each with its dateline
            if undated and (in_lead or line[undated.end() : undated.end() + 1].isupper()):
                line = line[undated.end():]
                lead_dateline_seen = True
        after_signature = cut_reporter_place(line, body)
        if after_signature is not None:
            line = after_signature
        if in_lead and not lead_dateline_seen:
            after = cut_lead_dateline(line)
            if after is not None:
                line, lead_dateline_seen = after, True
                kept = [""] if kept else []  # headline, highlights, bullets before the dateline
        after_dateline = cut_inline_dateline(line)
        if after_dateline is not None:
            line, lead_dateline_seen = after_dateline, True
        whole = line
        line, lead_cut = _cut_prefixes(line, in_lead)
        if lead_cut:  # a credit in the lead: the text above was headline, standfirst and caption
            above = " ".join(k for k in (*kept, whole[: len(whole) - len(line)]) if k)
            headline = headline_before_stamp(above)
            kept = [headline, ""] if headline else ([""] if kept else [])
        kept.extend(kept_prefix_stamp(whole[: len(whole) - len(line)]))
        if chrome_rule(line) is not None:
            kept.extend(kept_stamp(line))
            continue
        kept.append(line if line.strip() else "")
    text = "\n".join(_split_header_stamps(kept))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def _split_header_stamps(lines: list[str]) -> list[str]:
    """The lines with the page's date-and-time stamp cut out of the lead, where a page saved as text glued the
    headline and standfirst before it to the report's first sentence after it ("BP could face criminal charges
    Friday 30 April 2010 22.49 BST Britain's biggest oil company was tonight facing ..."): the headline stays a
    piece of its own, so it never runs into the first sentence."""
    out: list[str] = []
    seen = 0
    for line in lines:
        seen += 1 if line else 0
        found = chrome_rules().header_stamp.pattern.search(line) if line and seen <= _LEAD_LINES else None
        if found is None:
            out.append(line)
            continue
        before, after = line[: found.start()].rstrip(), line[found.end() :].lstrip()
        out.extend((before, "", after))  # blank runs are closed up by the caller
    return out
