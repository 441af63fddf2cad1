"""dipkit meetings: what the rest of a sentence or story does to a meeting (side clauses, attributions,
gatherings a meeting is set at, plans and cancellations), on sentences written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings


def igo(text: str, surface: str, name: str) -> dict:
    return {**org(text, surface, name), "kind": "igo"}


def test_a_past_trip_their_first_meeting_is_counted_from_is_a_meeting_of_its_own_with_the_host():
    text = (
        "Italian Foreign Minister Antonio Tajani held talks with Japanese Foreign Minister Yoko Kamikawa in Rome "
        "on Friday, their first meeting since he toured Tokyo in July 2022."
    )
    entities = [
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Yoko Kamikawa", "Yoko Kamikawa", "Foreign Minister", "JPN"),
        place(text, "Rome", "city", "Rome", "ITA"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
    ]
    dates = [date(text, "Friday", "2024-05-03"), date(text, "July 2022", "2022-07")]
    found = find_meetings(text, "2024-05-04", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Antonio Tajani", "Yoko Kamikawa"], "Rome", "2024-05-03", "meeting", "held"),
        (["Antonio Tajani", "Yoko Kamikawa"], "Tokyo", "2022-07", "meeting", "held"),
    ]


def test_his_after_a_comma_is_the_subject_and_a_city_keeps_its_spelling():
    text = "Kenyan President William Ruto hosted Ghanaian Foreign Minister Samuel Ablakwa in Nairobi on Monday, recalling his trip to Ghana in May."
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "Samuel Ablakwa", "Samuel Ablakwa", "Foreign Minister", "GHA"),
        place(text, "Nairobi", "city", "Nairobi City", "KEN"),
        place(text, "Ghana", "country", "Ghana", "GHA", nth=2),
    ]
    dates = [date(text, "Monday", "2025-06-02"), date(text, "May", "2025-05")]
    found = find_meetings(text, "2025-06-03", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["William Ruto", "Samuel Ablakwa"], "Nairobi", "2025-06-02", "meeting", "held"),
        (["William Ruto", "Ghana"], "Ghana", "2025-05", "visit", "held"),
    ]


def test_the_source_of_an_attribution_is_not_a_side():
    text = (
        "Chilean Foreign Minister Alberto van Klaveren landed in Canberra on Sunday. "
        "According to the Department of Foreign Affairs, he is also due to call on Governor-General Sam Mostyn."
    )
    entities = [
        place(text, "Chilean", "norp", "Chilean", "CHL"),
        person(text, "Alberto van Klaveren", "Alberto van Klaveren", "Foreign Minister", "CHL"),
        place(text, "Canberra", "city", "Canberra", "AUS"),
        org(text, "Department of Foreign Affairs", "Department of Foreign Affairs"),
        person(text, "Sam Mostyn", "Sam Mostyn", "Governor-General", "AUS"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "Sunday", "2025-03-09")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Alberto van Klaveren", "Australia"], "Canberra", "2025-03-09", "visit", "held"),
        (["Alberto van Klaveren", "Sam Mostyn"], None, None, "meeting", "planned"),
    ]


def test_a_meeting_set_at_a_summit_reports_the_summit_too():
    text = (
        "German Chancellor Olaf Scholz spoke by phone with Indian Prime Minister Narendra Modi on Thursday. "
        "The two leaders agreed to meet on the margins of the G7 summit in Apulia next month."
    )
    entities = [
        place(text, "German", "norp", "German", "DEU"),
        person(text, "Olaf Scholz", "Olaf Scholz", "Chancellor", "DEU"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        igo(text, "G7", "Group of Seven"),
        place(text, "Apulia", "city", "Apulia", "ITA"),
    ]
    dates = [date(text, "Thursday", "2024-05-16"), date(text, "next month", "2024-06")]
    found = find_meetings(text, "2024-05-17", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Olaf Scholz", "Narendra Modi"], None, "2024-05-16", "call", "held"),
        (["Olaf Scholz", "Narendra Modi"], "Apulia", "2024-06", "meeting", "planned"),
        (["Group of Seven", "Olaf Scholz", "Narendra Modi"], "Apulia", "2024-06", "summit", "planned"),
    ]


def test_a_state_hosting_a_gathering_of_an_organization():
    text = "Kazakhstan will host the CSTO defence ministers' meeting in September, officials said."
    entities = [place(text, "Kazakhstan", "country", "Kazakhstan", "KAZ"), igo(text, "CSTO", "Collective Security Treaty Organization")]
    found = find_meetings(text, "2024-06-10", dates=[date(text, "September", "2024-09")], entities=entities)
    assert [brief(m) for m in found] == [(["Kazakhstan", "Collective Security Treaty Organization"], "Kazakhstan", "2024-09", "summit", "planned")]


def test_a_meeting_called_off_across_a_relative_clause_and_a_plea_naming_no_side():
    text = (
        "Talks between Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan, who had "
        "arrived in New York for the assembly, were postponed on Tuesday. Norway and Kenya issued an appeal for the "
        "rebel factions to rejoin talks next week."
    )
    entities = [
        place(text, "Greek", "norp", "Greek", "GRC"),
        person(text, "Kyriakos Mitsotakis", "Kyriakos Mitsotakis", "Prime Minister", "GRC"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        place(text, "New York", "city", "New York", "USA"),
        place(text, "Norway", "country", "Norway", "NOR"),
        place(text, "Kenya", "country", "Kenya", "KEN"),
    ]
    dates = [date(text, "Tuesday", "2024-09-24"), date(text, "next week", "2024-W40")]
    assert find_meetings(text, "2024-09-25", dates=dates, entities=entities) == []


def test_a_minister_and_her_counterpart_acting_together_met():
    text = (
        "Australian Foreign Minister Penny Wong and her Indonesian counterpart, Sugiono, pledged on Wednesday to "
        "expand maritime cooperation. Brazil and Mexico agreed to lower tariffs."
    )
    entities = [
        place(text, "Australian", "norp", "Australian", "AUS"),
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
        place(text, "Indonesian", "norp", "Indonesian", "IDN"),
        person(text, "Sugiono", "Sugiono", "Foreign Minister", "IDN"),
        place(text, "Brazil", "country", "Brazil", "BRA"),
        place(text, "Mexico", "country", "Mexico", "MEX"),
    ]
    found = find_meetings(text, "2025-02-13", dates=[date(text, "Wednesday", "2025-02-12")], entities=entities)
    assert [brief(m) for m in found] == [(["Penny Wong", "Sugiono"], None, "2025-02-12", "meeting", "held")]


def test_where_after_the_city_a_traveller_came_from():
    text = "Blinken flew into Manila on Tuesday from Hanoi, where he met Vietnamese leader To Lam on Monday."
    entities = [
        person(text, "Blinken", "Antony Blinken", "Secretary of State", "USA"),
        place(text, "Manila", "city", "Manila", "PHL"),
        place(text, "Hanoi", "city", "Hanoi", "VNM"),
        place(text, "Vietnamese", "norp", "Vietnamese", "VNM"),
        person(text, "To Lam", "To Lam", "General Secretary", "VNM"),
    ]
    dates = [date(text, "Tuesday", "2024-07-30"), date(text, "Monday", "2024-07-29")]
    found = find_meetings(text, "2024-07-30", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [  # (flying into Manila is an arrival there: a visit with no host named)
        (["Antony Blinken", "Philippines"], "Manila", "2024-07-30", "visit", "held"),
        (["Antony Blinken", "To Lam"], "Hanoi", "2024-07-29", "meeting", "held"),
    ]


def test_a_headline_infinitive_makes_the_whole_headline_a_plan():
    text = "Sanchez to visit Beijing for talks with Xi\n\nSpanish Prime Minister Pedro Sanchez will hold talks with President Xi Jinping in Beijing next week."
    entities = [
        person(text, "Sanchez", "Pedro Sanchez", "Prime Minister", "ESP"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Xi", "Xi Jinping", "President", "CHN"),
        place(text, "Spanish", "norp", "Spanish", "ESP"),
        person(text, "Pedro Sanchez", "Pedro Sanchez", "Prime Minister", "ESP"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN", nth=2),
    ]
    found = find_meetings(text, "2025-04-02", dates=[date(text, "next week", "2025-W15")], entities=entities)
    assert [brief(m) for m in found] == [(["Pedro Sanchez", "Xi Jinping"], "Beijing", "2025-W15", "meeting", "planned")]


def test_later_joiners_make_a_meeting_a_gathering():
    text = (
        "Dutch Foreign Minister Caspar Veldkamp hosted Maxime Prevot and Xavier Bettel in The Hague on Thursday. "
        "The talks were later widened to include Margus Tsahkna, Baiba Braze and Kestutis Budrys."
    )
    entities = [
        place(text, "Dutch", "norp", "Dutch", "NLD"),
        person(text, "Caspar Veldkamp", "Caspar Veldkamp", "Foreign Minister", "NLD"),
        person(text, "Maxime Prevot", "Maxime Prevot", "Foreign Minister", "BEL"),
        person(text, "Xavier Bettel", "Xavier Bettel", "Foreign Minister", "LUX"),
        place(text, "The Hague", "city", "The Hague", "NLD"),
        person(text, "Margus Tsahkna", "Margus Tsahkna", "Foreign Minister", "EST"),
        person(text, "Baiba Braze", "Baiba Braze", "Foreign Minister", "LVA"),
        person(text, "Kestutis Budrys", "Kestutis Budrys", "Foreign Minister", "LTU"),
    ]
    found = find_meetings(text, "2025-03-07", dates=[date(text, "Thursday", "2025-03-06")], entities=entities)
    parties = ["Caspar Veldkamp", "Maxime Prevot", "Xavier Bettel", "Margus Tsahkna", "Baiba Braze", "Kestutis Budrys"]
    assert [brief(m) for m in found] == [(parties, "The Hague", "2025-03-06", "summit", "held")]


def test_a_host_welcoming_a_guest_for_a_summit_reports_the_summit():
    text = "Peru will welcome Japanese Prime Minister Shigeru Ishiba to Lima for the APEC summit in November."
    entities = [
        place(text, "Peru", "country", "Peru", "PER"),
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JPN"),
        place(text, "Lima", "city", "Lima", "PER"),
        igo(text, "APEC", "Asia-Pacific Economic Cooperation"),
    ]
    found = find_meetings(text, "2024-10-01", dates=[date(text, "November", "2024-11")], entities=entities)
    assert [brief(m) for m in found] == [(["Asia-Pacific Economic Cooperation", "Shigeru Ishiba"], "Lima", "2024-11", "summit", "planned")]


def test_an_opening_participle_and_a_capital_named_by_its_country():
    text = (
        "Praising his talks in Cairo last spring, Abiy thanked the hosts. "
        "Heads of state of the African Union gathered at a summit in the Kenyan capital on Saturday, joined by Antonio Guterres."
    )
    entities = [
        place(text, "Cairo", "city", "Cairo", "EGY"),
        person(text, "Abiy", "Abiy Ahmed", "Prime Minister", "ETH"),
        igo(text, "African Union", "African Union"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "Antonio Guterres", "Antonio Guterres", "Secretary-General", None),
    ]
    found = find_meetings(text, "2025-02-16", dates=[date(text, "Saturday", "2025-02-15")], entities=entities)
    assert [brief(m) for m in found] == [(["African Union", "Antonio Guterres"], "Nairobi", "2025-02-15", "summit", "held")]


def test_an_apposition_naming_a_country_adds_no_side():
    text = "Wang Yi, China's foreign minister, held talks with Indian External Affairs Minister Subrahmanyam Jaishankar on Tuesday."
    entities = [
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "China", "country", "China", "CHN"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister", "IND"),
    ]
    found = find_meetings(text, "2025-03-05", dates=[date(text, "Tuesday", "2025-03-04")], entities=entities)
    assert [brief(m) for m in found] == [(["Wang Yi", "Subrahmanyam Jaishankar"], None, "2025-03-04", "meeting", "held")]


def test_the_subject_after_a_reporting_verb_and_a_modal_over_a_month_read_as_past():
    text = "A spokesman, Omer Celik, said Erdogan would instead hold talks with Donald Trump at the summit in June."
    entities = [
        person(text, "Omer Celik", "Omer Celik", "spokesman", "TUR"),
        person(text, "Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
    ]
    found = find_meetings(text, "2025-04-17", dates=[date(text, "June", "2024-06")], entities=entities)
    assert [brief(m) for m in found] == [(["Recep Tayyip Erdogan", "Donald Trump"], None, "2024-06", "meeting", "planned")]


def test_a_visiting_guest_is_received_and_an_earlier_event_is_no_meeting():
    text = (
        "The Saudi crown prince received the visiting Pakistani prime minister in Jeddah on Sunday. "
        "Macron left for Brussels after the cabinet meeting."
    )
    entities = [
        place(text, "Saudi", "norp", "Saudi", "SAU"),
        place(text, "Pakistani", "norp", "Pakistani", "PAK"),
        place(text, "Jeddah", "city", "Jeddah", "SAU"),
        person(text, "Macron", "Emmanuel Macron", "President", "FRA"),
        place(text, "Brussels", "city", "Brussels", "BEL"),
    ]
    found = find_meetings(text, "2025-05-14", dates=[date(text, "Sunday", "2025-05-11")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Saudi Arabia", "Pakistan"], "Jeddah", "2025-05-11", "meeting", "held"),
        (["Emmanuel Macron", "Belgium"], "Brussels", None, "visit", "held"),
    ]


def test_the_talks_of_another_year_do_not_take_the_sides_of_this_weeks_meeting():
    text = "Ishiba met King Charles in London on Monday. The summit in Woodside last year eased tensions."
    entities = [
        person(text, "Ishiba", "Shigeru Ishiba", "Prime Minister", "JPN"),
        person(text, "King Charles", "Charles III", "King", "GBR"),
        place(text, "London", "city", "London", "GBR"),
        place(text, "Woodside", "city", "Woodside", "USA"),
    ]
    dates = [date(text, "Monday", "2025-05-12"), date(text, "last year", "2024")]
    found = find_meetings(text, "2025-05-14", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [(["Shigeru Ishiba", "Charles III"], "London", "2025-05-12", "meeting", "held")]
