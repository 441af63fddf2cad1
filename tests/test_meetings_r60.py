"""dipkit meetings, round 60, on sentences written for these tests:

- "The Brazilian national football team will visit Tokyo", "Japanese business leaders met X": people of a land
  who hold no office are no side of a diplomatic contact (as they already were after the verb);
- "The two prime ministers last met in Kuala Lumpur in October, and spoke by phone in January": the call shares
  the subject of the meeting before it, and stays a call;
- "Separately on March 5, X held talks with Y": the day after an opening "Separately" (or "Meanwhile,") is the
  talks' own.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

LEAD = "Prime Minister Lawrence Wong met Australian Prime Minister Anthony Albanese in Canberra on Thursday. "


def test_a_national_football_team_is_no_side_of_a_visit():
    assert found("The Brazilian national football team will visit Tokyo in June for two friendly matches.", "2026-03-06") == []


def test_a_possessive_before_the_team_still_leaves_no_side():
    assert found("The Singapore women's national football team will visit Perth in April.", "2026-03-06") == []


def test_business_leaders_of_a_land_are_no_side_of_a_meeting():
    assert found("Japanese business leaders met Prime Minister Pham Minh Chinh in Hanoi on Monday.", "2026-03-06") == []


def test_a_delegation_of_a_land_still_is_its_side():
    assert found("The Japanese delegation met Prime Minister Pham Minh Chinh in Hanoi on Monday.", "2026-03-06") == [
        (["Japan", "Pham Minh Chinh"], "Hanoi", "2026-03-02", "meeting", "held")
    ]


def test_a_call_after_a_comma_and_shares_the_subject_of_the_meeting_before_it():
    text = LEAD + (
        "The two prime ministers last met on the sidelines of the East Asia Summit in Kuala Lumpur in October, "
        "and spoke by phone in January after the floods."
    )
    assert found(text, "2026-03-06") == [
        (["Lawrence Wong", "Anthony Albanese"], "Canberra", "2026-03-05", "meeting", "held"),
        (["Lawrence Wong", "Anthony Albanese"], "Kuala Lumpur", "2025-10", "meeting", "held"),
        (["Lawrence Wong", "Anthony Albanese"], None, "2026-01", "call", "held"),
    ]


def test_the_day_after_an_opening_separately_is_the_talks_own():
    text = "Separately on March 4, Foreign Minister Vivian Balakrishnan held talks with Penny Wong in Canberra."
    assert found(LEAD + text, "2026-03-06") == [
        (["Lawrence Wong", "Anthony Albanese"], "Canberra", "2026-03-05", "meeting", "held"),
        (["Vivian Balakrishnan", "Penny Wong"], "Canberra", "2026-03-04", "meeting", "held"),
    ]


def test_the_day_after_an_opening_meanwhile_is_the_talks_own():
    text = "Meanwhile, on Wednesday, Foreign Minister Vivian Balakrishnan held talks with Penny Wong in Canberra."
    assert found(LEAD + text, "2026-03-06") == [
        (["Lawrence Wong", "Anthony Albanese"], "Canberra", "2026-03-05", "meeting", "held"),
        (["Vivian Balakrishnan", "Penny Wong"], "Canberra", "2026-03-04", "meeting", "held"),
    ]
