"""dipkit meetings, round 17, on sentences written for these tests: "the two ministers" point back to the last
contact of two ministers (not the leaders' talks told in between); "the two leaders, who last met" to the pair of
the sentence right before; "holds summits with" two leaders is one meeting with each; a foreign ministry's
building stands for its city.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_the_two_ministers_are_the_ministers_met_before_not_the_leaders_told_in_between():
    text = (
        "LUSAKA -- Foreign Minister Mulambo Haimbe today hosted Malawian Foreign Minister Nancy Tembo.\n\n"
        "The visit follows the meeting between President Hakainde Hichilema and President Lazarus Chakwera in "
        "Lilongwe last month.\n\n"
        "The two Ministers had also spoken by telephone on 12th January 2024, when they discussed trade."
    )
    assert found(text, "2024-03-04")[-1] == (["Mulambo Haimbe", "Nancy Tembo"], None, "2024-01-12", "call", "held")


def test_the_ministers_last_spoke_is_a_call_of_the_ministers_of_the_news():
    text = (
        "MOSCOW, February 20. /TASS/. Algeria's top diplomat Ahmed Attaf sat down on Tuesday with Russian Foreign "
        "Minister Sergei Lavrov for a round of talks.\n\nThe ministers last spoke by telephone in January."
    )
    assert found(text, "2024-02-20") == [
        (["Ahmed Attaf", "Sergei Lavrov"], "Moscow", "2024-02-20", "meeting", "held"),
        (["Ahmed Attaf", "Sergei Lavrov"], None, "2024-01", "call", "held"),
    ]


def test_the_two_leaders_who_last_met_are_the_pair_of_the_sentence_before():
    text = (
        "Prime Minister Fumio Kishida and Paraguayan President Santiago Pena agreed on Sunday to expand trade, during "
        "talks in Asuncion.\n\nPena thanked Japan for its aid during the talks.\n\n"
        "The visit ends a tour that also took Kishida to France and Brazil. In Paris, his first stop, he held talks "
        "with French President Emmanuel Macron on Thursday.\n\n"
        "He then flew to Brazil, where he met President Luiz Inacio Lula da Silva in Brasilia on Friday. The two "
        "leaders, who last held talks in Hiroshima last year, agreed to cooperate on climate."
    )
    assert found(text, "2024-05-05")[-1] == (["Fumio Kishida", "Luiz Inacio Lula da Silva"], "Hiroshima", "2023", "meeting", "held")


def test_summits_with_two_leaders_are_one_meeting_with_each():
    text = "President Yoon Suk Yeol holds summits with Tanzanian, Ghanaian leaders in Seoul"
    assert found(text, "2024-06-03") == [
        (["Yoon Suk Yeol", "Tanzania"], "Seoul", "2024-06-03", "meeting", "held"),
        (["Yoon Suk Yeol", "Ghana"], "Seoul", "2024-06-03", "meeting", "held"),
    ]
    text = "President Vladimir Putin held meetings with Xi Jinping and Narendra Modi in Kazan on Tuesday."
    assert [m[0] for m in found(text, "2024-10-23")] == [["Vladimir Putin", "Xi Jinping"], ["Vladimir Putin", "Narendra Modi"]]


def test_a_foreign_ministrys_building_stands_for_its_city():
    text = "Nigerian Foreign Minister Yusuf Tuggar held talks with his French counterpart Jean-Noel Barrot at the Quai d'Orsay on Wednesday."
    assert found(text, "2024-11-28")[0][1:3] == ("Paris", "2024-11-27")


def test_his_meeting_before_a_bare_title_is_the_meeting_of_the_titles_holder():
    text = (
        "Prime Minister Shehbaz Sharif met Chinese President Xi Jinping in Astana on Wednesday. India was represented "
        "by External Affairs Minister S Jaishankar.\n\n"
        "In his meeting with Mr Xi on Wednesday, the prime minister raised the security of Chinese workers."
    )
    assert [m[0] for m in found(text, "2024-07-04")] == [["Shehbaz Sharif", "Xi Jinping"]]


def test_he_after_a_bare_title_subject_is_the_titles_holder_not_the_person_met():
    text = (
        "On Wednesday Prime Minister Shehbaz Sharif met Chinese President Xi Jinping.\n\n"
        "On Thursday, the prime minister met Mr Erdogan on the sidelines of the summit, while he also held a meeting "
        "with Belarusian President Alexander Lukashenko."
    )
    assert [m[0] for m in found(text, "2024-07-04")][-1] == ["Shehbaz Sharif", "Alexander Lukashenko"]
    text = (
        "Prime Minister Giorgia Meloni met President Volodymyr Zelensky in Kyiv on Tuesday. The premier's trip came a "
        "day after US President Joe Biden made a visit to Kyiv, where he met Zelensky."
    )
    assert ["Joe Biden", "Volodymyr Zelensky"] in [m[0] for m in found(text, "2023-02-21")]


def test_styles_of_address_after_an_office_and_its_comma_keep_the_name_its_holder():
    text = (
        "Foreign Minister Musalia Mudavadi today welcomed Ethiopia's Minister of Foreign Affairs, H.E. Dr. Gedion "
        "Timothewos, in Nairobi."
    )
    assert found(text, "2025-03-04") == [(["Musalia Mudavadi", "Gedion Timothewos"], "Nairobi", "2025-03-04", "meeting", "held")]


def test_a_second_verb_joined_to_a_meeting_by_and_has_the_same_subject_even_a_bare_title():
    text = (
        "In Colombo, External Affairs Minister S Jaishankar first called on President Ranil Wickremesinghe on Thursday.\n\n"
        "Later on Thursday, the EAM met Prime Minister Dinesh Gunawardena and held delegation-level talks with "
        "Foreign Minister Ali Sabry."
    )
    assert [m[0] for m in found(text, "2024-06-21")] == [
        ["S Jaishankar", "Ranil Wickremesinghe"],
        ["S Jaishankar", "Dinesh Gunawardena"],
        ["S Jaishankar", "Ali Sabry"],
    ]


def test_the_two_leaders_who_previously_met_are_the_pair_of_the_news_on_a_tie():
    text = (
        "Indonesian President Prabowo Subianto hosted Shigeru Ishiba, Japan's prime minister, at the Bogor palace on Saturday.\n\n"
        "Ishiba came to Bogor from Malaysia, where he had sat down with Prime Minister Anwar Ibrahim.\n\n"
        "Prabowo told reporters afterwards that Tokyo would fund geothermal plants.\n\n"
        "The two leaders previously met in November, at the APEC gathering in Lima."
    )
    assert found(text, "2025-01-11")[-1][:3] == (["Prabowo Subianto", "Shigeru Ishiba"], "Lima", "2024-11")


def test_received_on_a_day_by_a_host_is_the_hosts_meeting():
    text = "Spanish Prime Minister Pedro Sanchez was received on Thursday evening by King Mohammed VI of Morocco in Rabat."
    assert found(text, "2022-04-07") == [(["Pedro Sanchez", "Mohammed VI"], "Rabat", "2022-04-07", "meeting", "held")]


def test_he_after_a_sentence_opened_by_a_bare_title_and_no_name_is_the_titles_holder():
    text = (
        "German Chancellor Olaf Scholz received Kenyan President William Ruto in Berlin on Friday.\n\n"
        "Ruto is also to be received by Federal President Frank-Walter Steinmeier on Saturday.\n\n"
        "The chancellor himself will head to Central Asia at the weekend. On Sunday he will hold talks in Samarkand "
        "with Uzbek President Shavkat Mirziyoyev."
    )
    assert found(text, "2024-09-13")[-1] == (["Olaf Scholz", "Shavkat Mirziyoyev"], "Samarkand", "2024-09-15", "meeting", "planned")


def test_a_call_after_which_the_visit_comes_is_past_and_between_the_two_leaders():
    text = (
        "ALGIERS - President Abdelmadjid Tebboune received Italian Prime Minister Giorgia Meloni on Monday.\n\n"
        "Foreign Minister Ramtane Lamamra held talks on Monday with his Italian counterpart Antonio Tajani.\n\n"
        "The visit comes after a telephone conversation between the two leaders in November, during which the "
        "president invited Meloni to visit Algeria."
    )
    assert (["Abdelmadjid Tebboune", "Giorgia Meloni"], None, "2022-11", "call", "held") in found(text, "2023-01-23")


def test_a_flight_to_a_city_for_a_meeting_is_a_meeting_there():
    text = "Premier Giorgia Meloni will fly to Washington on Thursday for her first White House meeting with US President Joe Biden."
    assert found(text, "2023-07-23") == [(["Giorgia Meloni", "Joe Biden"], "Washington", "2023-07-27", "meeting", "planned")]


def test_a_building_of_no_known_city_followed_by_its_city_is_in_that_city():
    text = (
        "President Bola Tinubu held a closed-door meeting with Ghanaian President Nana Akufo-Addo at the Presidential "
        "Villa, Abuja, on Wednesday night."
    )
    assert found(text, "2023-08-10") == [(["Bola Tinubu", "Nana Akufo-Addo"], "Abuja", "2023-08-09", "meeting", "held")]


def test_the_day_before_at_a_meeting_is_the_meetings_even_after_another_trigger():
    text = (
        "BRASILIA (Reuters) - Brazilian President Jair Bolsonaro and his Argentine counterpart Mauricio Macri agreed on "
        "Wednesday to seek a leaner trade bloc, in their first meeting since January.\n\n"
        "Macri, who flew in for a working visit of a few hours, was received by Bolsonaro at the Planalto palace.\n\n"
        "The visit was prepared on Tuesday at a meeting between Brazil's foreign minister, Ernesto Araujo, and "
        "Argentine Foreign Minister Jorge Faurie, a diplomat said."
    )
    assert found(text, "2019-01-16")[-1] == (["Ernesto Araujo", "Jorge Faurie"], "Brasilia", "2019-01-15", "meeting", "held")


def test_earlier_that_day_in_a_where_clause_is_the_day_of_the_arrival_and_the_president_no_host():
    text = (
        "President Alberto Fernandez held a meeting with Chinese President Xi Jinping this Sunday.\n\n"
        "The president arrived in the Chinese capital on Thursday night from Moscow, where earlier that day he had "
        "been received by Russian President Vladimir Putin at the Kremlin."
    )
    assert found(text, "2022-02-06")[-1] == (["Alberto Fernandez", "Vladimir Putin"], "Moscow", "2022-02-03", "meeting", "held")


def test_a_city_in_capitals_keeps_its_spelling_without_the_gazetteers_accents():
    text = "BRASILIA (Reuters) - Brazilian President Jair Bolsonaro met Argentine President Mauricio Macri on Wednesday."
    assert found(text, "2019-01-16")[0][1] == "Brasilia"
    text = "ASUNCION, Paraguay (Kyodo) -- Prime Minister Fumio Kishida and Paraguayan President Santiago Pena met on Sunday."
    assert found(text, "2024-05-05")[0][1] == "Asuncion"


def test_a_meeting_before_the_opening_session_is_on_the_gatherings_day_and_in_its_city():
    text = (
        "President Luiz Inacio Lula da Silva opened the G20 leaders' summit on Monday in Rio de Janeiro.\n\n"
        "Before the opening session, Lula held a bilateral meeting with United Nations Secretary-General Antonio Guterres."
    )
    assert found(text, "2024-11-18")[-1] == (["Luiz Inacio Lula da Silva", "Antonio Guterres"], "Rio de Janeiro", "2024-11-18", "meeting", "held")


def test_a_meeting_on_the_eve_of_the_talks_is_the_day_before_them():
    text = (
        "Chinese Foreign Minister Wang Yi held talks with Japanese Foreign Minister Takeshi Iwaya in Beijing on Wednesday.\n\n"
        "On the eve of the talks, Iwaya met Chinese Premier Li Qiang."
    )
    assert found(text, "2024-12-25")[-1] == (["Takeshi Iwaya", "Li Qiang"], "Beijing", "2024-12-24", "meeting", "held")


def test_ministers_who_discuss_something_in_a_phone_call_hold_one_call():
    text = (
        "Turkish, Malaysian foreign ministers discuss Gaza in phone call\n\n"
        "Turkish Foreign Minister Hakan Fidan on Monday held a phone call with his Malaysian counterpart Mohamad Hasan."
    )
    assert found(text, "2024-04-15") == [(["Hakan Fidan", "Mohamad Hasan"], None, "2024-04-15", "call", "held")]


def test_met_privately_with_the_pontiff_is_a_meeting_with_the_pope_named_before():
    text = "Pope Francis spoke on Sunday. Argentine President Javier Milei met privately with the pontiff on Monday."
    assert found(text, "2024-02-12") == [(["Javier Milei", "Pope Francis"], None, "2024-02-12", "meeting", "held")]


def test_officials_attending_the_working_meeting_at_the_ministry_join_it():
    text = (
        "Mexico's Foreign Secretary, Juan Ramon de la Fuente, today welcomed Marco Rubio, the U.S. Secretary of "
        "State, in Mexico City.\n\n"
        "The working meeting at the Ministry was also attended by the Secretary of Security, Omar Garcia Harfuch."
    )
    assert found(text, "2025-09-03") == [
        (["Juan Ramon de la Fuente", "Marco Rubio", "Omar Garcia Harfuch"], "Mexico City", "2025-09-03", "meeting", "held")
    ]


def test_an_invitation_from_a_leader_named_by_title_is_a_planned_meeting_with_that_leader():
    text = (
        "Prime Minister Narendra Modi on Monday held talks with Sri Lankan President Anura Kumara Dissanayake in New "
        "Delhi.\n\nThe Sri Lankan President invited PM Modi to visit Sri Lanka, and the invitation was accepted."
    )
    assert found(text, "2024-12-16")[-1] == (["Anura Kumara Dissanayake", "Narendra Modi"], "Sri Lanka", None, "meeting", "planned")
    text = "Indian Prime Minister Narendra Modi held talks with Singapore's Prime Minister Lawrence Wong. Wong accepted an invitation to visit India."
    assert found(text, "2024-09-05")[-1] == (["Lawrence Wong", "India"], "India", None, "visit", "planned")  # (no inviter named)


def test_an_invitation_made_good_by_the_visit_reported_is_no_planned_meeting():
    text = (
        "ALGIERS - President Abdelmadjid Tebboune received Italian Prime Minister Giorgia Meloni in Algiers on Monday.\n\n"
        "The visit comes after a telephone conversation between the two leaders in November, during which the "
        "President invited Meloni to visit Algeria."
    )
    assert [m[3:] for m in found(text, "2023-01-23")] == [("meeting", "held"), ("call", "held")]


def test_the_two_presidents_who_last_met_after_their_call_are_the_callers():
    text = (
        "Russian President Vladimir Putin held a telephone conversation with Turkish President Recep Tayyip Erdogan on "
        "Tuesday.\n\nThe two presidents last met in person in Sochi in September 2023."
    )
    assert found(text, "2024-06-25")[-1] == (["Vladimir Putin", "Recep Tayyip Erdogan"], "Sochi", "2023-09", "meeting", "held")


def test_he_after_a_sentence_whose_bare_title_held_talks_is_that_titles_holder():
    text = (
        "External Affairs Minister S Jaishankar on Monday co-chaired a meeting in Riyadh. Jaishankar spoke on Gaza.\n\n"
        "On the sidelines, the minister held a bilateral meeting with Kuwait's Foreign Minister Abdullah Ali Al-Yahya "
        "on the welfare of the Indian community in Kuwait. He also met Bahrain's Foreign Minister Abdullatif bin Rashid Al Zayani."
    )
    assert found(text, "2024-09-09")[-2:] == [
        (["S Jaishankar", "Abdullah Ali Al-Yahya"], "Riyadh", "2024-09-09", "meeting", "held"),  # (not Kuwait: of the community;
        (["S Jaishankar", "Abdullatif bin Rashid Al Zayani"], "Riyadh", "2024-09-09", "meeting", "held"),  # the lead's city)
    ]


def test_a_guest_named_after_the_hall_and_the_day_of_the_reception():
    text = (
        "AMMAN, March 4 (Petra) -- King Abdullah II received at Al Husseiniya Palace on Tuesday Egypt's Foreign "
        "Minister Badr Abdelatty and the delegation travelling with him."
    )
    assert found(text, "2025-03-04") == [(["Abdullah II", "Badr Abdelatty"], "Amman", "2025-03-04", "meeting", "held")]


def test_a_nationality_and_title_before_who_is_the_subject_of_the_relative_clause():
    text = (
        "KUWAIT, Oct 17 (KUNA) -- Iran's Foreign Minister Abbas Araghchi conveyed the greetings of Iranian President "
        "Masoud Pezeshkian.\n\nThe Crown Prince also received the Iranian minister, who earlier held official talks "
        "with Foreign Minister Abdullah Ali Al-Yahya."
    )
    assert [m[0] for m in found(text, "2024-10-17")] == [["Abbas Araghchi", "Abdullah Ali Al-Yahya"]]


def test_received_earlier_on_a_day_by_a_king_is_the_kings_meeting():
    text = (
        "On Wednesday Spanish Prime Minister Pedro Sanchez met Brazil's president, Luiz Inacio Lula da Silva.\n\n"
        "The Brazilian leader was received earlier on Wednesday by King Felipe VI."
    )
    assert found(text, "2023-04-26")[-1] == (["Luiz Inacio Lula da Silva", "Felipe VI"], None, "2023-04-26", "meeting", "held")


def test_portfolios_after_an_office_are_no_names_and_a_blocs_council_is_the_bloc():
    text = (
        "Sheikh Abdullah bin Zayed received a phone call from Badr Abdelatty, Minister of Foreign Affairs, Emigration "
        "and Egyptian Expatriates of the Arab Republic of Egypt, on Monday."
    )
    assert [m[0] for m in found(text, "2024-11-19")] == [["Abdullah bin Zayed Al Nahyan", "Badr Abdelatty"]]
    text = (
        "Sheikh Abdullah bin Zayed is expected to take part in the 45th session of the Supreme Council of the Gulf "
        "Cooperation Council, to be held in Kuwait on 1st December."
    )
    assert found(text, "2024-11-19")[0][0] == ["Abdullah bin Zayed Al Nahyan", "Gulf Cooperation Council"]


def test_a_conference_hall_is_no_side_of_the_summit_held_in_it():
    text = "Lao Prime Minister Sonexay Siphandone and other ASEAN leaders met for the summit at the National Convention Centre."
    assert all("National Convention Centre" not in m[0] for m in found(text, "2024-10-10"))


def test_a_title_case_headline_verb_is_no_name():
    text = (
        "Prime Minister and Foreign Minister Receives Phone Call from Witkoff\n\n"
        "Doha, February 10 (QNA) - Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani received a "
        "phone call on Monday from Steve Witkoff, Washington's envoy for the region."
    )
    assert found(text, "2025-02-10")[0][0] == ["Mohammed bin Abdulrahman bin Jassim Al-Thani", "Steve Witkoff"]


def test_whom_a_quotation_names_is_no_side_of_the_meeting_it_was_said_at():
    text = (
        "Russian President Vladimir Putin on Wednesday received External Affairs Minister S Jaishankar at the Kremlin.\n\n"
        '"We would be happy to see our friend Prime Minister Modi in Russia," Putin said at the start of the meeting.'
    )
    assert found(text, "2023-12-27") == [(["Vladimir Putin", "S Jaishankar"], "Moscow", "2023-12-27", "meeting", "held")]


def test_the_situations_in_two_lands_are_topics_not_the_place():
    text = (
        "MOSCOW - External Affairs Minister S Jaishankar held talks with Russian Foreign Minister Sergey Lavrov on "
        "Wednesday, covering trade and the situations in Ukraine and Gaza."
    )
    assert found(text, "2023-12-27")[0][1] == "Moscow"


def test_saw_or_went_to_see_a_person_is_a_meeting_but_seeing_a_need_is_not():
    text = (
        "The day began in Abu Dhabi, where Secretary of State Antony Blinken saw the United Arab Emirates' "
        "president, Sheikh Mohamed bin Zayed Al Nahyan, at his palace. He then headed to Doha to see Qatar's ruler, "
        "Sheikh Tamim bin Hamad Al Thani."
    )
    assert [m[:2] for m in found(text, "2024-01-08")] == [
        (["Antony Blinken", "Mohamed bin Zayed Al Nahyan"], "Abu Dhabi"),
        (["Antony Blinken", "Tamim bin Hamad Al Thani"], "Doha"),
    ]
    assert found("Analysts saw the need for a pause. President Xi Jinping saw Vladimir Putin as a partner.", "2024-01-08") == []


def test_the_two_who_last_met_in_a_city_keep_their_meeting_beside_one_told_with_also():
    text = (
        "Wang meets Kamikawa in Vientiane\n\n"
        "VIENTIANE, July 26 (Xinhua) -- Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Yoko Kamikawa "
        "on Friday.\n\nWang is expected to hold talks with Antony Blinken, the U.S. secretary of state, on Saturday. The two "
        "last met in Beijing in April, when Blinken also met President Xi Jinping."
    )
    assert [m[:3] for m in found(text, "2024-07-26")[2:]] == [
        (["Wang Yi", "Antony Blinken"], "Beijing", "2024-04"),
        (["Antony Blinken", "Xi Jinping"], "Beijing", "2024-04"),
    ]


def test_a_council_of_a_bloc_named_before_or_after_it_is_the_bloc():
    text = (
        "ISLAMABAD: Prime Minister Shehbaz Sharif on Wednesday presided over a session of the Council of Heads of "
        "Government of the Shanghai Cooperation Organisation, attended by Chinese Premier Li Qiang and Russian Prime "
        "Minister Mikhail Mishustin."
    )
    assert "Shanghai Cooperation Organisation" in found(text, "2024-10-16")[0][0]


def test_talks_ruled_out_are_no_meeting():
    assert found("Both New Delhi and Islamabad had ruled out bilateral talks on the sidelines.", "2024-10-16") == []


def test_the_leaders_listed_after_among_those_taking_part_attend_the_summit():
    text = (
        "RIO DE JANEIRO - President Luiz Inacio Lula da Silva opened the G20 leaders' summit on Monday in Rio de "
        "Janeiro.\n\nAmong the leaders taking part in the summit are US President Joe Biden, Chinese President Xi "
        "Jinping and Indian Prime Minister Narendra Modi."
    )
    assert found(text, "2024-11-18")[0][0] == ["Luiz Inacio Lula da Silva", "Group of Twenty", "Joe Biden", "Xi Jinping", "Narendra Modi"]


def test_the_two_presidents_of_the_lands_their_sentence_names_are_those_lands_leaders():
    text = (
        "CAIRO (AA) - Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah el-Sisi in Cairo on "
        "Wednesday.\n\nOn Tuesday, he met UAE President Sheikh Mohamed bin Zayed Al Nahyan in Dubai.\n\n"
        "Relations between Ankara and Cairo began to thaw when the two presidents first shook hands in Doha in November 2022."
    )
    assert found(text, "2024-02-14")[-1] == (["Recep Tayyip Erdogan", "Abdel Fattah el-Sisi"], "Doha", "2022-11", "meeting", "held")


def test_the_body_whose_president_is_met_is_no_side():
    text = (
        "During his stay in Brasilia, French President Emmanuel Macron also met the president of the Senate, Rodrigo "
        "Pacheco, and the president of Brazil's Chamber of Deputies, Arthur Lira."
    )
    assert found(text, "2024-03-28")[0][0] == ["Emmanuel Macron", "Rodrigo Pacheco", "Arthur Lira"]


def test_the_president_of_a_land_is_its_president_named_in_the_story():
    text = (
        "Ukrainian President Volodymyr Zelenskyy met British Prime Minister Rishi Sunak in Kyiv on Friday.\n\n"
        "Earlier today, the President of Ukraine held a phone conversation with President of the European Council "
        "Charles Michel."
    )
    assert found(text, "2024-01-12")[-1] == (["Volodymyr Zelenskyy", "Charles Michel"], None, "2024-01-12", "call", "held")


def test_talks_being_arranged_or_explored_are_planned():
    text = (
        "Japanese Prime Minister Shigeru Ishiba held phone talks with US President-elect Donald Trump on Thursday. "
        "Tokyo is also arranging his first in-person talks with Chinese President Xi Jinping."
    )
    assert found(text, "2024-11-07")[-1][3:] == ("meeting", "planned")


def test_the_day_a_summit_which_the_host_will_chair_is_its_own():
    text = (
        "Manama, May 15 (BNA) -- King Hamad bin Isa Al Khalifa received in Manama today Arab leaders who arrived to "
        "take part in the 33rd Arab Summit, which His Majesty will chair tomorrow."
    )
    assert found(text, "2024-05-15")[0][1:] == ("Manama", "2024-05-16", "summit", "planned")


def test_a_host_who_hosted_him_meets_the_person_named_before():
    text = "Kenyan President William Ruto landed in Port-au-Prince on Saturday. In May, President Joe Biden hosted him at the White House."
    assert found(text, "2024-09-22")[-1] == (["Joe Biden", "William Ruto"], "White House", "2024-05", "meeting", "held")


def test_a_trip_whose_sentence_names_the_lands_leader_is_a_meeting_with_that_leader():
    text = "No British prime minister had sat down with Chinese President Xi Jinping since Theresa May's visit to Beijing in 2018."
    assert found(text, "2024-11-19") == [(["Theresa May", "Xi Jinping"], "Beijing", "2018", "meeting", "held")]


def test_he_points_past_whom_a_quotation_names():
    text = (
        "External Affairs Minister S Jaishankar met Thailand's Foreign Minister Maris Sangiampongsa in the morning. "
        '"A warm conversation with FM Maris on our partnership," the EAM posted on X.\n\n'
        "He then held talks with Philippine Foreign Secretary Enrique Manalo."
    )
    assert found(text, "2024-07-26")[-1][0] == ["S Jaishankar", "Enrique Manalo"]
