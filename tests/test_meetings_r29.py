"""dipkit meetings, round 29, on sentences written for these tests: "in Houston, Texas, where" (or "Atlanta,
Georgia") is the city; "joined Y for dinner" is a meeting of its own; a step told at the opening of a sentence
("He then attended a lunch ..., hosted by Y") takes the day of the story's meeting before it; "invited Y to come
back to Z"; "called on the chief minister"; "a luncheon in honour of the visitor"; "the next day" with no day
to count from is no plan; "on the second day of the tour" is the day after the tour began.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.meetings import find_meetings


def test_a_city_named_with_its_state_before_where_is_the_place():
    text = "Prime Minister Anthony Albanese spent Wednesday in Houston, Texas, where he met Governor Greg Abbott."
    assert found(text, "2025-06-06") == [
        (["Anthony Albanese", "Greg Abbott"], "Houston", "2025-06-04", "meeting", "held"),
    ]


def test_a_us_state_named_like_a_country_does_not_replace_its_city():
    text = "President Emmanuel Macron on Monday stopped in Atlanta, Georgia, where he met Governor Brian Kemp."
    assert found(text, "2025-06-06") == [
        (["Emmanuel Macron", "Brian Kemp"], "Atlanta", "2025-06-02", "meeting", "held"),
    ]


def test_joining_a_leader_for_a_meal_is_a_meeting():
    text = "Chancellor Olaf Scholz joined Prime Minister Giorgia Meloni for dinner in Rome on Friday."
    assert found(text, "2025-06-06") == [
        (["Olaf Scholz", "Giorgia Meloni"], "Rome", "2025-06-06", "meeting", "held"),
    ]


def test_a_meal_joined_after_talks_is_a_meeting_of_its_own():
    text = (
        "Chancellor Olaf Scholz held talks with Prime Minister Giorgia Meloni in Rome on Friday. Earlier on Friday, "
        "Scholz joined President Sergio Mattarella for breakfast at the Quirinal Palace."
    )
    assert found(text, "2025-06-06") == [
        (["Olaf Scholz", "Giorgia Meloni"], "Rome", "2025-06-06", "meeting", "held"),
        (["Olaf Scholz", "Sergio Mattarella"], "Rome", "2025-06-06", "meeting", "held"),
    ]


def test_a_step_opening_its_sentence_takes_the_day_of_the_meeting_before():
    text = (
        "Prime Minister Mark Carney met King Charles at Buckingham Palace on Tuesday. The two discussed trade and the "
        "Commonwealth. Carney thanked the King for his support. Earlier on Tuesday, Carney had breakfast with Prime "
        "Minister Keir Starmer at Downing Street. He then attended a lunch for the visiting Canadian business "
        "delegation at Lancaster House, hosted by Foreign Secretary David Lammy."
    )
    assert found(text, "2025-06-06")[-1] == (["Mark Carney", "David Lammy"], "London", "2025-06-03", "meeting", "held")


def test_an_invitation_to_come_back_is_a_planned_meeting_there():
    text = "President Cyril Ramaphosa invited Prime Minister Narendra Modi to come back to South Africa."
    assert found(text, "2025-06-06") == [
        (["Cyril Ramaphosa", "Narendra Modi"], "South Africa", None, "meeting", "planned"),
    ]


def test_the_chief_minister_stands_for_the_one_named_before():
    text = (
        "Tamil Nadu Chief Minister M. K. Stalin met the Japanese consul general in Chennai on Monday. On Tuesday, "
        "German Ambassador Philipp Ackermann called on the chief minister in Chennai."
    )
    assert found(text, "2025-06-06")[-1] == (["Philipp Ackermann", "M. K. Stalin"], "Chennai", "2025-06-03", "meeting", "held")


def test_a_luncheon_in_honour_of_the_visitor_is_a_meeting_with_the_guest():
    text = (
        "Emir Sheikh Tamim bin Hamad Al Thani received President Cyril Ramaphosa at the Amiri Diwan in Doha on Sunday. "
        "The Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani later hosted a luncheon in honour of the visitor "
        "and his delegation."
    )
    assert found(text, "2025-06-08") == [
        (["Tamim bin Hamad Al Thani", "Cyril Ramaphosa"], "Doha", "2025-06-08", "meeting", "held"),
        (["Mohammed bin Abdulrahman Al Thani", "Cyril Ramaphosa"], "Doha", "2025-06-08", "meeting", "held"),
    ]


def test_the_next_day_with_no_day_before_is_no_plan():
    text = "The next day, Premier Li Qiang hosted Kenyan President William Ruto in Beijing."
    assert [m["status"] for m in find_meetings(text, "2025-06-08")] == ["held"]


def test_the_second_day_of_a_tour_is_the_day_after_it_began():
    text = (
        "Foreign Minister Penny Wong began her tour on Monday in Hanoi, where she met Foreign Minister Bui Thanh Son. "
        "On the second day of the trip, Wong was received in Vientiane by Prime Minister Sonexay Siphandone."
    )
    assert found(text, "2024-06-06") == [
        (["Penny Wong", "Bui Thanh Son"], "Hanoi", "2024-06-03", "meeting", "held"),
        (["Penny Wong", "Sonexay Siphandone"], "Vientiane", "2024-06-04", "meeting", "held"),
    ]
