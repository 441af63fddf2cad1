"""dipkit meetings, round 46, on sentences written for these tests: "is heading to Paris for talks" tells a trip
under way, so the talks it is for are still ahead (planned), where "flew to Paris on Sunday for talks" are held.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


_TALKS = " for talks with French Foreign Minister Jean-Noel Barrot, her office said on Monday."


def test_a_trip_under_way_makes_its_talks_planned():
    text = "CANBERRA, March 10 -- Australian Foreign Minister Penny Wong is heading to Paris" + _TALKS
    assert found(text, "2025-03-10") == [(["Penny Wong", "Jean-Noel Barrot"], "Paris", None, "meeting", "planned")]


def test_a_trip_made_keeps_its_talks_held():
    text = "CANBERRA, March 10 -- Australian Foreign Minister Penny Wong flew to Paris on Sunday" + _TALKS
    assert found(text, "2025-03-10") == [(["Penny Wong", "Jean-Noel Barrot"], "Paris", "2025-03-09", "meeting", "held")]
