"""dipkit meetings, round 27, on sentences written for these tests: "the top US diplomat" is the US foreign
minister the story named; "was received by A in X and later by B in Y" is two meetings, both on the day told
before; "the desert oasis of X", "the Greek island of Y" are places; "before flying to X for talks with Y" after
dated talks is that day; a "he" that opens a sentence after another "he" points to the person the first one
did; "was received the same day by Y" is a meeting with Y.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_the_top_diplomat_of_a_land_is_its_foreign_minister_named_before():
    text = (
        "US Secretary of State Marco Rubio arrived in Central America on Saturday. The top US diplomat saw President "
        "Jose Raul Mulino in Panama City, then flew the same evening to Guatemala City for talks with President "
        "Bernardo Arevalo."
    )
    assert found(text, "2025-02-07") == [
        (["Marco Rubio", "Jose Raul Mulino"], "Panama City", "2025-02-01", "meeting", "held"),
        (["Marco Rubio", "Bernardo Arevalo"], "Guatemala City", "2025-02-01", "meeting", "held"),
    ]


def test_received_by_one_host_and_later_by_another_is_two_meetings_on_the_day_told():
    text = (
        "Foreign Minister Penny Wong arrived in the Pacific on Monday. On Tuesday she was received by Prime Minister "
        "Sitiveni Rabuka in Suva and later by Prime Minister Jeremiah Manele in Honiara."
    )
    assert found(text, "2024-06-05") == [
        (["Penny Wong", "Sitiveni Rabuka"], "Suva", "2024-06-04", "meeting", "held"),
        (["Penny Wong", "Jeremiah Manele"], "Honiara", "2024-06-04", "meeting", "held"),
    ]


def test_an_island_or_an_oasis_named_after_to_the_is_where_the_talks_were():
    text = (
        "Foreign Minister Penny Wong met President Joko Widodo in Jakarta on Thursday, before flying to the "
        "resort island of Bali for talks with Foreign Minister Retno Marsudi."
    )
    assert found(text, "2024-06-08") == [
        (["Penny Wong", "Joko Widodo"], "Jakarta", "2024-06-06", "meeting", "held"),
        (["Penny Wong", "Retno Marsudi"], "Bali", "2024-06-06", "meeting", "held"),
    ]


def test_a_trip_onward_to_talks_on_a_later_day_keeps_that_day():
    text = (
        "Foreign Minister Penny Wong met President Ferdinand Marcos Jr. in Manila on Thursday before heading to "
        "Hanoi, where she will meet Prime Minister Pham Minh Chinh on Saturday."
    )
    assert found(text, "2024-06-06") == [
        (["Penny Wong", "Ferdinand Marcos Jr."], "Manila", "2024-06-06", "meeting", "held"),
        (["Penny Wong", "Pham Minh Chinh"], "Hanoi", "2024-06-08", "meeting", "planned"),
    ]


def test_a_he_after_another_he_points_to_the_person_the_first_one_did():
    text = (
        "Chancellor Olaf Scholz met Italian Prime Minister Giorgia Meloni in Rome on Monday. \"We want these "
        "countries in the union,\" he said. The chancellor set off on Tuesday for Serbia, where he saw President "
        "Aleksandar Vucic in Belgrade. On Wednesday he was received by Prime Minister Milojko Spajic in Podgorica. "
        "In Skopje on Thursday he met Prime Minister Hristijan Mickoski, before flying to Tirana for talks with Prime "
        "Minister Edi Rama."
    )
    assert found(text, "2024-07-05")[-2:] == [
        (["Olaf Scholz", "Hristijan Mickoski"], "Skopje", "2024-07-04", "meeting", "held"),
        (["Olaf Scholz", "Edi Rama"], "Tirana", "2024-07-04", "meeting", "held"),
    ]


def test_received_the_same_day_by_a_host_is_a_meeting_with_the_host():
    text = (
        "Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Monday. Wang "
        "was also received the same day by President William Ruto."
    )
    assert found(text, "2024-08-28") == [
        (["Wang Yi", "Musalia Mudavadi"], "Nairobi", "2024-08-26", "meeting", "held"),
        (["Wang Yi", "William Ruto"], "Nairobi", "2024-08-26", "meeting", "held"),
    ]
