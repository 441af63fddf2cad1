"""dipkit meetings, round 41, on sentences written for these tests: a trip to two or more cities of one country
is a visit to each city; a city with its region, or cities of two lands, stay one trip.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_two_cities_of_one_land_are_a_visit_each():
    text = "Australian Foreign Minister Penny Wong, who visited Hanoi and Ho Chi Minh City in April, said trade was growing."
    assert found(text, "2025-05-10") == [
        (["Penny Wong", "Vietnam"], "Hanoi", "2025-04", "visit", "held"),
        (["Penny Wong", "Vietnam"], "Ho Chi Minh City", "2025-04", "visit", "held"),
    ]


def test_a_planned_trip_to_two_cities_is_two_planned_visits():
    text = "Pakistani Prime Minister Shehbaz Sharif will visit Riyadh and Jeddah next week."
    assert found(text, "2025-05-10") == [
        (["Shehbaz Sharif", "Saudi Arabia"], "Riyadh", "2025-W20", "visit", "planned"),
        (["Shehbaz Sharif", "Saudi Arabia"], "Jeddah", "2025-W20", "visit", "planned"),
    ]


def test_a_city_and_its_region_stay_one_trip():
    text = "Italian Prime Minister Giorgia Meloni visited Palm Beach, Florida, on Saturday."
    assert [m[1] for m in found(text, "2025-01-06")] == ["Palm Beach"]


def test_cities_of_two_lands_stay_one_tour():
    text = "Deputy Secretary of State Antony Blinken visited Tel Aviv, Jerusalem and Ramallah last week."
    assert found(text, "2025-05-10") == [
        (["Antony Blinken", "Israel", "Palestine"], None, "2025-W18", "visit", "held"),
    ]
