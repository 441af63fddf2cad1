"""dipkit meetings, round 44, on sentences written for these tests: "The meeting, which lasted an hour, took place
on Wednesday" dates the meeting told before it, past the relative clause on the subject noun.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


_LEAD = (
    "NAIROBI, March 9 -- Kenyan Foreign Minister Musalia Mudavadi held talks with British Foreign Secretary "
    "David Lammy in London, officials here said on Thursday. "
)


def test_took_place_after_a_relative_clause_dates_the_talks_before():
    text = _LEAD + "The meeting, which lasted over an hour, took place on Wednesday."
    assert found(text, "2023-03-09") == [
        (["Musalia Mudavadi", "David Lammy"], "London", "2023-03-08", "meeting", "held"),
    ]


def test_were_held_after_a_relative_clause_moves_the_eve_too():
    text = _LEAD + (
        "The talks, which were closed to the press, were held on Wednesday at the Foreign Office. "
        "On the eve of the talks, Mudavadi called on Prime Minister Keir Starmer."
    )
    assert [meeting[2] for meeting in found(text, "2023-03-09")] == ["2023-03-08", "2023-03-07"]


def test_a_relative_clause_before_another_verb_keeps_its_date_out():
    text = _LEAD + "The meeting, which came a week after the trade row began on Monday, was cordial."
    assert found(text, "2023-03-09")[0][2] == "2023-03-09"
