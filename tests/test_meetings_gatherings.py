"""dipkit meetings: gatherings of several parties, trips with several stops, earlier rounds, invitations,
hosts of other parties' talks, and where a place or day comes from, on sentences written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings
from dipkit.split.dateline import find_dateline


def igo(text: str, surface: str, name: str) -> dict:
    return {**org(text, surface, name), "kind": "igo"}


def test_a_named_summit_attended_and_hosted_is_one_gathering_with_its_own_place_and_day():
    text = (
        "Chinese President Xi Jinping attended the China–Arab States Summit that Saudi Crown Prince Mohammed bin Salman "
        "hosted in Riyadh on June 3, with Egyptian President Abdel Fattah el-Sisi and Jordan's King Abdullah II."
    )
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "China", "country", "China", "CHN"),
        place(text, "Saudi", "norp", "Saudi", "SAU"),
        person(text, "Mohammed bin Salman", "Mohammed bin Salman", "Crown Prince", "SAU"),
        place(text, "Riyadh", "city", "Riyadh", "SAU"),
        place(text, "Egyptian", "norp", "Egyptian", "EGY"),
        person(text, "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "President", "EGY"),
        place(text, "Jordan", "country", "Jordan", "JOR"),
        person(text, "Abdullah II", "Abdullah II", "King", "JOR"),
    ]
    found = find_meetings(text, "2025-06-05", dates=[date(text, "June 3", "2025-06-03")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Xi Jinping", "Mohammed bin Salman", "Abdel Fattah el-Sisi", "Abdullah II"], "Riyadh", "2025-06-03", "summit", "held")
    ]


def test_a_delegation_led_at_a_named_summit_gathers_those_who_chaired_and_attended_it():
    text = (
        "Kenyan Vice President Kithure Kindiki led the Kenyan delegation at the Lome Peace Summit on Monday. "
        "The summit, co-chaired by Togolese President Faure Gnassingbe and Ghanaian President John Mahama, "
        "was also attended by AU Commission chairman Mahmoud Ali Youssouf. "
        "On the sidelines, Kindiki met Gnassingbe."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "Kithure Kindiki", "Kithure Kindiki", "Vice President", "KEN"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN", nth=2),
        place(text, "Lome", "city", "Lome", "TGO"),
        place(text, "Togolese", "norp", "Togolese", "TGO"),
        person(text, "Faure Gnassingbe", "Faure Gnassingbe", "President", "TGO"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "John Mahama", "John Mahama", "President", "GHA"),
        person(text, "Mahmoud Ali Youssouf", "Mahmoud Ali Youssouf", "chairman", None),
        person(text, "Kindiki", "Kithure Kindiki", "Vice President", "KEN", nth=2),
        person(text, "Gnassingbe", "Faure Gnassingbe", "President", "TGO", nth=2),
    ]
    found = find_meetings(text, "2025-06-10", dates=[date(text, "Monday", "2025-06-09")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Kithure Kindiki", "Faure Gnassingbe", "John Mahama", "Mahmoud Ali Youssouf"], "Lome", "2025-06-09", "summit", "held"),
        (["Kithure Kindiki", "Faure Gnassingbe"], "Lome", "2025-06-09", "meeting", "held"),
    ]


def test_a_minister_joining_the_blocs_counterparts_for_a_session_chaired_by_another():
    text = (
        "Qatari Foreign Minister Mohammed bin Abdulrahman joined his Gulf Cooperation Council counterparts in Manama "
        "on Sunday for the annual session of the bloc's ministerial council. "
        "The meeting was chaired by Bahraini Foreign Minister Abdullatif al-Zayani."
    )
    entities = [
        place(text, "Qatari", "norp", "Qatari", "QAT"),
        person(text, "Mohammed bin Abdulrahman", "Mohammed bin Abdulrahman", "Foreign Minister", "QAT"),
        igo(text, "Gulf Cooperation Council", "Gulf Cooperation Council"),
        place(text, "Manama", "city", "Manama", "BHR"),
        place(text, "Bahraini", "norp", "Bahraini", "BHR"),
        person(text, "Abdullatif al-Zayani", "Abdullatif al-Zayani", "Foreign Minister", "BHR"),
    ]
    found = find_meetings(text, "2025-06-10", dates=[date(text, "Sunday", "2025-06-08")], entities=entities)
    assert [brief(m) for m in found] == [
        (
            ["Mohammed bin Abdulrahman", "Gulf Cooperation Council", "Abdullatif al-Zayani"],
            "Manama",
            "2025-06-08",
            "summit",
            "held",
        )
    ]


def test_separate_talks_with_two_counterparts_are_two_meetings_at_the_forums_city():
    text = (
        "Turkish Foreign Minister Hakan Fidan held separate talks with his Serbian and Kosovar counterparts on Saturday "
        "on the sidelines of the Antalya Diplomacy Forum."
    )
    entities = [
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Hakan Fidan", "Hakan Fidan", "Foreign Minister", "TUR"),
        place(text, "Serbian", "norp", "Serbian", "SRB"),
        place(text, "Kosovar", "norp", "Kosovar", "XKX"),
        place(text, "Antalya", "city", "Antalya", "TUR"),
    ]
    found = find_meetings(text, "2025-04-13", dates=[date(text, "Saturday", "2025-04-12")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Hakan Fidan", "Serbia"], "Antalya", "2025-04-12", "meeting", "held"),
        (["Hakan Fidan", "Kosovo"], "Antalya", "2025-04-12", "meeting", "held"),
    ]


def test_a_stop_of_a_tour_is_the_travellers_meeting_where_the_trip_went():
    text = (
        "In the Senegalese capital, Ghanaian President John Mahama held talks with transitional President "
        "Mamadi Doumbouya, before flying to Guinea-Bissau to meet President Umaro Sissoco Embalo."
    )
    entities = [
        place(text, "Senegalese", "norp", "Senegalese", "SEN"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "John Mahama", "John Mahama", "President", "GHA"),
        person(text, "Mamadi Doumbouya", "Mamadi Doumbouya", "President", "GIN"),
        place(text, "Guinea-Bissau", "country", "Guinea-Bissau", "GNB"),
        person(text, "Umaro Sissoco Embalo", "Umaro Sissoco Embalo", "President", "GNB"),
    ]
    found = find_meetings(text, "2025-06-10", dates=[], entities=entities)
    assert [brief(m) for m in found] == [
        (["John Mahama", "Mamadi Doumbouya"], "Dakar", "2025-06-10", "meeting", "held"),  # the report's day
        (["John Mahama", "Umaro Sissoco Embalo"], "Guinea-Bissau", None, "meeting", "held"),
    ]


def test_the_last_such_meeting_is_an_earlier_round_between_the_states():
    text = (
        "Japanese Foreign Minister Takeshi Iwaya and Indonesian Foreign Minister Sugiono will meet in Tokyo next month. "
        "The last such meeting was held in Jakarta in July 2024."
    )
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Takeshi Iwaya", "Takeshi Iwaya", "Foreign Minister", "JPN"),
        place(text, "Indonesian", "norp", "Indonesian", "IDN"),
        person(text, "Sugiono", "Sugiono", "Foreign Minister", "IDN"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        place(text, "Jakarta", "city", "Jakarta", "IDN"),
    ]
    dates = [date(text, "next month", "2025-07"), date(text, "July 2024", "2024-07")]
    found = find_meetings(text, "2025-06-10", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Takeshi Iwaya", "Sugiono"], "Tokyo", "2025-07", "meeting", "planned"),
        (["Japan", "Indonesia"], "Jakarta", "2024-07", "meeting", "held"),
    ]


def test_an_invitation_to_visit_is_a_plan_of_the_inviter_and_the_invited():
    text = (
        "Kazakh President Kassym-Jomart Tokayev met Turkish President Recep Tayyip Erdogan on the sidelines "
        "and invited him to pay a state visit to Kazakhstan next year."
    )
    entities = [
        place(text, "Kazakh", "norp", "Kazakh", "KAZ"),
        person(text, "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "President", "KAZ"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        place(text, "Kazakhstan", "country", "Kazakhstan", "KAZ"),
    ]
    found = find_meetings(text, "2025-06-10", dates=[date(text, "next year", "2026")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"], None, "2025-06-10", "meeting", "held"),
        (["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"], "Kazakhstan", "2026", "meeting", "planned"),
    ]


def test_a_meeting_off_the_agenda_is_none_and_one_yet_to_take_place_is_planned():
    off = "Brazilian President Luiz Inacio Lula da Silva said a meeting with Javier Milei was not on the agenda."
    off_entities = [
        place(off, "Brazilian", "norp", "Brazilian", "BRA"),
        person(off, "Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva", "President", "BRA"),
        person(off, "Javier Milei", "Javier Milei", "President", "ARG"),
    ]
    assert find_meetings(off, "2025-06-10", dates=[], entities=off_entities) == []
    later = "A meeting between Lula and Milei has yet to take place."
    later_entities = [
        person(later, "Lula", "Luiz Inacio Lula da Silva", "President", "BRA"),
        person(later, "Milei", "Javier Milei", "President", "ARG"),
    ]
    found = find_meetings(later, "2025-06-10", dates=[], entities=later_entities)
    assert [brief(m) for m in found] == [(["Luiz Inacio Lula da Silva", "Javier Milei"], None, None, "meeting", "planned")]


def test_a_country_mediating_is_a_role_and_a_host_of_others_talks_takes_part():
    text = (
        "Qatari Prime Minister Mohammed bin Abdulrahman, whose country is mediating between Kigali and Kinshasa, "
        "met Angolan President Joao Lourenco in Luanda on Monday. "
        "Qatar is expected to host a new round of Rwanda-Congo talks in Doha next week."
    )
    entities = [
        place(text, "Qatari", "norp", "Qatari", "QAT"),
        person(text, "Mohammed bin Abdulrahman", "Mohammed bin Abdulrahman", "Prime Minister", "QAT"),
        place(text, "Kigali", "city", "Kigali", "RWA"),
        place(text, "Kinshasa", "city", "Kinshasa", "COD"),
        place(text, "Angolan", "norp", "Angolan", "AGO"),
        person(text, "Joao Lourenco", "Joao Lourenco", "President", "AGO"),
        place(text, "Luanda", "city", "Luanda", "AGO"),
        place(text, "Qatar", "country", "Qatar", "QAT", nth=2),
        place(text, "Rwanda", "country", "Rwanda", "RWA"),
        place(text, "Congo", "country", "Democratic Republic of the Congo", "COD"),
        place(text, "Doha", "city", "Doha", "QAT"),
    ]
    dates = [date(text, "Monday", "2025-06-09"), date(text, "next week", "2025-W25")]
    found = find_meetings(text, "2025-06-10", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Mohammed bin Abdulrahman", "Joao Lourenco"], "Luanda", "2025-06-09", "meeting", "held"),
        (["Qatar", "Rwanda", "Democratic Republic of the Congo"], "Doha", "2025-W25", "meeting", "planned"),
    ]


def test_a_call_moved_to_another_day_and_a_tour_stop_on_the_main_clauses_day():
    moved = "A phone call between Emmanuel Macron and Narendra Modi, originally set for Wednesday, was moved to next week."
    moved_entities = [
        person(moved, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        person(moved, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
    ]
    moved_dates = [date(moved, "Wednesday", "2025-06-11"), date(moved, "next week", "2025-W25")]
    found = find_meetings(moved, "2025-06-10", dates=moved_dates, entities=moved_entities)
    assert [brief(m) for m in found] == [(["Emmanuel Macron", "Narendra Modi"], None, "2025-W25", "call", "planned")]
    tour = (
        "Kenyan President William Ruto wrapped up a tour of the region on Sunday, meeting Ugandan President "
        "Yoweri Museveni in Kampala after stops in Kigali and Juba on Saturday."
    )
    tour_entities = [
        place(tour, "Kenyan", "norp", "Kenyan", "KEN"),
        person(tour, "William Ruto", "William Ruto", "President", "KEN"),
        place(tour, "Ugandan", "norp", "Ugandan", "UGA"),
        person(tour, "Yoweri Museveni", "Yoweri Museveni", "President", "UGA"),
        place(tour, "Kampala", "city", "Kampala", "UGA"),
        place(tour, "Kigali", "city", "Kigali", "RWA"),
        place(tour, "Juba", "city", "Juba", "SSD"),
    ]
    tour_dates = [date(tour, "Sunday", "2025-06-08"), date(tour, "Saturday", "2025-06-07")]
    found = find_meetings(tour, "2025-06-10", dates=tour_dates, entities=tour_entities)
    assert [brief(m) for m in found] == [(["William Ruto", "Yoweri Museveni"], "Kampala", "2025-06-08", "meeting", "held")]


def test_a_dateline_with_country_and_agency_gives_the_city_and_a_name_cut_by_a_sentence_end_stays_whole():
    text = (
        "Leaders meet in Bishkek\n\nBISHKEK, Kyrgyzstan (AP) — Foreign Minister Ma. Elena Santos received "
        "Kyrgyz Foreign Minister Zheenbek Kulubaev on Tuesday."
    )
    entities = [
        place(text, "Bishkek", "city", "Bishkek", "KGZ"),
        place(text, "BISHKEK", "city", "Bishkek", "KGZ"),
        place(text, "Kyrgyzstan", "country", "Kyrgyzstan", "KGZ"),
        person(text, "Ma. Elena Santos", "Ma. Elena Santos", "Foreign Minister", "PHL"),
        place(text, "Kyrgyz", "norp", "Kyrgyz", "KGZ"),
        person(text, "Zheenbek Kulubaev", "Zheenbek Kulubaev", "Foreign Minister", "KGZ"),
    ]
    line = find_dateline(text)
    assert line is not None and (line["place"], line["text"]) == ("Bishkek", "BISHKEK, Kyrgyzstan (AP) —")
    found = find_meetings(text, "2025-06-11", dates=[date(text, "Tuesday", "2025-06-10")], entities=entities)
    assert [brief(m) for m in found] == [(["Ma. Elena Santos", "Zheenbek Kulubaev"], "Bishkek", "2025-06-10", "meeting", "held")]


def test_talks_at_the_invitation_of_a_ruler_count_the_ruler_in():
    text = "Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye held talks in Abu Dhabi at the invitation of the UAE's President Mohamed bin Zayed."
    entities = [
        place(text, "Rwandan", "norp", "Rwandan", "RWA"),
        person(text, "Paul Kagame", "Paul Kagame", "President", "RWA"),
        place(text, "Burundian", "norp", "Burundian", "BDI"),
        person(text, "Evariste Ndayishimiye", "Evariste Ndayishimiye", "President", "BDI"),
        place(text, "Abu Dhabi", "city", "Abu Dhabi", "ARE"),
        place(text, "UAE", "country", "United Arab Emirates", "ARE"),
        person(text, "Mohamed bin Zayed", "Mohamed bin Zayed", "President", "ARE"),
    ]
    found = find_meetings(text, "2025-06-10", dates=[], entities=entities)
    assert [brief(m) for m in found] == [
        (["Paul Kagame", "Evariste Ndayishimiye", "Mohamed bin Zayed"], "Abu Dhabi", "2025-06-10", "meeting", "held")
    ]


def test_aides_attending_the_meeting_join_it_and_an_invitation_to_a_summit_is_a_plan():
    text = (
        "President Gustavo Petro met with US Ambassador John McNamara in Bogota on Monday. "
        "Foreign Minister Laura Sarabia and Defense Minister Pedro Sanchez also attended the meeting, which lasted an hour. "
        "Petro also confirmed that he has been invited to the G20 summit in Johannesburg next month."
    )
    entities = [
        person(text, "Gustavo Petro", "Gustavo Petro", "President", "COL"),
        place(text, "US", "country", "United States", "USA"),
        person(text, "John McNamara", "John McNamara", "Ambassador", "USA"),
        place(text, "Bogota", "city", "Bogota", "COL"),
        person(text, "Laura Sarabia", "Laura Sarabia", "Foreign Minister", "COL"),
        person(text, "Pedro Sanchez", "Pedro Sanchez", "Defense Minister", "COL"),
        person(text, "Petro", "Gustavo Petro", "President", "COL", nth=2),
        igo(text, "G20", "Group of Twenty"),
        place(text, "Johannesburg", "city", "Johannesburg", "ZAF"),
    ]
    dates = [date(text, "Monday", "2025-06-09"), date(text, "next month", "2025-07")]
    found = find_meetings(text, "2025-06-10", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Gustavo Petro", "John McNamara", "Laura Sarabia", "Pedro Sanchez"], "Bogota", "2025-06-09", "meeting", "held"),
        (["Gustavo Petro", "Group of Twenty"], "Johannesburg", "2025-07", "summit", "planned"),
    ]


def test_talks_after_which_a_minister_spoke_on_a_day_were_held_that_day():
    text = (
        "Malaysia and Thailand will step up border patrols, Foreign Minister Mohamad Hasan said on March 4 "
        "after talks with his Thai counterpart Maris Sangiampongsa in Kuala Lumpur."
    )
    entities = [
        place(text, "Malaysia", "country", "Malaysia", "MYS"),
        place(text, "Thailand", "country", "Thailand", "THA"),
        person(text, "Mohamad Hasan", "Mohamad Hasan", "Foreign Minister", "MYS"),
        place(text, "Thai", "norp", "Thai", "THA"),
        person(text, "Maris Sangiampongsa", "Maris Sangiampongsa", "Foreign Minister", "THA"),
        place(text, "Kuala Lumpur", "city", "Kuala Lumpur", "MYS"),
    ]
    found = find_meetings(text, "2025-03-05", dates=[date(text, "March 4", "2025-03-04")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Mohamad Hasan", "Maris Sangiampongsa"], "Kuala Lumpur", "2025-03-04", "meeting", "held")
    ]


def test_a_palace_no_table_knows_is_the_venue():
    text = "President Yamandu Orsi received Spanish Foreign Minister Jose Manuel Albares at the Estevez Palace on Friday."
    entities = [
        person(text, "Yamandu Orsi", "Yamandu Orsi", "President", "URY"),
        place(text, "Spanish", "norp", "Spanish", "ESP"),
        person(text, "Jose Manuel Albares", "Jose Manuel Albares", "Foreign Minister", "ESP"),
    ]
    found = find_meetings(text, "2025-06-10", dates=[date(text, "Friday", "2025-06-06")], entities=entities)
    assert [brief(m) for m in found] == [(["Yamandu Orsi", "Jose Manuel Albares"], "Estevez Palace", "2025-06-06", "meeting", "held")]
    assert found[0]["place"] == {"name": "Estevez Palace", "type": "venue", "city": None, "country": None}


def test_she_added_is_the_last_speaker_and_the_two_leaders_are_she_and_the_one_named():
    text = (
        "Trade Minister Dan Jorgensen will travel to Ottawa next week for talks with Industry Minister Melanie Joly, "
        "Frederiksen said. She added that a meeting with President Emmanuel Macron was not on the agenda, although "
        "the two leaders have spoken by phone several times, most recently on May 2."
    )
    entities = [
        person(text, "Dan Jorgensen", "Dan Jorgensen", "Trade Minister", "DNK"),
        place(text, "Ottawa", "city", "Ottawa", "CAN"),
        person(text, "Melanie Joly", "Melanie Joly", "Industry Minister", "CAN"),
        person(text, "Frederiksen", "Mette Frederiksen", "Prime Minister", "DNK"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
    ]
    dates = [date(text, "next week", "2025-W25"), date(text, "May 2", "2025-05-02")]
    found = find_meetings(text, "2025-06-10", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Dan Jorgensen", "Melanie Joly"], "Ottawa", "2025-W25", "meeting", "planned"),
        (["Mette Frederiksen", "Emmanuel Macron"], None, "2025-05-02", "call", "held"),
    ]


def test_an_aide_taking_part_in_the_talks_joins_the_talks_held_not_the_meeting_planned():
    text = (
        "Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian Foreign Minister Elmer Schialer in Lima on Monday. "
        "He is also expected to meet Prime Minister Gustavo Adrianzen on Tuesday. "
        "Chilean Ambassador to Peru Claudio Troncoso also took part in the talks."
    )
    entities = [
        place(text, "Chilean", "norp", "Chilean", "CHL"),
        person(text, "Alberto van Klaveren", "Alberto van Klaveren", "Foreign Minister", "CHL"),
        place(text, "Peruvian", "norp", "Peruvian", "PER"),
        person(text, "Elmer Schialer", "Elmer Schialer", "Foreign Minister", "PER"),
        place(text, "Lima", "city", "Lima", "PER"),
        person(text, "Gustavo Adrianzen", "Gustavo Adrianzen", "Prime Minister", "PER"),
        place(text, "Chilean", "norp", "Chilean", "CHL", nth=2),
        person(text, "Claudio Troncoso", "Claudio Troncoso", "Ambassador", "CHL"),
    ]
    dates = [date(text, "Monday", "2025-06-09"), date(text, "Tuesday", "2025-06-10")]
    found = find_meetings(text, "2025-06-09", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Alberto van Klaveren", "Elmer Schialer", "Claudio Troncoso"], "Lima", "2025-06-09", "meeting", "held"),
        (["Alberto van Klaveren", "Gustavo Adrianzen"], "Lima", "2025-06-10", "meeting", "planned"),  # (still in Lima)
    ]
