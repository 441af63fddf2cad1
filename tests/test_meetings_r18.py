"""dipkit meetings, round 18, on sentences written for these tests: the day of an opening clause of leaving or
landing ("Before leaving Lusaka on Friday night, he called on X") and the day before a ", where" clause ("began
the tour on Monday in Accra, where he met X") date the contact of the clause that follows.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_the_day_of_an_opening_clause_of_leaving_dates_the_call_that_follows():
    text = (
        "Indian Foreign Secretary Vikram Misri wrapped up a two-day visit to Lusaka.\n\n"
        "Before leaving Lusaka on Friday night, he called on Zambian President Hakainde Hichilema."
    )
    assert found(text, "2024-06-23")[-1] == (["Vikram Misri", "Hakainde Hichilema"], "Lusaka", "2024-06-21", "meeting", "held")


def test_the_day_of_an_opening_clause_of_landing_dates_the_meeting_that_follows():
    text = (
        "Turkish Foreign Minister Hakan Fidan is on his first visit to Nairobi.\n\n"
        "Shortly after landing on Sunday evening, Fidan met Kenyan President William Ruto at State House."
    )
    assert found(text, "2024-08-13")[-1][2] == "2024-08-11"


def test_the_day_before_a_where_clause_dates_the_meeting_in_it():
    text = (
        "Spanish Prime Minister Pedro Sanchez is touring West Africa this week.\n\n"
        "The tour ends on Thursday in Accra, where Sanchez is scheduled to meet Ghanaian President Nana Akufo-Addo."
    )
    assert found(text, "2024-08-26")[-1] == (["Pedro Sanchez", "Nana Akufo-Addo"], "Accra", "2024-08-29", "meeting", "planned")
    text = (
        "Vietnamese leader To Lam is on a state visit to China.\n\n"
        "He began the trip on August 18 in Nanning, where he toured a museum and met with Liu Ning, secretary "
        "of the Guangxi regional Party committee."
    )
    assert found(text, "2024-08-20")[-1] == (["To Lam", "Liu Ning"], "Nanning", "2024-08-18", "meeting", "held")


def test_a_where_clause_with_a_day_of_its_own_keeps_it():
    text = (
        "Kenyan President William Ruto flew to Addis Ababa on Monday, where he will meet Ethiopian Prime Minister "
        "Abiy Ahmed on Wednesday."
    )
    assert found(text, "2024-02-12")[-1][2:] == ("2024-02-14", "meeting", "planned")


def test_a_visit_promised_in_a_where_clause_takes_no_day_of_the_place():
    text = "The two ministers last met in Ottawa in June 2023, where the Canadian minister promised to visit Mexico."
    assert found(text, "2024-05-20") == [(["Canada", "Mexico"], "Mexico", None, "visit", "planned")]


def test_a_local_official_of_a_datelined_report_is_met_where_the_visitor_is():
    text = (
        "NAIROBI, March 4 (KNA) -- Foreign Minister Musalia Mudavadi held talks with his Ugandan counterpart, Jeje "
        "Odongo, in Nairobi on Monday.\n\n"
        "Odongo is scheduled to pay a courtesy call on Treasury Secretary John Mbadi on Tuesday before flying home."
    )
    assert found(text, "2024-03-04")[-1] == (["Jeje Odongo", "John Mbadi"], "Nairobi", "2024-03-05", "meeting", "planned")


def test_a_visitor_leaving_for_home_has_no_next_stop():
    text = (
        "ISLAMABAD, Oct 15: Chinese Premier Li Qiang held talks with Prime Minister Shehbaz Sharif in Islamabad on "
        "Tuesday.\n\nThe Chinese premier is due to call on President Asif Ali Zardari on Wednesday before leaving for home."
    )
    assert found(text, "2024-10-15")[-1] == (["Li Qiang", "Asif Ali Zardari"], "Islamabad", "2024-10-16", "meeting", "planned")


def test_an_invitation_to_a_named_guest_to_pay_a_visit_is_the_guest_s_trip_to_the_inviter():
    text = (
        "Foreign Secretary Vikram Misri called on Prime Minister Pushpa Kamal Dahal in Kathmandu on Sunday.\n\n"
        "Misri handed over Prime Minister Narendra Modi's invitation to Dahal to pay an official visit to India."
    )
    assert found(text, "2023-02-12")[-1] == (["Narendra Modi", "Pushpa Kamal Dahal"], "India", None, "meeting", "planned")


def test_an_invitation_to_come_to_a_capital_is_a_planned_trip_there():
    text = (
        "Russian President Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in Astana on "
        "Wednesday.\n\nTokayev accepted Putin's invitation to come to Moscow in May, the Kremlin said."
    )
    assert found(text, "2024-11-28")[-1] == (["Vladimir Putin", "Kassym-Jomart Tokayev"], "Moscow", "2025-05", "meeting", "planned")


def test_coming_to_terms_or_to_power_is_no_trip():
    text = "Kazakh President Kassym-Jomart Tokayev, who came to power in 2019, said the sides had come to an agreement."
    assert found(text, "2024-11-28") == []


def test_received_at_a_named_palace_by_a_host_is_a_meeting_with_the_host():
    text = (
        "Chinese President Xi Jinping arrived in Rome on Thursday for a three-day state visit.\n\n"
        "On Friday Xi was received at the Quirinale by President Sergio Mattarella."
    )
    assert found(text, "2019-03-23")[-1] == (["Xi Jinping", "Sergio Mattarella"], "Rome", "2019-03-22", "meeting", "held")


def test_a_further_meeting_later_that_month_is_another_round_where_it_was_held():
    text = (
        "Taoiseach Leo Varadkar met British Prime Minister Boris Johnson at Thornton Manor on Thursday.\n\n"
        "They first met at Government Buildings in Dublin on 9 September and held a further meeting on the margins "
        "of the UN General Assembly in New York later that month."
    )
    assert [m[1:3] for m in found(text, "2019-10-10")] == [(None, "2019-10-10"), ("Dublin", "2019-09-09"), ("New York", "2019-09")]


def test_a_tour_told_in_one_sentence_keeps_each_stop_s_day_and_city():
    text = (
        "Spanish Prime Minister Pedro Sanchez held talks with Chilean President Sebastian Pinera in Santiago on "
        "Monday.\n\nSanchez will fly on Tuesday to Santa Cruz de la Sierra for talks with Bolivian President Evo "
        "Morales, and on Wednesday he will be received in Bogota by Colombian President Ivan Duque."
    )
    assert found(text, "2018-08-27")[1:] == [
        (["Pedro Sanchez", "Evo Morales"], "Santa Cruz de la Sierra", "2018-08-28", "meeting", "planned"),
        (["Pedro Sanchez", "Ivan Duque"], "Bogota", "2018-08-29", "meeting", "planned"),
    ]


def test_a_host_s_separate_meeting_is_where_the_host_s_talks_were_not_a_guest_s_earlier_stop():
    text = (
        "Uzbek President Shavkat Mirziyoyev held talks with Chinese President Xi Jinping at the Samarkand Congress "
        "Center on Thursday.\n\n"
        "Xi came to Uzbekistan from Astana, where on Wednesday he held negotiations with Kazakh President "
        "Kassym-Jomart Tokayev.\n\n"
        "On the same day, Mirziyoyev separately received Pakistani Prime Minister Shehbaz Sharif."
    )
    meetings = found(text, "2022-09-15")
    assert [m[1] for m in meetings] == ["Samarkand", "Astana", "Samarkand"]  # (a building named after its city: the city)


def test_he_in_a_later_clause_is_the_bare_title_the_sentence_opens_with():
    text = (
        "Spanish Prime Minister Pedro Sanchez held talks with Chilean President Sebastian Pinera in Santiago on "
        "Monday.\n\nThe prime minister will fly on Tuesday to La Paz for talks with Bolivian President Evo Morales, "
        "and on Wednesday he will be received in Bogota by Colombian President Ivan Duque."
    )
    assert found(text, "2018-08-27")[-1] == (["Pedro Sanchez", "Ivan Duque"], "Bogota", "2018-08-29", "meeting", "planned")


def test_a_bare_title_of_two_words_after_an_opening_phrase_is_its_holder_and_he_after_it():
    text = (
        "Crown Prince Mohammed bin Salman on Monday opened a joint Arab-Islamic summit in Riyadh.\n\n"
        "The previous day, Saudi army chief Fayyad Al-Ruwaili visited Tehran, where he met Iranian armed forces chief "
        "Mohammad Bagheri.\n\n"
        "On the sidelines of the summit, the crown prince held talks with Iranian First Vice President Mohammad Reza "
        "Aref. He also held separate talks with Turkish President Recep Tayyip Erdogan."
    )
    assert [m[0] for m in found(text, "2024-11-11")][-2:] == [
        ["Mohammed bin Salman", "Mohammad Reza Aref"],
        ["Mohammed bin Salman", "Recep Tayyip Erdogan"],
    ]


def test_the_two_presidents_are_no_pair_of_a_chamber_s_and_a_senate_s_presidents_named_just_before():
    text = (
        "President Luiz Inacio Lula da Silva received French President Emmanuel Macron at the Planalto on Thursday.\n\n"
        "In the capital, Macron also met the president of the Chamber of Deputies, Arthur Lira, and the president "
        "of the Senate, Rodrigo Pacheco.\n\n"
        "The two presidents last held talks in Paris in June last year."
    )
    assert found(text, "2024-03-28")[-1] == (["Luiz Inacio Lula da Silva", "Emmanuel Macron"], "Paris", "2023-06", "meeting", "held")


def test_a_tour_that_continued_on_another_day_leaves_the_first_stop_its_own_day():
    text = (
        "German Chancellor Olaf Scholz arrived in Brasilia on Monday at the end of a tour of South America that "
        "began on Saturday in Buenos Aires, where he met Argentine President Alberto Fernandez, and continued on "
        "Sunday in Santiago."
    )
    assert found(text, "2023-01-30")[-1] == (["Olaf Scholz", "Alberto Fernandez"], "Buenos Aires", "2023-01-28", "meeting", "held")


def test_his_highness_standing_alone_is_the_first_bearer_of_the_style_not_the_last():
    text = (
        "ABU DHABI, 13th February, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan and "
        "Narendra Modi, India's Prime Minister, today held talks at Qasr Al Watan.\n\n"
        "The talks were also attended by Vice President His Highness Sheikh Mansour bin Zayed Al Nahyan.\n\n"
        "The meeting builds on His Highness's visit to India last month, during which he held talks with Modi in "
        "Ahmedabad."
    )
    assert [m[0] for m in found(text, "2024-02-13")][-1] == ["Mohamed bin Zayed Al Nahyan", "Narendra Modi"]


def test_a_welcome_offered_only_on_a_condition_is_no_planned_meeting():
    text = (
        "President Reuven Rivlin has refused to meet Jordan's visiting King Abdullah II in Haifa, saying he would "
        "only welcome him in Jerusalem."
    )
    assert found(text, "2016-03-01") == []


def test_talks_at_a_named_building_on_a_day_with_a_guest_are_a_meeting_with_the_guest():
    text = "Russian President Vladimir Putin held talks in the Kremlin on Thursday with Chinese President Xi Jinping."
    assert found(text, "2025-05-10") == [(["Vladimir Putin", "Xi Jinping"], "Moscow", "2025-05-08", "meeting", "held")]
