"""dipkit meetings, round 51, on sentences written for these tests: an opening phrase that holds the meeting
("In a phone call on Thursday, X told Y that ...", "During a meeting in Rome, X told Y") has X and whom X
told as its sides, as it has with "assured" or "urged" in place of "told".

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

import pytest
from test_meetings import found

MELONI = "Italian Prime Minister Giorgia Meloni"
RAMA = "Albanian Prime Minister Edi Rama"


@pytest.mark.parametrize("verb", ["told", "assured"])
def test_whom_the_speaker_told_in_a_phone_call_is_the_other_side(verb):
    text = f"In a phone call on Thursday, {MELONI} {verb} {RAMA} that the migrant centres would stay open."
    assert found(text, "2026-02-07") == [(["Giorgia Meloni", "Edi Rama"], None, "2026-02-05", "call", "held")]


def test_whom_the_speaker_told_during_a_meeting_is_the_other_side():
    text = f"During a meeting in Rome on Friday, {MELONI} told {RAMA} that the centres would stay open."
    assert found(text, "2026-02-07") == [(["Giorgia Meloni", "Edi Rama"], "Rome", "2026-02-06", "meeting", "held")]


def test_told_reporters_after_the_opening_phrase_names_no_other_side():
    text = f"In a phone call on Thursday, {MELONI} told reporters that the centres would stay open."
    assert found(text, "2026-02-07") == []


def test_a_source_after_the_call_is_still_no_side():
    text = f"{MELONI} held a phone call with {RAMA}, her spokesman Paolo Rossi told reporters."
    assert found(text, "2026-02-07") == [(["Giorgia Meloni", "Edi Rama"], None, "2026-02-07", "call", "held")]
