"""kinds2: a bare noun of a title named by the article's one fuller mention of its kind anywhere before it, a mention
with a "with/carrying/of" phrase read as fuller (timeline.events.subjects name_by_kind, _kind_phrase; kinds.yaml), and
title_choice's unnamed subject agreeing with the naming rules on a described noun ("The overcrowded boat")."""

import pytest

from timeline.events import extract
from timeline.model import Article

from timeline.events.subjects import described_kind_noun, name_by_kind
from timeline.merge.title_choice import _unnamed_subject, _words_of

FILLER = ["Officials counted them.", "Two were sick.", "Four were children.", "Doctors saw them.", "Food was short."]


@pytest.mark.parametrize("title,sentence,texts,named", [
    # the one fuller mention of the kind, told further back than four sentences
    ("The vessel was bombed by the navy", "The vessel was bombed by the navy on March 29.",
     ["The Liberian-registered tanker hit rocks off Cornwall in 1967.", *FILLER],
     "The Liberian-registered tanker was bombed by the navy"),
    ("Obama said the procedure will work", "Obama said on Thursday the procedure will work.",
     ["BP has resumed its high-risk “top kill” operation to stem the leak.", *FILLER],
     "Obama said the high-risk “top kill” operation will work"),
    # a bare mention with a "with/carrying/of" phrase is fuller: the phrase up to a verb or a punctuation mark
    ("The ferry docked in Misrata", "The ferry docked in Misrata on Monday.",
     ["Officials said a ferry with the capacity to seat 1,200 people would come.", *FILLER],
     "A ferry with the capacity to seat 1,200 people docked in Misrata"),
    ("The boat ran aground", "The boat ran aground on Wednesday.",
     ["A boat carrying migrants was seen near the coast."],
     "A boat carrying migrants ran aground"),
    # near misses: two different fuller mentions anywhere before; a plural of the kind far back; a mention in a
    # quotation; a phrase that runs on (no phrase cut mid-way); a phrase ending on a function word; a place-only
    # title with a phrase mention; a bare mention with no phrase
    ("The vessel was bombed", "The vessel was bombed on March 29.",
     ["The Liberian-registered tanker hit rocks.", "A British navy ship stood by.", *FILLER], "The vessel was bombed"),
    ("The vessel was bombed", "The vessel was bombed on March 29.",
     ["The Liberian-registered tanker hit rocks.", "Other ships stood by.", *FILLER], "The vessel was bombed"),
    ("The vessel was bombed", "The vessel was bombed on March 29.",
     ["“The Liberian-registered tanker is lost,” he said.", *FILLER], "The vessel was bombed"),
    ("The boat ran aground", "The boat ran aground on Wednesday.",
     ["A boat carrying more than two hundred hungry and frightened migrants from the coast of Libya was seen."],
     "The boat ran aground"),
    ("The boat ran aground", "The boat ran aground on Wednesday.",
     ["A boat with the", "x."], "The boat ran aground"),
    ("The ferry at Misrata docked", "The ferry at Misrata docked on Monday.",
     ["Officials said a ferry with 1,200 seats would come."], "The ferry at Misrata docked"),
    ("The boat ran aground", "The boat ran aground on Wednesday.",
     ["A boat carrying migrants capsized off Lampedusa."], "The boat ran aground"),  # "-ed": verb or describing word
    ("The video was posted", "The video, taken on a cell phone, was posted on Monday.",
     ["In the following video, a reporter tells of the fighting.", "Video on YouTube shows protesters.", *FILLER],
     "The video was posted"),  # "following" points within the page
    ("The boat ran aground", "The boat ran aground on Wednesday.", ["A boat was seen.", *FILLER],
     "The boat ran aground"),
])
def test_name_by_kind_further_back_and_with_phrase(title, sentence, texts, named):
    assert name_by_kind(title, sentence, texts) == named


@pytest.mark.parametrize("title,unnamed", [
    ("The overcrowded boat ran aground", False),  # described, as name_by_kind reads it
    ("The fishing boat arrived in Zarzis", False),
    ("The meeting between the two leaders ended", False),
    ("The vessel carrying supplies left", False),
    ("The boat ran aground", True),  # a bare noun of a kind: which boat
    ("The clip was played in full", True),
    ("The judge was criticised", True),  # a noun of no kind: as before
])
def test_unnamed_subject_agrees_with_naming(title, unnamed):
    assert _unnamed_subject(*_words_of(title)) is unnamed


def test_described_kind_noun_reads_the_subject_only():
    assert described_kind_noun("overcrowded boat".split())
    assert not described_kind_noun("boat".split())
    assert not described_kind_noun("the boat".split())


@pytest.mark.parametrize("body,date,title", [
    ("Officials said a ferry with the capacity to seat 1,200 people would come. The ferry docked in Misrata on Monday.",
     "Monday", "A ferry with the capacity to seat 1,200 people docked in Misrata"),
    ("The Liberian-registered tanker hit rocks off Cornwall in March. Oil spread along the coast. Birds died in their "
     "thousands. Beaches were closed to visitors. The fishermen were angry. Crews worked for weeks. The vessel was "
     "bombed by the navy on March 29.", "March 29", "The Liberian-registered tanker was bombed by the navy"),
    # near miss: a second, different tanker told between them, more than four sentences back
    ("The Liberian-registered tanker hit rocks off Cornwall in March. A French oil tanker stood by. Oil spread along "
     "the coast. Beaches were closed to visitors. The fishermen were angry. Crews worked for weeks. The vessel was "
     "bombed by the navy on March 29.", "March 29", "The vessel was bombed by the navy"),
])
def test_extract_names_the_kind_noun(body, date, title):
    events = extract(Article(id="a", body=body, published="2011-09-15"))
    assert [e.title for e in events if e.source.expression == date] == [title]
