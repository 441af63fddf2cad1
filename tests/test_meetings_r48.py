"""dipkit meetings, round 48, on sentences written for these tests: "travelling to" is a trip word like
"travelled to", so "is travelling to Paris for talks" is a trip under way (the talks ahead, planned), and
"made a trip this week, travelling to Riyadh for talks" dates the talks by the main clause's "this week".

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_a_trip_told_as_travelling_makes_its_talks_planned():
    text = (
        "NAIROBI, May 4 -- Kenyan Foreign Minister Musalia Mudavadi is travelling to Berlin for talks with "
        "German Foreign Minister Johann Wadephul, his ministry said on Monday."
    )
    assert found(text, "2026-05-04") == [(["Musalia Mudavadi", "Johann Wadephul"], "Berlin", None, "meeting", "planned")]


def test_a_travelling_clause_takes_the_day_of_its_main_clause():
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi made his first trip abroad of the year last week, "
        "travelling to Berlin for talks with German Foreign Minister Johann Wadephul."
    )
    assert found(text, "2026-05-14") == [(["Musalia Mudavadi", "Johann Wadephul"], "Berlin", "2026-W19", "meeting", "held")]
