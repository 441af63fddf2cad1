"""dipkit meetings, round 32, on sentences written for these tests: the host of a breakfast told in a relative
clause ("for X, who began the day at a breakfast hosted by Y") takes no part in the meeting before it; a lunch
"Afterward" is a meeting of its own on the same day; an undated meeting of the news names no host of a trip
recalled after it from a year before.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_the_host_of_a_breakfast_in_a_relative_clause_is_not_at_the_meeting_before():
    text = (
        "President Joe Biden met Prime Minister Simon Harris at the White House on Tuesday. The meeting followed "
        "a busy morning for Harris, who began the day at a breakfast hosted by Vice President Kamala Harris."
    )
    meetings = found(text, "2024-03-12")
    assert meetings[0] == (["Joe Biden", "Simon Harris"], "White House", "2024-03-12", "meeting", "held")
    assert all("Kamala Harris" not in m[0] or "Joe Biden" not in m[0] for m in meetings)


def test_a_lunch_afterward_is_a_meeting_of_its_own_that_day():
    text = (
        "WASHINGTON — Taoiseach Simon Harris pressed President Joe Biden on Tuesday for more aid to Gaza during "
        "their annual meeting at the White House.\n\nHarris told Biden in the Oval Office that his country wanted a "
        "ceasefire.\n\nAfterward, the Taoiseach and Biden headed to Capitol Hill for the traditional luncheon hosted "
        "by House Speaker Mike Johnson."
    )
    assert found(text, "2024-03-12") == [
        (["Simon Harris", "Joe Biden"], "White House", "2024-03-12", "meeting", "held"),
        (["Simon Harris", "Joe Biden", "Mike Johnson"], "Washington", "2024-03-12", "meeting", "held"),
    ]


def test_a_trip_recalled_from_a_year_before_keeps_no_host_from_the_news():
    text = (
        "WASHINGTON — Prime Minister Simon Harris and President Joe Biden had lunch with lawmakers on Capitol Hill.\n\n"
        "Biden, who often speaks of his family roots, traveled to Ireland in April 2023 on a four-day trip."
    )
    assert found(text, "2024-03-12")[-1] == (["Joe Biden", "Ireland"], "Ireland", "2023-04", "visit", "held")
