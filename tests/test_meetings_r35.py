"""dipkit meetings, round 35, on sentences written for these tests: "In the meeting with X, Y explained" makes no
third meeting of X and Y; "received, in separate meetings, A and B" is a meeting with each; "Receiving X, the Prime
Minister ..." and "Meeting X, Prime Minister Y ..." are the prime minister's meetings with X; a headline's lands give
way to their ministers named in the lead; "Before the trilateral session" is a step that takes that session's day;
"met students" is no contact; "The talks, held in Z on Monday", as the first contact told, are those of the pair the
sentence before named; "used his meeting ... on Wednesday to press for" is past; "Later in the evening" after a day
still ahead is the evening of the report; "which officials said could take place in May" is a plan.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.dates import find_dates


def test_the_subject_after_the_opening_phrase_is_no_second_guest():
    text = (
        "TOKYO, July 9 (Kyodo) -- Prime Minister Fumio Kishida held separate talks on Tuesday with Samoan Prime "
        "Minister Fiame Naomi Mata'afa and Tuvaluan Prime Minister Feleti Teo in Tokyo.\n\nIn the meeting with Teo, "
        "Kishida outlined Japan's support for coastal defences."
    )
    assert found(text, "2024-07-09") == [
        (["Fumio Kishida", "Fiame Naomi Mata'afa"], "Tokyo", "2024-07-09", "meeting", "held"),
        (["Fumio Kishida", "Feleti Teo"], "Tokyo", "2024-07-09", "meeting", "held"),
    ]


def test_guests_received_in_separate_meetings_are_a_meeting_each():
    text = (
        "RIYADH, March 4 (SPA) -- Crown Prince Mohammed bin Salman received Jordan's King Abdullah II at Al-Yamamah "
        "Palace on Monday.\n\nThe Crown Prince also received, in separate meetings, President Cyril Ramaphosa of South "
        "Africa and Prime Minister Mohammed Shia al-Sudani of Iraq."
    )
    assert found(text, "2024-03-04") == [
        (["Mohammed bin Salman", "Abdullah II"], "Riyadh", "2024-03-04", "meeting", "held"),
        (["Mohammed bin Salman", "Cyril Ramaphosa"], "Riyadh", "2024-03-04", "meeting", "held"),
        (["Mohammed bin Salman", "Mohammed Shia al-Sudani"], "Riyadh", "2024-03-04", "meeting", "held"),
    ]


def test_an_opening_gerund_is_the_meeting_of_the_subject_after_the_comma():
    text = (
        "HANOI, May 6 (VNA) -- Prime Minister Pham Minh Chinh chaired a cabinet meeting on digital trade on Monday.\n\n"
        "Receiving Australian Ambassador Andrew Goledzinowski in the afternoon, the Prime Minister praised his work and "
        "thanked Foreign Minister Penny Wong for her support.\n\nMeeting Indian Ambassador Sandeep Arya, Prime Minister "
        "Pham Minh Chinh called for more direct flights."
    )
    assert found(text, "2024-05-06") == [
        (["Pham Minh Chinh", "Andrew Goledzinowski"], "Hanoi", "2024-05-06", "meeting", "held"),
        (["Pham Minh Chinh", "Sandeep Arya"], "Hanoi", "2024-05-06", "meeting", "held"),
    ]


def test_a_headline_of_three_lands_gives_way_to_their_ministers():
    text = (
        "Egypt, Jordan, Iraq foreign ministers meet in Cairo\n\nCAIRO, June 2 -- Egyptian Foreign Minister Sameh "
        "Shoukry hosted his Jordanian and Iraqi counterparts, Ayman Safadi and Fuad Hussein, for a trilateral meeting "
        "in Cairo on Sunday."
    )
    assert found(text, "2024-06-02") == [
        (["Sameh Shoukry", "Ayman Safadi", "Fuad Hussein"], "Cairo", "2024-06-02", "meeting", "held"),
    ]


def test_meetings_before_the_session_take_its_day_and_place():
    text = (
        "ANKARA, Oct 3 -- Turkish Foreign Minister Hakan Fidan hosted his Azerbaijani and Georgian counterparts, Jeyhun "
        "Bayramov and Ilia Darchiashvili, for a trilateral meeting in Ankara on Thursday.\n\nBefore the trilateral "
        "session, Fidan held separate bilateral meetings with Bayramov and Darchiashvili."
    )
    assert found(text, "2024-10-03") == [
        (["Hakan Fidan", "Jeyhun Bayramov", "Ilia Darchiashvili"], "Ankara", "2024-10-03", "meeting", "held"),
        (["Hakan Fidan", "Jeyhun Bayramov"], "Ankara", "2024-10-03", "meeting", "held"),
        (["Hakan Fidan", "Ilia Darchiashvili"], "Ankara", "2024-10-03", "meeting", "held"),
    ]


def test_the_talks_told_first_are_the_pair_named_before_and_students_are_no_contact():
    text = (
        "BEIJING, May 17 -- Russian President Vladimir Putin and Chinese President Xi Jinping agreed to widen trade in "
        "farm goods, the Kremlin said after the two leaders wrapped up several hours of negotiations.\n\nThe talks, held "
        "in Beijing on Thursday, also covered energy.\n\nPutin and Xi last spoke by telephone in February.\n\nOn "
        "Friday, the Russian leader travelled on to Harbin, where he attended the Russian-Chinese Expo and met students "
        "of a local university."
    )
    assert found(text, "2024-05-17") == [
        (["Vladimir Putin", "Xi Jinping"], "Beijing", "2024-05-16", "meeting", "held"),
        (["Vladimir Putin", "Xi Jinping"], None, "2024-02", "call", "held"),
    ]


def test_a_meeting_used_on_a_weekday_to_press_for_something_is_past():
    text = "LONDON - Prime Minister Keir Starmer used his meeting with Chancellor Olaf Scholz in Berlin on Wednesday to press for a defence pact."
    assert found(text, "2024-08-31") == [(["Keir Starmer", "Olaf Scholz"], "Berlin", "2024-08-28", "meeting", "held")]
    assert [d["value"] for d in find_dates(text, "2024-08-31")] == ["2024-08-28"]


def test_the_evening_after_a_day_still_ahead_is_the_evening_of_the_report():
    text = (
        "ABU DHABI, 13 May 2024 (WAM) -- President Sheikh Mohamed bin Zayed received Prime Minister Anthony Albanese "
        "today. Albanese is set to open a trade fair on Wednesday.\n\nLater in the evening, Sheikh Mansour bin Zayed "
        "hosted a dinner in honour of the Australian Prime Minister."
    )
    assert found(text, "2024-05-13") == [
        (["Mohamed bin Zayed Al Nahyan", "Anthony Albanese"], "Abu Dhabi", "2024-05-13", "meeting", "held"),
        (["Mansour bin Zayed", "Anthony Albanese"], "Abu Dhabi", "2024-05-13", "meeting", "held"),
    ]
    assert [d["value"] for d in find_dates(text, "2024-05-13")][-1] == "2024-05-13TEV"


def test_a_visit_which_officials_said_could_take_place_is_planned():
    text = (
        "BEIJING, April 9 -- Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing on "
        "Tuesday.\n\nThe two ministers also discussed a visit to China by Putin, which officials said could take place "
        "in May."
    )
    assert found(text, "2024-04-09") == [
        (["Wang Yi", "Sergei Lavrov"], "Beijing", "2024-04-09", "meeting", "held"),
        (["Vladimir Putin", "China"], "China", None, "visit", "planned"),
    ]
