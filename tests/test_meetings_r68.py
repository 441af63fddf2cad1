"""dipkit meetings, round 68, on sentences written for these tests: a visitor's round of the host country's
officials is one meeting each, also when one of them is named by a peer's style ("Lord X") and one heads an
international body ("Commonwealth Secretary-General Y"); a minister of a third country, or a guest named without
any office, keeps the list one meeting."""

from __future__ import annotations

from test_meetings import found

_VISIT = "Pakistani Interior Minister Omar Siddiqui is on a three-day visit to Britain, during which he is due to meet "


def test_a_round_with_a_peer_and_the_head_of_a_body_is_one_meeting_each():
    text = _VISIT + "British Home Secretary Ellen Marsh, Security Minister Paul Denton, Lord Rashid and Commonwealth Secretary-General Grace Mensah."
    assert found(text, "2025-03-10") == [
        (["Omar Siddiqui", "Ellen Marsh"], "United Kingdom", None, "meeting", "planned"),
        (["Omar Siddiqui", "Paul Denton"], "United Kingdom", None, "meeting", "planned"),
        (["Omar Siddiqui", "Rashid"], "United Kingdom", None, "meeting", "planned"),
        (["Omar Siddiqui", "Grace Mensah"], "United Kingdom", None, "meeting", "planned"),
    ]


def test_a_minister_of_a_third_country_keeps_the_list_one_meeting():
    text = _VISIT + "British Home Secretary Ellen Marsh, Security Minister Paul Denton, Lord Rashid and Ghana's Trade Minister Grace Mensah."
    assert found(text, "2025-03-10") == [
        (["Omar Siddiqui", "Ellen Marsh", "Paul Denton", "Rashid", "Grace Mensah"], "United Kingdom", None, "meeting", "planned")
    ]


def test_a_guest_named_without_an_office_keeps_the_list_one_meeting():
    text = _VISIT + "British Home Secretary Ellen Marsh, Security Minister Paul Denton and Rashid Khan."
    assert found(text, "2025-03-10") == [
        (["Omar Siddiqui", "Ellen Marsh", "Paul Denton", "Rashid Khan"], "United Kingdom", None, "meeting", "planned")
    ]


_MET_THEN_VISIT = (
    "Pakistani Interior Minister Omar Siddiqui met British Security Minister Paul Denton in London on Monday. "
    "Siddiqui is in Britain on a three-day visit, during which he is due to meet "
)
_HELD = (["Omar Siddiqui", "Paul Denton"], "London", "2025-03-10", "meeting", "held")


def test_a_plan_told_in_a_clause_of_the_trip_stays_a_plan_of_no_day():
    text = _MET_THEN_VISIT + "British Home Secretary Ellen Marsh, Security Minister Paul Denton and Lord Rashid."
    assert found(text, "2025-03-10") == [
        _HELD,
        (["Omar Siddiqui", "Ellen Marsh"], "United Kingdom", None, "meeting", "planned"),
        (["Omar Siddiqui", "Rashid"], "United Kingdom", None, "meeting", "planned"),
    ]


def test_the_itinerary_naming_one_already_met_is_that_meeting():
    assert found(_MET_THEN_VISIT + "Denton.", "2025-03-10") == [_HELD]


def test_meeting_him_again_on_the_trip_is_a_meeting_of_its_own():
    assert found(_MET_THEN_VISIT + "Denton again.", "2025-03-10") == [
        _HELD,
        (["Omar Siddiqui", "Paul Denton"], "United Kingdom", None, "meeting", "planned"),
    ]
