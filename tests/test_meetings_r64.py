"""dipkit meetings, round 64, on sentences written for these tests:

- "the Prime Minister's first call with President X", "during his call with X", "held his first call with X": a call
  of the possessor and X (a bare "call with" after no possessor or ordinal stays no trigger: "a call with investors");
- "visited the Ghanaian capital" (or "flew to the Ghanaian capital for talks with X"): a visit of that land, in its
  capital city;
- "made his first trip abroad to the Ghanaian capital in March, weeks after X's inauguration, when he met Y": the
  meeting of the when-clause is in that month, the aside of weeks notwithstanding;
- "held several calls on March 3 with A and B": a call with each; "spoke on Tuesday with X": a call on that Tuesday
  ("spoke last evening with X" is a call too);
- "met UK Minister of State for Africa X" (or "the UK's Minister of State for the Middle East, X,"): X, the region
  being the office's portfolio, not the UK;
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


def test_a_trip_to_the_capital_by_its_adjective_is_a_visit_to_that_land_in_its_capital():
    assert found("Kenyan President William Ruto visited the Ghanaian capital on Monday.", "2024-10-19") == [
        (["William Ruto", "Ghana"], "Accra", "2024-10-14", "visit", "held"),
    ]
    assert found("Kenyan President William Ruto flew to the Ghanaian capital on Monday for talks with John Mahama.", "2025-03-19") == [
        (["William Ruto", "John Mahama"], "Accra", "2025-03-17", "meeting", "held"),
    ]


def test_a_when_clause_after_an_aside_of_weeks_keeps_the_trips_month():
    text = (
        "President William Ruto held talks with President John Mahama in Accra on Thursday. "
        "Ruto made his first trip abroad to the Ghanaian capital in March, weeks after Mahama's inauguration, when he met "
        "Mr Mahama at Jubilee House."
    )
    assert found(text, "2025-10-17") == [
        (["William Ruto", "John Mahama"], "Accra", "2025-10-16", "meeting", "held"),
        (["William Ruto", "John Mahama"], "Accra", "2025-03", "meeting", "held"),
    ]


def test_several_calls_on_a_day_with_two_ministers_are_two_calls():
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi held several calls on March 3 with Ghanaian Foreign Minister "
        "Samuel Okudzeto Ablakwa and Nigerian Foreign Minister Yusuf Tuggar."
    )
    assert found(text, "2025-03-04") == [
        (["Musalia Mudavadi", "Samuel Okudzeto Ablakwa"], None, "2025-03-03", "call", "held"),
        (["Musalia Mudavadi", "Yusuf Tuggar"], None, "2025-03-03", "call", "held"),
    ]


def test_spoke_on_a_weekday_with_a_leader_is_a_call_that_day():
    assert found("Kenyan President William Ruto spoke on Tuesday with Ghanaian President John Mahama.", "2025-03-07") == [
        (["William Ruto", "John Mahama"], None, "2025-03-04", "call", "held"),
    ]
    assert found("Kenyan President William Ruto spoke on Tuesday to reporters in Nairobi.", "2025-03-07") == []


def test_a_ministers_portfolio_region_is_part_of_the_title_before_the_name():
    assert found("Kenyan Foreign Minister Musalia Mudavadi met UK Minister of State for Africa Ray Collins in London on Friday.", "2024-10-19") == [
        (["Musalia Mudavadi", "Ray Collins"], "London", "2024-10-18", "meeting", "held"),
    ]
    text = "Kenyan Foreign Minister Musalia Mudavadi met the UK's Minister of State for the Middle East, Hamish Falconer, in London on Friday."
    assert found(text, "2024-10-19") == [
        (["Musalia Mudavadi", "Hamish Falconer"], "London", "2024-10-18", "meeting", "held"),
    ]
