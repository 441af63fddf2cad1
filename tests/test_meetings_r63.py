"""dipkit meetings, round 63, on sentences written for these tests:

- "will travel to Budapest to meet his Hungarian counterpart", in a story that names two Hungarians who both meet
  people and whose offices the entity layer cannot match: the Hungarian the traveller met last;
- "Hungarian football club Ferencváros is due in Warsaw next week": no contact (a club, named after its civil noun,
  is the subject);
- "the President took up the Sultan's invitation to make a state visit to Oman": a planned meeting with the Sultan
  the story named, as with "an invitation from the Omani Sultan" or a named inviter;
- "met a Kyrgyz foreign ministry delegation led by the First Deputy Foreign Minister in ...": talks with
  Kyrgyzstan, whose delegation's leader goes unnamed ("led by First Deputy Foreign Minister X": X);
- "the next vice-ministerial consultations between the two countries are to be held in Santiago": a planned meeting of
  the two states, not of the ministers just told;
- "China welcomes President X to attend the summit": X's planned attendance of the summit China hosts, no meeting
  of China and X today ("welcomed X to the Great Hall" stays a meeting);
- "to agree on where the three countries' borders meet": lines that join, no meeting;
- "Later that day, X held a meeting with Prime Minister Y" of X's own land: no diplomatic contact (a government's own
  business).

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

HOSTED = (
    "Polish President Andrzej Duda hosted Hungarian President Tamás Sulyok in Warsaw on Monday, in the presence of "
    "Foreign Minister Radosław Sikorski. "
)


def test_his_counterpart_among_two_of_that_land_is_the_one_he_met_last():
    text = HOSTED + (
        "On Tuesday, Sikorski held talks with Péter Szijjártó, Minister of Foreign Affairs and Trade of Hungary. "
        "Sikorski will travel to Budapest in June to meet his Hungarian counterpart again."
    )
    assert found(text, "2025-05-06") == [
        (["Andrzej Duda", "Tamás Sulyok", "Radosław Sikorski"], "Warsaw", "2025-05-05", "meeting", "held"),
        (["Radosław Sikorski", "Péter Szijjártó"], "Warsaw", "2025-05-06", "meeting", "held"),
        (["Radosław Sikorski", "Péter Szijjártó"], "Budapest", "2025-06", "meeting", "planned"),
    ]


def test_a_named_football_club_is_no_side_of_a_visit():
    text = HOSTED + "Hungarian football club Ferencváros is due in Warsaw next week for a friendly match."
    assert found(text, "2025-05-06") == [
        (["Andrzej Duda", "Tamás Sulyok", "Radosław Sikorski"], "Warsaw", "2025-05-05", "meeting", "held"),
    ]


RECEIVED = "Uzbek President Shavkat Mirziyoyev received Omani Foreign Minister Badr Albusaidi in Tashkent on Monday. "


def test_the_sultans_invitation_is_from_the_sultan_the_story_named():
    text = RECEIVED + (
        "Albusaidi passed on a message from Sultan Haitham bin Tarik. "
        "As the talks ended, the President took up the Sultan's invitation to make a state visit to Oman in 2026."
    )
    assert found(text, "2025-03-11") == [
        (["Shavkat Mirziyoyev", "Badr Albusaidi"], "Tashkent", "2025-03-10", "meeting", "held"),
        (["Haitham bin Tarik", "Shavkat Mirziyoyev"], "Oman", "2026", "meeting", "planned"),
    ]


def test_a_meeting_of_one_lands_officials_is_no_contact():
    text = RECEIVED + "Later that day, Mirziyoyev held a meeting with Uzbek Prime Minister Abdulla Aripov, who reported on the harvest."
    assert found(text, "2025-03-11") == [
        (["Shavkat Mirziyoyev", "Badr Albusaidi"], "Tashkent", "2025-03-10", "meeting", "held"),
    ]


LED_BY_TITLE = "Vice Foreign Minister Ma Zhaoxu met a Kyrgyz foreign ministry delegation led by the First Deputy Foreign Minister"


def test_a_delegation_led_by_a_title_alone_is_its_land():
    text = LED_BY_TITLE + " in Beijing on Tuesday."
    assert found(text, "2025-05-14") == [(["Ma Zhaoxu", "Kyrgyzstan"], "Beijing", "2025-05-13", "meeting", "held")]


def test_a_delegation_led_by_a_named_person_is_that_person():
    text = LED_BY_TITLE + " Almaz Imangaziev in Beijing on Tuesday."
    assert found(text, "2025-05-14") == [(["Ma Zhaoxu", "Almaz Imangaziev"], "Beijing", "2025-05-13", "meeting", "held")]


def test_consultations_between_the_two_countries_are_the_states():
    text = (
        "Foreign Minister Iwaya Takeshi and his Chilean counterpart Alberto van Klaveren met in Tokyo on Wednesday. "
        "The two ministers confirmed that the next vice-ministerial consultations between the two countries are to be held "
        "in Santiago later this year."
    )
    assert found(text, "2025-03-13") == [
        (["Iwaya Takeshi", "Alberto van Klaveren"], "Tokyo", "2025-03-12", "meeting", "held"),
        (["Japan", "Chile"], "Santiago", "2025", "meeting", "planned"),
    ]


def test_welcoming_a_leader_to_attend_a_summit_is_no_meeting_of_its_own():
    text = "Wang Yi said China would host the SCO Summit in Tianjin this year. China welcomes President Emomali Rahmon to attend the summit."
    assert found(text, "2025-05-14") == [
        (["China", "Shanghai Cooperation Organisation", "Emomali Rahmon"], "Tianjin", "2025", "summit", "planned"),
    ]


def test_borders_that_meet_are_no_meeting():
    text = (
        "On Tuesday Uzbek President Shavkat Mirziyoyev proposed a summit with the leaders of Kyrgyzstan and Tajikistan "
        "to agree on where the three countries' borders meet."
    )
    assert [(parties, kind, status) for parties, _, _, kind, status in found(text, "2025-03-11")] == [
        (["Shavkat Mirziyoyev", "Kyrgyzstan", "Tajikistan"], "summit", "planned"),
    ]


def test_a_delegation_led_by_a_minister_for_a_portfolio_is_the_minister():
    text = "Vice Foreign Minister Ma Zhaoxu met a Kyrgyz delegation led by the Minister for Foreign Affairs and Trade, Almaz Imangaziev, in Beijing on Tuesday."
    assert found(text, "2025-05-14") == [(["Ma Zhaoxu", "Almaz Imangaziev"], "Beijing", "2025-05-13", "meeting", "held")]
