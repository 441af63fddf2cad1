"""dipkit meetings, round 67, on sentences written for these tests: a list of persons goes on past a name whose
title holds "of" or "for" ("A, Minister of State for Security B, and C"), and past a title set off by commas whose
portfolio names a land ("A, Under-Secretary of State for Africa, B, C, and D"): the land is part of B's title."""

from __future__ import annotations

from test_meetings import found


def test_a_list_goes_on_past_a_title_with_of_and_for():
    text = (
        "Interior Minister Omar Siddiqui will meet Home Secretary Ellen Marsh, Minister of State for Security "
        "Paul Denton, and Lord Rashid on Tuesday."
    )
    assert found(text, "2025-03-10") == [
        (["Omar Siddiqui", "Ellen Marsh", "Paul Denton", "Rashid"], None, "2025-03-11", "meeting", "planned")
    ]


def test_a_land_in_a_title_set_off_by_commas_is_no_break_in_the_list():
    text = (
        "Interior Minister Omar Siddiqui of Pakistan will meet Deputy Prime Minister Ellen Marsh, Parliamentary "
        "Under-Secretary of State for Africa, Paul Denton, Lord Rashid, and Commonwealth Secretary-General, "
        "Grace Mensah."
    )
    assert found(text, "2025-03-10") == [
        (["Omar Siddiqui", "Ellen Marsh", "Paul Denton", "Rashid", "Grace Mensah"], None, None, "meeting", "planned")
    ]


def test_a_titled_name_not_closed_by_and_stays_an_apposition():
    text = "Interior Minister Omar Siddiqui will meet Home Secretary Ellen Marsh, Minister of State for Security Paul Denton, in London."
    assert found(text, "2025-03-10") == [(["Omar Siddiqui", "Ellen Marsh"], "London", None, "meeting", "planned")]
