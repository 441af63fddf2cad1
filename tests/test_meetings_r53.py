"""dipkit meetings, round 53, on sentences written for these tests:

- "in Washington, DC" is Washington: a district's letters after a city's name are no part of the place;
- a minister of the visiting land who meets a counterpart of the host land, within a day of the leaders' talks of
  that visit, is in the visit's city;
- "in the North Macedonian lakeside town of Ohrid" (or "the spa town of", "the border town of") is that town;
- "X and Y hosted A and B in Ohrid on Saturday for talks": the talks are the hosting, not a meeting of the hosts.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

import pytest
from test_meetings import found


@pytest.mark.parametrize("district", ["Washington, DC", "Washington, D.C.", "Washington DC"])
def test_a_districts_letters_after_the_city_are_dropped(district):
    text = f"Canadian Prime Minister Mark Carney met US President Donald Trump at the White House in {district} on Tuesday."
    assert found(text, "2025-05-07") == [(["Mark Carney", "Donald Trump"], "Washington", "2025-05-06", "meeting", "held")]


def test_a_minister_on_the_leaders_visit_meets_his_counterpart_in_the_visits_city():
    text = (
        "King Mohammed VI received French President Emmanuel Macron in Rabat on Monday for talks. "
        "French Interior Minister Bruno Retailleau met his Moroccan counterpart Abdelouafi Laftit on Tuesday morning."
    )
    assert found(text, "2024-10-29") == [
        (["Mohammed VI", "Emmanuel Macron"], "Rabat", "2024-10-28", "meeting", "held"),
        (["Bruno Retailleau", "Abdelouafi Laftit"], "Rabat", "2024-10-29", "meeting", "held"),
    ]


def test_ministers_of_a_third_land_take_no_city_from_the_visit():
    text = (
        "King Mohammed VI received French President Emmanuel Macron in Rabat on Monday for talks. "
        "Spanish Foreign Minister Jose Manuel Albares met his Algerian counterpart Ahmed Attaf on Tuesday."
    )
    assert found(text, "2024-10-29")[1][:2] == (["Jose Manuel Albares", "Ahmed Attaf"], None)


@pytest.mark.parametrize("town", ["the North Macedonian lakeside town of Ohrid", "the border town of Ohrid"])
def test_a_town_described_before_its_name(town):
    text = f"Prime Minister Edi Rama met Prime Minister Hristijan Mickoski in {town} on Saturday."
    assert found(text, "2025-03-16")[0][1] == "Ohrid"


def test_the_talks_two_hosts_hold_for_their_guests_are_the_hosting():
    text = (
        "EU foreign policy chief Josep Borrell and envoy Miroslav Lajcak hosted Serbian President Aleksandar Vucic "
        "and Kosovo Prime Minister Albin Kurti in Ohrid on Saturday for talks."
    )
    assert [m[0] for m in found(text, "2023-03-19")] == [["Josep Borrell", "Miroslav Lajcak", "Aleksandar Vucic", "Albin Kurti"]]
