"""dipkit meetings: who the sides of a trigger are (long titles, far objects, coordinated counterparts,
lists of meetings and of countries) and which contacts are no meetings (denied, refused, a trip to a
gathering), on sentences written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings


def test_a_long_title_after_a_possessive_country_gives_the_person():
    text = "Indian Commerce Minister Piyush Goyal held talks with Australia's Minister for Trade and Tourism Don Farrell in New Delhi on Wednesday."
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Piyush Goyal", "Piyush Goyal", "Commerce Minister", "IND"),
        place(text, "Australia", "country", "Australia", "AUS"),
        person(text, "Don Farrell", "Don Farrell", "Minister for Trade and Tourism", "AUS"),
        place(text, "New Delhi", "city", "New Delhi", "IND"),
    ]
    found = find_meetings(text, "2024-08-22", dates=[date(text, "Wednesday", "2024-08-21")], entities=entities)
    assert [brief(m) for m in found] == [(["Piyush Goyal", "Don Farrell"], "New Delhi", "2024-08-21", "meeting", "held")]


def test_a_long_title_after_a_country_modifier_gives_the_person():
    text = "Indian Commerce Minister Piyush Goyal on Tuesday held a virtual meeting with UK Secretary of State for Business and Trade Jonathan Reynolds."
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Piyush Goyal", "Piyush Goyal", "Commerce Minister", "IND"),
        place(text, "UK", "country", "United Kingdom", "GBR"),
        person(text, "Jonathan Reynolds", "Jonathan Reynolds", "Secretary of State for Business and Trade", "GBR"),
    ]
    found = find_meetings(text, "2024-08-22", dates=[date(text, "Tuesday", "2024-08-20")], entities=entities)
    assert [brief(m) for m in found] == [(["Piyush Goyal", "Jonathan Reynolds"], None, "2024-08-20", "call", "held")]


def test_a_country_and_a_person_joined_by_and_stay_two_sides():
    text = "Indian Commerce Minister Piyush Goyal held talks with Australia and Trade Minister Don Farrell on Wednesday."
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Piyush Goyal", "Piyush Goyal", "Commerce Minister", "IND"),
        place(text, "Australia", "country", "Australia", "AUS"),
        person(text, "Don Farrell", "Don Farrell", "Trade Minister", "AUS"),
    ]
    found = find_meetings(text, "2024-08-22", dates=[date(text, "Wednesday", "2024-08-21")], entities=entities)
    assert [names for names, *_ in (brief(m) for m in found)] == [["Piyush Goyal", "Don Farrell"]]


def test_a_place_and_a_day_between_the_trigger_and_with():
    text = "Russian Foreign Minister Sergei Lavrov held talks in Moscow on Wednesday with his Syrian counterpart Bassam Sabbagh."
    entities = [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        place(text, "Syrian", "norp", "Syrian", "SYR"),
        person(text, "Bassam Sabbagh", "Bassam Sabbagh", "Foreign Minister", "SYR"),
    ]
    found = find_meetings(text, "2024-10-17", dates=[date(text, "Wednesday", "2024-10-16")], entities=entities)
    assert [brief(m) for m in found] == [(["Sergei Lavrov", "Bassam Sabbagh"], "Moscow", "2024-10-16", "meeting", "held")]


def test_here_and_the_capital_between_the_trigger_and_with():
    for where in ("here", "in the Malaysian capital"):
        text = f"Thai Prime Minister Paetongtarn Shinawatra met {where} on Monday with Malaysian Prime Minister Anwar Ibrahim."
        entities = [
            place(text, "Thai", "norp", "Thai", "THA"),
            person(text, "Paetongtarn Shinawatra", "Paetongtarn Shinawatra", "Prime Minister", "THA"),
            *([place(text, "Malaysian", "norp", "Malaysian", "MYS")] if "Malaysian capital" in text else []),
            place(text, "Malaysian", "norp", "Malaysian", "MYS", nth=text.count("Malaysian")),
            person(text, "Anwar Ibrahim", "Anwar Ibrahim", "Prime Minister", "MYS"),
        ]
        found = find_meetings(text, "2024-12-17", dates=[date(text, "Monday", "2024-12-16")], entities=entities)
        assert [brief(m)[0] for m in found] == [["Paetongtarn Shinawatra", "Anwar Ibrahim"]], where


def test_with_after_a_comma_is_no_object():
    text = "Russian Foreign Minister Sergei Lavrov held talks in Moscow on Wednesday, with Turkish Foreign Minister Hakan Fidan due next week."
    entities = [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Hakan Fidan", "Hakan Fidan", "Foreign Minister", "TUR"),
    ]
    found = find_meetings(text, "2024-10-17", dates=[date(text, "Wednesday", "2024-10-16")], entities=entities)
    assert not any("Hakan Fidan" in brief(m)[0] for m in found)


def test_a_president_and_her_counterpart_spoke_on_the_phone():
    text = "Tanzanian President Samia Suluhu Hassan and her Kenyan counterpart William Ruto spoke on the phone on Monday."
    entities = [
        place(text, "Tanzanian", "norp", "Tanzanian", "TZA"),
        person(text, "Samia Suluhu Hassan", "Samia Suluhu Hassan", "President", "TZA"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
    ]
    found = find_meetings(text, "2024-06-05", dates=[date(text, "Monday", "2024-06-03")], entities=entities)
    assert [brief(m) for m in found] == [(["Samia Suluhu Hassan", "William Ruto"], None, "2024-06-03", "call", "held")]


def test_a_round_of_political_dialogue_between_a_coordinated_subject():
    text = (
        "Turkish Deputy Foreign Minister Burak Akcapar and Greek Deputy Foreign Minister Alexandra Papadopoulou "
        "will hold a new round of political dialogue in Athens on Friday."
    )
    entities = [
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Burak Akcapar", "Burak Akcapar", "Deputy Foreign Minister", "TUR"),
        place(text, "Greek", "norp", "Greek", "GRC"),
        person(text, "Alexandra Papadopoulou", "Alexandra Papadopoulou", "Deputy Foreign Minister", "GRC"),
        place(text, "Athens", "city", "Athens", "GRC"),
    ]
    found = find_meetings(text, "2024-06-05", dates=[date(text, "Friday", "2024-06-07")], entities=entities)
    assert [brief(m) for m in found] == [(["Burak Akcapar", "Alexandra Papadopoulou"], "Athens", "2024-06-07", "meeting", "planned")]


def test_to_discuss_after_a_meeting_is_its_purpose_not_another_meeting():
    text = "Wang Yi will host a trilateral meeting in Beijing on Wednesday with Ishaq Dar and Amir Khan Muttaqi to discuss trade."
    entities = [
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Ishaq Dar", "Ishaq Dar", "Foreign Minister", "PAK"),
        person(text, "Amir Khan Muttaqi", "Amir Khan Muttaqi", "Foreign Minister", "AFG"),
    ]
    found = find_meetings(text, "2025-05-20", dates=[date(text, "Wednesday", "2025-05-21")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Wang Yi", "Ishaq Dar", "Amir Khan Muttaqi"]]


def _putin_trump(text: str) -> list[dict]:
    return [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "U.S.", "country", "United States", "USA"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
    ]


def test_a_contact_denied_in_a_that_clause_is_no_meeting():
    text = (
        "A Kremlin spokesman on Thursday denied a claim in a new book that Russian President Vladimir Putin and "
        "former U.S. President Donald Trump had spoken by phone several times."
    )
    found = find_meetings(text, "2024-10-10", dates=[date(text, "Thursday", "2024-10-10")], entities=_putin_trump(text))
    assert found == []


def test_a_rumoured_meeting_with_no_such_meeting_after_it_is_no_meeting():
    text = "Asked about reports that Russian President Vladimir Putin would meet U.S. President Donald Trump, the spokesman said there was no such meeting on the agenda."
    found = find_meetings(text, "2024-10-10", dates=[], entities=_putin_trump(text))
    assert found == []


def test_a_denial_of_something_else_leaves_the_meeting():
    text = "Russian President Vladimir Putin met U.S. President Donald Trump on Thursday after Moscow denied reports of a rift."
    entities = [*_putin_trump(text), place(text, "Moscow", "city", "Moscow", "RUS")]
    found = find_meetings(text, "2024-10-10", dates=[date(text, "Thursday", "2024-10-10")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Vladimir Putin", "Donald Trump"]]


def _bilateral(text: str, modi: bool = True) -> list[dict]:
    return [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        *([place(text, "Indian", "norp", "Indian", "IND"), person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND")] if modi else []),
    ]


def test_meetings_including_with_a_list_are_one_meeting_with_each():
    for including in ("including with", "including talks with"):
        text = (
            f"Russian President Vladimir Putin will hold some 20 meetings next week, {including} Chinese President Xi Jinping "
            "and Indian Prime Minister Narendra Modi, an aide said."
        )
        found = find_meetings(text, "2024-10-17", dates=[], entities=_bilateral(text))
        assert [brief(m)[0] for m in found] == [["Vladimir Putin", "Xi Jinping"], ["Vladimir Putin", "Narendra Modi"]], including


def test_bilateral_meetings_with_two_leaders_are_two_meetings():
    text = "Russian President Vladimir Putin held bilateral meetings with Chinese President Xi Jinping and Indian Prime Minister Narendra Modi."
    found = find_meetings(text, "2024-10-23", dates=[], entities=_bilateral(text))
    assert [brief(m)[0] for m in found] == [["Vladimir Putin", "Xi Jinping"], ["Vladimir Putin", "Narendra Modi"]]


def test_talks_with_a_list_stay_one_meeting():
    text = "Russian President Vladimir Putin held talks with Chinese President Xi Jinping and Indian Prime Minister Narendra Modi."
    found = find_meetings(text, "2024-10-23", dates=[], entities=_bilateral(text))
    assert [brief(m)[0] for m in found] == [["Vladimir Putin", "Xi Jinping", "Narendra Modi"]]


def test_the_speaker_after_a_comma_is_not_in_the_list():
    text = (
        "Russian President Vladimir Putin will hold talks with Chinese President Xi Jinping, Kremlin foreign policy aide "
        "Yuri Ushakov said."
    )
    entities = [*_bilateral(text, modi=False), org(text, "Kremlin", "Kremlin"), person(text, "Yuri Ushakov", "Yuri Ushakov", "aide", "RUS")]
    found = find_meetings(text, "2024-10-17", dates=[], entities=entities)
    assert [brief(m)[0] for m in found] == [["Vladimir Putin", "Xi Jinping"]]


def test_the_russian_leader_is_the_russian_leader_the_story_names():
    text = (
        "Russian President Vladimir Putin will host a summit next week, aide Yuri Ushakov said. "
        "Foreign Minister Sergei Lavrov met Syrian Foreign Minister Bassam Sabbagh on Wednesday. "
        "UN Secretary-General Antonio Guterres will meet the Russian leader on Oct. 24."
    )
    entities = [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        person(text, "Yuri Ushakov", "Yuri Ushakov", "aide", "RUS"),
        person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
        place(text, "Syrian", "norp", "Syrian", "SYR"),
        person(text, "Bassam Sabbagh", "Bassam Sabbagh", "Foreign Minister", "SYR"),
        org(text, "UN", "United Nations"),
        person(text, "Antonio Guterres", "Antonio Guterres", "Secretary-General", None),
        place(text, "Russian", "norp", "Russian", "RUS", nth=2),
    ]
    dates = [date(text, "Wednesday", "2024-10-16"), date(text, "Oct. 24", "2024-10-24")]
    found = find_meetings(text, "2024-10-17", dates=dates, entities=entities)
    assert ["Antonio Guterres", "Vladimir Putin"] in [brief(m)[0] for m in found]


def test_a_trip_for_a_gathering_is_no_visit_to_the_country():
    text = "Indian Commerce Minister Piyush Goyal is expected to travel to Vientiane next month for the ASEAN-India Economic Ministers' consultations."
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Piyush Goyal", "Piyush Goyal", "Commerce Minister", "IND"),
        place(text, "Vientiane", "city", "Vientiane", "LAO"),
        {**org(text, "ASEAN", "Association of Southeast Asian Nations"), "kind": "igo"},
        place(text, "India", "country", "India", "IND", nth=1 + text.count("Indian")),
    ]
    found = find_meetings(text, "2024-08-22", dates=[date(text, "next month", "2024-09")], entities=entities)
    assert not any(m["kind"] == "visit" for m in found)


def test_a_trip_for_consultations_stays_a_visit():
    text = "South African Deputy Minister Alvin Botes is due to travel to Cuba next week for political consultations."
    entities = [
        place(text, "South African", "norp", "South African", "ZAF"),
        person(text, "Alvin Botes", "Alvin Botes", "Deputy Minister", "ZAF"),
        place(text, "Cuba", "country", "Cuba", "CUB"),
    ]
    found = find_meetings(text, "2024-08-22", dates=[date(text, "next week", "2024-W35")], entities=entities)
    assert [brief(m) for m in found] == [(["Alvin Botes", "Cuba"], "Cuba", "2024-W35", "visit", "planned")]


def test_diplomats_from_a_list_of_countries_are_those_countries():
    text = "Iranian Deputy Foreign Minister Majid Takht-Ravanchi will meet senior diplomats from France, Germany and Britain in Geneva on Friday."
    entities = [
        place(text, "Iranian", "norp", "Iranian", "IRN"),
        person(text, "Majid Takht-Ravanchi", "Majid Takht-Ravanchi", "Deputy Foreign Minister", "IRN"),
        place(text, "France", "country", "France", "FRA"),
        place(text, "Germany", "country", "Germany", "DEU"),
        place(text, "Britain", "country", "United Kingdom", "GBR"),
        place(text, "Geneva", "city", "Geneva", "CHE"),
    ]
    found = find_meetings(text, "2024-11-25", dates=[date(text, "Friday", "2024-11-29")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Majid Takht-Ravanchi", "France", "Germany", "United Kingdom"], "Geneva", "2024-11-29", "meeting", "planned")
    ]


def test_a_hope_to_meet_that_came_to_nothing_is_no_meeting():
    text = "Japanese Prime Minister Shigeru Ishiba had hoped to meet U.S. President Donald Trump on his way home, but Trump was busy."
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JPN"),
        place(text, "U.S.", "country", "United States", "USA"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
    ]
    assert find_meetings(text, "2024-11-20", dates=[], entities=entities) == []


def test_a_question_whether_talks_could_be_hosted_is_no_meeting():
    text = "Asked whether India could host direct talks between Russia and Ukraine, Indian Foreign Minister S. Jaishankar said it was up to them."
    entities = [
        place(text, "India", "country", "India", "IND"),
        place(text, "Russia", "country", "Russia", "RUS"),
        place(text, "Ukraine", "country", "Ukraine", "UKR"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "S. Jaishankar", "S. Jaishankar", "Foreign Minister", "IND"),
    ]
    assert find_meetings(text, "2025-08-20", dates=[], entities=entities) == []


def test_the_russian_top_diplomat_is_the_foreign_minister():
    text = (
        "Russian Foreign Minister Sergey Lavrov spoke after talks in Riyadh, President Vladimir Putin's aide Yury Ushakov said. "
        "The Russian top diplomat is due to travel to Ankara next week for talks with Turkish Foreign Minister Hakan Fidan."
    )
    entities = [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", "RUS"),
        place(text, "Riyadh", "city", "Riyadh", "SAU"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        person(text, "Yury Ushakov", "Yury Ushakov", "aide", "RUS"),
        place(text, "Russian", "norp", "Russian", "RUS", nth=2),
        place(text, "Ankara", "city", "Ankara", "TUR"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Hakan Fidan", "Hakan Fidan", "Foreign Minister", "TUR"),
    ]
    found = find_meetings(text, "2025-02-18", dates=[date(text, "next week", "2025-W09")], entities=entities)
    assert ["Sergey Lavrov", "Hakan Fidan"] in [brief(m)[0] for m in found]


def test_his_meeting_in_an_opening_phrase_belongs_to_the_subject_after_the_comma():
    text = (
        "Iranian Foreign Minister Abbas Araghchi welcomed the visit of Omani Foreign Minister Badr Albusaidi. "
        "During his meeting with President Masoud Pezeshkian, the Omani minister conveyed a message from the Sultan."
    )
    entities = [
        place(text, "Iranian", "norp", "Iranian", "IRN"),
        person(text, "Abbas Araghchi", "Abbas Araghchi", "Foreign Minister", "IRN"),
        place(text, "Omani", "norp", "Omani", "OMN"),
        person(text, "Badr Albusaidi", "Badr Albusaidi", "Foreign Minister", "OMN"),
        person(text, "Masoud Pezeshkian", "Masoud Pezeshkian", "President", "IRN"),
        place(text, "Omani", "norp", "Omani", "OMN", nth=2),
    ]
    found = find_meetings(text, "2024-11-18", dates=[], entities=entities)
    assert [brief(m)[0] for m in found] == [["Badr Albusaidi", "Masoud Pezeshkian"]]


def test_an_honorific_with_a_dot_before_the_object():
    text = "National Security Adviser Ajit Doval travelled to Moscow and met Mr. Putin on August 7."
    entities = [
        person(text, "Ajit Doval", "Ajit Doval", "National Security Adviser", "IND"),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        person(text, "Putin", "Vladimir Putin", "President", "RUS"),
    ]
    found = find_meetings(text, "2025-08-20", dates=[date(text, "August 7", "2025-08-07")], entities=entities)
    assert ["Ajit Doval", "Vladimir Putin"] in [brief(m)[0] for m in found]


def test_the_talks_with_someone_are_the_talks_reported_before():
    text = (
        "Indian External Affairs Minister S. Jaishankar held talks with Russian Foreign Minister Sergey Lavrov in Moscow on Thursday "
        "and later called on President Vladimir Putin. The talks with Mr. Lavrov covered trade and energy."
    )
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "S. Jaishankar", "S. Jaishankar", "External Affairs Minister", "IND"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", "RUS"),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        person(text, "Lavrov", "Sergey Lavrov", "Foreign Minister", "RUS", nth=2),
    ]
    found = find_meetings(text, "2025-08-22", dates=[date(text, "Thursday", "2025-08-21")], entities=entities)
    assert [brief(m)[0] for m in found if m["kind"] == "meeting"] == [["S. Jaishankar", "Sergey Lavrov"], ["S. Jaishankar", "Vladimir Putin"]]


def test_talks_others_are_pressed_for_have_no_sides_here():
    text = "Qatar, Egypt press for Gaza ceasefire talks ahead of Thursday deadline"
    entities = [place(text, "Qatar", "country", "Qatar", "QAT"), place(text, "Egypt", "country", "Egypt", "EGY")]
    assert find_meetings(text, "2024-08-12", dates=[], entities=entities) == []


def test_he_before_a_passive_host_is_the_possessor_the_sentence_opens_with():
    text = (
        "Sheikh Mohamed's last visit to Washington was in May 2017, when, as Crown Prince of Abu Dhabi, "
        "he was received by then-President Donald Trump."
    )
    entities = [
        person(text, "Mohamed", "Mohamed bin Zayed", None, "ARE"),
        place(text, "Washington", "city", "Washington", "USA"),
        place(text, "Abu Dhabi", "city", "Abu Dhabi", "ARE"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
    ]
    found = find_meetings(text, "2024-09-24", dates=[date(text, "May 2017", "2017-05")], entities=entities)
    assert ["Mohamed bin Zayed", "Donald Trump"] in [brief(m)[0] for m in found]


def test_travel_on_to_a_country_is_a_visit():
    text = "Vietnamese Foreign Minister Bui Thanh Son will travel on to Laos on Friday for a two-day working visit."
    entities = [
        place(text, "Vietnamese", "norp", "Vietnamese", "VNM"),
        person(text, "Bui Thanh Son", "Bui Thanh Son", "Foreign Minister", "VNM"),
        place(text, "Laos", "country", "Laos", "LAO"),
    ]
    found = find_meetings(text, "2024-11-07", dates=[date(text, "Friday", "2024-11-08")], entities=entities)
    assert [brief(m) for m in found] == [(["Bui Thanh Son", "Laos"], "Laos", "2024-11-08", "visit", "planned")]


def test_names_before_plural_meetings_are_guests_of_separate_meetings():
    text = "Kremlin lines up Xi, Modi meetings for Kazan summit"
    entities = [
        org(text, "Kremlin", "Kremlin"),
        person(text, "Xi", "Xi Jinping", "President", "CHN"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Kazan", "city", "Kazan", "RUS"),
    ]
    assert find_meetings(text, "2024-10-17", dates=[], entities=entities) == []


def test_names_before_talks_are_its_sides():
    text = "Xi, Putin talks set for Kazan"
    entities = [
        person(text, "Xi", "Xi Jinping", "President", "CHN"),
        person(text, "Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Kazan", "city", "Kazan", "RUS"),
    ]
    found = find_meetings(text, "2024-10-17", dates=[], entities=entities)
    assert [brief(m)[0] for m in found] == [["Xi Jinping", "Vladimir Putin"]]


def test_guests_named_again_each_with_a_day_are_separate_meetings():
    text = (
        "U.S. President Donald Trump received British Prime Minister Keir Starmer and French President Emmanuel Macron "
        "this week – Macron on Monday and Starmer on Thursday."
    )
    entities = [
        place(text, "U.S.", "country", "United States", "USA"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        place(text, "British", "norp", "British", "GBR"),
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        place(text, "French", "norp", "French", "FRA"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        person(text, "Macron", "Emmanuel Macron", "President", "FRA", nth=2),
        person(text, "Starmer", "Keir Starmer", "Prime Minister", "GBR", nth=2),
    ]
    dates = [date(text, "this week", "2025-W09"), date(text, "Monday", "2025-02-24"), date(text, "Thursday", "2025-02-27")]
    found = find_meetings(text, "2025-03-02", dates=dates, entities=entities)
    assert sorted((brief(m)[0][1], brief(m)[2]) for m in found) == [("Emmanuel Macron", "2025-02-24"), ("Keir Starmer", "2025-02-27")]


def test_co_hosts_of_a_summit_of_two_blocs():
    text = (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan co-hosted a joint summit of the "
        "East African Community and the Southern African Development Community in Dar es Salaam on Saturday."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Tanzanian", "norp", "Tanzanian", "TZA"),
        person(text, "Samia Suluhu Hassan", "Samia Suluhu Hassan", "President", "TZA"),
        {**org(text, "East African Community", "East African Community"), "kind": "igo"},
        {**org(text, "Southern African Development Community", "Southern African Development Community"), "kind": "igo"},
        place(text, "Dar es Salaam", "city", "Dar es Salaam", "TZA"),
    ]
    found = find_meetings(text, "2025-02-10", dates=[date(text, "Saturday", "2025-02-08")], entities=entities)
    assert [brief(m) for m in found] == [
        (
            ["William Ruto", "Samia Suluhu Hassan", "East African Community", "Southern African Development Community"],
            "Dar es Salaam", "2025-02-08", "summit", "held",
        )
    ]


def test_talks_their_teams_are_told_to_begin_are_not_the_leaders_own():
    text = "Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone on Wednesday and agreed to instruct their teams to begin negotiations."
    found = find_meetings(text, "2025-02-13", dates=[date(text, "Wednesday", "2025-02-12")], entities=_putin_trump(text))
    assert [brief(m) for m in found] == [(["Vladimir Putin", "Donald Trump"], None, "2025-02-12", "call", "held")]


def test_he_after_said_is_the_speaker():
    text = "After the summit, U.S. President Joe Biden told reporters he would meet Russian President Vladimir Putin next month."
    entities = [
        place(text, "U.S.", "country", "United States", "USA"),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
    ]
    found = find_meetings(text, "2024-11-10", dates=[date(text, "next month", "2024-12")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Joe Biden", "Vladimir Putin"]]


def test_a_denial_before_a_comma_leaves_the_meeting_after_it():
    text = "The Kremlin denied that the talks had failed, saying Russian President Vladimir Putin met U.S. President Donald Trump on Thursday."
    entities = [org(text, "Kremlin", "Kremlin"), *_putin_trump(text)]
    found = find_meetings(text, "2024-10-12", dates=[date(text, "Thursday", "2024-10-10")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Vladimir Putin", "Donald Trump"]]


def test_a_sidelines_phrase_between_the_trigger_and_with():
    text = "Indian Prime Minister Narendra Modi held talks on the sidelines of the SCO summit in Tianjin with Russian President Vladimir Putin."
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        {**org(text, "SCO", "Shanghai Cooperation Organisation"), "kind": "igo"},
        place(text, "Tianjin", "city", "Tianjin", "CHN"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
    ]
    found = find_meetings(text, "2025-09-01", dates=[], entities=entities)
    assert (["Narendra Modi", "Vladimir Putin"], "Tianjin", "2025-09-01", "meeting", "held") in [brief(m) for m in found]


def _sisi_mohamud(text: str) -> list[dict]:
    return [
        place(text, "Egyptian", "norp", "Egyptian", "EGY"),
        person(text, "Abdel-Fattah El-Sisi", "Abdel-Fattah El-Sisi", "President", "EGY"),
        place(text, "Somali", "norp", "Somali", "SOM"),
        person(text, "Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", "President", "SOM"),
    ]


def test_two_leaders_signing_in_a_city_met_there():
    text = "Egyptian President Abdel-Fattah El-Sisi and Somali President Hassan Sheikh Mohamud signed a defence protocol in Cairo in August."
    entities = [*_sisi_mohamud(text), place(text, "Cairo", "city", "Cairo", "EGY")]
    found = find_meetings(text, "2024-10-12", dates=[date(text, "August", "2024-08")], entities=entities)
    assert [brief(m) for m in found] == [(["Abdel-Fattah El-Sisi", "Hassan Sheikh Mohamud"], "Cairo", "2024-08", "meeting", "held")]


def test_a_signing_with_no_place_is_no_meeting():
    text = "Egyptian President Abdel-Fattah El-Sisi and Somali President Hassan Sheikh Mohamud signed a defence protocol in August."
    found = find_meetings(text, "2024-10-12", dates=[date(text, "August", "2024-08")], entities=_sisi_mohamud(text))
    assert found == []


def test_joined_two_leaders_for_a_trilateral_summit():
    text = "Japanese Prime Minister Shigeru Ishiba joined U.S. President Joe Biden and South Korean President Yoon Suk Yeol for a trilateral summit in Lima on Friday."
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JPN"),
        place(text, "U.S.", "country", "United States", "USA"),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        place(text, "South Korean", "norp", "South Korean", "KOR"),
        person(text, "Yoon Suk Yeol", "Yoon Suk Yeol", "President", "KOR"),
        place(text, "Lima", "city", "Lima", "PER"),
    ]
    found = find_meetings(text, "2024-11-16", dates=[date(text, "Friday", "2024-11-15")], entities=entities)
    assert [brief(m) for m in found] == [(["Shigeru Ishiba", "Joe Biden", "Yoon Suk Yeol"], "Lima", "2024-11-15", "summit", "held")]


def test_joined_a_bloc_is_no_meeting():
    text = "Finland joined NATO for a new era of security."
    entities = [place(text, "Finland", "country", "Finland", "FIN"), {**org(text, "NATO", "NATO"), "kind": "igo"}]
    assert find_meetings(text, "2024-11-16", dates=[], entities=entities) == []


def test_a_meeting_between_the_two_premiers_is_between_those_the_story_had_meet():
    text = (
        "Vietnamese Prime Minister Pham Minh Chinh met Chinese Premier Li Qiang on Wednesday in Kunming. "
        "It was the second meeting between the two premiers this year, after talks in Dalian in June."
    )
    entities = [
        place(text, "Vietnamese", "norp", "Vietnamese", "VNM"),
        person(text, "Pham Minh Chinh", "Pham Minh Chinh", "Prime Minister", "VNM"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
        place(text, "Kunming", "city", "Kunming", "CHN"),
        place(text, "Dalian", "city", "Dalian", "CHN"),
    ]
    dates = [date(text, "Wednesday", "2024-11-06"), date(text, "this year", "2024"), date(text, "June", "2024-06")]
    found = find_meetings(text, "2024-11-08", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Pham Minh Chinh", "Li Qiang"], "Kunming", "2024-11-06", "meeting", "held"),
        (["Pham Minh Chinh", "Li Qiang"], "Dalian", "2024-06", "meeting", "held"),
    ]


def test_co_chair_a_commission_with_a_minister_and_then_call_on_the_premier():
    text = (
        "Nepali Foreign Minister Arzu Rana Deuba will co-chair the commission with External Affairs Minister S Jaishankar, "
        "and is also likely to call on Prime Minister Narendra Modi."
    )
    entities = [
        place(text, "Nepali", "norp", "Nepali", "NPL"),
        person(text, "Arzu Rana Deuba", "Arzu Rana Deuba", "Foreign Minister", "NPL"),
        person(text, "S Jaishankar", "S Jaishankar", "External Affairs Minister", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
    ]
    found = find_meetings(text, "2025-03-26", dates=[], entities=entities)
    assert [brief(m)[0] for m in found] == [["Arzu Rana Deuba", "S Jaishankar"], ["Arzu Rana Deuba", "Narendra Modi"]]


def test_a_trip_to_a_city_for_talks_held_there_is_no_visit_of_its_own():
    text = (
        "Russian Foreign Minister Sergey Lavrov arrived in Riyadh on Monday. "
        "Lavrov held talks with U.S. Secretary of State Marco Rubio in Riyadh on Tuesday."
    )
    entities = [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", "RUS"),
        place(text, "Riyadh", "city", "Riyadh", "SAU"),
        person(text, "Lavrov", "Sergey Lavrov", "Foreign Minister", "RUS", nth=2),
        place(text, "U.S.", "country", "United States", "USA"),
        person(text, "Marco Rubio", "Marco Rubio", "Secretary of State", "USA"),
        place(text, "Riyadh", "city", "Riyadh", "SAU", nth=2),
    ]
    dates = [date(text, "Monday", "2025-02-17"), date(text, "Tuesday", "2025-02-18")]
    found = find_meetings(text, "2025-02-19", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [(["Sergey Lavrov", "Marco Rubio"], "Riyadh", "2025-02-18", "meeting", "held")]


def test_members_of_a_body_named_at_a_summit_are_not_its_sides():
    text = (
        "The panel, made up of former presidents Uhuru Kenyatta of Kenya and Olusegun Obasanjo of Nigeria, was named at a "
        "joint summit of the East African Community and the Southern African Development Community in Dar es Salaam last month hosted by Tanzanian President Samia Suluhu Hassan and attended by Kenyan President "
        "William Ruto and Zimbabwean President Emmerson Mnangagwa."
    )
    entities = [
        person(text, "Uhuru Kenyatta", "Uhuru Kenyatta", "former President", "KEN"),
        place(text, "Kenya", "country", "Kenya", "KEN"),
        person(text, "Olusegun Obasanjo", "Olusegun Obasanjo", "former President", "NGA"),
        place(text, "Nigeria", "country", "Nigeria", "NGA"),
        {**org(text, "East African Community", "East African Community"), "kind": "igo"},
        {**org(text, "Southern African Development Community", "Southern African Development Community"), "kind": "igo"},
        place(text, "Dar es Salaam", "city", "Dar es Salaam", "TZA"),
        place(text, "Tanzanian", "norp", "Tanzanian", "TZA"),
        person(text, "Samia Suluhu Hassan", "Samia Suluhu Hassan", "President", "TZA"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Zimbabwean", "norp", "Zimbabwean", "ZWE"),
        person(text, "Emmerson Mnangagwa", "Emmerson Mnangagwa", "President", "ZWE"),
    ]
    found = find_meetings(text, "2025-03-28", dates=[date(text, "last month", "2025-02")], entities=entities)
    sides = [brief(m)[0] for m in found]
    assert not any("Uhuru Kenyatta" in names or "Olusegun Obasanjo" in names for names in sides)
    assert any({"Samia Suluhu Hassan", "William Ruto", "Emmerson Mnangagwa"} <= set(names) for names in sides)


def test_embraced_by_the_prime_minister_the_story_names():
    text = (
        "British Prime Minister Keir Starmer spoke to reporters on Friday. Ukrainian President Volodymyr Zelenskyy arrived "
        "in London on Saturday and was embraced by the prime minister outside Downing Street."
    )
    entities = [
        place(text, "British", "norp", "British", "GBR"),
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        place(text, "Ukrainian", "norp", "Ukrainian", "UKR"),
        person(text, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "President", "UKR"),
        place(text, "London", "city", "London", "GBR"),
    ]
    dates = [date(text, "Friday", "2025-02-28"), date(text, "Saturday", "2025-03-01")]
    found = find_meetings(text, "2025-03-02", dates=dates, entities=entities)
    assert [brief(m)[0] for m in found] == [["Volodymyr Zelenskyy", "Keir Starmer"]]


def test_called_on_the_president_the_story_names_but_not_the_president_of_elsewhere():
    text = "Russian President Vladimir Putin praised the ties. Indian Foreign Minister S. Jaishankar called on the president on Thursday."
    entities = [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "S. Jaishankar", "S. Jaishankar", "Foreign Minister", "IND"),
    ]
    found = find_meetings(text, "2025-08-22", dates=[date(text, "Thursday", "2025-08-21")], entities=entities)
    assert [brief(m)[0] for m in found] == [["S. Jaishankar", "Vladimir Putin"]]
    other = text.replace("called on the president on", "called on the president of Mongolia on")
    assert find_meetings(other, "2025-08-22", dates=[date(other, "Thursday", "2025-08-21")], entities=entities) == []


def test_agreed_with_a_person_to_act_is_a_meeting_but_agreeing_with_an_idea_is_not():
    text = "Indian Foreign Minister S. Jaishankar said he agreed with Chinese Foreign Minister Wang Yi to redouble efforts on the border."
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "S. Jaishankar", "S. Jaishankar", "Foreign Minister", "IND"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
    ]
    found = find_meetings(text, "2024-07-05", dates=[], entities=entities)
    assert [brief(m)[0] for m in found] == [["S. Jaishankar", "Wang Yi"]]
    other = "Indian Foreign Minister S. Jaishankar said he agreed with the assessment that ties were improving."
    assert find_meetings(other, "2024-07-05", dates=[], entities=entities[:2]) == []


def test_a_delegation_headed_by_someone_stands_for_that_person():
    text = (
        "Norwegian Prime Minister Jonas Gahr Store and a delegation of the Colombian rebels headed by their chief envoy "
        "Ivan Marquez discussed the truce terms in Oslo on Sunday."
    )
    entities = [
        place(text, "Norwegian", "norp", "Norwegian", "NOR"),
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Colombian", "norp", "Colombian", "COL"),
        person(text, "Ivan Marquez", "Ivan Marquez", "envoy", None),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    found = find_meetings(text, "2025-01-13", dates=[date(text, "Sunday", "2025-01-12")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Jonas Gahr Store", "Ivan Marquez"]]


def test_a_dinner_hosted_for_a_guest_is_a_meeting_with_the_guest():
    text = "Chinese Foreign Minister Wang Yi hosted a dinner for Pakistani Foreign Minister Ishaq Dar in Beijing on Monday."
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Pakistani", "norp", "Pakistani", "PAK"),
        person(text, "Ishaq Dar", "Ishaq Dar", "Foreign Minister", "PAK"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
    ]
    found = find_meetings(text, "2025-05-20", dates=[date(text, "Monday", "2025-05-19")], entities=entities)
    assert [brief(m) for m in found] == [(["Wang Yi", "Ishaq Dar"], "Beijing", "2025-05-19", "meeting", "held")]
