"""dipkit meetings, round 28, on sentences written for these tests: "will fly to X on Tuesday for a two-day
visit" (or "was in X for a visit") is a visit to X, and the talks with X's leaders told next took place there; "will leave for X",
"head to X" and "fly to X" are trips like "left for X"; "Y, who arrived here on Monday, was received at the
airport by Z" took place on the day of that arrival.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_a_flight_to_a_city_for_a_visit_is_a_visit_there():
    text = "President William Ruto will fly to Lusaka on Thursday for a three-day state visit."
    assert found(text, "2025-03-11") == [
        (["William Ruto", "Zambia"], "Lusaka", "2025-03-13", "visit", "planned"),
    ]


def test_a_stay_in_a_city_for_a_visit_is_a_visit_there():
    text = "President William Ruto was in Lusaka on Monday for a three-day state visit."
    assert found(text, "2025-03-11") == [
        (["William Ruto", "Zambia"], "Lusaka", "2025-03-10", "visit", "held"),
    ]


def test_talks_the_day_after_leaving_for_a_city_are_held_there():
    text = (
        "Prime Minister Luis Montenegro will leave for Brasilia later on Monday. On Tuesday he is scheduled to hold "
        "talks with President Luiz Inacio Lula da Silva."
    )
    assert found(text, "2025-02-17") == [
        (["Luis Montenegro", "Luiz Inacio Lula da Silva"], "Brasilia", "2025-02-18", "meeting", "planned"),
    ]


def test_a_welcome_at_the_airport_is_on_the_day_of_the_arrival_told_in_the_same_sentence():
    text = (
        "HANOI, Oct. 9 -- Prime Minister Anthony Albanese, who arrived here on Tuesday evening on his first trip to "
        "Vietnam since taking office, was greeted at Noi Bai airport by Deputy Prime Minister Tran Luu Quang."
    )
    assert found(text, "2025-10-09") == [
        (["Anthony Albanese", "Vietnam"], "Hanoi", "2025-10-07", "visit", "held"),
        (["Anthony Albanese", "Tran Luu Quang"], "Hanoi", "2025-10-07", "meeting", "held"),
    ]


def test_the_taoiseach_is_the_taoiseach_named_before():
    text = (
        "The Taoiseach, Leo Varadkar, today met President Joe Biden at the White House. Yesterday, the Taoiseach met "
        "Senate Majority Leader Chuck Schumer on Capitol Hill."
    )
    assert found(text, "2024-03-15")[1] == (["Leo Varadkar", "Chuck Schumer"], "Washington", "2024-03-14", "meeting", "held")


def test_a_title_with_an_accent_stands_for_its_holder_through_a_tour():
    text = (
        "The Tánaiste and Minister for Foreign Affairs, Micheál Martin, today ended a three-day visit to the region. "
        "The visit began in Amman on Tuesday, where the Tánaiste held talks with Foreign Minister Ayman Safadi. "
        "On Wednesday, in Beirut, he met Prime Minister Najib Mikati. "
        "The Tánaiste's last meeting was in Nicosia, where he met President Nikos Christodoulides."
    )
    assert found(text, "2023-12-07") == [
        (["Micheál Martin", "Ayman Safadi"], "Amman", "2023-12-05", "meeting", "held"),
        (["Micheál Martin", "Najib Mikati"], "Beirut", "2023-12-06", "meeting", "held"),
        (["Micheál Martin", "Nikos Christodoulides"], "Nicosia", None, "meeting", "held"),
    ]


def test_had_seen_a_and_separately_b_is_a_meeting_with_each():
    text = (
        "Foreign Secretary David Lammy met Egyptian President Abdel Fattah al-Sisi in Cairo on Friday. The day before, "
        "he had seen Lebanese Prime Minister Najib Mikati and, separately, Parliament Speaker Nabih Berri in Beirut."
    )
    assert found(text, "2024-10-19")[1:] == [
        (["David Lammy", "Najib Mikati"], "Beirut", "2024-10-17", "meeting", "held"),
        (["David Lammy", "Nabih Berri"], "Beirut", "2024-10-17", "meeting", "held"),
    ]


def test_he_after_a_quotation_by_a_bare_title_is_that_titles_holder():
    text = (
        "External Affairs Minister S Jaishankar met Foreign Minister Penny Wong in Canberra on Monday. "
        '"A warm and useful conversation with FM Wong on trade and security," the EAM posted on X. '
        "He will travel to Sydney on Wednesday, where he is scheduled to meet Premier Chris Minns."
    )
    assert found(text, "2024-11-04")[1] == (["S Jaishankar", "Chris Minns"], "Sydney", "2024-11-06", "meeting", "planned")
