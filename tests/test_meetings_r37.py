"""dipkit meetings, round 37, on sentences written for these tests: "urged X to act during talks on Monday" dates
the talks in the past; "met with A, an aside, and with B" is a meeting with each; "met A and B in separate
meetings" makes no third meeting of all three, even with "of the Republic of X" after each name; a city its
sentence names wins over the dateline's city of the same land; a place inside "preparations for the summit in X"
is the summit's; "the three ministers last came together for a trilateral meeting" after two bilaterals are
those three; the Saudi agency's dateline "Riyadh, November 12, 2023, SPA --" is read.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.dates import find_dates
from dipkit.split.dateline import find_dateline


def test_an_infinitive_before_during_talks_does_not_move_the_talks_ahead():
    text = "President Lula urged Prime Minister Modi to back a ceasefire during talks in Brasilia on Monday."
    assert [d["value"] for d in find_dates(text, "2025-07-09")] == ["2025-07-07"]
    assert found(text, "2025-07-09") == [(["Luiz Inácio Lula da Silva", "Narendra Modi"], "Brasilia", "2025-07-07", "meeting", "held")]


def test_a_plan_before_during_talks_still_looks_ahead():
    text = "President Lula plans to press Prime Minister Modi on tariffs during talks in Brasilia on Monday."
    assert [d["value"] for d in find_dates(text, "2025-07-09")] == ["2025-07-14"]


def test_with_said_again_after_an_aside_is_a_meeting_with_each():
    text = (
        "On Tuesday Putin met with Hungarian Prime Minister Viktor Orban, the only European Union leader at the "
        "forum, and with Vietnamese President Vo Van Thuong."
    )
    assert found(text, "2023-10-18") == [
        (["Vladimir Putin", "Viktor Orban"], None, "2023-10-17", "meeting", "held"),
        (["Vladimir Putin", "Vo Van Thuong"], None, "2023-10-17", "meeting", "held"),
    ]


def test_separate_meetings_after_the_names_add_no_meeting_of_all_three():
    text = (
        "Crown Prince Mohammed bin Salman also met President Recep Tayyip Erdogan of the Republic of Turkiye and "
        "President Bashar al-Assad of the Syrian Arab Republic in Riyadh on Saturday, in separate meetings."
    )
    assert found(text, "2023-11-12") == [
        (["Mohammed bin Salman", "Recep Tayyip Erdogan"], "Riyadh", "2023-11-11", "meeting", "held"),
        (["Mohammed bin Salman", "Bashar al-Assad"], "Riyadh", "2023-11-11", "meeting", "held"),
    ]


def test_the_city_the_sentence_names_wins_over_the_datelines_city_of_the_same_land():
    text = (
        "ISTANBUL\n\nTurkish President Recep Tayyip Erdogan and Egyptian President Abdel Fattah al-Sisi agreed on "
        "Wednesday to expand trade.\n\nSisi, on his first trip to Turkiye as head of state, was greeted with a "
        "ceremony at the Presidential Complex in Ankara before the two leaders held a one-on-one meeting."
    )
    assert found(text, "2024-09-05") == [
        (["Abdel Fattah al-Sisi", "Recep Tayyip Erdogan"], "Ankara", "2024-09-04", "meeting", "held"),
    ]


def test_a_place_inside_preparations_for_a_summit_is_the_summits():
    text = (
        "JAKARTA, July 14 -- External Affairs Minister S Jaishankar on Thursday held a bilateral meeting with "
        "Japanese Foreign Minister Yoshimasa Hayashi, reviewing preparations for the G20 summit in New Delhi."
    )
    assert found(text, "2023-07-14") == [
        (["S Jaishankar", "Yoshimasa Hayashi"], "Jakarta", "2023-07-13", "meeting", "held"),
    ]


def test_a_trilateral_after_two_bilaterals_of_one_sentence_is_of_those_three():
    text = (
        "ANTALYA, June 19 -- Turkish Foreign Minister Mevlut Cavusoglu met Pakistani Foreign Minister Shah Mahmood "
        "Qureshi and Azerbaijani Foreign Minister Jeyhun Bayramov in separate meetings on Saturday.\n\n"
        "The three ministers last came together in Islamabad in January for the second trilateral meeting of their "
        "countries."
    )
    assert found(text, "2021-06-19") == [
        (["Mevlut Cavusoglu", "Shah Mahmood Qureshi"], "Antalya", "2021-06-19", "meeting", "held"),
        (["Mevlut Cavusoglu", "Jeyhun Bayramov"], "Antalya", "2021-06-19", "meeting", "held"),
        (["Mevlut Cavusoglu", "Shah Mahmood Qureshi", "Jeyhun Bayramov"], "Islamabad", "2021-01", "meeting", "held"),
    ]


def test_a_city_date_year_and_agency_before_the_dash_is_a_dateline():
    found_line = find_dateline("Riyadh, November 12, 2023, SPA -- The Crown Prince received the minister.")
    assert (found_line["place"], found_line["date"], found_line["source"], found_line["text"]) == (
        "Riyadh", "November 12, 2023", "SPA", "Riyadh, November 12, 2023, SPA --"
    )
    assert find_dateline("Tbilisi, May 12, 2023, Georgians -- The rally went on.") is None
