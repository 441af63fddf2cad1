"""dipkit meetings, round 64, on sentences written for these tests:

- "the Prime Minister's first call with President X", "during his call with X", "held his first call with X": a call
  of the possessor and X (a bare "call with" after no possessor or ordinal stays no trigger: "a call with investors");
- a bare title before its holder is named ("The visit follows the Prime Minister's first call with X", in a release
  that names its Prime Minister only further down): the one holder of that title the story names later, none when
  it names two.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

VISIT = "Foreign Minister Mélanie Joly held talks in Tokyo on Friday with Japanese Foreign Minister Yoko Kamikawa. "


def test_a_possessors_first_call_with_a_leader_is_a_call():
    text = VISIT + "The trip comes after Prime Minister Justin Trudeau's first call with Prime Minister Fumio Kishida in May."
    assert found(text, "2024-10-19") == [
        (["Mélanie Joly", "Yoko Kamikawa"], "Tokyo", "2024-10-18", "meeting", "held"),
        (["Justin Trudeau", "Fumio Kishida"], None, "2024-05", "call", "held"),
    ]


def test_his_call_with_and_held_his_first_call_with_are_calls():
    assert found("During his call with Fumio Kishida on Tuesday, Justin Trudeau raised trade.", "2024-10-19") == [
        (["Justin Trudeau", "Fumio Kishida"], None, "2024-10-15", "call", "held"),
    ]
    assert found("Justin Trudeau held his first call with Fumio Kishida on Tuesday.", "2024-10-19") == [
        (["Justin Trudeau", "Fumio Kishida"], None, "2024-10-15", "call", "held"),
    ]


def test_a_call_with_investors_is_no_meeting():
    assert found("Justin Trudeau joined a call with investors on Tuesday.", "2024-10-19") == []


def test_a_bare_title_before_its_one_holder_is_named_is_that_holder():
    text = (
        "The visit follows the Prime Minister's first call with President Yoon Suk Yeol in June. "
        "Prime Minister Justin Trudeau will visit Seoul next year."
    )
    assert found(text, "2024-10-19") == [
        (["Justin Trudeau", "Yoon Suk Yeol"], None, "2024-06", "call", "held"),
        (["Justin Trudeau", "South Korea"], "Seoul", "2025", "visit", "planned"),
    ]


def test_a_bare_title_with_two_holders_named_later_stays_unresolved():
    text = (
        "The visit follows the Prime Minister's first call with President Yoon Suk Yeol in June. "
        "Prime Minister Justin Trudeau and Prime Minister Fumio Kishida are due to meet next year."
    )
    assert found(text, "2024-10-19") == [
        (["Justin Trudeau", "Fumio Kishida"], None, "2025", "meeting", "planned"),
    ]
