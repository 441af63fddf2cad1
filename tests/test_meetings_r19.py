"""dipkit meetings, round 19, on sentences written for these tests: a "during which" or "when" clause that opens
right after a date ("his state visit to Rome in May 2022, during which he was received by X") takes that date,
unless the visitor moves on before the meeting of the clause ("..., before travelling to Paris to meet Y").

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_a_clause_opening_right_after_a_date_takes_that_date():
    text = (
        "Algerian President Abdelmadjid Tebboune spoke by phone with Spanish Prime Minister Pedro Sanchez on Monday.\n\n"
        "The call follows the visit paid by President Tebboune to Portugal in March 2023, during which he was received "
        "in Lisbon by President Marcelo Rebelo de Sousa."
    )
    assert (["Abdelmadjid Tebboune", "Marcelo Rebelo de Sousa"], "Lisbon", "2023-03", "meeting", "held") in found(text, "2024-10-14")


def test_a_meeting_after_the_visitor_moves_on_does_not_take_the_date_before_the_clause():
    text = (
        "Chinese Foreign Minister Wang Yi will attend the security conference in Munich.\n\n"
        "Afterwards, Wang Yi will pay an official visit to Portugal on February 20, during which he will hold talks "
        "with Foreign Minister Paulo Rangel, before travelling to France to meet Emmanuel Bonne."
    )
    bonne = [m for m in found(text, "2025-02-12") if "Emmanuel Bonne" in m[0]]
    assert bonne and all(m[2] is None for m in bonne)


def test_the_day_of_the_gathering_in_an_opening_sidelines_phrase_dates_the_meeting():
    text = (
        "SANTIAGO, March 13 -- The summit of the Community of Latin American and Caribbean States closed on Wednesday.\n\n"
        "On the sidelines of Tuesday's summit, Chilean President Gabriel Boric and his Brazilian counterpart Luiz "
        "Inacio Lula da Silva held a bilateral meeting."
    )
    assert found(text, "2025-03-13")[-1] == (["Gabriel Boric", "Luiz Inacio Lula da Silva"], "Santiago", "2025-03-11", "meeting", "held")


def test_a_person_named_together_with_the_sides_takes_part():
    text = (
        "Polish Prime Minister Donald Tusk received German Chancellor Olaf Scholz in Warsaw on Tuesday.\n\n"
        "Scholz and Tusk met in Paris in June together with French President Emmanuel Macron."
    )
    assert (["Olaf Scholz", "Donald Tusk", "Emmanuel Macron"], "Paris", "2024-06", "meeting", "held") in found(text, "2024-07-02")


def test_a_when_clause_that_adds_a_companion_is_the_meeting_it_hangs_on():
    text = (
        "Turkish President Recep Tayyip Erdogan received Hamas leader Ismail Haniyeh in Istanbul on Saturday.\n\n"
        "The two men last met in May 2023, when Erdogan hosted him in Ankara together with Palestinian President "
        "Mahmoud Abbas."
    )
    earlier = [m for m in found(text, "2024-04-20") if m[2] == "2023-05"]
    assert earlier == [(["Recep Tayyip Erdogan", "Ismail Haniyeh", "Mahmoud Abbas"], "Ankara", "2023-05", "meeting", "held")]


def test_calls_received_from_several_rulers_are_one_call_each():
    text = (
        "ABU DHABI, 16th June, 2024 (WAM) -- UAE President Sheikh Mohamed bin Zayed Al Nahyan today received "
        "phone calls from His Majesty King Hamad bin Isa Al Khalifa, King of Bahrain; His Highness Sheikh Tamim bin "
        "Hamad Al Thani, Amir of Qatar; and His Majesty King Abdullah II of Jordan, who conveyed their Eid greetings."
    )
    assert found(text, "2024-06-16") == [
        (["Mohamed bin Zayed Al Nahyan", "Hamad bin Isa Al Khalifa"], None, "2024-06-16", "call", "held"),
        (["Mohamed bin Zayed Al Nahyan", "Tamim bin Hamad Al Thani"], None, "2024-06-16", "call", "held"),
        (["Mohamed bin Zayed Al Nahyan", "Abdullah II"], None, "2024-06-16", "call", "held"),
    ]


def test_the_land_after_a_ruler_is_no_side_of_its_own_nor_a_link_to_an_apposition():
    text = (
        "Sheikh Mohamed bin Zayed Al Nahyan, then the Crown Prince of Abu Dhabi and Deputy Supreme Commander of the "
        "UAE Armed Forces, received Prime Minister Narendra Modi of India."
    )
    assert found(text, "2019-08-24") == [(["Mohamed bin Zayed Al Nahyan", "Narendra Modi"], None, "2019-08-24", "meeting", "held")]


def test_of_two_inviters_the_host_is_the_one_of_the_land_visited():
    text = (
        "At the invitation of Foreign Minister Winston Peters of New Zealand and Foreign Minister Penny Wong of "
        "Australia, Member of the Political Bureau and Foreign Minister Wang Yi will visit New Zealand from March 17 "
        "to 19."
    )
    assert found(text, "2024-03-15")[0] == (["Wang Yi", "Winston Peters"], "New Zealand", "2024-03-17", "meeting", "planned")


def test_a_verb_after_a_bare_and_shares_the_subject_of_the_meeting_before():
    text = (
        "On the sidelines of the forum, Crown Prince Mohammed bin Salman of Saudi Arabia met with Kenyan President William Ruto, "
        "with whom he discussed food security, and held a separate meeting with Senegalese President Macky Sall."
    )
    assert [m[0] for m in found(text, "2023-11-10")] == [["Mohammed bin Salman", "William Ruto"], ["Mohammed bin Salman", "Macky Sall"]]


def test_the_guest_named_after_the_hall_its_city_and_the_time_of_a_reception():
    text = (
        "JEDDAH, May 8 (SPA) -- Crown Prince Mohammed bin Salman received at Al-Salam Palace in Jeddah yesterday "
        "evening Pakistani Prime Minister Imran Khan, who is in Saudi Arabia for a three-day official trip."
    )
    assert found(text, "2021-05-08")[0] == (["Mohammed bin Salman", "Imran Khan"], "Jeddah", "2021-05-07", "meeting", "held")


def test_the_two_leaders_with_no_meeting_before_are_the_pair_the_sentence_before_named():
    text = (
        "President Bola Ahmed Tinubu and Sheikh Mohamed bin Zayed Al Nahyan have reached an agreement on flights.\n\n"
        "The deal came during a bilateral meeting between the two leaders at Qasr Al Watan, the presidential palace in Abu Dhabi, on Monday."
    )
    assert found(text, "2023-09-12") == [(["Bola Ahmed Tinubu", "Mohamed bin Zayed Al Nahyan"], "Abu Dhabi", "2023-09-11", "meeting", "held")]


def test_a_stop_the_traveller_came_from_keeps_its_own_host_and_day():
    text = (
        "Nigerian President Bola Ahmed Tinubu held talks with Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi on Monday.\n\n"
        "Tinubu arrived in Abu Dhabi on Sunday evening from New Delhi, where he had attended the G20 Leaders' Summit at "
        "the invitation of Indian Prime Minister Narendra Modi. While in India, the President also held a bilateral "
        "meeting with Modi."
    )
    meetings = found(text, "2023-09-12")
    assert (["Bola Ahmed Tinubu", "Narendra Modi"], "Abu Dhabi", "2023-09-10", "meeting", "held") not in meetings
    assert [m[2] for m in meetings if m[0] == ["Bola Ahmed Tinubu", "Narendra Modi"]] == [None]
    assert [m[2] for m in meetings if m[4] == "held" and m[3] == "summit"] == [None]


def test_a_format_named_after_a_city_is_no_place():
    text = "Olaf Scholz, Emmanuel Macron and Donald Tusk held a Weimar Triangle summit in Berlin on Friday."
    assert found(text, "2024-03-16")[0][1] == "Berlin"
    assert all(m[1] != "Weimar" for m in found("Olaf Scholz met Donald Tusk, his Weimar Triangle partner, on Friday.", "2024-03-16"))


def test_a_meeting_after_an_aside_of_attending_a_gathering_is_read():
    text = "Russian Foreign Minister Sergei Lavrov, who is also attending the ASEAN-hosted talks, met Chinese Foreign Minister Wang Yi on Thursday."
    assert (["Sergei Lavrov", "Wang Yi"], None, "2024-07-25", "meeting", "held") in found(text, "2024-07-26")


def test_the_visiting_dignitary_is_the_story_s_guest():
    text = (
        "Iranian President Ebrahim Raisi arrived in Islamabad on Monday for a three-day visit.\n\n"
        "Later in the day, President Asif Ali Zardari hosted the visiting dignitary at the Aiwan-e-Sadr."
    )
    assert found(text, "2024-04-22") == [(["Ebrahim Raisi", "Asif Ali Zardari"], "Islamabad", "2024-04-22", "meeting", "held")]


def test_a_meeting_someone_has_begun_arranging_is_planned_not_held_on_the_day_of_the_saying():
    text = (
        "President Donald Trump said Monday he had begun arranging a face-to-face meeting between Russian President "
        "Vladimir Putin and Ukrainian President Volodymyr Zelenskyy."
    )
    assert found(text, "2025-08-19") == [(["Vladimir Putin", "Volodymyr Zelenskyy"], None, None, "meeting", "planned")]
