"""Page chrome in saved CNN pages (chrome5): a sidebar's link-list teaser (bullet glyph, headline, colon, quoted
blurb) and a programme promo ("this Sunday at 10a") go whole; a reporter's quote after a colon, a live blog's
bullet point and a meeting's time stay. The lines are the pages' own, as saved (PTB tokens)."""

from __future__ import annotations

from timeline.read import ptb
from timeline.read.boilerplate import chrome_rule, clean

TEASER_PAGE = "\n".join(
    [
        "cents Japan raises threat level at nuclear plant : `` Japan 's Nuclear and Industrial Safety Agency raised the "
        "level for the crisis at the Fukushima Daiichi nuclear plant Friday from a 4 to 5 - putting it on par with the "
        "1979 incident at Pennsylvania 's Three Mile Island . ''",
        "cents Japan 's death toll climbs to nearly 7,000 : `` Japan documented more deaths Friday as Prime Minister "
        "Naoto Kan sought to reassure a nation reeling from disaster . ''",
        "Libyan Foreign Minister Moussa Koussa , speaking to reporters Friday in Tripoli , said : `` We accept the "
        "resolution . ''",
        "cents Transocean has struck back this afternoon however , accusing BP of trying to conceal its own failings "
        "in the report .",
    ]
)

PROMO_PAGE = "\n".join(
    [
        "As all eyes are understandably on the utter devastation from the earthquake and tsunami in Japan , this "
        "Sunday at 10a .",
        "The death toll in Libya continues to mount .",
        "Tune in this Sunday at 10a .",
        "The Arab League will meet this Sunday at 10 a.m. in Cairo .",
    ]
)


def test_teaser_lines_of_a_saved_page_go_and_reporting_stays() -> None:
    text = clean(ptb.detokenise(TEASER_PAGE))
    assert "Japan raises threat level" not in text
    assert "death toll climbs" not in text
    assert "Japan documented more deaths" not in text
    assert "Libyan Foreign Minister Moussa Koussa, speaking to reporters Friday in Tripoli, said: “We accept" in text
    assert "Transocean has struck back this afternoon" in text


def test_promo_lines_of_a_saved_page_go_and_a_meeting_time_stays() -> None:
    text = clean(ptb.detokenise(PROMO_PAGE))
    assert "understandably" not in text
    assert "Tune in" not in text
    assert "The death toll in Libya continues to mount." in text
    assert "The Arab League will meet this Sunday at 10 a.m. in Cairo." in text


def test_the_teaser_needs_its_glyph_colon_and_quote() -> None:
    assert chrome_rule("cents Japan raises threat level at nuclear plant: “Japan raised the level Friday.”") == (
        "link-list teaser"
    )
    assert chrome_rule("Japan raises threat level at nuclear plant: “Japan raised the level Friday.”") is None
    assert chrome_rule("cents Japan raises threat level at nuclear plant: Japan raised the level Friday.") is None
    assert chrome_rule("Shares rose 12 cents Friday: “Demand is up,” a trader said.") is None


def test_the_promo_needs_a_bare_schedule_hour_at_the_line_end() -> None:
    assert chrome_rule("Tune in next Monday at 9p ET.") == "programme promo"
    assert chrome_rule("Tune in next Monday at 9 p.m. ET.") is None
    assert chrome_rule("BP shares closed this Friday at 415p.") is None
    assert chrome_rule("The show airs this Sunday at 10a and again on Monday.") is None
