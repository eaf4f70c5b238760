"""One table of expletive frames (polish.yaml frames) read by the title stage and the last polish step."""
import pytest

from timeline.events.polish import rules, title_stage_frames
from timeline.events.titles import without_expletive

FRAMES = rules()["frames"]


def test_the_polish_only_frames_are_frames_of_the_table():
    phrases = {tuple(phrase) for phrase in FRAMES["phrases"]}
    assert all(tuple(phrase) in phrases for phrase in FRAMES["polish_only"])


@pytest.mark.parametrize("frame", title_stage_frames(), ids=" ".join)
def test_the_title_stage_drops_each_frame_of_the_table_with_that_or_before_a_subject(frame):
    told = ["the", "rig", "sank", "on", "Tuesday"]
    opener = [frame[0].capitalize(), *frame[1:]]
    assert without_expletive([*opener, "that", *told]) == told
    assert without_expletive([*opener, *told]) == told


@pytest.mark.parametrize("frame", [tuple(phrase) for phrase in FRAMES["polish_only"]], ids=" ".join)
def test_the_title_stage_leaves_the_polish_only_frames(frame):
    title = [frame[0].capitalize(), *frame[1:], "that", "people", "there", "were", "defenseless"]
    assert without_expletive(title) == title
