"""dipkit meetings, round 42, on sentences written for these tests: a trip told in the present ("heads to Belgrade
on Monday") is a plan for the coming weekday, while "heads of state" stays a noun that says nothing of tense.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.dates import find_dates


def weekdays(text: str, published: str) -> list[str]:
    return [d["value"] for d in find_dates(text, published)]


def test_a_trip_told_in_the_present_is_planned_for_the_coming_weekday():
    text = "Chinese President Xi Jinping heads to Serbia on Monday for a state visit."
    assert found(text, "2024-05-02") == [(["Xi Jinping", "Serbia"], "Serbia", "2024-05-06", "visit", "planned")]


def test_travels_and_flies_to_a_place_look_ahead():
    text = "The chancellor travels to Warsaw on Tuesday and flies to Vilnius on Friday."
    assert weekdays(text, "2024-05-02") == ["2024-05-07", "2024-05-03"]


def test_heads_of_state_is_no_verb_of_a_trip():
    text = "On Tuesday evening, the two heads of state held a dinner."
    assert weekdays(text, "2024-05-02") == ["2024-04-30TEV"]
