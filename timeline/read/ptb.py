"""Undo Penn Treebank tokenisation (`-LRB- Reuters -RRB-`, ``` `` ```/`''` quotes, `Gaddafi 's`, ` , `)."""

from __future__ import annotations

import re
from types import MappingProxyType

_BRACKETS = MappingProxyType({"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"})
_BRACKET = re.compile(r"-[LR][RSC]B-")
_MARKERS = re.compile(r"-[LR][RSC]B-|``|(?<= )''(?= |$)", re.MULTILINE)
_SPLIT_CLITIC = re.compile(r"\w (?:'s|'re|'ve|'ll|'d|'m|n't)\b", re.IGNORECASE)
_SPACED_PUNCT = re.compile(r"\w [,.;:?!](?: |$)", re.MULTILINE)
_ATTACHED_PUNCT = re.compile(r"\w[,;:?!] ")
# The Treebank's sentence splitter ends a line at any " . " after a short token, even one that opens a bracket:
# a stock ticker ("Royal Dutch Shell -LRB- RDSa .\nL -RRB- declared", "Eni -LRB- ENI .\nMI -RRB-") or an
# abbreviation ("-LRB- ex .\nGermany , Italy -RRB-"). A bracket opened by one word and a stop never closes a
# sentence, so those lines are rejoined before anything reads a line break as an end: the ticker as one token
# ("(RDSa.L)", "(AA.N)"), the abbreviation with a space. Near misses kept apart: a stop after two or more words
# in the bracket ("-LRB- see below .\nThe"), a stop after the bracket closed ("Shell -LRB- RDSa -RRB- .\nIt").
_SPLIT_TICKER = re.compile(r"(-LRB- [A-Za-z0-9&]{1,8}) \.[ \t]*+\n[ \t]*+([A-Z]{1,3}) (?=-RRB-)")
_SPLIT_BRACKET_ABBREVIATION = re.compile(r"(-LRB- [A-Za-z]{1,5} \.)[ \t]*+\n[ \t]*+(?=[^\n]*?-RRB-)")
_REJOIN: tuple[tuple[re.Pattern[str], str], ...] = (
    (_SPLIT_TICKER, r"\1.\2 "),
    (_SPLIT_BRACKET_ABBREVIATION, r"\1 "),
)
# each rule: (pattern, replacement), applied in order
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # the Treebank writes the pound sterling sign as "#" ("$ 75,000 -LRB- # 48,000 -RRB-"), sometimes after a
    # stray "¬" left by a mis-decoded "£"; a hash before an amount is that sign, never a number sign in news prose
    (re.compile(r"(?:¬ )?#(?= \d)"), "£"),
    (re.compile(r"(?<=\w) (n't|'s|'re|'ve|'ll|'d|'m|')(?!\w)", re.IGNORECASE), r"\1"),
    (re.compile(r"([(\[{$#£]) "), r"\1"),
    (re.compile(r" ([)\]}%])"), r"\1"),
    (re.compile(r" (\.\.\.|[,.;:?!])(?= |$)", re.MULTILINE), r"\1"),
    (re.compile(r"``[ \t]?+"), "“"),
    (re.compile(r"[ \t]?+''"), "”"),
    (re.compile(r"\\/"), "/"),
    (re.compile(r"\\\*"), "*"),
    (re.compile(r"(\b[A-Za-z]{1,4}\.)\.(?=[ \t]*+$)", re.MULTILINE), r"\1"),  # "etc. ." -> "etc."
    (re.compile(r"[ \t]++$", re.MULTILINE), ""),
)


def is_tokenised(text: str) -> bool:
    """True when the text clearly is PTB-tokenised: bracket tokens or `` quotes, or punctuation and
    clitics split off throughout with (almost) no punctuation attached to words."""
    sample = text[:20000]
    if len(_MARKERS.findall(sample)) >= 2:
        return True
    spaced = len(_SPACED_PUNCT.findall(sample)) + len(_SPLIT_CLITIC.findall(sample))
    attached = len(_ATTACHED_PUNCT.findall(sample))
    return spaced >= 5 and attached * 10 <= spaced


def detokenise(text: str) -> str:
    """Normal prose from tokenised text (line breaks are kept, but for those inside a bracket: see _REJOIN)."""
    for pattern, replacement in _REJOIN:
        text = pattern.sub(replacement, text)
    text = _BRACKET.sub(lambda m: _BRACKETS.get(m.group(0), m.group(0)), text)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
