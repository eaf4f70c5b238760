"""A blog's reader comments under their dated stamps, and a video's teaser with its running time: the first
comment stamp that opens a line ends the article; a teaser line goes whole. Near misses stay: a date with an
ordinal inside a sentence, a stamp without an ordinal day (a live blog's entry), a journalist's first person in the
body, a time in brackets that no day and dash follow."""

from __future__ import annotations

import pytest

from timeline.read.boilerplate import chrome_rule, clean, end_of_article

ARTICLE = [
    "The Libyan capital was a ghost town Thursday morning, witnesses said.",
    "“When they saw us arrive, they just exploded with cheers,” CNN's Ben Wedeman told “AC360.”",
]
COMMENTS = [
    "February 25th, 2011 4:07 am ET I just hope the C.I.A. is not involved this time.",
    "We have no business interfering in that country's internal affairs.",
    "February 26th, 2011 6:11 pm ET One question that is shouting in our face: why doesn't the Arab League intervene?",
    "One can also read that before 1971, Arab states received three times more aid than Israel.",
]


def test_the_first_comment_stamp_ends_the_article() -> None:
    body = "\n".join(ARTICLE + COMMENTS)
    cleaned = clean(body)
    assert cleaned == "\n".join(ARTICLE)
    assert "1971" not in cleaned and "C.I.A." not in cleaned


def test_the_stamp_is_found_after_a_blank_line_and_named() -> None:
    lines = [*ARTICLE, "", *COMMENTS]
    assert end_of_article(lines) == (len(ARTICLE) + 1, "comment thread", "")


@pytest.mark.parametrize(
    "line",
    [
        "I spoke with residents of Benghazi on February 25th, 2011 at 4:07 am ET, as the shelling stopped.",
        # a live blog's entry (no ordinal day): its stamp goes as before, the entry and the article after it stay
        "February 25, 2011 4:07 am ET: Rebels say they hold the airport.",
        "On February 25th, 2011 at 4:07 am ET the first convoy left Tripoli.",
        "February 25th, 2011 was the day the convoy left.",  # a date with no clock
    ],
)
def test_a_date_in_the_body_does_not_end_the_article(line: str) -> None:
    lines = [*ARTICLE, line, "The rebels said they would hold the town."]
    assert end_of_article(lines) is None
    cleaned = clean("\n".join(lines))
    assert (line.partition("ET: ")[2] or line) in cleaned
    assert cleaned.endswith("The rebels said they would hold the town.")


TEASERS = [
    "Julie Noce, Reuters Latest on civil war in Libya (1:14) May 30 - Resolve in rebel-held parts of Libya is strong "
    "against Muammar Gaddafi forces.",
    "Clinton warns of Libya civil war (1:23) Mar 1 - Secretary of State Hillary Clinton is warning that Libya could "
    "descend into civil war if Muammar Gaddafi refuses to quit.",
    "Andrew Potter, Reuters Rebels: Libya will honor oil contracts (2:44) Aug. 24 - A Libyan rebel government would "
    "honor all the oil contracts granted during the Muammar Gaddafi era.",
]


@pytest.mark.parametrize("teaser", TEASERS)
def test_a_video_teaser_with_its_running_time_goes(teaser: str) -> None:
    assert chrome_rule(teaser) == "video teaser with its running time"
    cleaned = clean("\n".join([ARTICLE[0], teaser, ARTICLE[1]]))
    assert cleaned == "\n".join(ARTICLE)


@pytest.mark.parametrize(
    "line",
    [
        "The pastor read John (3:16) on May 30 - the day of the funeral - to the crowd.",
        "Chelsea led at half-time (1:0) and won 2-1 on May 30.",
        "The clip (1:14) showed rebels entering Brega on Monday.",
        "Rebels said the shelling began at 4:30 on May 30 - a Monday - and lasted an hour.",
    ],
)
def test_a_time_in_brackets_without_a_day_and_dash_after_it_stays(line: str) -> None:
    assert chrome_rule(line) is None
    assert line in clean("\n".join([ARTICLE[0], line]))


def test_an_excerpts_read_more_link_with_text_glued_after_it_ends_the_article() -> None:
    lines = [*ARTICLE, "Read more ... Why Obama was so direct while taking to Mubarak?", "Mubarak - step down now!"]
    assert end_of_article(lines) == (len(ARTICLE), "excerpt's read-more link", "")
    assert clean("\n".join(lines)) == "\n".join(ARTICLE)


@pytest.mark.parametrize(
    "line",
    ["Read more: Rebels take Brega after a day of fighting", "Read more about it in our report published Tuesday."],
)
def test_a_related_story_link_does_not_end_the_article(line: str) -> None:
    assert end_of_article([*ARTICLE, line, "The rebels said they would hold the town."]) is None
