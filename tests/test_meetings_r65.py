"""dipkit meetings, round 65, on sentences written for these tests:

- "met the Chinese leader", in a story that names both China's President and its Premier: the one of them the story
  names most, the first named on a tie (not China, the land).

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_the_leader_of_a_land_naming_two_leaders_is_the_one_named_first_on_a_tie():
    text = (
        "Russian President Vladimir Putin and Prime Minister Mikhail Mishustin spoke to reporters on Monday. "
        "On Tuesday, Kazakh President Kassym-Jomart Tokayev met the Russian leader in Moscow."
    )
    assert found(text, "2025-06-11") == [
        (["Kassym-Jomart Tokayev", "Vladimir Putin"], "Moscow", "2025-06-10", "meeting", "held"),
    ]


def test_the_leader_of_a_land_naming_two_leaders_is_the_one_named_most():
    text = (
        "German President Frank-Walter Steinmeier hosted a dinner on Monday, and Chancellor Friedrich Merz spoke after it. "
        "Merz said the talks would matter. On Tuesday, French President Emmanuel Macron met the German leader in Berlin."
    )
    assert found(text, "2025-06-11") == [
        (["Emmanuel Macron", "Friedrich Merz"], "Berlin", "2025-06-10", "meeting", "held"),
    ]


def test_the_leader_of_a_land_naming_one_leader_is_still_that_one():
    text = (
        "Chinese President Xi Jinping spoke to reporters on Monday. "
        "On Tuesday, Indonesian President Prabowo Subianto met the Chinese leader in Beijing."
    )
    assert found(text, "2025-06-11") == [
        (["Prabowo Subianto", "Xi Jinping"], "Beijing", "2025-06-10", "meeting", "held"),
    ]
