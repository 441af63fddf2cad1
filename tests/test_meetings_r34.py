"""dipkit meetings, round 34, on sentences written for these tests: a host's guest "for trilateral talks with Y" is
one meeting of three; "attended a breakfast hosted by Y" is a meal of its own with its host, and a luncheon at the
U.S. Capitol "following the Oval Office meeting" takes Washington and that meeting's day; "is scheduled to address a
joint meeting of Congress and attend a luncheon" plans the luncheon and names no meeting of Congress; "he" after
"Mr Martin" is Mr Martin, and after "The Prime Minister's day began" the prime minister; "which Y is also expected to
attend" adds Y to that sentence's dinner; "T.D." after a name is no part of it.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.entities import find_entities


def test_a_guest_hosted_for_trilateral_talks_with_a_third_is_one_meeting_of_three():
    text = (
        "Earlier this month, French President Emmanuel Macron hosted Chinese President Xi Jinping in Paris for "
        "trilateral talks with Charles Michel, who chairs the European Council."
    )
    assert found(text, "2024-05-20") == [
        (["Emmanuel Macron", "Xi Jinping", "Charles Michel"], "Paris", "2024-05", "meeting", "held"),
    ]


def test_a_breakfast_and_a_luncheon_with_other_hosts_are_meetings_of_their_own():
    text = (
        "WASHINGTON — Taoiseach Micheál Martin met President Joe Biden in the Oval Office on Friday.\n\nEarlier in the "
        "day, the Taoiseach had attended a breakfast hosted by the Vice President, Kamala Harris, at her official "
        "home. The "
        "Tánaiste, Simon Harris, also attended.\n\nFollowing the Oval Office meeting, the Taoiseach attended the annual "
        "Friends of Ireland luncheon at the U.S. Capitol, hosted by Speaker Kevin McCarthy. President Biden also "
        "attended the luncheon."
    )
    assert found(text, "2023-03-17") == [
        (["Micheál Martin", "Joe Biden"], "Washington", "2023-03-17", "meeting", "held"),
        (["Micheál Martin", "Kamala Harris", "Simon Harris"], "Washington", "2023-03-17", "meeting", "held"),
        (["Micheál Martin", "Kevin McCarthy", "Joe Biden"], "Washington", "2023-03-17", "meeting", "held"),
    ]


def test_a_luncheon_after_an_address_to_congress_is_planned_as_the_address_is():
    text = (
        "Prime Minister Fumio Kishida held talks with President Joe Biden in the Oval Office on Wednesday.\n\nKishida arrived in "
        "Washington on Monday. On Tuesday, he toured a factory in North Carolina.\n\nOn Thursday, Kishida is "
        "scheduled to address a joint meeting of Congress and attend a luncheon at the State Department hosted by "
        "Vice President Kamala Harris and Secretary of State Antony Blinken."
    )
    assert found(text, "2024-04-11") == [
        (["Fumio Kishida", "Joe Biden"], "Washington", "2024-04-10", "meeting", "held"),
        (["Fumio Kishida", "Kamala Harris", "Antony Blinken"], "Washington", "2024-04-11", "meeting", "planned"),
    ]


def test_he_after_mr_martin_is_mr_martin_not_the_host_named_after_him():
    text = (
        "Taoiseach Micheál Martin will meet President Donald Trump at the White House on Wednesday.\n\nMr Martin will "
        "start his morning at a breakfast hosted by the Vice President, JD Vance, at the Naval Observatory.\n\nHe "
        "will then "
        "meet Speaker Mike Johnson on Capitol Hill."
    )
    assert found(text, "2025-03-10")[2] == (["Micheál Martin", "Mike Johnson"], "Washington", None, "meeting", "planned")


def test_he_after_the_prime_ministers_day_is_the_prime_minister_and_which_y_will_attend_adds_y():
    text = (
        "Prime Minister Anthony Albanese met President Joe Biden in the Oval Office on Wednesday.\n\nThe Prime "
        "Minister's day began with a breakfast hosted by Vice President Kamala Harris, where the two discussed "
        "climate policy. Later he will attend a dinner hosted by Secretary of State Antony Blinken, which Mr Biden is "
        "also expected to attend."
    )
    assert found(text, "2023-10-25")[1] == (
        ["Anthony Albanese", "Antony Blinken", "Joe Biden"], "Washington", None, "meeting", "planned",
    )


def test_letters_after_a_name_with_stops_are_no_part_of_it():
    text = "The Taoiseach, Enda Kenny T.D., met President Barack Obama. Charles Flanagan TD spoke to reporters."
    names = [e["name"] for e in find_entities(text, published="2016-03-15") if e["type"] == "PERSON"]
    assert names == ["Enda Kenny", "Barack Obama", "Charles Flanagan"]
