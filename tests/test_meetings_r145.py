"""An en dash joins two lands as a hyphen does ("India–Japan talks", "the US–China summit"): every rule that reads a
hyphen compound reads the en-dash one alike, and the evidence keeps the dash as written."""

import pytest

from dipkit.meetings import find_meetings
from test_meetings import found

HELD_TALKS = "Narendra Modi and Fumio Kishida held India{}Japan talks in Tokyo on Saturday."
ATTENDED = "Indian leader Narendra Modi and Fumio Kishida attended the India{}Japan summit in Tokyo on Saturday."


@pytest.mark.parametrize("dash", ["-", "–"])
def test_held_talks_named_by_two_lands_are_the_leaders_meeting(dash):
    assert found(HELD_TALKS.format(dash), "2023-03-19") == [
        (["Narendra Modi", "Fumio Kishida"], "Tokyo", "2023-03-18", "meeting", "held"),
    ]


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_two_land_summit_attended_is_one_record(dash):
    assert found(ATTENDED.format(dash), "2023-03-19") == found(ATTENDED.format("-"), "2023-03-19")
    assert len(found(ATTENDED.format(dash), "2023-03-19")) == 1


def test_the_evidence_keeps_the_en_dash():
    text = HELD_TALKS.format("–")
    (record,) = find_meetings(text, "2023-03-19")
    assert record["evidence"]["text"] == text
