"""dipkit meetings, round 47, on sentences written for these tests: "arrives in Harare on Tuesday" in a report's
body is a trip on the schedule, so its weekday looks ahead and the talks it is for are planned, as "leaves for"
and "departs for" already did; "arrived in Harare on Tuesday" stays a trip made.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


_TALKS = " for talks with President Emmerson Mnangagwa, the ministry said on Monday."


def test_a_scheduled_arrival_looks_ahead_and_is_planned():
    text = "Chinese Foreign Minister Wang Yi arrives in Harare on Tuesday" + _TALKS
    assert found(text, "2026-05-04") == [(["Wang Yi", "Emmerson Mnangagwa"], "Harare", "2026-05-05", "meeting", "planned")]


def test_an_arrival_made_looks_back_and_is_held():
    text = "Chinese Foreign Minister Wang Yi arrived in Harare on Tuesday" + _TALKS
    assert found(text, "2026-05-04") == [(["Wang Yi", "Emmerson Mnangagwa"], "Harare", "2026-04-28", "meeting", "held")]
