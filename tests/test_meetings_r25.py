"""dipkit meetings, round 25, on sentences written for these tests: a meeting someone floated, raised or
broached the idea of is a proposal, planned even when the day named is past; a guest "received at the airport
by" a host met that host, on the day of the arrival told just before.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_a_floated_idea_of_meeting_is_a_plan_not_a_meeting_held():
    text = "Macron floated the idea of meeting Zelensky in Kyiv on Friday, an aide said."
    assert [m[3:] for m in found(text, "2024-03-11")] == [("meeting", "planned")]


def test_the_possibility_of_talks_raised_is_a_plan():
    text = "Scholz raised the possibility of talks with Erdogan in Berlin on Tuesday."
    assert [m[3:] for m in found(text, "2024-03-11")] == [("meeting", "planned")]


def test_talks_held_on_a_past_day_stay_held():
    text = "Scholz held talks with Erdogan in Berlin on Tuesday and raised the idea of a second round."
    assert [m[3:] for m in found(text, "2024-03-08")] == [("meeting", "held")]


def test_a_welcome_at_the_airport_is_a_meeting_on_the_day_of_the_arrival():
    text = (
        "Albanese arrived here on Sunday for a three-day visit. He was received at the airport by Vice President "
        "Sara Duterte, and the two spoke briefly in the VIP lounge."
    )
    assert found(text, "2024-06-04") == [(["Anthony Albanese", "Sara Duterte"], None, "2024-06-02", "meeting", "held")]


def test_a_welcome_on_the_tarmac_by_a_named_host_follows_the_dated_arrival():
    text = "Modi landed in Moscow on Monday evening. He was welcomed on the tarmac by Deputy Prime Minister Denis Manturov."
    assert [m[0] + [m[2]] for m in found(text, "2024-07-09")][-1] == ["Narendra Modi", "Denis Manturov", "2024-07-08"]
