"""Titles that must not splice one clause's head onto another clause's predicate (issue 13): a relative's doer, a
coordinated clause's subject, an object's passive participle, a participle clause with its own date. Whole sentences
and their titles are in events.yaml title_sentence_examples and title_relative_examples; here, the steps."""

import pytest


@pytest.mark.parametrize("sentence,subject,clause,expected", [
    ("Much of the focus has been on missiles used by operatives who tried, but failed, to shoot down a plane.",
     "Much of the focus", "but failed", "who"),
    ("Libya's deserts have seemed enough for Gadhafi, who in 2008 gathered leaders.", "Libya's deserts", "who in",
     "who"),
    # near misses: a relative right after the subject, one in brackets, a "that" after a verb opens what was said
    ("Rogozin, who spoke first, warned on Monday that talks failed.", "Rogozin", "warned", None),
    ("The Command (set up by the board to report on the blast which caused the leak) posted a clip.", "The Command",
     "posted", None),
    ("Officials said that rebels attacked the town, and seized its airport.", "Officials", "seized", None),
])
def test_a_later_relative_bars_the_opening_subject(sentence, subject, clause, expected):
    from timeline.events.subjects import _later_relative
    at = _later_relative(sentence, subject, sentence.index(clause))
    assert (sentence[at:].split()[0] if at >= 0 else None) == expected


@pytest.mark.parametrize("before,expected", [
    ("Libya's economy depends almost entirely on oil and the rebels have struggled to revive exports ", "the rebels"),
    # near misses: two subjects of one clause, a list's last item
    ("Smith and the rebels met ", ""),
    ("Inspectors from the Commission, the Bank and the IMF will be back in Athens today ", ""),
])
def test_a_gerund_takes_the_coordinated_clause_subject(before, expected):
    from timeline.events.subjects import _coordinated_subject
    assert _coordinated_subject(before) == expected


@pytest.mark.parametrize("sentence,clause,expected", [
    ("Dr Murray was charged with causing the pop star's death, attributed to an overdose in June 2009.",
     "attributed", "the pop star's death was "),
    ("Koussa flew to Doha ahead of a meeting of the Libya Contact Group, formed in London last month.", "formed",
     "the Libya Contact Group was "),
    # near misses: no verb before the noun, a noun with its date, a preposition's object, an active past
    ("Rogozin, the NATO envoy, warned by letter on Monday.", "warned", ""),
    ("The minister visited the hospital on Monday, moved to the capital on Tuesday.", "moved", ""),
    ("The U.S. has a program in collaboration with the oil industry, authorized by the Act of 1999.", "authorized", ""),
    ("The rebels took the town, went to the coast on Monday.", "went", ""),
    ("Jackson, who had a history of health problems, collapsed at his home on Thursday.", "collapsed", ""),
    ("One report, compiled by WWF and the Nigerian Conservation Foundation, calculated in 2006 that oil spilled.",
     "calculated", ""),
])
def test_a_participle_after_an_object_is_its_passive(sentence, clause, expected):
    from timeline.events.clauses import _noun_before_participle
    at = sentence.index(clause)
    assert _noun_before_participle(sentence, at, sentence[at:]) == expected


@pytest.mark.parametrize("title,sentence,expected", [
    ("Dr Murray opened his practice in Las Vegas, expanding with a clinic in Houston",
     "In 2000, he opened his practice in Las Vegas, expanding with a clinic in Houston in 2006.",
     "Dr Murray expanded with a clinic in Houston"),
    # near misses: no other date before the participle, a result participle
    ("Dr Murray opened his practice in Las Vegas, expanding with a clinic in Houston",
     "He opened his practice in Las Vegas, expanding with a clinic in Houston in 2006.", ""),
    ("Libya agreed to transfer the suspects, leading to their conviction",
     "By 1999, Libya agreed to transfer the suspects, leading to their conviction in 2001.", ""),
])
def test_a_participle_with_its_own_date_is_its_own_event(title, sentence, expected):
    from timeline.events.clauses import other_date_participle
    date = sentence.rindex("20"), sentence.rindex("20") + 4
    others = [(m, m + 4) for m in range(len(sentence)) if sentence[m:m + 2] in ("19", "20")
              and sentence[m:m + 4].isdigit() and m != date[0]]
    assert other_date_participle(title, sentence, 0, date, others) == expected


@pytest.mark.parametrize("before,expected", [
    ("Libya's deserts have seemed enough for Gadhafi,", "Gadhafi"),
    # near miss: a place preposition
    ("He was born in Llanfihangel,", ""),
])
def test_a_name_after_a_person_preposition(before, expected):
    from timeline.events.subjects import _name_after_person_preposition
    assert _name_after_person_preposition(before) == expected
