"""dipkit meetings, round 52, on sentences written for these tests:

- a gathering named in lowercase after its city ("the ninth Brussels conference on Syria") gives that city
  as the place of what happened at it, as "the Brussels Conference" did;
- "held a call with", "had a brief call with" and "a phone talk with" are calls;
- "did sit down separately with" is a meeting, as "sat down with" was;
- a lowercase office before a name ("parliament speaker Igor Grosu") no longer hides the person met;
- a host who "received Saturday in Algiers the Tunisian minister" (no "on" before the day) has that guest;
- a sentence that opens with "There," happens at the city the text just before it named;
- "is scheduled to proceed to Eritrea" is a trip there ("proceeded to sign" is none);
- "received A and B one after the other" (or "one by one") is a meeting with each;
- "X and the bloc's special envoy, Y, received Z": X and Y are one side;
- "did not say whether he met X, although he held a call with Y" is the call with Y;
- "the two discussed the railway, which is due to start operations later this year": held, on the day told.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

import pytest
from test_meetings import found

RAJJI = "Lebanese Foreign Minister Youssef Rajji"
SHAIBANI = "Syrian Foreign Minister Asaad al-Shaibani"


@pytest.mark.parametrize("where", ["at the ninth Brussels conference on Syria", "on the sidelines of the Brussels conference"])
def test_a_lowercase_gathering_named_after_a_city_gives_that_city(where):
    text = f"{RAJJI} met {SHAIBANI} {where} on Monday."
    assert found(text, "2025-03-19") == [(["Youssef Rajji", "Asaad al-Shaibani"], "Brussels", "2025-03-17", "meeting", "held")]


def test_the_gathering_an_attendee_took_part_in_gives_its_city():
    text = f"On Monday, {RAJJI} took part in the ninth Brussels conference on Syria, hosted by the European Union."
    assert found(text, "2025-03-19") == [(["Youssef Rajji", "European Union"], "Brussels", "2025-03-17", "summit", "held")]


def test_a_lowercase_gathering_named_after_a_day_gives_no_place():
    text = f"{RAJJI} met {SHAIBANI} at the Tuesday meeting."
    assert found(text, "2025-03-19")[0][1] is None


@pytest.mark.parametrize("held", ["held a call with", "had a brief call with", "had a phone talk with"])
def test_a_call_held_or_had_with_a_person(held):
    text = f"U.S. President Donald Trump {held} Chinese President Xi Jinping on Monday."
    assert found(text, "2025-11-26") == [(["Donald Trump", "Xi Jinping"], None, "2025-11-24", "call", "held")]


def test_a_call_with_investors_is_no_contact():
    assert found("U.S. President Donald Trump had a call with investors on Monday.", "2025-11-26") == []


def test_did_sit_down_separately_with():
    text = "Brazilian President Luiz Inacio Lula da Silva did sit down separately with Bolivian President Luis Arce on Tuesday."
    assert found(text, "2023-07-05") == [(["Luiz Inacio Lula da Silva", "Luis Arce"], None, "2023-07-04", "meeting", "held")]


def test_a_lowercase_office_before_the_person_met():
    text = "Romanian President Klaus Iohannis held a separate meeting with parliament speaker Igor Grosu on Friday."
    assert found(text, "2024-05-18") == [(["Klaus Iohannis", "Igor Grosu"], None, "2024-05-17", "meeting", "held")]


def test_a_host_received_a_bare_day_and_city_before_the_guest():
    text = "Algerian Foreign Minister Ahmed Attaf received Saturday in Algiers the Tunisian Foreign Minister, Mohamed Ali Nafti."
    assert found(text, "2025-06-14") == [(["Ahmed Attaf", "Mohamed Ali Nafti"], "Algiers", "2025-06-14", "meeting", "held")]


def test_a_sentence_opening_with_there_happens_at_the_city_just_told():
    text = (
        "Australian Prime Minister Anthony Albanese flew on Sunday to Surabaya, in the province of East Java. "
        "There, he held talks with Indonesian President Prabowo Subianto."
    )
    assert found(text, "2025-05-19")[0][:2] == (["Anthony Albanese", "Prabowo Subianto"], "Surabaya")


def test_proceeding_to_a_land_is_a_trip_there():
    text = "Russian Foreign Minister Sergey Lavrov is scheduled to proceed to Eritrea on Friday."
    assert found(text, "2026-02-12") == [(["Sergey Lavrov", "Eritrea"], "Eritrea", "2026-02-13", "visit", "planned")]


def test_proceeding_to_sign_is_no_trip():
    assert found("After the talks in Eritrea, the ministers proceeded to sign three agreements.", "2026-02-12") == []


@pytest.mark.parametrize("way", ["one after the other", "one by one"])
def test_guests_received_one_after_the_other_are_two_meetings(way):
    text = f"EU foreign policy chief Josep Borrell received Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti {way} in Brussels on Thursday."
    assert found(text, "2023-09-15") == [
        (["Josep Borrell", "Aleksandar Vucic"], "Brussels", "2023-09-14", "meeting", "held"),
        (["Josep Borrell", "Albin Kurti"], "Brussels", "2023-09-14", "meeting", "held"),
    ]


def test_the_blocs_envoy_in_apposition_shares_the_subject():
    text = "NATO chief Mark Rutte and the alliance's deputy chief, Radmila Shekerinska, met Ukrainian President Volodymyr Zelenskyy on Thursday."
    assert found(text, "2025-06-13") == [(["Mark Rutte", "Radmila Shekerinska", "Volodymyr Zelenskyy"], None, "2025-06-12", "meeting", "held")]


def test_a_contact_told_past_although_is_not_left_open():
    text = (
        "State House did not say whether President William Ruto met Qatari officials in Doha, although on Monday "
        "he held a video call with Qatar's Emir Sheikh Tamim bin Hamad Al Thani."
    )
    assert found(text, "2026-06-27") == [(["William Ruto", "Tamim bin Hamad Al Thani"], None, "2026-06-22", "call", "held")]


def test_a_contact_inside_not_whether_is_still_left_open():
    text = "State House did not say whether President William Ruto would meet Qatar's Emir Sheikh Tamim bin Hamad Al Thani."
    assert found(text, "2026-06-27") == []


def test_what_is_due_to_start_in_a_clause_on_the_object_is_not_the_meetings_plan():
    text = (
        "On Wednesday, Wang Yi was received by Indonesian President Joko Widodo in Jakarta, where the two discussed "
        "the high-speed railway, which is due to start commercial operations later this year."
    )
    assert found(text, "2023-07-14") == [(["Wang Yi", "Joko Widodo"], "Jakarta", "2023-07-12", "meeting", "held")]


def test_a_gathering_which_begins_on_a_day_still_takes_that_day():
    text = "Prime Minister Narendra Modi will attend the G20 summit, which begins on Saturday."
    assert found(text, "2023-07-14") == [(["Narendra Modi", "Group of Twenty"], None, "2023-07-15", "summit", "planned")]
