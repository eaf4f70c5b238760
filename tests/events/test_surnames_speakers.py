"""surnames6: a full name the article writes as the speaker of a speech verb ("said Mike Bracken", "Mary Landry
said") is a person's, so a title that prints its surname alone takes the full name (events.yaml
person_forms bare_surname speech_verbs)."""
from timeline.events.surnames import article_names, name_bare_surname


def named(article, title, sentence=""):
    return name_bare_surname(title, article_names(article), sentence)


def test_said_before_the_full_name_tells_a_person():
    article = ["Gadhafi's forces had started to lay mines, said Mike Bracken, NATO's military spokesman.",
               "Bracken said at a Friday news conference that the NATO strikes were justified."]
    assert named(article, "Bracken said at a news conference that the NATO strikes were justified") \
        == "Mike Bracken said at a news conference that the NATO strikes were justified"


def test_said_after_the_full_name_tells_a_person():
    article = ["A day after the rig went down, Rear Admiral Mary Landry said there was no leak.",
               "Today a coastguard spokesman said that Landry had been operating on information from BP."]
    assert named(article, "A coastguard spokesman said that Landry had been operating") \
        == "A coastguard spokesman said that Mary Landry had been operating"


def test_told_after_the_full_name_tells_a_person():
    # (no role before the name: "Secretary of State" is a role of its own since surnames4, test_surname_signs)
    article = ["Hillary Clinton told reporters the talks had changed the landscape.",
               "Clinton urged more patience from critics of the campaign."]
    assert named(article, "Clinton urged more patience") == "Hillary Clinton urged more patience"


def test_said_after_the_surname_alone_tells_nothing():
    # "Bani said": the surname alone may be a body's or the familiar figure's word
    article = ["The talks were chaired by Hillary Clinton in London.",
               "Clinton told reporters the talks had changed the diplomatic landscape."]
    assert named(article, "Clinton urged more patience") == "Clinton urged more patience"


# near misses: no speech verb next to the name (a verb a clause away, a noun), or a name the article never gives in
# full: unchanged
def test_a_speech_verb_a_clause_away_tells_nothing():
    article = ["The talks were chaired by Hillary Clinton, the report said, in London.",
               "Clinton had changed the landscape."]
    assert named(article, "Clinton urged more patience") == "Clinton urged more patience"


def test_a_name_with_no_speech_verb_stays():
    # (not "Andrei Netto of the Brazilian newspaper Estado": "of" and a body tell a person since surnames4,
    # test_surname_signs)
    article = ["He traveled with Andrei Netto in the east.", "Netto was released on Thursday."]
    assert named(article, "Netto was released") == "Netto was released"


def test_a_surname_never_given_in_full_stays():
    article = ["Bracken said at a Friday news conference that the strikes were justified."]
    assert named(article, "Bracken said the strikes were justified") == "Bracken said the strikes were justified"


def test_the_familiar_figure_who_speaks_stays():
    article = ["Ken Feinberg said the claims would be paid.",
               *[f"Feinberg said it again on day {k}." for k in range(6)]]
    assert named(article, "Feinberg took over the claims process") == "Feinberg took over the claims process"


def test_said_before_a_name_that_goes_on_is_what_was_said():
    article = ["Rebels said Muammar Gaddafi had fled the capital.", "Gaddafi denied the report."]
    assert named(article, "Gaddafi appeared on state television") == "Gaddafi appeared on state television"


def test_a_name_after_a_lower_case_particle_is_no_bare_surname():
    article = ["The report was aired, said Al Jazeera, the broadcaster.", "Jazeera aired it again."]
    assert named(article, "Newspapers and al Jazeera television said the talks had failed") \
        == "Newspapers and al Jazeera television said the talks had failed"


def test_said_after_a_closing_quotation_mark_tells_a_person():
    article = ["“There is no more room for him in or near Libya,” said Jalal el-Gallal, a spokesman for the council.",
               "El-Gallal responded to Sarkozy by declaring Friday that it was up to the Libyan people."]
    assert named(article, "El-Gallal responded to Sarkozy") == "Jalal el-Gallal responded to Sarkozy"
