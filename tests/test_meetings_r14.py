"""dipkit meetings, round 14, on sentences written for these tests: a state that hosts a bloc's summit takes part in
it ("Argentina will host the next Mercosur summit"); a summit talked about still happens when a clause says who hosts
it; a meeting still undated takes a day named later in its sentence, past a gathering's name, unless a clause of its
own claims that day; a call has no place, and "spoke to X on the sidelines of ... in Dubai" is a meeting there; a
meeting placed in a country takes the city its sentence holds it in; "travel to China in September for the SCO summit"
attends that summit that month, "arrived in X on Monday for the summit" attends it with no day, and a traveller to a
two-state summit stands for his state.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import brief

from dipkit.meetings import find_meetings


def found(text: str, published: str = "2025-03-12") -> list[tuple]:
    return [brief(m) for m in find_meetings(text, published)]


def test_a_state_that_will_host_a_blocs_summit_takes_part_in_it_where_and_when_it_is_held():
    text = "Argentina will host the next Mercosur summit in Buenos Aires in July, the foreign ministry said."
    assert found(text) == [(["Argentina", "Mercosur"], "Buenos Aires", "2025-07", "summit", "planned")]


def test_a_state_that_hosted_a_blocs_summit_took_part_in_it():
    text = "Kenya hosted the IGAD summit in Nairobi on Sunday."
    assert found(text) == [(["Kenya", "Intergovernmental Authority on Development"], "Nairobi", "2025-03-09", "summit", "held")]


def test_a_summit_talked_about_is_one_when_a_clause_says_who_will_host_it():
    assert found("The ministers discussed the BRICS summit that South Africa will host in August.") == [
        (["BRICS", "South Africa"], None, None, "summit", "planned")
    ]
    assert found("The ministers discussed the BRICS summit.") == []


def test_an_undated_summit_takes_the_day_named_after_its_hosts_clause():
    text = (
        "Italian Prime Minister Giorgia Meloni is considering inviting Indian Prime Minister Narendra Modi to the "
        "Group of Seven summit she will host in Apulia in June."
    )
    assert found(text, "2024-03-20") == [(["Giorgia Meloni", "Group of Seven"], "Apulia", "2024-06", "summit", "planned")]


def test_a_day_in_a_clause_of_its_own_is_not_the_meetings():
    text = (
        "Finnish President Alexander Stubb and Swedish Prime Minister Ulf Kristersson last met on the sidelines of the "
        "Nordic Council session in Reykjavik, weeks before Stubb took office in March."
    )
    assert found(text) == [(["Alexander Stubb", "Ulf Kristersson"], "Reykjavik", None, "meeting", "held")]


def test_talks_on_the_sidelines_of_a_conference_were_held_in_its_city():
    text = (
        "Egyptian President Abdel Fattah al-Sisi spoke to Kenyan President William Ruto on the sidelines of the "
        "climate conference in Dubai on December 1, the presidency said."
    )
    assert found(text) == [(["Abdel Fattah al-Sisi", "William Ruto"], "Dubai", "2024-12-01", "meeting", "held")]


def test_a_call_has_no_place_even_when_the_sentence_names_a_city():
    text = "Malaysian Prime Minister Anwar Ibrahim spoke by phone with Indonesian President Joko Widodo in Jakarta on Monday."
    assert found(text) == [(["Anwar Ibrahim", "Joko Widodo"], None, "2025-03-10", "call", "held")]


def test_a_trip_offered_after_talks_on_the_sidelines_is_no_part_of_that_summit():
    text = (
        "Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud on the sidelines of the African "
        "Union summit and invited him to visit Nairobi in May."
    )
    trips = [m for m in found(text) if m[4] == "planned"]
    assert trips == [(["William Ruto", "Hassan Sheikh Mohamud"], "Nairobi", "2025-05", "meeting", "planned")]


def test_a_summit_placed_in_a_country_is_in_the_city_its_sentence_holds_it_in():
    text = "Canadian Prime Minister Justin Trudeau will travel to Italy later this week to attend the G7 summit in Apulia."
    assert found(text, "2024-06-10") == [(["Justin Trudeau", "Group of Seven"], "Apulia", "2024-W24", "summit", "planned")]


def test_a_trip_in_a_month_for_a_summit_is_that_summit_in_that_month():
    text = "Kazakh President Kassym-Jomart Tokayev is expected to travel to China in early September for the SCO summit in Tianjin."
    assert found(text, "2024-06-10") == [
        (["Kassym-Jomart Tokayev", "Shanghai Cooperation Organisation"], "Tianjin", "2024-09", "summit", "planned")
    ]


def test_an_arrival_on_a_day_for_a_summit_attends_it_but_does_not_date_it():
    text = "Brazilian President Luiz Inacio Lula da Silva arrived in Johannesburg on Monday for the BRICS summit."
    assert found(text, "2023-08-23") == [(["Luiz Inacio Lula da Silva", "BRICS"], "Johannesburg", None, "summit", "held")]


def test_a_traveller_to_a_two_state_summit_stands_for_his_state_and_joins_the_talks_reported():
    text = (
        "Russian President Vladimir Putin held talks with Indian Prime Minister Narendra Modi in Moscow on Thursday. "
        "Modi, who arrived in Moscow on Wednesday for the 16th annual Russia-India summit, also met business leaders."
    )
    assert found(text, "2015-12-24") == [(["Vladimir Putin", "Narendra Modi"], "Moscow", "2015-12-24", "meeting", "held")]


def test_an_audience_granted_to_a_guest_is_a_meeting_with_the_host():
    text = "Qatar's Emir Sheikh Tamim bin Hamad Al Thani granted an audience to Iranian Foreign Minister Hossein Amir-Abdollahian in Doha on Monday."
    assert found(text, "2024-05-14") == [
        (["Tamim bin Hamad Al Thani", "Hossein Amir-Abdollahian"], "Doha", "2024-05-13", "meeting", "held")
    ]


def test_talks_said_to_go_by_phone_after_the_other_side_are_a_call_of_their_own():
    text = "Turkish President Recep Tayyip Erdogan conferred with Russian President Vladimir Putin by phone on Sunday."
    assert found(text, "2024-05-14") == [(["Recep Tayyip Erdogan", "Vladimir Putin"], None, "2024-05-12", "call", "held")]
    text = (
        "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on Monday. "
        "The talks came a week after Xi spoke to Macron by phone."
    )
    assert found(text, "2024-05-14") == [
        (["Xi Jinping", "Emmanuel Macron"], "Paris", "2024-05-13", "meeting", "held"),
        (["Xi Jinping", "Emmanuel Macron"], None, "2024-05-06", "call", "held"),
    ]


def test_a_visit_their_first_meeting_is_counted_from_was_a_meeting_with_the_host():
    text = (
        "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on Monday. "
        "It was their first meeting since Macron's state visit to China in April last year."
    )
    assert found(text, "2024-05-14") == [
        (["Xi Jinping", "Emmanuel Macron"], "Paris", "2024-05-13", "meeting", "held"),
        (["Emmanuel Macron", "Xi Jinping"], "China", "2023-04", "meeting", "held"),
    ]
