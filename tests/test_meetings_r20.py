"""dipkit meetings, round 20, on sentences written for these tests: clauses joined by ", and" that have their own
subject, a pronoun in an opening "after he arrived" clause, a welcome "to the visiting leader", a bloc's "meeting",
the leader named by "The Kenyan President", and a trip inside the land of a state visit.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.meetings.setting import compare


_LEAD = (
    "Modi holds talks with Kenyan President Ruto\n\n"
    "NEW DELHI, March 4 -- Prime Minister Narendra Modi held talks with Kenyan President William Ruto on Monday.\n\n"
)


def test_a_welcome_to_the_visiting_leader_is_a_meeting_with_the_guest():
    text = _LEAD + "Earlier in the day, President Droupadi Murmu accorded a ceremonial welcome to the visiting leader at Rashtrapati Bhavan."
    assert found(text, "2024-03-04")[-1] == (["Droupadi Murmu", "William Ruto"], "New Delhi", "2024-03-04", "meeting", "held")


def test_a_pronoun_in_an_opening_clause_is_not_the_subject_after_the_comma():
    text = _LEAD + "On Sunday, shortly after he arrived, Foreign Minister S Jaishankar called on Ruto."
    assert found(text, "2024-03-04")[-1] == (["S Jaishankar", "William Ruto"], "New Delhi", "2024-03-03", "meeting", "held")


def test_a_name_after_comma_and_with_its_own_verb_opens_a_meeting_of_its_own():
    text = _LEAD + (
        "On Sunday, Foreign Minister S Jaishankar called on Ruto, and National Security Advisor Ajit Doval "
        "met him separately the same evening."
    )
    assert found(text, "2024-03-04")[1:] == [
        (["S Jaishankar", "William Ruto"], "New Delhi", "2024-03-03", "meeting", "held"),
        (["Ajit Doval", "William Ruto"], "New Delhi", "2024-03-03", "meeting", "held"),
    ]


def test_a_second_clause_after_comma_and_is_not_a_second_guest_of_the_first():
    text = (
        "Biden to host Xi at APEC\n\n"
        "WASHINGTON (AP) -- President Joe Biden will meet Chinese President Xi Jinping next week.\n\n"
        "Secretary of State Antony Blinken met Xi in Beijing in June, and Commerce Secretary Gina Raimondo visited "
        "Beijing in August."
    )
    assert found(text, "2023-11-08")[1:] == [
        (["Antony Blinken", "Xi Jinping"], "Beijing", "2023-06", "meeting", "held"),
        (["Gina Raimondo", "China"], "Beijing", "2023-08", "visit", "held"),
    ]


def test_the_president_of_a_land_by_adjective_invites_as_host():
    text = _LEAD + (
        "Jaishankar had travelled to Nairobi in October, becoming the first foreign minister to call on Ruto after his election.\n\n"
        "The Kenyan President invited Modi to visit Kenya, and the invitation was accepted, officials said."
    )
    assert found(text, "2024-03-04")[-1] == (["William Ruto", "Narendra Modi"], "Kenya", None, "meeting", "planned")


def test_a_trip_inside_the_land_of_the_talks_days_later_is_a_leg_of_that_visit():
    text = _LEAD + "Ruto will travel to Mumbai on Tuesday to meet business leaders before returning to Nairobi."
    assert found(text, "2024-03-04") == [(["Narendra Modi", "William Ruto"], "New Delhi", "2024-03-04", "meeting", "held")]


def test_a_blocs_meeting_hosted_and_attended_by_leaders_is_its_summit():
    text = (
        "Erdogan meets Aliyev in Astana\n\n"
        "ASTANA, July 4 -- Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev on Wednesday.\n\n"
        "On Thursday, Erdogan addressed the SCO Plus meeting, hosted by Kazakh President Kassym-Jomart Tokayev and "
        "attended by leaders including Chinese President Xi Jinping."
    )
    assert found(text, "2024-07-04")[1:] == [(
        ["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev", "Xi Jinping", "Shanghai Cooperation Organisation"],
        "Astana", "2024-07-04", "summit", "held",
    )]


def test_a_week_and_a_month_compare_by_the_month_of_the_week():
    assert compare("2023-07", "2023-W45") == -1
    assert compare("2023-W45", "2023-07") == 1
    assert compare("2023-11", "2023-W45") == 0
    assert compare("2020-W53", "2020-12") == 0  # a year of 53 weeks
    assert compare("2023-W53", "2023-12") is None  # no such week


_UZA = (
    "President of Uzbekistan receives foreign leaders\n\n"
    "Tashkent, 3 October (UzA). Uzbek President Shavkat Mirziyoyev received foreign leaders "
    "who arrived for the Tashkent investment forum today.\n\n"
)


def test_the_head_of_our_state_is_the_storys_president():
    text = _UZA + "In the morning, the head of our state held talks with President of Turkmenistan Serdar Berdimuhamedov."
    assert found(text, "2023-10-03")[-1] == (["Shavkat Mirziyoyev", "Serdar Berdimuhamedov"], "Tashkent", "2023-10-03", "meeting", "held")


def test_an_opening_meeting_with_phrase_and_no_subject_is_the_storys_main_persons():
    text = _UZA + (
        "Shavkat Mirziyoyev then met with President of Kyrgyzstan Sadyr Japarov.\n\n"
        "At the meeting with President of Tajikistan Emomali Rahmon, issues of water use on shared rivers were considered."
    )
    assert found(text, "2023-10-03")[-1][0] == ["Shavkat Mirziyoyev", "Emomali Rahmon"]


def test_a_one_on_one_conversation_held_in_person_is_a_meeting():
    text = (
        "MOSCOW, June 10 (TASS) -- Russian President Vladimir Putin and Belarusian President Alexander Lukashenko "
        "held a one-on-one conversation in the Kremlin on Monday."
    )
    assert found(text, "2024-06-10") == [(["Vladimir Putin", "Alexander Lukashenko"], "Moscow", "2024-06-10", "meeting", "held")]


def test_a_host_receives_on_a_day_at_a_hall_in_a_city_then_the_guest():
    text = (
        "Dakar, 5 March 2025 (APS) - The President of the Republic, Bassirou Diomaye Faye, received on Wednesday, "
        "March 5, 2025, at the Palace of the Republic in Dakar, the Foreign Minister of "
        "the Gambia, Mamadou Tangara, bearer of a message from President Adama Barrow."
    )
    assert found(text, "2025-03-05")[0] == (["Bassirou Diomaye Faye", "Mamadou Tangara"], "Dakar", "2025-03-05", "meeting", "held")


def test_the_amir_who_received_a_phone_call_is_the_storys_amir():
    text = (
        "KUWAIT, Nov 19 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah today received "
        "Omani Foreign Minister Badr Albusaidi at Bayan Palace, who conveyed a written message from Sultan Haitham bin Tarik.\n\n"
        "The meeting was attended by Foreign Minister Abdullah Ali Al-Yahya.\n\n"
        "His Highness the Amir had received a phone call from King Abdullah II of Jordan last week."
    )
    assert found(text, "2024-11-19")[-1] == (["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Abdullah II"], None, "2024-W46", "call", "held")


def test_he_after_a_styled_bare_title_opening_the_sentence_is_that_titles_holder():
    text = (
        "Doha, May 4 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani held official talks with HE President "
        "of the Republic of Kenya William Ruto at the Amiri Diwan on Sunday. HH the Amir and HE the President then witnessed "
        "the signing of agreements. HE the President had arrived in Doha from Abu Dhabi, where he held talks with "
        "President Mohamed bin Zayed Al Nahyan."
    )
    assert found(text, "2025-05-04")[-1][0] == ["William Ruto", "Mohamed bin Zayed Al Nahyan"]


_BERNAMA = (
    "Leaders meet in Kuala Lumpur\n\n"
    "KUALA LUMPUR, June 12 (Bernama) -- Malaysian Prime Minister Anwar Ibrahim held talks with Singaporean Prime "
    "Minister Lawrence Wong on Tuesday.\n\n"
)


def test_an_audience_the_ruler_consented_to_grant_and_one_granted_by_him():
    text = _BERNAMA + (
        "His Majesty Sultan Ibrahim yesterday consented to receive in audience Prime Minister Lawrence Wong at Istana Negara.\n\n"
        "Singaporean Foreign Minister Vivian Balakrishnan was also granted an audience by His Majesty Sultan Ibrahim."
    )
    assert [m[0] for m in found(text, "2024-06-12")[1:]] == [["Sultan Ibrahim", "Lawrence Wong"], ["Vivian Balakrishnan", "Sultan Ibrahim"]]


def test_to_be_received_in_audience_by_the_king_is_a_planned_meeting_with_him():
    text = _BERNAMA + "Wong is scheduled to be received in audience by His Majesty Sultan Ibrahim on Thursday."
    assert found(text, "2024-06-12")[-1] == (["Lawrence Wong", "Sultan Ibrahim"], "Kuala Lumpur", "2024-06-13", "meeting", "planned")


def test_him_after_a_compatriot_of_the_subject_is_the_foreign_guest():
    text = (
        "Xi holds talks with Brazilian President Lula\n\n"
        "BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with Luiz Inacio Lula da Silva, "
        "Brazil's president, in Beijing on Friday.\n\n"
        "Premier Li Qiang met with Lula earlier on Friday, and top legislator Zhao Leji met with him on the "
        "same day."
    )
    assert [m[0] for m in found(text, "2023-04-14")[1:]] == [
        ["Li Qiang", "Luiz Inacio Lula da Silva"], ["Zhao Leji", "Luiz Inacio Lula da Silva"],
    ]


def test_an_agency_chief_named_with_its_abbreviation_is_the_guest():
    text = (
        "TEHRAN, April 16 (IRNA) -- Iranian Foreign Minister Abbas Araghchi received International Atomic Energy "
        "Agency (IAEA) chief Rafael Grossi in Tehran on Wednesday."
    )
    assert found(text, "2025-04-16") == [(["Abbas Araghchi", "Rafael Grossi"], "Tehran", "2025-04-16", "meeting", "held")]


def test_the_sender_of_a_message_the_guest_hands_over_is_no_side():
    text = (
        "MOSCOW, April 17 (IRNA) -- Iranian Foreign Minister Abbas Araghchi handed a written message from Supreme Leader "
        "Ayatollah Ali Khamenei to Russian President Vladimir Putin during a meeting in the Kremlin on Thursday."
    )
    assert found(text, "2025-04-17") == [(["Abbas Araghchi", "Vladimir Putin"], "Moscow", "2025-04-17", "meeting", "held")]
