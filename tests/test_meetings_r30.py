"""dipkit meetings, round 30, on sentences written for these tests: "will host Y for a state visit to Z on D" is
the meeting's place and day; a meeting with the hosts days before or after the visitor's talks in their capital
is held there; "organising a meeting" is a plan; "Hours after landing, he met Y" is the day of the arrival; "On the
eve of the audience," is the day before it; "the Taoiseach held a video call with Y" is the Taoiseach's call.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_hosting_a_guest_for_a_state_visit_gives_the_place_and_day():
    text = "President Joe Biden will host Prime Minister Anthony Albanese for a state visit to Washington on October 25."
    assert found(text, "2023-10-06") == [
        (["Joe Biden", "Anthony Albanese"], "Washington", "2023-10-25", "meeting", "planned"),
    ]


def test_welcoming_a_guest_on_a_visit_is_one_meeting_where_the_visit_goes():
    text = "President Abdel Fattah al-Sisi welcomed Chancellor Olaf Scholz on a two-day visit to Cairo on Monday."
    assert found(text, "2024-03-06") == [
        (["Abdel Fattah al-Sisi", "Olaf Scholz"], "Cairo", "2024-03-04", "meeting", "held"),
    ]


def test_a_planned_meeting_with_the_hosts_days_after_talks_in_their_capital_is_held_there():
    text = (
        "President William Ruto held talks with President Xi Jinping in Beijing on Monday. The two leaders signed "
        "eleven agreements. They also discussed the railway. Ruto is also scheduled to meet Premier Li Qiang on "
        "Thursday, before departing for Nairobi."
    )
    assert found(text, "2024-09-03") == [
        (["William Ruto", "Xi Jinping"], "Beijing", "2024-09-02", "meeting", "held"),
        (["William Ruto", "Li Qiang"], "Beijing", "2024-09-05", "meeting", "planned"),
    ]


def test_organising_a_meeting_is_a_plan():
    text = "A Turkish official said his government was organising a meeting between Vladimir Putin and Volodymyr Zelensky."
    assert found(text, "2024-03-06") == [
        (["Vladimir Putin", "Volodymyr Zelensky"], None, None, "meeting", "planned"),
    ]


def test_a_meeting_hours_after_landing_is_on_the_day_of_the_arrival_in_the_city_of_the_trip():
    text = (
        "Foreign Minister Penny Wong met Foreign Minister Wang Yi in Vientiane on Saturday. The talks lasted an hour. "
        "Trade was on the agenda. Wong arrived in Laos on Thursday for the regional forum. Hours after landing, she "
        "met Foreign Minister Saleumxay Kommasith."
    )
    assert found(text, "2024-07-27") == [
        (["Penny Wong", "Wang Yi"], "Vientiane", "2024-07-27", "meeting", "held"),
        (["Penny Wong", "Saleumxay Kommasith"], "Vientiane", "2024-07-25", "meeting", "held"),
    ]


def test_a_meeting_on_the_eve_of_an_audience_is_the_day_before_it():
    text = (
        "King Abdullah II received Foreign Minister Hakan Fidan in Amman on Tuesday. The talks covered Gaza. "
        "Trade was also discussed. On the eve of the audience, Fidan held talks with Foreign Minister Ayman Safadi."
    )
    assert found(text, "2024-06-12") == [
        (["Abdullah II", "Hakan Fidan"], "Amman", "2024-06-11", "meeting", "held"),
        (["Hakan Fidan", "Ayman Safadi"], "Amman", "2024-06-10", "meeting", "held"),
    ]


def test_a_bare_title_before_held_a_video_call_is_its_holder():
    text = "Taoiseach Simon Harris spoke in Dublin. The Taoiseach held a video call with Prime Minister Pedro Sánchez on Monday."
    assert found(text, "2024-05-22") == [
        (["Simon Harris", "Pedro Sánchez"], None, "2024-05-20", "call", "held"),
    ]
