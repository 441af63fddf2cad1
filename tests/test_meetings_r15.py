"""dipkit meetings, round 15, on sentences written for these tests from a checklist of common constructions: "landed
in" is an arrival; "X and Y spoke face to face / by phone" is a contact, "In a phone call, X and Y discussed" one
call; "met A in Tokyo on Monday and B in Seoul on Tuesday" two meetings; a visit "next week" is planned; the Taoiseach
is a title; "Ma'ruf Amin" is one name; what a clause of its own says was suspended cancels nothing; "joined fellow
heads of state at the African Union summit" attends the bloc's summit.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.entities import find_entities


def test_landing_in_a_capital_is_a_visit_there():
    text = "Ukrainian President Volodymyr Zelenskyy landed in Washington on Wednesday, his first trip abroad this year."
    assert found(text, "2023-12-14") == [(["Volodymyr Zelenskyy", "United States"], "Washington", "2023-12-13", "visit", "held")]


def test_two_leaders_who_spoke_face_to_face_met_and_by_phone_called():
    text = "Finnish President Alexander Stubb and Swedish Prime Minister Ulf Kristersson spoke face to face in Stockholm on Friday."
    assert found(text, "2024-10-19") == [(["Alexander Stubb", "Ulf Kristersson"], "Stockholm", "2024-10-18", "meeting", "held")]
    text = "Finnish President Alexander Stubb and Swedish Prime Minister Ulf Kristersson spoke by phone on Friday."
    assert found(text, "2024-10-19") == [(["Alexander Stubb", "Ulf Kristersson"], None, "2024-10-18", "call", "held")]
    text = "Finnish President Alexander Stubb and Swedish Prime Minister Ulf Kristersson spoke at the forum on Friday."
    assert found(text, "2024-10-19") == []


def test_a_sentence_opening_with_a_phone_call_tells_one_call():
    text = (
        "In a phone call on Tuesday, Kenyan Foreign Minister Musalia Mudavadi and his Ethiopian counterpart Taye Atske "
        "Selassie discussed the security situation in Somalia."
    )
    assert found(text, "2024-10-23") == [(["Musalia Mudavadi", "Taye Atske Selassie"], None, "2024-10-22", "call", "held")]


def test_two_objects_each_with_a_place_and_day_of_their_own_are_two_meetings():
    text = (
        "Indian External Affairs Minister S Jaishankar met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday "
        "and South Korean Foreign Minister Cho Tae-yul in Seoul on Tuesday."
    )
    assert found(text, "2024-05-15") == [
        (["S Jaishankar", "Yoko Kamikawa"], "Tokyo", "2024-05-13", "meeting", "held"),
        (["S Jaishankar", "Cho Tae-yul"], "Seoul", "2024-05-14", "meeting", "held"),
    ]
    text = "Indian External Affairs Minister S Jaishankar met Japanese Foreign Minister Yoko Kamikawa on Monday and South Korean Foreign Minister Cho Tae-yul on Tuesday."
    assert [m[0] for m in found(text, "2024-05-15")] == [["S Jaishankar", "Yoko Kamikawa"], ["S Jaishankar", "Cho Tae-yul"]]


def test_a_visit_next_week_is_planned():
    text = "Ahead of a visit to Angola next week by President Luiz Inacio Lula da Silva of Brazil, Luanda said on Friday it would sign a trade pact."
    assert found(text, "2023-08-18") == [(["Luiz Inacio Lula da Silva", "Angola"], "Angola", "2023-W34", "visit", "planned")]


def test_the_taoiseach_is_a_title_and_an_apostrophe_stays_inside_a_name():
    names = [(e["text"], e.get("role")) for e in find_entities("Taoiseach Simon Harris met Vice President Ma'ruf Amin in Dublin.") if e["type"] == "PERSON"]
    assert names == [("Simon Harris", "Taoiseach"), ("Ma'ruf Amin", "Vice President")]


def test_a_suspension_told_in_a_clause_of_its_own_cancels_no_summit():
    text = "Syrian President Bashar al-Assad attended the Arab League summit in Jeddah on Friday, his first since Syria's seat was suspended in 2011."
    assert found(text, "2023-05-20") == [(["Bashar al-Assad", "Arab League"], "Jeddah", "2023-05-19", "summit", "held")]


def test_joining_fellow_heads_of_state_at_a_blocs_summit_attends_it():
    text = "Ghanaian President John Mahama joined fellow heads of state at the African Union summit in Addis Ababa on Saturday."
    assert found(text, "2025-02-16") == [(["John Mahama", "African Union"], "Addis Ababa", "2025-02-15", "summit", "held")]


def test_accepting_an_invitation_from_a_leader_to_meet_or_visit_is_a_meeting_of_the_two():
    text = (
        "Hungarian Prime Minister Viktor Orban said on Monday he had accepted an invitation from Chinese President "
        "Xi Jinping to meet in Beijing on May 9. The two leaders spoke by phone on Saturday."
    )
    assert found(text, "2024-04-22") == [
        (["Viktor Orban", "Xi Jinping"], "Beijing", "2024-05-09", "meeting", "planned"),
        (["Viktor Orban", "Xi Jinping"], None, "2024-04-20", "call", "held"),
    ]
    text = "Kenyan President William Ruto accepted an invitation from Chinese President Xi Jinping to visit China in October."
    assert found(text, "2024-04-22") == [(["William Ruto", "Xi Jinping"], "China", "2024-10", "meeting", "planned")]


def test_two_leaders_who_discussed_a_matter_in_a_phone_call_called():
    text = "Jordan's King Abdullah II and French President Emmanuel Macron discussed the war in Gaza in a phone call on Thursday."
    assert found(text, "2024-02-09") == [(["Abdullah II", "Emmanuel Macron"], None, "2024-02-08", "call", "held")]


def test_a_visitor_due_in_the_next_capital_for_talks_has_them_planned():
    text = (
        "Japanese Prime Minister Fumio Kishida met Kenyan President William Ruto in Nairobi on Wednesday, and is due "
        "in Maputo on Friday for talks with Mozambican President Filipe Nyusi."
    )
    assert found(text, "2023-05-04") == [
        (["Fumio Kishida", "William Ruto"], "Nairobi", "2023-05-03", "meeting", "held"),
        (["Fumio Kishida", "Filipe Nyusi"], "Maputo", "2023-05-05", "meeting", "planned"),
    ]


def test_stops_of_a_tour_told_between_semicolons_keep_their_own_hosts():
    text = (
        "Chinese Foreign Minister Wang Yi ended a West African tour. In Dakar he held talks with Senegalese Foreign "
        "Minister Yassine Fall; in Abidjan he was received by President Alassane Ouattara; and in Lome he met "
        "President Faure Gnassingbe."
    )
    assert [(m[0], m[1]) for m in found(text, "2025-01-10")] == [
        (["Wang Yi", "Yassine Fall"], "Dakar"),
        (["Wang Yi", "Alassane Ouattara"], "Abidjan"),
        (["Wang Yi", "Faure Gnassingbe"], "Lome"),
    ]


def test_a_call_a_week_before_the_talks_told_after_a_comma_is_dated_from_them():
    text = (
        "Malaysian Prime Minister Anwar Ibrahim hosted Thai Prime Minister Srettha Thavisin in Putrajaya on Monday, "
        "a week after the two leaders spoke by telephone about the visit."
    )
    assert found(text, "2024-03-19") == [
        (["Anwar Ibrahim", "Srettha Thavisin"], "Putrajaya", "2024-03-18", "meeting", "held"),
        (["Anwar Ibrahim", "Srettha Thavisin"], None, "2024-03-11", "call", "held"),
    ]


def test_addressing_a_summit_or_the_general_assembly_attends_it_but_a_press_conference_is_none():
    text = "Bangladesh Prime Minister Sheikh Hasina addressed the 78th United Nations General Assembly session in New York on Friday."
    assert found(text, "2023-09-23") == [(["Sheikh Hasina", "United Nations General Assembly"], "New York", "2023-09-22", "summit", "held")]
    text = "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. Xi addressed a joint press conference after the talks."
    assert found(text, "2023-03-21") == [(["Xi Jinping", "Vladimir Putin"], "Moscow", "2023-03-20", "meeting", "held")]


def test_leaders_joining_or_taking_part_with_a_phrase_attend_the_blocs_summit_online_too():
    text = (
        "Prime Minister Narendra Modi chaired the virtual summit of the Shanghai Cooperation Organisation on Tuesday, "
        "with Chinese President Xi Jinping and Russian President Vladimir Putin joining by video link."
    )
    assert found(text, "2023-07-05") == [
        (["Narendra Modi", "Shanghai Cooperation Organisation", "Xi Jinping", "Vladimir Putin"], None, "2023-07-04", "summit", "held")
    ]
    text = "Chinese President Xi Jinping and US President Joe Biden held a virtual summit on Monday."
    assert found(text, "2021-11-16") == [(["Xi Jinping", "Joe Biden"], None, "2021-11-15", "call", "held")]


def test_a_summit_skipped_boycotted_or_pulled_out_of_is_not_attended():
    for verb in ("skipped", "pulled out of", "stayed away from"):
        text = f"Thai Prime Minister Paetongtarn Shinawatra {verb} Thursday's Asia-Pacific Economic Cooperation summit in Lima."
        assert found(text, "2024-11-16") == [], verb


def test_a_host_opening_a_blocs_gathering_attends_it_with_those_in_attendance():
    text = (
        "South African Foreign Minister Ronald Lamola opened the G20 foreign ministers' meeting on Thursday in "
        "Johannesburg, with China's Wang Yi and Russia's Sergei Lavrov in attendance."
    )
    assert found(text, "2025-02-21") == [
        (["Ronald Lamola", "Group of Twenty", "Wang Yi", "Sergei Lavrov"], "Johannesburg", "2025-02-20", "summit", "held")
    ]
    text = (
        "Chinese President Xi Jinping opened the Forum on China-Africa Cooperation summit in Beijing on Thursday before "
        "leaders from across the continent, among them Kenya's William Ruto and Nigeria's Bola Tinubu."
    )
    assert found(text, "2024-09-06")[0][0] == ["Xi Jinping", "Forum on China-Africa Cooperation", "William Ruto", "Bola Tinubu"]
    assert found("China opened a new embassy in Juba on Monday.", "2024-09-06") == []


def test_an_arrival_for_a_summit_that_opens_later_is_that_summit_on_its_own_day():
    text = "Chinese President Xi Jinping arrived in Lima on Thursday to attend the APEC Economic Leaders' Meeting, which opens on Friday."
    assert found(text, "2024-11-14") == [(["Xi Jinping", "Asia-Pacific Economic Cooperation"], "Lima", "2024-11-15", "summit", "planned")]


def test_a_trip_next_week_for_a_blocs_meeting_dates_the_talks_planned_there():
    text = (
        "Indian External Affairs Minister S Jaishankar is scheduled to travel to Astana next week to attend a meeting of "
        "SCO foreign ministers, where he is likely to meet Chinese Foreign Minister Wang Yi."
    )
    talks = [m for m in found(text, "2024-05-15") if m[3] == "meeting"]
    assert talks == [(["S Jaishankar", "Wang Yi"], "Astana", "2024-W21", "meeting", "planned")]


def test_hosting_counterparts_or_a_delegation_from_named_sides_is_a_meeting_with_them():
    text = "Turkish Foreign Minister Hakan Fidan hosted his counterparts from Russia, Iran, Azerbaijan and Armenia in Istanbul on Friday."
    assert found(text, "2024-10-19") == [(["Hakan Fidan", "Russia", "Iran", "Azerbaijan", "Armenia"], "Istanbul", "2024-10-18", "meeting", "held")]
    text = "Sudan's army chief Abdel Fattah al-Burhan received a delegation from the African Union in Port Sudan on Sunday."
    assert found(text, "2024-03-11") == [(["Abdel Fattah al-Burhan", "African Union"], "Port Sudan", "2024-03-10", "meeting", "held")]


def test_a_summit_which_opened_on_a_day_was_held_that_day():
    text = "Pakistan's Foreign Minister Ishaq Dar attended the OIC Council of Foreign Ministers in Yaounde, which opened on Thursday."
    assert found(text, "2024-08-31") == [(["Ishaq Dar", "Organisation of Islamic Cooperation"], "Yaounde", "2024-08-29", "summit", "held")]


def test_a_person_titled_after_a_body_is_the_side_not_the_body():
    text = "Turkish President Recep Tayyip Erdogan held talks with Hamas political bureau chief Ismail Haniyeh in Istanbul on Saturday."
    assert found(text, "2024-04-21") == [(["Recep Tayyip Erdogan", "Ismail Haniyeh"], "Istanbul", "2024-04-20", "meeting", "held")]


def test_talks_during_a_visit_are_its_occasion_and_no_visit_of_their_own():
    text = (
        "Ukrainian Foreign Minister Andrii Sybiha met NATO Secretary General Mark Rutte on Monday and the EU's top "
        "diplomat Kaja Kallas on Tuesday during a two-day visit to Brussels."
    )
    assert found(text, "2025-03-19") == [
        (["Andrii Sybiha", "Mark Rutte"], "Brussels", "2025-03-17", "meeting", "held"),
        (["Andrii Sybiha", "Kaja Kallas"], "Brussels", "2025-03-18", "meeting", "held"),
    ]


def test_calls_with_two_people_in_separate_calls_are_two_calls():
    text = "US Secretary of State Antony Blinken spoke by phone on Sunday with Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi in separate calls."
    assert [m[0] for m in found(text, "2024-03-11")] == [["Antony Blinken", "Sameh Shoukry"], ["Antony Blinken", "Ayman Safadi"]]


def test_a_city_name_between_a_title_and_a_surname_is_a_given_name():
    names = [(e["text"], e["type"]) for e in find_entities("Defence Minister Rajnath Singh held talks with Defence Cabinet Secretary Aden Duale on Wednesday.")]
    assert names == [("Rajnath Singh", "PERSON"), ("Aden Duale", "PERSON")]


def test_talks_a_day_before_the_day_the_main_clause_names():
    text = "President Luiz Inacio Lula da Silva of Brazil left Beijing on Saturday for the United Arab Emirates, a day after his talks with Chinese President Xi Jinping."
    assert found(text, "2023-04-15") == [(["Luiz Inacio Lula da Silva", "Xi Jinping"], None, "2023-04-14", "meeting", "held")]


def test_a_gulf_wire_audience_names_the_guest_after_the_hall_and_the_time():
    text = (
        "Kuwait City, March 4 (KUNA) - HH the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah also received in "
        "audience at Bayan Palace this morning Turkish Minister of Foreign Affairs HE Hakan Fidan."
    )
    assert [m[0] for m in found(text, "2024-03-04")] == [["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Hakan Fidan"]]
    names = [e["text"] for e in find_entities("Amir Khan Muttaqi met Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah.") if e["type"] == "PERSON"]
    assert names == ["Amir Khan Muttaqi", "Mishal Al-Ahmad Al-Jaber Al-Sabah"]


def test_a_bare_title_with_a_time_before_its_verb_names_the_holder_and_a_plan_beside_its_outcome_is_one_call():
    text = (
        "Qatari Emir Tamim bin Hamad Al Thani received Lebanese President Joseph Aoun in Doha on Tuesday. "
        "The emir later on Tuesday spoke by phone with Turkish President Recep Tayyip Erdogan."
    )
    assert [m[0] for m in found(text, "2025-04-15")] == [["Tamim bin Hamad Al Thani", "Joseph Aoun"], ["Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan"]]
    text = (
        "U.S. President Donald Trump had said he would speak to Russian President Vladimir Putin on Monday, and the two "
        "leaders spoke for more than two hours that afternoon."
    )
    assert found(text, "2025-05-19") == [(["Donald Trump", "Vladimir Putin"], None, "2025-05-19", "call", "held")]


def test_meeting_targets_or_the_press_is_no_meeting_and_a_summit_called_off_or_denied_is_none():
    assert found("Pakistan meets IMF targets for first review, says finance minister.", "2025-03-13") == []
    assert found("Vietnamese Prime Minister Pham Minh Chinh met reporters in Hanoi on Monday.", "2025-03-13") == []
    text = "President Donald Trump on Thursday called off his planned June 12 summit in Singapore with North Korean leader Kim Jong Un."
    assert found(text, "2018-05-24") == []
    assert found("Kremlin denies plans for Putin-Zelensky meeting", "2024-06-10") == []


def test_an_indian_wire_emplaning_for_a_capital_leaves_on_the_trip():
    text = "Prime Minister Narendra Modi on Monday emplaned for Vienna on a two-day official visit."
    assert found(text, "2024-07-08") == [(["Narendra Modi", "Austria"], "Vienna", "2024-07-08", "visit", "held")]


def test_a_venue_owned_by_a_city_is_in_that_city_and_a_process_to_begin_is_no_meeting():
    text = "Prime Minister Narendra Modi and Sri Lankan President Anura Kumara Dissanayake held talks at New Delhi's Hyderabad House on Monday."
    assert found(text, "2024-12-17")[0][1] == "New Delhi"
    text = (
        "Prime Minister Narendra Modi held talks with Nepal's Prime Minister Pushpa Kamal Dahal in New Delhi on Thursday, "
        "and the two sides agreed to begin negotiations on a new power trade pact."
    )
    assert [m[4] for m in found(text, "2023-06-02")] == ["held"]
    assert found("India and China began talks on the border in Beijing on Monday.", "2024-06-18") == [
        (["India", "China"], "Beijing", "2024-06-17", "meeting", "held")
    ]


def test_a_sentence_opening_with_an_interval_dates_its_talks_from_the_meeting_before():
    text = (
        "Senegal's President Bassirou Diomaye Faye was received by Nigerian President Bola Ahmed Tinubu in Abuja on "
        "Thursday. Two days before, Faye had held talks in Accra with Ghanaian President Nana Akufo-Addo."
    )
    assert [m[2] for m in found(text, "2024-05-31")] == ["2024-05-30", "2024-05-28"]


def test_the_leader_of_a_delegation_is_the_side_met():
    text = "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani received a Hamas delegation headed by Khalil al-Hayya in Doha on Sunday."
    assert [m[0] for m in found(text, "2025-03-10")] == [["Mohammed bin Abdulrahman Al Thani", "Khalil al-Hayya"]]


def test_an_arrival_ahead_of_talks_is_their_occasion_and_the_day_before_ahead_of_is_the_arrivals():
    text = (
        "BEIJING, April 25 (Reuters) - Antony Blinken, the U.S. Secretary of State, flew into Beijing on Thursday evening "
        "ahead of talks with China's top diplomat Wang Yi on Friday."
    )
    assert found(text, "2024-04-25") == [(["Antony Blinken", "Wang Yi"], "Beijing", "2024-04-26", "meeting", "planned")]


def test_joining_a_blocs_counterparts_attends_its_gathering():
    text = "Indonesian Foreign Minister Retno Marsudi joined her G20 counterparts in Rio de Janeiro on Wednesday."
    assert found(text, "2024-02-23") == [(["Retno Marsudi", "Group of Twenty"], "Rio de Janeiro", "2024-02-21", "summit", "held")]


def test_a_headlines_contacts_are_those_the_body_tells_again():
    text = (
        "Tusk meets Macron, Scholz in one-day dash\n"
        "WARSAW, Feb 12 (Reuters) - Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Paris on "
        "Monday and held talks with German Chancellor Olaf Scholz in Berlin later in the day."
    )
    assert [(m[0], m[1]) for m in found(text, "2024-02-12")] == [
        (["Donald Tusk", "Emmanuel Macron"], "Paris"),
        (["Donald Tusk", "Olaf Scholz"], "Berlin"),
    ]
    text = (
        "Xi meets Putin, Erdogan in Samarkand\n"
        "SAMARKAND, Uzbekistan, Sept. 15 (Xinhua) -- Chinese President Xi Jinping met with Russian President Vladimir "
        "Putin here on Thursday."
    )
    assert sorted(m[0] for m in found(text, "2022-09-15")) == [["Xi Jinping", "Erdogan"], ["Xi Jinping", "Vladimir Putin"]]


def test_a_nouns_purpose_after_a_past_verb_is_no_future_day():
    text = "Erdogan and Putin discussed efforts to deliver aid to Gaza in a phone call on Thursday."
    assert [m[2] for m in found(text, "2023-11-24")] == ["2023-11-23"]


def test_a_host_of_a_blocs_counterparts_listed_after_a_dash_hosts_its_ministers_meeting():
    text = (
        "US Secretary of State Marco Rubio hosted his Quad counterparts - India's S. Jaishankar, Japan's Takeshi Iwaya "
        "and Australia's Penny Wong - in Washington on Tuesday."
    )
    assert found(text, "2025-01-22")[0][0] == ["Marco Rubio", "Quadrilateral Security Dialogue", "S. Jaishankar", "Takeshi Iwaya", "Penny Wong"]


def test_talks_held_at_a_city_hotel_are_in_that_city():
    text = (
        "Pakistani Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian on Wednesday. "
        "The talks, held at a New York hotel, focused on border security."
    )
    assert found(text, "2024-09-26")[0][1] == "New York"


def test_leaders_of_states_received_and_met_separately_are_the_separate_talks():
    text = (
        "Saudi Crown Prince Mohammed bin Salman received the leaders of Egypt and Jordan in Riyadh on Sunday, holding "
        "separate talks with President Abdel Fattah al-Sisi and King Abdullah II on the situation in Gaza."
    )
    assert [m[0] for m in found(text, "2025-04-13")] == [
        ["Mohammed bin Salman", "Abdel Fattah al-Sisi"], ["Mohammed bin Salman", "Abdullah II"]
    ]


def test_a_meeting_proposed_or_agreed_in_a_call_is_planned_on_its_own_day():
    text = "Ukrainian President Volodymyr Zelensky on Sunday proposed a meeting with Russian President Vladimir Putin in Istanbul on Thursday."
    assert found(text, "2025-05-12") == [(["Volodymyr Zelensky", "Vladimir Putin"], "Istanbul", "2025-05-15", "meeting", "planned")]
    text = "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud agreed in a phone call on Tuesday to meet soon in Addis Ababa."
    assert found(text, "2025-01-08") == [
        (["Abiy Ahmed", "Hassan Sheikh Mohamud"], None, "2025-01-07", "call", "held"),
        (["Abiy Ahmed", "Hassan Sheikh Mohamud"], "Addis Ababa", None, "meeting", "planned"),
    ]


def test_at_the_invitation_of_a_host_a_guests_visit_is_a_meeting_with_the_host():
    text = "At the invitation of Chinese President Xi Jinping, Sri Lankan President Anura Kumara Dissanayake will pay a state visit to China from Tuesday."
    assert found(text, "2025-01-10") == [(["Anura Kumara Dissanayake", "Xi Jinping"], "China", "2025-01-14", "meeting", "planned")]


def test_a_call_on_a_weekday_is_no_courtesy_call():
    text = "In a call on Wednesday, US Secretary of State Antony Blinken urged restraint."
    assert found(text, "2024-02-09") == []


def test_an_unnamed_ambassador_of_a_land_is_that_land_not_the_one_person_of_it_named():
    text = (
        "Saudi Crown Prince Mohammed bin Salman received a written message from Kuwait's Emir Sheikh Mishal Al-Ahmad "
        "Al-Jaber Al-Sabah on Sunday. The message was handed over to Deputy Minister of Foreign Affairs Waleed "
        "Elkhereiji during his meeting in Riyadh with the Kuwaiti ambassador to the Kingdom."
    )
    assert [m[0] for m in found(text, "2024-05-12")] == [["Waleed Elkhereiji", "Kuwait"]]


def test_an_invitation_in_a_call_is_a_plan_without_the_calls_day_and_views_exchanged_by_phone_a_call():
    text = (
        "President Cyril Ramaphosa on Monday telephoned Botswana's President-elect Duma Boko to congratulate him on his "
        "election and invited him to visit South Africa soon."
    )
    assert found(text, "2024-11-05") == [
        (["Cyril Ramaphosa", "Duma Boko"], None, "2024-11-04", "call", "held"),
        (["Cyril Ramaphosa", "Duma Boko"], "South Africa", None, "meeting", "planned"),
    ]
    text = "Chinese Foreign Minister Wang Yi on Wednesday exchanged views by phone with Saudi Foreign Minister Faisal bin Farhan Al Saud."
    assert found(text, "2024-01-10") == [(["Wang Yi", "Faisal bin Farhan bin Abdullah Al Saud"], None, "2024-01-10", "call", "held")]
    text = "Pakistani Foreign Minister Ishaq Dar had a telephonic conversation on Friday with Amir Khan Muttaqi, the Taliban's acting foreign minister."
    assert [m[3] for m in found(text, "2025-05-10")] == ["call"]


def test_a_name_in_ed_is_no_past_verb_and_the_amir_is_a_title():
    text = "Indian External Affairs Minister S Jaishankar is scheduled to meet President Mohamed Muizzu on Sunday."
    assert found(text, "2024-08-10") == [(["S Jaishankar", "Mohamed Muizzu"], None, "2024-08-11", "meeting", "planned")]
    persons = [e["text"] for e in find_entities("HH the Amir Sheikh Tamim bin Hamad Al-Thani met Amir Khan Muttaqi. HH the Amir welcomed him.") if e["type"] == "PERSON"]
    assert persons == ["Tamim bin Hamad Al-Thani", "Amir Khan Muttaqi"]
