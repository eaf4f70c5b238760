"""The text analysis: one lexicon of the language (lexicon.yaml) and one analysis of each article's text
(sentences, words, clause breaks, quotations, chronology lines, the dateline), made once and handed on to the
tagger and the event stage."""

from timeline.text.analysis import TextAnalysis, analyse

__all__ = ["TextAnalysis", "analyse"]
