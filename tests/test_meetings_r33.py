"""dipkit meetings, round 33, on sentences written for these tests: "X afterward held talks with Y" takes the day of
X's meeting told before, as "later" and "afterwards" did; guests who "also attended the lunch" join the luncheon
told before, not a tour of theirs told in the same sentence, and a dinner not told before stays a meeting of its own.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_talks_held_afterward_take_the_day_of_the_meeting_before():
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday to discuss Ukraine. "
        "The two leaders agreed to raise their support for Kyiv. They also spoke about the budget of the European "
        "Union. Farmers protested outside the chancellery. Macron afterward held talks with Italian Prime Minister "
        "Giorgia Meloni."
    )
    assert found(text, "2025-03-07") == [
        (["Emmanuel Macron", "Olaf Scholz"], "Berlin", "2025-03-04", "meeting", "held"),
        (["Emmanuel Macron", "Giorgia Meloni"], "Berlin", "2025-03-04", "meeting", "held"),
    ]


def test_guests_who_also_attended_the_lunch_join_the_luncheon_told_before():
    text = (
        "WASHINGTON — Taoiseach Simon Harris met President Joe Biden at the White House on Tuesday.\n\nAfterward, the "
        "Taoiseach and Biden went to Capitol Hill for the traditional luncheon hosted by House Speaker Mike Johnson. "
        "Northern Ireland's First Minister Michelle O'Neill and deputy First Minister Emma Little-Pengelly, who have "
        "toured several U.S. cities this week, also attended the lunch."
    )
    assert found(text, "2024-03-12") == [
        (["Simon Harris", "Joe Biden"], "White House", "2024-03-12", "meeting", "held"),
        (
            ["Simon Harris", "Joe Biden", "Mike Johnson", "Michelle O'Neill", "Emma Little-Pengelly"],
            "Washington", "2024-03-12", "meeting", "held",
        ),
        (["Michelle O'Neill", "Emma Little-Pengelly"], "Washington", "2024-W11", "visit", "held"),
    ]


def test_a_dinner_not_told_before_is_a_meeting_of_its_own():
    text = (
        "Taoiseach Simon Harris will meet President Joe Biden at the White House on Sunday. Harris will also attend "
        "the dinner hosted by Speaker Mike Johnson that evening."
    )
    assert found(text, "2024-03-12") == [
        (["Simon Harris", "Joe Biden"], "White House", "2024-03-17", "meeting", "planned"),
        (["Simon Harris", "Mike Johnson"], "White House", "2024-03-17", "meeting", "planned"),
    ]
