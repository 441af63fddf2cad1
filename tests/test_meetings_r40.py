"""dipkit meetings, round 40, on sentences written for these tests: "arrived in Lusaka, Zambia" is a trip to the
city of its own country; "had been due in Hanoi in March, but called off the trip" is a plan that was dropped; a
foreign minister the story names by title alone is of the land the officeholders list gives.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_a_city_and_its_country_is_the_city():
    text = "BERLIN, March 4 -- German Foreign Minister Annalena Baerbock arrived in Lusaka, Zambia, on Monday."
    assert found(text, "2024-03-04") == [
        (["Annalena Baerbock", "Zambia"], "Lusaka", "2024-03-04", "visit", "held"),
    ]


def test_a_visit_to_a_city_and_its_country():
    text = "BERLIN, March 4 -- German Foreign Minister Annalena Baerbock paid a visit to Hanoi, Vietnam, on Sunday."
    assert found(text, "2024-03-04") == [
        (["Annalena Baerbock", "Vietnam"], "Hanoi", "2024-03-03", "visit", "held"),
    ]


def test_two_cities_of_two_lands_are_a_tour_with_no_one_place():
    text = "BERLIN, March 4 -- German Foreign Minister Annalena Baerbock will visit Hanoi, Vietnam, and Vientiane, Laos, next week."
    assert found(text, "2024-03-04") == [
        (["Annalena Baerbock", "Vietnam", "Laos"], None, "2024-W11", "visit", "planned"),
    ]


def test_but_called_off_the_trip_is_no_plan():
    text = (
        "BERLIN, March 4 -- Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday. "
        "Scholz had originally been due in Hanoi in January, but called off the trip because of the budget crisis."
    )
    assert found(text, "2024-03-04") == [
        (["Olaf Scholz", "Emmanuel Macron"], "Paris", "2024-03-01", "meeting", "held"),
    ]


def test_but_postponed_it_is_no_plan():
    text = "BERLIN, March 4 -- Scholz had been due to visit Hanoi in January, but he later postponed it."
    assert found(text, "2024-03-04") == []


def test_but_cancelled_a_news_conference_keeps_the_talks():
    text = "BERLIN, March 4 -- Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday but cancelled a news conference."
    assert found(text, "2024-03-04") == [
        (["Olaf Scholz", "Emmanuel Macron"], "Paris", "2024-03-01", "meeting", "held"),
    ]


def test_two_cities_of_one_land_are_two_stops_each_in_its_city():
    text = "BERLIN, March 4 -- Chancellor Olaf Scholz paid visits to Hanoi and Ho Chi Minh City in January."
    assert found(text, "2024-03-04") == [
        (["Olaf Scholz", "Vietnam"], "Hanoi", "2024-01", "visit", "held"),
        (["Olaf Scholz", "Vietnam"], "Ho Chi Minh City", "2024-01", "visit", "held"),
    ]


def test_a_trip_in_a_city_and_in_its_land_is_one_trip_to_the_city():
    text = (
        "German Foreign Minister Annalena Baerbock paid a working visit to Hanoi, Vietnam, on 3 and 4 March. "
        "Baerbock called on Prime Minister Pham Minh Chinh on 4 March. "
        "On 3 March, Baerbock met Foreign Minister Bui Thanh Son.\n\n"
        "Baerbock also met Vietnamese Deputy Prime Minister Tran Hong Ha in Vietnam on 4 March."
    )
    assert found(text, "2024-03-04") == [
        (["Annalena Baerbock", "Pham Minh Chinh"], "Hanoi", "2024-03-04", "meeting", "held"),
        (["Annalena Baerbock", "Bui Thanh Son"], "Hanoi", "2024-03-03", "meeting", "held"),
        (["Annalena Baerbock", "Tran Hong Ha"], "Vietnam", "2024-03-04", "meeting", "held"),
    ]


def test_a_foreign_minister_of_the_list_is_the_host_met_on_the_trip():
    text = (
        "ACCRA, March 18 -- The Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, received the Dutch envoy on Monday. "
        "Togo's Foreign Minister Robert Dussey is expected in Accra next month to co-chair with Mr Ablakwa the joint commission."
    )
    assert found(text, "2025-03-18") == [
        (["Samuel Okudzeto Ablakwa", "Netherlands"], "Accra", "2025-03-17", "meeting", "held"),
        (["Robert Dussey", "Samuel Okudzeto Ablakwa"], "Accra", "2025-04", "meeting", "planned"),
    ]
