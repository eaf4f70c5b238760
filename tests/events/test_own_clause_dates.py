"""dates24: a date belongs to the event of its own clause (timeline/events/dating.py possessive_subject_end,
dates_report_of_earlier_act's own_time_phrases, dated_conjunct_title)."""

from __future__ import annotations

from timeline.events import extract
from timeline.events.dating import dated_conjunct_title
from timeline.model import Article, Sentence, Timex


def _dated(text: str, published: str = "2011-05-03") -> list[tuple[str, str, str]]:
    return [(e.source.expression, e.date, e.title) for e in extract(Article(id="a", body=text, published=published))]


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


def _timex(sentence: Sentence, phrase: str) -> Timex:
    at = sentence.text.index(phrase)
    return Timex(at, at + len(phrase), phrase, "DATE", "2011-05-02")


# --- a possessive date that opens the subject, when the verb has a date of its own

def test_a_possessive_subject_date_leaves_the_verb_to_its_own_date() -> None:
    found = _dated("Sunday's attack was condemned on Tuesday by the Arab League.")
    assert ("Tuesday", "2011-05-03", "The attack was condemned by the Arab League") in found
    assert not [f for f in found if f[0] == "Sunday" and "condemned" in f[2]]


def test_a_possessive_subject_date_titles_a_long_enough_noun_phrase() -> None:
    found = _dated("Sunday's deadly NATO strike on the house was condemned by Russia on Tuesday.")
    assert ("Sunday", "2011-05-01", "The deadly NATO strike on the house") in found
    assert ("Tuesday", "2011-05-03", "The deadly NATO strike on the house was condemned by Russia") in found


def test_a_possessive_subject_date_with_no_other_date_keeps_the_verb() -> None:
    assert _dated("Sunday's strike killed three people.") == [("Sunday", "2011-05-01", "The strike killed three people")]


def test_a_possessive_date_of_a_noun_that_is_no_event_keeps_the_verb() -> None:
    # "Saturday's visitors": no event noun in the subject; the clause keeps what it was given before
    found = _dated("Saturday's visitors were welcomed on Monday by the mayor.")
    assert not [f for f in found if f[0] == "Saturday" and len(f[2].split()) < 3]


# --- a report's day and a reported act with a time of its own

def test_a_reported_act_over_the_weekend_is_not_the_report_s_day() -> None:
    found = _dated("More than 8,000 people fled into Tunisia over the weekend to escape the fighting, the U.N. High "
                   "Commissioner for Refugees said Tuesday.")
    assert not [f for f in found if f[0] == "Tuesday"]


def test_a_report_title_keeps_its_day() -> None:
    found = _dated("The Pentagon said on Monday that planes struck targets near Tripoli over the weekend.")
    assert [(p, d) for p, d, _ in found] == [("Monday", "2011-05-02")]
    assert "said" in found[0][2]


def test_a_reported_act_with_no_time_of_its_own_keeps_the_report_s_day() -> None:
    found = _dated("Rebels took the town, a spokesman said on Monday.")
    assert [(p, d) for p, d, _ in found] == [("Monday", "2011-05-02")]


# --- two joined clauses: the title is the clause the date stands in, when the other tells no simple past

def test_the_date_s_conjunct_titles_the_event() -> None:
    found = _dated("The strongman's tanks have been pounding the city and bombs fell Thursday near the hospital, the "
                   "doctor said.", "2011-03-25")
    assert found == [("Thursday", "2011-03-24", "Bombs fell near the hospital")]
    found = _dated("A government official said five airstrikes had targeted the port and the police academy was also "
                   "hit on Thursday.", "2011-03-25")
    assert found == [("Thursday", "2011-03-24", "The police academy was hit")]


def test_a_later_conjunct_after_a_shared_subject() -> None:
    found = _dated("The rebels have seized large swathes of the country, but are deeply divided and lack experience, "
                   "and Thursday's gains in the east broke weeks of stalemate.", "2011-08-12")
    assert found == [("Thursday", "2011-08-11", "The gains in the east broke weeks of stalemate")]


def test_the_first_conjunct_keeps_its_date_from_a_perfect_after_it() -> None:
    found = _dated("Rebels said they fought troops for control of a main thoroughfare there Wednesday and eight "
                   "people had been killed the previous day, mostly civilians.", "2011-04-21")
    assert found == [("Wednesday", "2011-04-20", "Rebels said they fought troops for control of a main thoroughfare "
                                                 "there")]


def test_conjuncts_that_keep_their_title() -> None:
    # two simple pasts share the date; one subject; no verb before the joiner; a pronoun subject; a relative clause
    assert _dated("Rebels captured the town and government forces shelled the port on Monday.")[0][2] \
        == "Rebels captured the town and government forces shelled the port"
    assert _dated("Another person was killed and nine were injured Monday, Mohammed said.")[0][2] \
        == "A person was killed and nine were injured"
    assert _dated("Rebels took the town and held it on Monday.")[0][2] == "Rebels took the town and held it"
    assert _dated("Obama and Cameron met on Monday.")[0][2] == "Obama and Cameron met"
    assert "and he resigned" in _dated("The town has been quiet and he resigned on Monday.")[0][2]
    assert _dated("Pro-democracy movements that have swept across the Middle East and North Africa began to reach "
                  "Libya in January.")[0][2].startswith("Pro-democracy movements")


def test_dated_conjunct_title_cuts_to_the_date_s_side() -> None:
    text = "The town has been shelled for days and rebels fled on Monday."
    s = _sentence(text)
    assert dated_conjunct_title("The town has been shelled for days and rebels fled", s,
                                _timex(s, "on Monday")) == "Rebels fled"
    text = "Rebels fled on Monday and the town has been shelled since."
    s = _sentence(text)
    assert dated_conjunct_title("Rebels fled and the town has been shelled since", s,
                                _timex(s, "on Monday")) == "Rebels fled"
    # an object pronoun names its thing only in the other clause: no cut
    text = "The rebels had held the town but government forces retook it on Monday."
    s = _sentence(text)
    assert dated_conjunct_title("The rebels had held the town but government forces retook it", s,
                                _timex(s, "on Monday")) == ""


def test_a_bound_after_the_verb_is_no_date_of_its_own() -> None:
    # "since Tuesday" bounds the count; Friday stays the killings' and their clause's
    found = _dated("Friday's killings brought to 50 the number of people killed since Tuesday, when the protests "
                   "began, the medical source said.", "2011-02-19")
    assert ("Friday", "2011-02-18") in [(p, d) for p, d, _ in found]
    assert any(p == "Friday" and "brought" in t for p, _, t in found)


def test_a_shared_passive_keeps_both_clauses() -> None:
    # "evacuated" shares the first clause's "was": one happening, one date
    text = ("The U.S. Embassy in Tripoli was shuttered and American personnel evacuated by sea and air in late "
            "February.")
    s = _sentence(text)
    assert dated_conjunct_title("The U.S. Embassy in Tripoli was shuttered and American personnel evacuated by sea "
                                "and air", s, _timex(s, "in late February")) == ""


def test_a_report_closing_after_its_occasion_leaves_an_act_of_the_weekend() -> None:
    found = _dated("For the first time, A-10 and AC-130 ground attack aircraft were used over the weekend in Libya, "
                   "Vice Adm. Bill Gortney said at a press briefing on Monday.", "2011-03-28")
    assert not [f for f in found if f[0] == "Monday"]
    # near miss: no time of its own, the report's day stays
    found = _dated("A-10 aircraft were used in Libya, Vice Adm. Bill Gortney said at a press briefing on Monday.",
                   "2011-03-28")
    assert [(p, d) for p, d, _ in found] == [("Monday", "2011-03-28")]


def test_a_conjunct_with_a_time_of_its_own_is_not_the_date_s() -> None:
    assert _dated("Rebels fled over the weekend and troops entered the town on Monday.", "2011-03-28") \
        == [("Monday", "2011-03-28", "Troops entered the town")]


def test_a_conjunct_with_a_date_of_its_own_is_not_the_other_date_s() -> None:
    found = _dated("Troops entered the town on Monday and rebels fled the day before.", "2011-03-28")
    assert ("the day before", "2011-03-27", "Rebels fled") in found
    assert ("Monday", "2011-03-28", "Troops entered the town") in found


def test_a_noun_joined_to_a_noun_is_no_clause() -> None:
    # "every oil and gas well drilled": "gas" opens no clause (a bare noun needs its verb right after it)
    found = _dated("Blowout preventers are used on every oil and gas well drilled in the world today.", "2010-05-11")
    assert all(not t.startswith("Gas") for _, _, t in found)
