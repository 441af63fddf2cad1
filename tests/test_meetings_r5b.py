"""dipkit meetings, round 5 (detection and participants), on pages written for these tests: a portfolio in lower
case before a name, a second call "and separately with" someone, "the <nationality> team" as the one who leads it
("a Saudi delegation": the state), a body's bracketed short name inside a title, "the Commission chief" and
"the UAE President" as the persons named with those offices, a summit that "brought together" leaders, a side
"represented by" named persons, a chair with a long title, "a meeting of ministers from A, B and C", a meeting
"postponed to" a new day, a person inside a relative aside, "has yet to meet", "held a separate session", a host's
own country beside him, a compound of three countries, "the Arab summit", a country a summit is "on", "He" attending
a summit, co-chairs of a summit, "Minister for Foreign Affairs of Singapore Dr. X".

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly as _found, org, person, place


def test_a_portfolio_in_lower_case_before_the_name_still_names_whom_he_meets():
    text = (
        "Prime Minister Anwar Ibrahim held talks with Indonesian President Prabowo Subianto in Jakarta on Monday. "
        "He is scheduled to meet energy and tourism minister Bahlil Lahadalia on Thursday."
    )
    entities = [
        person(text, "Anwar Ibrahim", "Anwar Ibrahim", "Prime Minister", "MYS"),
        place(text, "Indonesian", "norp", "Indonesian", "IDN"),
        person(text, "Prabowo Subianto", "Prabowo Subianto", "President", "IDN"),
        place(text, "Jakarta", "city", "Jakarta", "IDN"),
        person(text, "Bahlil Lahadalia", "Bahlil Lahadalia", "energy and tourism minister", "IDN"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Thursday", "2025-03-13")]
    found = _found(text, entities, dates)
    assert (["Anwar Ibrahim", "Bahlil Lahadalia"], "Jakarta", "2025-03-13", "meeting", "planned") in found


def test_a_second_call_and_separately_with_someone_is_a_call_of_its_own():
    text = (
        "Foreign Minister Penny Wong spoke by phone on Tuesday with Japanese Foreign Minister Takeshi Iwaya, "
        "and separately with South Korea's Foreign Minister Cho Tae-yul."
    )
    entities = [
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Takeshi Iwaya", "Takeshi Iwaya", "Foreign Minister", "JPN"),
        place(text, "South Korea", "country", "South Korea", "KOR"),
        person(text, "Cho Tae-yul", "Cho Tae-yul", "Foreign Minister", "KOR"),
    ]
    found = _found(text, entities, [date(text, "Tuesday", "2025-03-11")])
    assert sorted(found) == [
        (["Penny Wong", "Cho Tae-yul"], None, "2025-03-11", "call", "held"),
        (["Penny Wong", "Takeshi Iwaya"], None, "2025-03-11", "call", "held"),
    ]


def _team_page() -> tuple[str, list[dict]]:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty received his Sudanese counterpart Ali Youssef in Cairo on Sunday.\n\n"
        "Youssef led a delegation that included Finance Minister Gibril Ibrahim and army chief Yasir al-Atta. "
        "The Sudanese team also held separate meetings with Egyptian Defence Minister Abdel Meguid Saqr and "
        "General Intelligence Service (GIS) head Hassan Rashad."
    )
    entities = [
        place(text, "Egyptian", "norp", "Egyptian", "EGY"),
        person(text, "Badr Abdelatty", "Badr Abdelatty", "Foreign Minister", "EGY"),
        place(text, "Sudanese", "norp", "Sudanese", "SDN"),
        person(text, "Ali Youssef", "Ali Youssef", "Foreign Minister", "SDN"),
        place(text, "Cairo", "city", "Cairo", "EGY"),
        person(text, "Youssef", "Ali Youssef", "Foreign Minister", "SDN", nth=2),
        person(text, "Gibril Ibrahim", "Gibril Ibrahim", "Finance Minister", "SDN"),
        person(text, "Yasir al-Atta", "Yasir al-Atta", "army chief", "SDN"),
        place(text, "Sudanese", "norp", "Sudanese", "SDN", nth=2),
        place(text, "Egyptian", "norp", "Egyptian", "EGY", nth=2),
        person(text, "Abdel Meguid Saqr", "Abdel Meguid Saqr", "Defence Minister", "EGY"),
        {**org(text, "General Intelligence Service", "General Intelligence Service"), "country": "EGY"},
        {**org(text, "GIS", "General Intelligence Service"), "country": "EGY"},
        person(text, "Hassan Rashad", "Hassan Rashad", "head", "EGY"),
    ]
    return text, entities


def test_the_nationality_team_is_the_one_who_leads_it_not_its_state():
    text, entities = _team_page()
    found = _found(text, entities, [date(text, "Sunday", "2025-03-09")])
    assert [names for names, *_ in found if "Abdel Meguid Saqr" in names] == [["Ali Youssef", "Abdel Meguid Saqr"]]
    assert [names for names, *_ in found if "Hassan Rashad" in names] == [["Ali Youssef", "Hassan Rashad"]]
    assert not any("Sudan" in names or "General Intelligence Service" in names for names, *_ in found)


def test_a_nationality_delegation_without_the_is_the_state():
    text = (
        "Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Abbas Araghchi in Riyadh on Monday. "
        "A Saudi delegation is expected to travel to Tehran next week."
    )
    entities = [
        place(text, "Saudi", "norp", "Saudi", "SAU"),
        person(text, "Faisal bin Farhan", "Faisal bin Farhan", "Foreign Minister", "SAU"),
        place(text, "Iranian", "norp", "Iranian", "IRN"),
        person(text, "Abbas Araghchi", "Abbas Araghchi", "Foreign Minister", "IRN"),
        place(text, "Riyadh", "city", "Riyadh", "SAU"),
        place(text, "Saudi", "norp", "Saudi", "SAU", nth=2),
        place(text, "Tehran", "city", "Tehran", "IRN"),
    ]
    found = _found(text, entities, [date(text, "Monday", "2025-03-10")])
    trips = [names for names, where, *_ in found if where == "Tehran"]
    assert trips and all("Faisal bin Farhan" not in names or "Saudi Arabia" in names for names in trips)


def test_the_bodys_chief_is_the_person_named_with_its_office_and_she_is_that_person():
    text = (
        "Mercosur leaders and European Commission President Ursula von der Leyen met in Montevideo on Friday.\n\n"
        "The Commission chief landed in Montevideo on Thursday night and went straight into a dinner with Luis Lacalle Pou. "
        "She also met Uruguay's president-elect Yamandu Orsi."
    )
    entities = [
        org(text, "Mercosur", "Mercosur"),
        org(text, "European Commission", "European Commission"),
        person(text, "Ursula von der Leyen", "Ursula von der Leyen", "President", None),
        place(text, "Montevideo", "city", "Montevideo", "URY"),
        org(text, "Commission", "European Commission") | {"start": text.index("Commission chief"), "end": text.index("Commission chief") + 10},
        place(text, "Montevideo", "city", "Montevideo", "URY", nth=2),
        person(text, "Luis Lacalle Pou", "Luis Lacalle Pou", "President", "URY"),
        place(text, "Uruguay", "country", "Uruguay", "URY"),
        person(text, "Yamandu Orsi", "Yamandu Orsi", "president-elect", "URY"),
    ]
    dates = [date(text, "Friday", "2024-12-06"), date(text, "Thursday night", "2024-12-05")]
    found = _found(text, entities, dates, published="2024-12-06")
    assert (["Ursula von der Leyen", "Luis Lacalle Pou"], "Montevideo", "2024-12-05", "meeting", "held") in found
    assert (["Ursula von der Leyen", "Yamandu Orsi"], "Montevideo", "2024-12-05", "meeting", "held") in found
    assert not any("European Commission" in names for names, *_ in found)


def test_a_summit_that_brought_together_leaders_has_them_all():
    text = (
        "The deal was sealed at the annual summit of the Andean Community, hosted by Peruvian President Dina Boluarte, "
        "which brought together Colombia's Gustavo Petro, Ecuador's Daniel Noboa and Bolivia's Luis Arce."
    )
    entities = [
        org(text, "Andean Community", "Andean Community"),
        place(text, "Peruvian", "norp", "Peruvian", "PER"),
        person(text, "Dina Boluarte", "Dina Boluarte", "President", "PER"),
        place(text, "Colombia", "country", "Colombia", "COL"),
        person(text, "Gustavo Petro", "Gustavo Petro", None, "COL"),
        place(text, "Ecuador", "country", "Ecuador", "ECU"),
        person(text, "Daniel Noboa", "Daniel Noboa", None, "ECU"),
        place(text, "Bolivia", "country", "Bolivia", "BOL"),
        person(text, "Luis Arce", "Luis Arce", None, "BOL"),
    ]
    found = _found(text, entities, [])
    summits = [sorted(names) for names, _, _, kind, _ in found if kind == "summit"]
    assert summits == [sorted(["Andean Community", "Dina Boluarte", "Gustavo Petro", "Daniel Noboa", "Luis Arce"])]


def test_a_side_represented_by_named_persons_is_those_persons_in_the_meetings_around():
    text = (
        "The tenth summit between the African Union and Japan took place today in Tokyo. "
        "The African Union was represented by Mahmoud Ali Youssouf and Joao Lourenco. "
        "The AU leaders first met Prime Minister Shigeru Ishiba in the morning."
    )
    entities = [
        org(text, "African Union", "African Union"),
        place(text, "Japan", "country", "Japan", "JPN"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        org(text, "African Union", "African Union") | {"start": text.index("African Union was"), "end": text.index("African Union was") + 13},
        person(text, "Mahmoud Ali Youssouf", "Mahmoud Ali Youssouf", None, None),
        person(text, "Joao Lourenco", "Joao Lourenco", "President", "AGO"),
        org(text, "AU", "African Union") | {"start": text.index("AU leaders"), "end": text.index("AU leaders") + 2},
        person(text, "Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JPN"),
    ]
    found = _found(text, entities, [date(text, "today", "2025-03-12")])
    assert ["Mahmoud Ali Youssouf", "Joao Lourenco", "Shigeru Ishiba"] in [names for names, *_ in found]
    assert not any("African Union" in names for names, *_ in found)


def test_a_chair_named_with_a_long_title_attends_the_meeting_he_chairs():
    text = (
        "Foreign Minister Sugiono today attended the ASEAN Foreign Ministers' Retreat chaired by Malaysian Minister "
        "of Foreign Affairs Dato' Seri Utama Haji Mohamad bin Haji Hasan in Langkawi."
    )
    entities = [
        person(text, "Sugiono", "Sugiono", "Foreign Minister", "IDN"),
        org(text, "ASEAN", "Association of Southeast Asian Nations"),
        place(text, "Malaysian", "norp", "Malaysian", "MYS"),
        person(text, "Mohamad bin Haji Hasan", "Mohamad bin Haji Hasan", "Minister of Foreign Affairs", "MYS"),
        place(text, "Langkawi", "city", "Langkawi", "MYS"),
    ]
    found = _found(text, entities, [date(text, "today", "2025-01-19")], published="2025-01-19")
    assert [sorted(names) for names, *_ in found] == [sorted(["Sugiono", "Association of Southeast Asian Nations", "Mohamad bin Haji Hasan"])]


def _trilateral_page() -> tuple[str, list[dict], list[dict]]:
    text = (
        "Japanese Foreign Minister Takeshi Iwaya held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday.\n\n"
        "Tokyo is also preparing to host a trilateral meeting of foreign ministers from Japan, China and South Korea "
        "next year, a government source said."
    )
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Takeshi Iwaya", "Takeshi Iwaya", "Foreign Minister", "JPN"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        place(text, "Japan", "country", "Japan", "JPN", nth=2),  # (the first is in "Japanese")
        place(text, "China", "country", "China", "CHN"),
        place(text, "South Korea", "country", "South Korea", "KOR"),
    ]
    dates = [date(text, "Wednesday", "2024-12-25"), date(text, "next year", "2025")]
    return text, entities, dates


def test_a_meeting_of_ministers_from_three_countries_is_theirs_and_apart_from_two_of_their_ministers_talks():
    text, entities, dates = _trilateral_page()
    found = _found(text, entities, dates, published="2024-12-26")
    assert (["Takeshi Iwaya", "Wang Yi"], "Beijing", "2024-12-25", "meeting", "held") in found
    assert [(sorted(names), status) for names, _, _, _, status in found if "South Korea" in names] == [
        (["China", "Japan", "South Korea"], "planned")
    ]


def test_a_meeting_postponed_to_a_new_day_is_still_planned():
    text = "A meeting of foreign ministers from Turkey, Iraq and Jordan, planned for this week in Amman, has been postponed to next month."
    entities = [
        place(text, "Turkey", "country", "Turkey", "TUR"),
        place(text, "Iraq", "country", "Iraq", "IRQ"),
        place(text, "Jordan", "country", "Jordan", "JOR"),
        place(text, "Amman", "city", "Amman", "JOR"),
    ]
    dates = [date(text, "this week", "2024-W52"), date(text, "next month", "2025-01")]
    found = _found(text, entities, dates, published="2024-12-26")
    assert [(names, kind, status) for names, _, _, kind, status in found] == [(["Turkey", "Iraq", "Jordan"], "meeting", "planned")]


def test_the_country_president_without_a_name_is_that_countrys_president():
    text = (
        "President Mohamed bin Zayed opened a hospital in Abu Dhabi on Wednesday.\n\n"
        "On Thursday, the UAE President hosted a state banquet in honour of US President Donald Trump."
    )
    entities = [
        person(text, "Mohamed bin Zayed", "Mohamed bin Zayed", "President", "ARE"),
        place(text, "Abu Dhabi", "city", "Abu Dhabi", "ARE"),
        place(text, "UAE", "country", "United Arab Emirates", "ARE"),
        place(text, "US", "country", "United States", "USA"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
    ]
    dates = [date(text, "Wednesday", "2025-05-14"), date(text, "Thursday", "2025-05-15")]
    found = _found(text, entities, dates, published="2025-05-16")
    assert found == [(["Mohamed bin Zayed", "Donald Trump"], None, "2025-05-15", "meeting", "held")]


def test_two_ministers_who_held_a_separate_session_met():
    text = (
        "The two presidents also discussed trade. Kenyan Foreign Minister Musalia Mudavadi and Somali Foreign Minister "
        "Ahmed Fiqi held a separate session on Monday afternoon to finalize the text."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "Musalia Mudavadi", "Musalia Mudavadi", "Foreign Minister", "KEN"),
        place(text, "Somali", "norp", "Somali", "SOM"),
        person(text, "Ahmed Fiqi", "Ahmed Fiqi", "Foreign Minister", "SOM"),
    ]
    found = _found(text, entities, [date(text, "Monday afternoon", "2025-06-09TAF")], published="2025-06-10")
    assert found == [(["Musalia Mudavadi", "Ahmed Fiqi"], None, "2025-06-09", "meeting", "held")]


def test_a_person_in_an_aside_is_no_traveller_and_yet_to_meet_is_no_meeting():
    text = (
        "Foreign Secretary Vikram Misri, who accompanied Subrahmanyam Jaishankar at the talks, is expected to travel "
        "to Colombo next week. Javier Milei, who called Lula a communist, has yet to meet the Brazilian leader."
    )
    entities = [
        person(text, "Vikram Misri", "Vikram Misri", "Foreign Secretary", "IND"),
        person(text, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister", "IND"),
        place(text, "Colombo", "city", "Colombo", "LKA"),
        person(text, "Javier Milei", "Javier Milei", "President", "ARG"),
        person(text, "Lula", "Luiz Inacio Lula da Silva", "President", "BRA"),
        place(text, "Brazilian", "norp", "Brazilian", "BRA"),
    ]
    found = _found(text, entities, [date(text, "next week", "2025-W03")], published="2025-01-10")
    assert found == [(["Vikram Misri", "Sri Lanka"], "Colombo", "2025-W03", "visit", "planned")]


def test_a_host_and_the_countries_of_a_compound_are_the_persons_named_later_not_his_own_country():
    text = (
        "Wang Yi hosts informal China-Afghanistan-Pakistan meeting\n\n"
        "On Wednesday, Foreign Minister Wang Yi hosted an informal trilateral meeting in Beijing with Pakistani Foreign "
        "Minister Ishaq Dar and Afghan Foreign Minister Amir Khan Muttaqi."
    )
    entities = [
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "China", "country", "China", "CHN"),
        place(text, "Afghanistan", "country", "Afghanistan", "AFG"),
        place(text, "Pakistan", "country", "Pakistan", "PAK"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN", nth=2),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "Pakistani", "norp", "Pakistani", "PAK"),
        person(text, "Ishaq Dar", "Ishaq Dar", "Foreign Minister", "PAK"),
        place(text, "Afghan", "norp", "Afghan", "AFG"),
        person(text, "Amir Khan Muttaqi", "Amir Khan Muttaqi", "Foreign Minister", "AFG"),
    ]
    found = _found(text, entities, [date(text, "Wednesday", "2025-05-21")], published="2025-05-21")
    assert [(sorted(names), where, when) for names, where, when, *_ in found] == [
        (["Amir Khan Muttaqi", "Ishaq Dar", "Wang Yi"], "Beijing", "2025-05-21")
    ]


def test_a_dialogue_to_be_held_between_the_countries_of_a_compound():
    text = "The sixth China-Pakistan-Afghanistan Dialogue will be held in Kabul next month, the ministry said."
    entities = [
        place(text, "China", "country", "China", "CHN"),
        place(text, "Pakistan", "country", "Pakistan", "PAK"),
        place(text, "Afghanistan", "country", "Afghanistan", "AFG"),
        place(text, "Kabul", "city", "Kabul", "AFG"),
    ]
    found = _found(text, entities, [date(text, "next month", "2025-06")], published="2025-05-21")
    assert found == [(["China", "Pakistan", "Afghanistan"], "Kabul", "2025-06", "meeting", "planned")]


def test_a_bloc_adjective_names_the_summit_attended_and_a_gathering_attended_keeps_its_own_day():
    text = (
        "King Abdullah II attended the emergency Arab summit in Cairo on Tuesday. Foreign Minister Ayman Safadi "
        "will take part in a meeting of Gulf foreign ministers on Monday."
    )
    entities = [
        person(text, "Abdullah II", "Abdullah II", "King", "JOR"),
        place(text, "Arab", "norp", "Arab", None) | {"code": None},
        place(text, "Cairo", "city", "Cairo", "EGY"),
        person(text, "Ayman Safadi", "Ayman Safadi", "Foreign Minister", "JOR"),
    ]
    dates = [date(text, "Tuesday", "2025-03-04"), date(text, "Monday", "2025-03-10")]
    found = _found(text, entities, dates, published="2025-03-05")
    assert (["Abdullah II", "Arab League"], "Cairo", "2025-03-04", "summit", "held") in found
    assert (["Gulf Cooperation Council", "Ayman Safadi"], None, "2025-03-10", "summit", "planned") in found


def test_a_country_a_summit_is_on_is_no_side_of_it():
    text = "European leaders gathered in London on Sunday for an emergency summit on Ukraine hosted by Prime Minister Keir Starmer."
    entities = [
        place(text, "London", "city", "London", "GBR"),
        place(text, "Ukraine", "country", "Ukraine", "UKR"),
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
    ]
    found = _found(text, entities, [date(text, "Sunday", "2025-03-02")], published="2025-03-03")
    assert not any("Ukraine" in names for names, *_ in found)


def test_he_who_attended_a_summit_brings_no_one_from_the_sentence_before():
    text = "Antonio Guterres met William Ruto in Nairobi on Friday. He attended the African Union summit in Addis Ababa on Saturday."
    entities = [
        person(text, "Antonio Guterres", "Antonio Guterres", "Secretary-General", None),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        org(text, "African Union", "African Union"),
        place(text, "Addis Ababa", "city", "Addis Ababa", "ETH"),
    ]
    dates = [date(text, "Friday", "2025-02-14"), date(text, "Saturday", "2025-02-15")]
    found = _found(text, entities, dates, published="2025-02-16")
    assert (["Antonio Guterres", "African Union"], "Addis Ababa", "2025-02-15", "summit", "held") in found


def test_leaders_who_co_chair_a_summit_attend_it():
    text = "Ruto, Mnangagwa co-chair joint EAC-SADC summit on Congo crisis"
    entities = [
        person(text, "Ruto", "William Ruto", "President", "KEN"),
        person(text, "Mnangagwa", "Emmerson Mnangagwa", "President", "ZWE"),
        org(text, "EAC", "East African Community"),
        org(text, "SADC", "Southern African Development Community"),
    ]
    found = _found(text, entities, [], published="2025-02-09")
    assert [(sorted(names), kind) for names, _, _, kind, _ in found] == [
        (["East African Community", "Emmerson Mnangagwa", "Southern African Development Community", "William Ruto"], "summit")
    ]


def test_a_minister_for_a_portfolio_of_a_country_with_an_honorific_is_whom_he_met():
    text = "Foreign Minister Sugiono also met Minister for Foreign Affairs of Singapore Dr. Vivian Balakrishnan on Sunday."
    entities = [
        person(text, "Sugiono", "Sugiono", "Foreign Minister", "IDN"),
        place(text, "Singapore", "country", "Singapore", "SGP"),
        person(text, "Vivian Balakrishnan", "Vivian Balakrishnan", "Minister for Foreign Affairs", "SGP"),
    ]
    found = _found(text, entities, [date(text, "Sunday", "2025-01-19")], published="2025-01-20")
    assert found == [(["Sugiono", "Vivian Balakrishnan"], None, "2025-01-19", "meeting", "held")]
