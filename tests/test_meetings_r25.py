"""dipkit meetings, round 25, on sentences written for these tests: a meeting someone floated, raised or
broached the idea of is a proposal, planned even when the day named is past.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import brief

from dipkit.meetings import find_meetings


def found(text: str, published: str) -> list[tuple]:
    return [brief(m) for m in find_meetings(text, published)]


def test_a_floated_idea_of_meeting_is_a_plan_not_a_meeting_held():
    text = "Macron floated the idea of meeting Zelensky in Kyiv on Friday, an aide said."
    assert [m[3:] for m in found(text, "2024-03-11")] == [("meeting", "planned")]


def test_the_possibility_of_talks_raised_is_a_plan():
    text = "Scholz raised the possibility of talks with Erdogan in Berlin on Tuesday."
    assert [m[3:] for m in found(text, "2024-03-11")] == [("meeting", "planned")]


def test_talks_held_on_a_past_day_stay_held():
    text = "Scholz held talks with Erdogan in Berlin on Tuesday and raised the idea of a second round."
    assert [m[3:] for m in found(text, "2024-03-08")] == [("meeting", "held")]
