"""dipkit meetings, second round on who took part: "the visit of X to Y", a visitor's rounds with a host
country's officials listed with their offices, a leader's invitation, and attendees of a gathering named
in the sentences after it ("X attended in person", "Y joined the talks by video link"), on sentences
written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings


def test_the_visit_of_a_named_person_to_a_city_is_his_trip():
    text = "The accord was first discussed during the official visit of Prime Minister Mark Carney to Canberra in March 2025."
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        place(text, "Canberra", "city", "Canberra", "AUS"),
    ]
    found = find_meetings(text, "2025-06-02", dates=[date(text, "March 2025", "2025-03")], entities=entities)
    assert [brief(m) for m in found] == [(["Mark Carney", "Australia"], "Canberra", "2025-03", "visit", "held")]


ROUNDS = "In Hanoi, Chilean President Gabriel Boric met Party General Secretary To Lam, Prime Minister Pham Minh Chinh and the National Assembly Chairman Tran Thanh Man on Tuesday."


def rounds_entities(text: str = ROUNDS) -> list[dict]:
    return [
        place(text, "Hanoi", "city", "Hanoi", "VNM"),
        place(text, "Chilean", "norp", "Chilean", "CHL"),
        person(text, "Gabriel Boric", "Gabriel Boric", "President", "CHL"),
        person(text, "To Lam", "To Lam", "General Secretary", "VNM"),
        person(text, "Pham Minh Chinh", "Pham Minh Chinh", "Prime Minister", "VNM"),
        org(text, "National Assembly", "National Assembly"),
        person(text, "Tran Thanh Man", "Tran Thanh Man", "Chairman", None),
    ]


def test_a_visitor_meeting_three_titled_officials_of_one_country_has_one_meeting_with_each():
    found = find_meetings(ROUNDS, "2024-11-14", dates=[date(ROUNDS, "Tuesday", "2024-11-12")], entities=rounds_entities())
    assert [brief(m) for m in found] == [
        (["Gabriel Boric", "To Lam"], "Hanoi", "2024-11-12", "meeting", "held"),
        (["Gabriel Boric", "Pham Minh Chinh"], "Hanoi", "2024-11-12", "meeting", "held"),
        (["Gabriel Boric", "Tran Thanh Man"], "Hanoi", "2024-11-12", "meeting", "held"),
    ]


def test_titled_guests_of_several_countries_meet_together():
    text = "In Rome, President Lula met President Emmanuel Macron, Chancellor Olaf Scholz and Prime Minister Giorgia Meloni on Friday."
    entities = [
        place(text, "Rome", "city", "Rome", "ITA"),
        person(text, "Lula", "Luiz Inácio Lula da Silva", "President", "BRA"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        person(text, "Olaf Scholz", "Olaf Scholz", "Chancellor", "DEU"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
    ]
    found = find_meetings(text, "2024-06-16", dates=[date(text, "Friday", "2024-06-14")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Luiz Inácio Lula da Silva", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"], "Rome", "2024-06-14", "meeting", "held")
    ]


def test_a_comma_and_a_title_with_no_and_after_is_no_list():
    text = "Chilean President Gabriel Boric met To Lam in Hanoi, Prime Minister Pham Minh Chinh told reporters on Tuesday."
    entities = [
        place(text, "Chilean", "norp", "Chilean", "CHL"),
        person(text, "Gabriel Boric", "Gabriel Boric", "President", "CHL"),
        person(text, "To Lam", "To Lam", "General Secretary", "VNM"),
        place(text, "Hanoi", "city", "Hanoi", "VNM"),
        person(text, "Pham Minh Chinh", "Pham Minh Chinh", "Prime Minister", "VNM"),
    ]
    found = find_meetings(text, "2024-11-14", dates=[date(text, "Tuesday", "2024-11-12")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Gabriel Boric", "To Lam"]]


def invitation(text: str, inviter: str, role: str, code: str) -> list[dict]:
    return [
        person(text, inviter, inviter, role, code),
        person(text, "Lula", "Luiz Inácio Lula da Silva", "President", "BRA"),
        place(text, "Kenya", "country", "Kenya", "KEN"),
    ]


def test_a_leader_inviting_a_guest_to_his_country_is_a_planned_meeting_with_him():
    text = "President William Ruto invited Lula to pay a state visit to Kenya next year."
    found = find_meetings(text, "2024-11-14", dates=[date(text, "next year", "2025")], entities=invitation(text, "William Ruto", "President", "KEN"))
    assert [brief(m) for m in found] == [(["William Ruto", "Luiz Inácio Lula da Silva"], "Kenya", "2025", "meeting", "planned")]


def test_a_leader_of_no_known_country_inviting_a_guest_hosts_the_trip():
    text = "President William Ruto invited Lula to pay a state visit to Kenya next year."
    found = find_meetings(text, "2024-11-14", dates=[date(text, "next year", "2025")], entities=invitation(text, "William Ruto", "President", None))
    assert [brief(m)[0] for m in found] == [["William Ruto", "Luiz Inácio Lula da Silva"]]


def test_a_minister_inviting_a_guest_hosts_the_trip():  # (the inviter opens the sentence, the guest named after the verb)
    text = "Foreign Minister Musalia Mudavadi invited Lula to pay a visit to Kenya next year."
    entities = invitation(text, "Musalia Mudavadi", "Foreign Minister", "KEN")
    found = find_meetings(text, "2024-11-14", dates=[date(text, "next year", "2025")], entities=entities)
    assert [brief(m) for m in found] == [(["Musalia Mudavadi", "Luiz Inácio Lula da Silva"], "Kenya", "2025", "meeting", "planned")]


SUMMIT = (
    "President Hakainde Hichilema on Saturday hosted a summit of the Southern African Development Community in Lusaka. "
    "Angolan President João Lourenço attended in person, while Malawian President Lazarus Chakwera joined the talks by video link. "
    "AU Commission chairperson Mahmoud Ali Youssouf, who also attended the Lusaka summit, called for calm."
)


def summit_entities(text: str = SUMMIT) -> list[dict]:
    return [
        person(text, "Hakainde Hichilema", "Hakainde Hichilema", "President", "ZMB"),
        org(text, "Southern African Development Community", "Southern African Development Community"),
        place(text, "Lusaka", "city", "Lusaka", "ZMB"),
        place(text, "Angolan", "norp", "Angolan", "AGO"),
        person(text, "João Lourenço", "João Lourenço", "President", "AGO"),
        place(text, "Malawian", "norp", "Malawian", "MWI"),
        person(text, "Lazarus Chakwera", "Lazarus Chakwera", "President", "MWI"),
        org(text, "AU", "African Union"),
        person(text, "Mahmoud Ali Youssouf", "Mahmoud Ali Youssouf", "chairperson", None),
        place(text, "Lusaka", "city", "Lusaka", "ZMB", nth=2),
    ]


def test_attendees_named_after_a_summit_join_it():
    found = find_meetings(SUMMIT, "2025-03-16", dates=[date(SUMMIT, "Saturday", "2025-03-15")], entities=summit_entities())
    assert [brief(m) for m in found] == [
        (
            ["Hakainde Hichilema", "Southern African Development Community", "João Lourenço", "Lazarus Chakwera", "Mahmoud Ali Youssouf"],
            "Lusaka",
            "2025-03-15",
            "summit",
            "held",
        )
    ]


def test_a_gathering_someone_is_expected_to_attend_is_not_joined_by_him():
    text = (
        "President Hakainde Hichilema on Saturday hosted a summit of the Southern African Development Community in Lusaka. "
        "Kenyan President William Ruto spoke by phone with him about the AU summit, which he is expected to attend in person."
    )
    entities = [
        person(text, "Hakainde Hichilema", "Hakainde Hichilema", "President", "ZMB"),
        org(text, "Southern African Development Community", "Southern African Development Community"),
        place(text, "Lusaka", "city", "Lusaka", "ZMB"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        org(text, "AU", "African Union"),
    ]
    found = find_meetings(text, "2025-03-16", dates=[date(text, "Saturday", "2025-03-15")], entities=entities)
    assert ["William Ruto", "Hakainde Hichilema", "Southern African Development Community"] not in [brief(m)[0] for m in found]
    assert ["Hakainde Hichilema", "Southern African Development Community"] == brief(found[0])[0]


def test_ministers_named_by_their_office_are_the_two_who_hold_it():
    text = (
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Monday. "
        "Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo signed three agreements. "
        "The foreign ministers agreed to convene the fifth meeting of the joint commission in Kampala later this year."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ugandan", "norp", "Ugandan", "UGA"),
        person(text, "Yoweri Museveni", "Yoweri Museveni", "President", "UGA"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN", nth=2),
        person(text, "Musalia Mudavadi", "Musalia Mudavadi", "Foreign Minister", "KEN"),
        place(text, "Ugandan", "norp", "Ugandan", "UGA", nth=2),
        person(text, "Jeje Odongo", "Jeje Odongo", "Foreign Minister", "UGA"),
        place(text, "Kampala", "city", "Kampala", "UGA"),
    ]
    dates = [date(text, "Monday", "2024-03-04"), date(text, "later this year", "2024")]
    found = find_meetings(text, "2024-03-05", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["William Ruto", "Yoweri Museveni"], "Nairobi", "2024-03-04", "meeting", "held"),
        (["Musalia Mudavadi", "Jeje Odongo"], "Kampala", "2024", "meeting", "planned"),
    ]


def test_guests_described_by_number_and_nationality_are_those_named_before():
    text = (
        "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara met Philippine Foreign Secretary Enrique Manalo "
        "in Manila on Monday. Later, President Ferdinand Marcos Jr. received the two Japanese ministers at the palace."
    )
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Yoko Kamikawa", "Yoko Kamikawa", "Foreign Minister", "JPN"),
        person(text, "Minoru Kihara", "Minoru Kihara", "Defence Minister", "JPN"),
        place(text, "Philippine", "norp", "Philippine", "PHL"),
        person(text, "Enrique Manalo", "Enrique Manalo", "Foreign Secretary", "PHL"),
        place(text, "Manila", "city", "Manila", "PHL"),
        person(text, "Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "President", "PHL"),
        place(text, "Japanese", "norp", "Japanese", "JPN", nth=2),
    ]
    found = find_meetings(text, "2024-07-09", dates=[date(text, "Monday", "2024-07-08")], entities=entities)
    assert [brief(m)[0] for m in found] == [
        ["Yoko Kamikawa", "Minoru Kihara", "Enrique Manalo"],
        ["Ferdinand Marcos Jr.", "Yoko Kamikawa", "Minoru Kihara"],
    ]


def test_inviting_a_guest_to_a_city_is_a_planned_meeting_there():
    text = "Turkish Foreign Minister Hakan Fidan said he had invited Syrian Foreign Minister Asaad al-Shaibani to Ankara."
    entities = [
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Hakan Fidan", "Hakan Fidan", "Foreign Minister", "TUR"),
        place(text, "Syrian", "norp", "Syrian", "SYR"),
        person(text, "Asaad al-Shaibani", "Asaad al-Shaibani", "Foreign Minister", "SYR"),
        place(text, "Ankara", "city", "Ankara", "TUR"),
    ]
    found = find_meetings(text, "2024-12-22", dates=[], entities=entities)
    assert [brief(m) for m in found] == [(["Hakan Fidan", "Asaad al-Shaibani"], "Ankara", None, "meeting", "planned")]


def test_inviting_a_guest_to_do_something_is_no_meeting_of_its_own():
    text = "Turkish Foreign Minister Hakan Fidan invited Syrian Foreign Minister Asaad al-Shaibani to help draft the plan."
    entities = [
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Hakan Fidan", "Hakan Fidan", "Foreign Minister", "TUR"),
        place(text, "Syrian", "norp", "Syrian", "SYR"),
        person(text, "Asaad al-Shaibani", "Asaad al-Shaibani", "Foreign Minister", "SYR"),
    ]
    assert find_meetings(text, "2024-12-22", dates=[], entities=entities) == []


def test_a_trip_to_one_city_in_each_of_two_countries_is_a_visit_to_each():
    text = "Mr Faye, who visited Bamako and Ouagadougou in May, said the talks would go on."
    entities = [
        person(text, "Faye", "Bassirou Diomaye Faye", "President", "SEN"),
        place(text, "Bamako", "city", "Bamako", "MLI"),
        place(text, "Ouagadougou", "city", "Ouagadougou", "BFA"),
    ]
    found = find_meetings(text, "2024-07-01", dates=[date(text, "May", "2024-05")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Bassirou Diomaye Faye", "Mali"], "Bamako", "2024-05", "visit", "held"),
        (["Bassirou Diomaye Faye", "Burkina Faso"], "Ouagadougou", "2024-05", "visit", "held"),
    ]


def test_a_tour_of_cities_two_of_them_in_one_country_is_one_visit():
    text = "Wadephul ended a tour of Hanoi, Ho Chi Minh City and Vientiane on Monday."
    entities = [
        person(text, "Wadephul", "Johann Wadephul", "Foreign Minister", "DEU"),
        place(text, "Hanoi", "city", "Hanoi", "VNM"),
        place(text, "Ho Chi Minh City", "city", "Ho Chi Minh City", "VNM"),
        place(text, "Vientiane", "city", "Vientiane", "LAO"),
    ]
    found = find_meetings(text, "2025-09-09", dates=[date(text, "Monday", "2025-09-08")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Johann Wadephul", "Vietnam", "Laos"]]


def test_the_host_of_the_summit_reported_before_joins_it():
    text = (
        "Lula, Xi and Modi attended the BRICS Summit in Johannesburg on Wednesday. "
        "President Cyril Ramaphosa, who is hosting the summit, said the bloc had reached a milestone."
    )
    entities = [
        person(text, "Lula", "Luiz Inácio Lula da Silva", "President", "BRA"),
        person(text, "Xi", "Xi Jinping", "President", "CHN"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND"),
        org(text, "BRICS", "BRICS"),
        place(text, "Johannesburg", "city", "Johannesburg", "ZAF"),
        person(text, "Cyril Ramaphosa", "Cyril Ramaphosa", "President", "ZAF"),
    ]
    found = find_meetings(text, "2023-08-24", dates=[date(text, "Wednesday", "2023-08-23")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Luiz Inácio Lula da Silva", "Xi Jinping", "Narendra Modi", "BRICS", "Cyril Ramaphosa"], "Johannesburg", "2023-08-23", "summit", "held")
    ]


def test_talks_in_the_sentence_of_a_trip_take_its_place_and_day():
    text = "Niger's Prime Minister, Ali Mahaman Lamine Zeine, visited Abuja in August and held talks with Vice President Kashim Shettima."
    entities = [
        place(text, "Niger", "country", "Niger", "NER"),
        person(text, "Ali Mahaman Lamine Zeine", "Ali Mahaman Lamine Zeine", "Prime Minister", "NER"),
        place(text, "Abuja", "city", "Abuja", "NGA"),
        person(text, "Kashim Shettima", "Kashim Shettima", "Vice President", None),
    ]
    found = find_meetings(text, "2024-12-16", dates=[date(text, "August", "2024-08")], entities=entities)
    assert [brief(m) for m in found] == [(["Ali Mahaman Lamine Zeine", "Kashim Shettima"], "Abuja", "2024-08", "meeting", "held")]


def test_talks_with_someone_of_a_third_country_leave_the_trip_alone():
    text = "Niger's Prime Minister, Ali Mahaman Lamine Zeine, visited Abuja in August and held talks with Chadian President Mahamat Deby."
    entities = [
        place(text, "Niger", "country", "Niger", "NER"),
        person(text, "Ali Mahaman Lamine Zeine", "Ali Mahaman Lamine Zeine", "Prime Minister", "NER"),
        place(text, "Abuja", "city", "Abuja", "NGA"),
        place(text, "Chadian", "norp", "Chadian", "TCD"),
        person(text, "Mahamat Deby", "Mahamat Deby", "President", "TCD"),
    ]
    found = find_meetings(text, "2024-12-16", dates=[date(text, "August", "2024-08")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Ali Mahaman Lamine Zeine", "Nigeria"], ["Ali Mahaman Lamine Zeine", "Mahamat Deby"]]


def test_envoys_of_countries_counted_are_the_last_list_of_that_many():
    text = (
        "West African leaders gave Mali, Burkina Faso and Niger six months to reconsider. "
        "Nigerian Foreign Minister Yusuf Tuggar had on Friday met the ambassadors of the three countries in Abuja."
    )
    entities = [
        place(text, "Mali", "country", "Mali", "MLI"),
        place(text, "Burkina Faso", "country", "Burkina Faso", "BFA"),
        place(text, "Niger", "country", "Niger", "NER"),
        place(text, "Nigerian", "norp", "Nigerian", "NGA"),
        person(text, "Yusuf Tuggar", "Yusuf Tuggar", "Foreign Minister", "NGA"),
        place(text, "Abuja", "city", "Abuja", "NGA"),
    ]
    found = find_meetings(text, "2024-12-16", dates=[date(text, "Friday", "2024-12-13")], entities=entities)
    assert [brief(m) for m in found] == [(["Yusuf Tuggar", "Mali", "Burkina Faso", "Niger"], "Abuja", "2024-12-13", "meeting", "held")]


def test_envoys_of_more_countries_than_any_list_names_are_nobody():
    text = "Leaders gave Mali and Niger six months. Nigerian Foreign Minister Yusuf Tuggar had on Friday met the ambassadors of the three countries."
    entities = [
        place(text, "Mali", "country", "Mali", "MLI"),
        place(text, "Niger", "country", "Niger", "NER"),
        place(text, "Nigerian", "norp", "Nigerian", "NGA"),
        person(text, "Yusuf Tuggar", "Yusuf Tuggar", "Foreign Minister", "NGA"),
    ]
    assert find_meetings(text, "2024-12-16", dates=[date(text, "Friday", "2024-12-13")], entities=entities) == []


def trip_entities(text: str) -> list[dict]:
    return [
        person(text, "Tshisekedi", "Félix Tshisekedi", "President", "COD"),
        place(text, "Luanda", "city", "Luanda", "AGO"),
        place(text, "Angolan", "norp", "Angolan", "AGO"),
        person(text, "João Lourenço", "João Lourenço", "President", "AGO"),
    ]


def test_a_trip_for_talks_called_off_in_a_later_clause_is_no_meeting():
    text = "Tshisekedi had been expected to travel to Luanda this week for talks with Angolan President João Lourenço, but an aide said that the trip had been called off."
    assert find_meetings(text, "2025-02-08", dates=[date(text, "this week", "2025-W06")], entities=trip_entities(text)) == []


def test_another_event_called_off_in_a_later_clause_leaves_the_meeting():
    text = "Tshisekedi met Angolan President João Lourenço in Luanda on Monday, but the summit planned for June has been postponed."
    found = find_meetings(text, "2025-02-08", dates=[date(text, "Monday", "2025-02-03")], entities=trip_entities(text))
    assert [brief(m) for m in found] == [(["Félix Tshisekedi", "João Lourenço"], "Luanda", "2025-02-03", "meeting", "held")]


def test_persons_at_the_meeting_hosted_by_someone_join_the_summit_reported_before():
    text = (
        "Kenyan President William Ruto on Saturday attended a summit of the East African Community in Arusha. "
        "Ruto shared the podium with Ugandan President Yoweri Museveni at the meeting hosted by Tanzanian President Samia Suluhu Hassan."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        org(text, "East African Community", "East African Community"),
        place(text, "Arusha", "city", "Arusha", "TZA"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        place(text, "Ugandan", "norp", "Ugandan", "UGA"),
        person(text, "Yoweri Museveni", "Yoweri Museveni", "President", "UGA"),
        place(text, "Tanzanian", "norp", "Tanzanian", "TZA"),
        person(text, "Samia Suluhu Hassan", "Samia Suluhu Hassan", "President", "TZA"),
    ]
    found = find_meetings(text, "2025-02-09", dates=[date(text, "Saturday", "2025-02-08")], entities=entities)
    assert [brief(m) for m in found] == [
        (["William Ruto", "East African Community", "Yoweri Museveni", "Samia Suluhu Hassan"], "Arusha", "2025-02-08", "summit", "held")
    ]


def test_officials_and_their_counterparts_are_the_sides_of_the_last_meeting():
    text = (
        "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara met Philippine Foreign Secretary Enrique Manalo "
        "and Defence Secretary Gilberto Teodoro in Manila on Monday. "
        "The Secretaries and their Japanese counterparts agreed to hold the third 2+2 meeting in Japan next year."
    )
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Yoko Kamikawa", "Yoko Kamikawa", "Foreign Minister", "JPN"),
        person(text, "Minoru Kihara", "Minoru Kihara", "Defence Minister", "JPN"),
        place(text, "Philippine", "norp", "Philippine", "PHL"),
        person(text, "Enrique Manalo", "Enrique Manalo", "Foreign Secretary", "PHL"),
        person(text, "Gilberto Teodoro", "Gilberto Teodoro", "Defence Secretary", "PHL"),
        place(text, "Manila", "city", "Manila", "PHL"),
        place(text, "Japanese", "norp", "Japanese", "JPN", nth=2),
        place(text, "Japan", "country", "Japan", "JPN"),
    ]
    dates = [date(text, "Monday", "2024-07-08"), date(text, "next year", "2025")]
    found = find_meetings(text, "2024-07-09", dates=dates, entities=entities)
    sides = ["Yoko Kamikawa", "Minoru Kihara", "Enrique Manalo", "Gilberto Teodoro"]
    assert [(brief(m)[0], brief(m)[4]) for m in found] == [(sides, "held"), (sides, "planned")]


def test_leaders_expected_at_a_gathering_are_to_attend_it():
    text = (
        "Nigerian President Bola Tinubu held talks with Kenyan President William Ruto in Abuja on Monday. "
        "Both leaders are expected at the African Union coordination meeting in Accra next month."
    )
    entities = [
        place(text, "Nigerian", "norp", "Nigerian", "NGA"),
        person(text, "Bola Tinubu", "Bola Tinubu", "President", "NGA"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Abuja", "city", "Abuja", "NGA"),
        org(text, "African Union", "African Union"),
        place(text, "Accra", "city", "Accra", "GHA"),
    ]
    dates = [date(text, "Monday", "2025-06-09"), date(text, "next month", "2025-07")]
    found = find_meetings(text, "2025-06-10", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Bola Tinubu", "William Ruto"], "Abuja", "2025-06-09", "meeting", "held"),
        (["Bola Tinubu", "William Ruto", "African Union"], "Accra", "2025-07", "summit", "planned"),
    ]


def test_a_leader_expected_at_a_named_dialogue_is_to_attend_it():
    text = "Ethiopian Prime Minister Abiy Ahmed is expected at Thursday's BRICS-Africa outreach dialogue."
    entities = [
        place(text, "Ethiopian", "norp", "Ethiopian", "ETH"),
        person(text, "Abiy Ahmed", "Abiy Ahmed", "Prime Minister", "ETH"),
        org(text, "BRICS", "BRICS"),
    ]
    found = find_meetings(text, "2023-08-23", dates=[date(text, "Thursday", "2023-08-24")], entities=entities)
    assert [(brief(m)[0], brief(m)[3], brief(m)[4]) for m in found] == [(["Abiy Ahmed", "BRICS"], "summit", "planned")]


def zelensky_trip(text: str) -> list[dict]:
    return [
        place(text, "Ukrainian", "norp", "Ukrainian", "UKR"),
        person(text, "Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Saudi Arabia", "country", "Saudi Arabia", "SAU"),
    ]


def test_a_trip_postponed_until_a_new_day_is_planned_for_that_day():
    text = "Ukrainian President Volodymyr Zelensky has postponed a trip to Saudi Arabia, which had been scheduled for Wednesday, until March 10."
    dates = [date(text, "Wednesday", "2025-02-19"), date(text, "March 10", "2025-03-10")]
    found = find_meetings(text, "2025-02-18", dates=dates, entities=zelensky_trip(text))
    assert [brief(m) for m in found] == [(["Volodymyr Zelensky", "Saudi Arabia"], "Saudi Arabia", "2025-03-10", "visit", "planned")]


def test_a_trip_postponed_with_no_new_day_is_called_off():
    text = "Ukrainian President Volodymyr Zelensky has postponed a trip to Saudi Arabia."
    assert find_meetings(text, "2025-02-18", dates=[], entities=zelensky_trip(text)) == []


def test_someone_also_due_to_attend_joins_the_planned_gathering():
    text = (
        "Ethiopian Prime Minister Abiy Ahmed is expected at Thursday's BRICS-Africa outreach dialogue. "
        "UN Secretary-General António Guterres is also due to attend."
    )
    entities = [
        place(text, "Ethiopian", "norp", "Ethiopian", "ETH"),
        person(text, "Abiy Ahmed", "Abiy Ahmed", "Prime Minister", "ETH"),
        org(text, "BRICS", "BRICS"),
        org(text, "UN", "United Nations"),
        person(text, "António Guterres", "António Guterres", "Secretary-General", None),
    ]
    found = find_meetings(text, "2023-08-23", dates=[date(text, "Thursday", "2023-08-24")], entities=entities)
    assert [(brief(m)[0], brief(m)[4]) for m in found] == [(["Abiy Ahmed", "BRICS", "António Guterres"], "planned")]


def test_someone_who_had_been_expected_to_attend_does_not_join():
    text = (
        "Egyptian President Abdel Fattah el-Sisi hosted a summit of Arab leaders in Cairo on Sunday. "
        "Israeli Prime Minister Benjamin Netanyahu, who had been expected to attend, did not travel to Egypt."
    )
    entities = [
        place(text, "Egyptian", "norp", "Egyptian", "EGY"),
        person(text, "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "President", "EGY"),
        place(text, "Cairo", "city", "Cairo", "EGY"),
        place(text, "Israeli", "norp", "Israeli", "ISR"),
        person(text, "Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister", "ISR"),
        place(text, "Egypt", "country", "Egypt", "EGY"),
    ]
    found = find_meetings(text, "2025-10-13", dates=[date(text, "Sunday", "2025-10-12")], entities=entities)
    assert all("Benjamin Netanyahu" not in brief(m)[0] for m in found)


def test_a_minister_inviting_him_to_visit_leaves_his_trip():
    text = (
        "Singapore's Foreign Minister Vivian Balakrishnan spoke to Vietnam's Deputy Prime Minister Bui Thanh Son in a video call on Monday. "
        "Mr Son invited him to visit Hanoi later this year."
    )
    entities = [
        place(text, "Singapore", "country", "Singapore", "SGP"),
        person(text, "Vivian Balakrishnan", "Vivian Balakrishnan", "Foreign Minister", "SGP"),
        place(text, "Vietnam", "country", "Vietnam", "VNM"),
        person(text, "Bui Thanh Son", "Bui Thanh Son", "Deputy Prime Minister", "VNM"),
        person(text, "Son", "Bui Thanh Son", "Deputy Prime Minister", "VNM", nth=2),
        place(text, "Hanoi", "city", "Hanoi", "VNM"),
    ]
    dates = [date(text, "Monday", "2025-02-17"), date(text, "later this year", "2025")]
    found = find_meetings(text, "2025-02-19", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Vivian Balakrishnan", "Bui Thanh Son"], None, "2025-02-17", "call", "held"),
        (["Vivian Balakrishnan", "Vietnam"], "Hanoi", "2025", "visit", "planned"),
    ]



def test_a_trip_on_the_day_of_talks_with_a_host_is_their_occasion():
    text = (
        "Foreign Minister Cho Tae-yul of South Korea and his Japanese counterpart Takeshi Iwaya agreed on Monday to deepen ties. "
        "Iwaya arrived in Seoul on Monday morning for a two-day trip."
    )
    entities = [
        person(text, "Cho Tae-yul", "Cho Tae-yul", "Foreign Minister", "KOR"),
        place(text, "South Korea", "country", "South Korea", "KOR"),
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Takeshi Iwaya", "Takeshi Iwaya", "Foreign Minister", "JPN"),
        person(text, "Iwaya", "Takeshi Iwaya", "Foreign Minister", "JPN", nth=2),
        place(text, "Seoul", "city", "Seoul", "KOR"),
    ]
    dates = [date(text, "Monday", "2025-01-13"), date(text, "Monday", "2025-01-13", nth=2)]
    found = find_meetings(text, "2025-01-14", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [(["Cho Tae-yul", "Takeshi Iwaya"], "Seoul", "2025-01-13", "meeting", "held")]
