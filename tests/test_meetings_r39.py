"""dipkit meetings, round 39, on sentences written for these tests: "is due in Vientiane on Saturday for the
ASEAN summit" is the traveller's planned summit there and then; "for the East Asia Summit" names the gathering
the trip is for; "X said Y had confirmed he would travel" is Y's trip; "a call between the two heads of state",
told after talks of two ministers, is a call of the lands' leaders.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_due_in_a_city_for_a_summit_is_a_planned_summit_there_that_day():
    text = "JAKARTA, Oct. 9 -- Australian Prime Minister Anthony Albanese is due in Vientiane on Saturday for the ASEAN summit."
    assert found(text, "2024-10-09") == [
        (["Anthony Albanese", "Association of Southeast Asian Nations"], "Vientiane", "2024-10-12", "summit", "planned"),
    ]


def test_expected_in_a_city_alone_is_a_planned_visit():
    text = "JAKARTA, Oct. 9 -- Australian Prime Minister Anthony Albanese is expected in Vientiane on Saturday."
    assert found(text, "2024-10-09") == [
        (["Anthony Albanese", "Laos"], "Vientiane", "2024-10-12", "visit", "planned"),
    ]


def test_due_in_a_month_is_no_trip():
    assert found("JAKARTA, Oct. 9 -- A ruling on the border case is due in March.", "2024-10-09") == []


def test_expected_in_the_coming_weeks_is_no_trip():
    text = (
        "ASTANA, Oct. 9 -- Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev are "
        "expected in the coming weeks to sign the border treaty."
    )
    assert found(text, "2024-10-09") == []


def test_a_trip_for_a_gathering_whose_name_ends_in_summit_attends_it():
    text = "JAKARTA, Oct. 9 -- Anthony Albanese will travel to Vientiane next week for the East Asia Summit."
    assert found(text, "2024-10-09") == [
        (["Anthony Albanese", "East Asia Summit"], "Vientiane", "2024-W42", "summit", "planned"),
    ]


def test_he_after_a_second_reporting_verb_is_its_subject():
    text = (
        "MOSCOW, Oct. 18 -- Kremlin spokesman Dmitry Peskov said Chinese President Xi Jinping had confirmed he "
        "would travel to Kazan next year for the BRICS summit."
    )
    assert found(text, "2023-10-18") == [
        (["Xi Jinping", "BRICS"], "Kazan", "2024", "summit", "planned"),
    ]


def test_the_two_heads_of_state_after_ministers_talks_are_the_lands_leaders():
    text = (
        "ANKARA, Oct. 9 -- Turkish Foreign Minister Hakan Fidan met his Iranian counterpart Abbas Araghchi in "
        "Ankara on Wednesday. The visit follows a phone call between the two heads of state last week."
    )
    assert found(text, "2024-10-09") == [
        (["Hakan Fidan", "Abbas Araghchi"], "Ankara", "2024-10-09", "meeting", "held"),
        (["Turkey", "Iran"], None, "2024-W40", "call", "held"),
    ]


def test_the_two_heads_of_state_named_in_the_story_stand_for_their_lands():
    text = (
        "ANKARA, Oct. 9 -- Turkish Foreign Minister Hakan Fidan met his Iranian counterpart Abbas Araghchi in "
        "Ankara on Wednesday. Turkish President Recep Tayyip Erdogan praised the talks, as did Iranian President "
        "Masoud Pezeshkian. The visit follows a phone call between the two heads of state last week."
    )
    assert found(text, "2024-10-09") == [
        (["Hakan Fidan", "Abbas Araghchi"], "Ankara", "2024-10-09", "meeting", "held"),
        (["Recep Tayyip Erdogan", "Masoud Pezeshkian"], None, "2024-W40", "call", "held"),
    ]
