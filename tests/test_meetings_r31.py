"""dipkit meetings, round 31, on sentences written for these tests: "X and Y sat down in Z" (or "they sat down
again") is a meeting, and so is "X sat down for three hours with Y", but not "sat down for an interview with";
"The Taoiseach and Prime Minister Y last met" is a meeting of the Taoiseach and Y.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_two_named_sides_who_sat_down_together_met():
    text = "Secretary of State Antony Blinken and Foreign Minister Wang Yi sat down together in Beijing on Friday."
    assert found(text, "2024-04-27") == [
        (["Antony Blinken", "Wang Yi"], "Beijing", "2024-04-26", "meeting", "held"),
    ]


def test_they_sat_down_again_is_a_second_meeting_of_the_pair():
    text = "Xi Jinping and Lula first met in Brasilia in 2019. They sat down again in Rio de Janeiro in November."
    assert found(text, "2024-12-02") == [
        (["Xi Jinping", "Luiz Inácio Lula da Silva"], "Brasilia", "2019", "meeting", "held"),
        (["Xi Jinping", "Luiz Inácio Lula da Silva"], "Rio de Janeiro", "2024-11", "meeting", "held"),
    ]


def test_sitting_down_for_an_interview_is_no_meeting():
    text = "Antony Blinken and Jake Sullivan sat down for an interview with a television network on Sunday."
    assert found(text, "2024-04-29") == []


def test_a_bare_title_coordinated_with_a_named_leader_stands_for_its_holder():
    text = (
        "Taoiseach Simon Harris held a video call with Prime Minister Pedro Sánchez on Monday. Both leaders spoke "
        "about Gaza. The Taoiseach and Prime Minister Sánchez last met in Dublin in March."
    )
    assert found(text, "2024-05-21") == [
        (["Simon Harris", "Pedro Sánchez"], None, "2024-05-20", "call", "held"),
        (["Simon Harris", "Pedro Sánchez"], "Dublin", "2024-03", "meeting", "held"),
    ]


def test_sitting_down_for_hours_with_a_side_is_a_meeting_with_it():
    text = "Foreign Minister Penny Wong sat down for nearly three hours with Foreign Minister Wang Yi in Canberra on Wednesday."
    assert found(text, "2024-03-22") == [
        (["Penny Wong", "Wang Yi"], "Canberra", "2024-03-20", "meeting", "held"),
    ]
