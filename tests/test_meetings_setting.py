"""dipkit meetings: where and when a meeting happened, held or planned, and which mentions are one meeting,
on sentences written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings
from dipkit.split.dateline import find_dateline


def igo(text: str, surface: str, name: str) -> dict:
    return {**org(text, surface, name), "kind": "igo"}


def test_the_capital_of_a_province_is_its_capital_city():
    text = "Premier Wang Hao met Lao Prime Minister Sonexay Siphandone on Tuesday in the capital of Hunan Province."
    entities = [
        person(text, "Wang Hao", "Wang Hao", "Premier", "CHN"),
        place(text, "Lao", "norp", "Lao", "LAO"),
        person(text, "Sonexay Siphandone", "Sonexay Siphandone", "Prime Minister", "LAO"),
        place(text, "Hunan Province", "city", "Hunan", "CHN"),
    ]
    found = find_meetings(text, "2025-05-14", dates=[date(text, "Tuesday", "2025-05-13")], entities=entities)
    assert [brief(m) for m in found] == [(["Wang Hao", "Sonexay Siphandone"], "Changsha", "2025-05-13", "meeting", "held")]


def test_the_capital_of_an_unknown_province_gives_no_place_and_of_a_country_its_capital():
    text = "Premier Wang Hao met Lao Prime Minister Sonexay Siphandone on Tuesday in the capital of Borduria Province."
    entities = [
        person(text, "Wang Hao", "Wang Hao", "Premier", "CHN"),
        place(text, "Lao", "norp", "Lao", "LAO"),
        person(text, "Sonexay Siphandone", "Sonexay Siphandone", "Prime Minister", "LAO"),
        place(text, "Borduria Province", "city", "Borduria", "CHN"),
    ]
    found = find_meetings(text, "2025-05-14", dates=[date(text, "Tuesday", "2025-05-13")], entities=entities)
    assert [brief(m) for m in found] == [(["Wang Hao", "Sonexay Siphandone"], None, "2025-05-13", "meeting", "held")]
    text = "Premier Wang Hao met Lao Prime Minister Sonexay Siphandone on Tuesday in the capital of Kenya."
    entities = entities[:3] + [place(text, "Kenya", "country", "Kenya", "KEN")]
    found = find_meetings(text, "2025-05-14", dates=[date(text, "Tuesday", "2025-05-13")], entities=entities)
    assert [brief(m)[1] for m in found] == ["Nairobi"]


def test_a_date_in_a_quoted_phrase_s_appositive_is_not_the_meeting_s():
    text = (
        "Prime Minister Aiko Mori held talks with President Lee Min-ho in Seoul, "
        "reaffirming a “future-oriented partnership,” a phrase dating back to 1998."
    )
    entities = [
        person(text, "Aiko Mori", "Aiko Mori", "Prime Minister", "JPN"),
        person(text, "Lee Min-ho", "Lee Min-ho", "President", "KOR"),
        place(text, "Seoul", "city", "Seoul", "KOR"),
    ]
    found = find_meetings(text, "2025-11-15", dates=[date(text, "1998", "1998")], entities=entities)
    assert [brief(m) for m in found] == [(["Aiko Mori", "Lee Min-ho"], "Seoul", "2025-11-15", "meeting", "held")]  # the report's day, not 1998


def test_a_possessive_date_before_the_trigger_is_its_own_day():
    text = "President Ana Silva and Prime Minister Jonas Berg signed a trade pact at Wednesday's meeting in Lisbon."
    entities = [
        person(text, "Ana Silva", "Ana Silva", "President", "BRA"),
        person(text, "Jonas Berg", "Jonas Berg", "Prime Minister", "NOR"),
        place(text, "Lisbon", "city", "Lisbon", "PRT"),
    ]
    found = find_meetings(text, "2025-06-06", dates=[date(text, "Wednesday", "2025-06-04")], entities=entities)
    assert [brief(m) for m in found] == [(["Ana Silva", "Jonas Berg"], "Lisbon", "2025-06-04", "meeting", "held")]


def test_the_next_sentence_s_dated_noun_dates_the_meeting_before():
    text = "President Ana Silva held talks with Prime Minister Jonas Berg in Lisbon. The Wednesday meeting was their first since March."
    entities = [
        person(text, "Ana Silva", "Ana Silva", "President", "PRT"),
        person(text, "Jonas Berg", "Jonas Berg", "Prime Minister", "NOR"),
        place(text, "Lisbon", "city", "Lisbon", "PRT"),
    ]
    dates = [date(text, "Wednesday", "2025-06-04"), date(text, "March", "2025-03")]
    found = find_meetings(text, "2025-06-06", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [(["Ana Silva", "Jonas Berg"], "Lisbon", "2025-06-04", "meeting", "held")]


def test_a_dateline_read_by_the_split_layer_gives_the_city_of_a_visit_received_at_home():
    text = "NAIROBI, Kenya (AP) — President William Ruto received Ethiopian Prime Minister Abiy Ahmed on Tuesday."
    assert find_dateline(text)["place"] == "Nairobi"
    entities = [
        place(text, "NAIROBI", "city", "Nairobi", "KEN"),
        place(text, "Kenya", "country", "Kenya", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ethiopian", "norp", "Ethiopian", "ETH"),
        person(text, "Abiy Ahmed", "Abiy Ahmed", "Prime Minister", "ETH"),
    ]
    found = find_meetings(text, "2025-06-11", dates=[date(text, "Tuesday", "2025-06-10")], entities=entities)
    assert [brief(m) for m in found] == [(["William Ruto", "Abiy Ahmed"], "Nairobi", "2025-06-10", "meeting", "held")]


def test_a_trip_for_a_bloc_s_summit_is_that_summit_planned_by_its_opening_day():
    text = (
        "Prime Minister Aiko Mori met Chinese President Xi Jinping in Lima on Friday. "
        "The prime minister flies to Rio de Janeiro for the Group of 20 summit, which begins on Monday."
    )
    entities = [
        person(text, "Aiko Mori", "Aiko Mori", "Prime Minister", "JPN"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Lima", "city", "Lima", "PER"),
        place(text, "Rio de Janeiro", "city", "Rio de Janeiro", "BRA"),
        igo(text, "Group of 20", "G20"),
    ]
    dates = [date(text, "Friday", "2024-11-15"), date(text, "Monday", "2024-11-18")]
    found = find_meetings(text, "2024-11-16", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Aiko Mori", "Xi Jinping"], "Lima", "2024-11-15", "meeting", "held"),
        (["G20", "Aiko Mori"], "Rio de Janeiro", "2024-11-18", "summit", "planned"),
    ]


def test_a_trip_for_a_bloc_s_ministers_consultations_is_the_bloc_s_gathering():
    text = "Trade Minister Ravi Menon is expected to travel to Vientiane next month for the ASEAN-India Economic Ministers’ consultations."
    entities = [
        person(text, "Ravi Menon", "Ravi Menon", "Trade Minister", "IND"),
        place(text, "Vientiane", "city", "Vientiane", "LAO"),
        igo(text, "ASEAN", "ASEAN"),
        place(text, "India", "country", "India", "IND", nth=1),
    ]
    found = find_meetings(text, "2024-08-22", dates=[date(text, "next month", "2024-09")], entities=entities)
    assert [brief(m) for m in found] == [(["ASEAN", "Ravi Menon"], "Vientiane", "2024-09", "summit", "planned")]


def test_a_meeting_of_a_bloc_s_ministers_is_the_bloc_s_gathering():
    text = "Foreign Minister Omar Haddad will head to Manama on Tuesday to take part in a preparatory meeting of Arab foreign ministers."
    entities = [
        person(text, "Omar Haddad", "Omar Haddad", "Foreign Minister", "JOR"),
        place(text, "Manama", "city", "Manama", "BHR"),
        place(text, "Arab", "norp", "Arab", ""),
    ]
    found = find_meetings(text, "2024-05-12", dates=[date(text, "Tuesday", "2024-05-14")], entities=entities)
    assert [brief(m) for m in found] == [(["Omar Haddad", "Arab League"], "Manama", "2024-05-14", "summit", "planned")]


def test_chairing_a_meeting_of_a_bloc_s_envoys_is_attending_the_bloc_s_gathering():
    text = "Thabo Nkosi, South Africa's G20 sherpa, will chair the first meeting of G20 sherpas in Johannesburg from Monday."
    g20 = text.index("G20 sherpas")
    entities = [
        person(text, "Thabo Nkosi", "Thabo Nkosi", "sherpa", "ZAF"),
        place(text, "South Africa", "country", "South Africa", "ZAF"),
        igo(text, "G20", "G20"),
        {**igo(text, "G20", "G20"), "start": g20, "end": g20 + 3},
        place(text, "Johannesburg", "city", "Johannesburg", "ZAF"),
    ]
    found = find_meetings(text, "2024-12-06", dates=[date(text, "Monday", "2024-12-09")], entities=entities)
    assert [brief(m) for m in found] == [(["Thabo Nkosi", "G20"], "Johannesburg", "2024-12-09", "summit", "planned")]


def test_no_date_yet_for_a_meeting_makes_it_planned_and_a_call_stays_apart():
    text = (
        "The two delegations had not yet settled on a date for a meeting between President Ivan Petrov and President John Miller. "
        "Petrov and Miller held a telephone conversation on February 12."
    )
    entities = [
        person(text, "Ivan Petrov", "Ivan Petrov", "President", "RUS"),
        person(text, "John Miller", "John Miller", "President", "USA"),
        person(text, "Petrov", "Ivan Petrov", "President", "RUS", nth=2),
        person(text, "Miller", "John Miller", "President", "USA", nth=2),
    ]
    found = find_meetings(text, "2025-02-18", dates=[date(text, "February 12", "2025-02-12")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Ivan Petrov", "John Miller"], None, None, "meeting", "planned"),
        (["Ivan Petrov", "John Miller"], None, "2025-02-12", "call", "held"),
    ]


def test_a_place_before_after_belongs_to_the_other_event():
    text = "European leaders gathered in London for a summit two days after President Ivan Petrov's meeting with President John Miller."
    entities = [
        place(text, "London", "city", "London", "GBR"),
        person(text, "Ivan Petrov", "Ivan Petrov", "President", "UKR"),
        person(text, "John Miller", "John Miller", "President", "USA"),
    ]
    found = find_meetings(text, "2025-03-02", dates=[], entities=entities)
    assert (["Ivan Petrov", "John Miller"], None, None, "meeting", "held") in [brief(m) for m in found]


def test_both_leaders_are_the_heads_of_government_not_the_ministers_met_last():
    text = (
        "Prime Minister Omar Farooq held talks with Crown Prince Khalid Nasser in Riyadh on Wednesday. "
        "Foreign Minister Ali Raza separately met his counterpart Saad Hamdan. "
        "Both leaders had attended the emergency summit in Doha on Monday."
    )
    entities = [
        person(text, "Omar Farooq", "Omar Farooq", "Prime Minister", "PAK"),
        person(text, "Khalid Nasser", "Khalid Nasser", "Crown Prince", "SAU"),
        place(text, "Riyadh", "city", "Riyadh", "SAU"),
        person(text, "Ali Raza", "Ali Raza", "Foreign Minister", "PAK"),
        person(text, "Saad Hamdan", "Saad Hamdan", "Foreign Minister", "SAU"),
        place(text, "Doha", "city", "Doha", "QAT"),
    ]
    dates = [date(text, "Wednesday", "2025-09-17"), date(text, "Monday", "2025-09-15")]
    found = find_meetings(text, "2025-09-18", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Omar Farooq", "Khalid Nasser"], "Riyadh", "2025-09-17", "meeting", "held"),
        (["Ali Raza", "Saad Hamdan"], "Riyadh", "2025-09-17", "meeting", "held"),
        (["Omar Farooq", "Khalid Nasser"], "Doha", "2025-09-15", "summit", "held"),
    ]


def test_a_separate_call_shares_the_day_of_the_call_before_and_a_meeting_keeps_its_own():
    text = (
        "Foreign Minister Li Wen held talks with Foreign Minister Omar Farooq in Beijing on Tuesday. "
        "On May 10, the two ministers spoke by phone. Li also held a separate phone conversation with adviser Arjun Rao."
    )
    entities = [
        person(text, "Li Wen", "Li Wen", "Foreign Minister", "CHN"),
        person(text, "Omar Farooq", "Omar Farooq", "Foreign Minister", "PAK"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Li", "Li Wen", "Foreign Minister", "CHN", nth=2),
        person(text, "Arjun Rao", "Arjun Rao", "adviser", "IND"),
    ]
    dates = [date(text, "Tuesday", "2025-05-20"), date(text, "May 10", "2025-05-10")]
    found = find_meetings(text, "2025-05-20", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Li Wen", "Omar Farooq"], "Beijing", "2025-05-20", "meeting", "held"),
        (["Li Wen", "Omar Farooq"], None, "2025-05-10", "call", "held"),
        (["Li Wen", "Arjun Rao"], None, "2025-05-10", "call", "held"),
    ]


def test_a_meeting_floated_earlier_that_has_yet_to_take_place_is_planned_and_undated():
    text = "A meeting between President Amadou Diallo and President Kofi Mensah, first floated in December, has yet to take place."
    entities = [
        person(text, "Amadou Diallo", "Amadou Diallo", "President", "SEN"),
        person(text, "Kofi Mensah", "Kofi Mensah", "President", "GHA"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "December", "2024-12")], entities=entities)
    assert [brief(m) for m in found] == [(["Amadou Diallo", "Kofi Mensah"], None, None, "meeting", "planned")]


def test_leading_a_delegation_to_a_session_opening_tomorrow_and_meeting_on_its_sidelines():
    text = (
        "Sheikh Hamad is due to lead the delegation to the UN General Assembly in New York, which opens on Tuesday. "
        "He is expected to meet Secretary of State John Clark on the sidelines."
    )
    entities = [
        person(text, "Sheikh Hamad", "Hamad Al Thani", "Foreign Minister", "QAT"),
        igo(text, "UN General Assembly", "United Nations General Assembly"),
        place(text, "New York", "city", "New York", "USA"),
        person(text, "John Clark", "John Clark", "Secretary of State", "USA"),
    ]
    found = find_meetings(text, "2024-09-23", dates=[date(text, "Tuesday", "2024-09-24")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Hamad Al Thani", "United Nations General Assembly"], "New York", "2024-09-24", "summit", "planned"),
        (["Hamad Al Thani", "John Clark"], "New York", "2024-09-24", "meeting", "planned"),
    ]


def test_the_eve_of_a_summit_dates_the_eve_and_a_meeting_before_leaving_a_city_is_there():
    text = (
        "On the eve of the summit Friday, President Ana Silva met Prime Minister Jonas Berg. "
        "Secretary-General Omar Haddad is expected to meet Berg on Sunday before leaving Addis Ababa."
    )
    entities = [
        person(text, "Ana Silva", "Ana Silva", "President", "BRA"),
        person(text, "Jonas Berg", "Jonas Berg", "Prime Minister", "ETH"),
        person(text, "Omar Haddad", "Omar Haddad", "Secretary-General", None),
        person(text, "Berg", "Jonas Berg", "Prime Minister", "ETH", nth=2),
        place(text, "Addis Ababa", "city", "Addis Ababa", "ETH"),
    ]
    dates = [date(text, "Friday", "2025-02-14"), date(text, "Sunday", "2025-02-16")]
    found = find_meetings(text, "2025-02-15", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Ana Silva", "Jonas Berg"], None, "2025-02-14", "meeting", "held"),
        (["Omar Haddad", "Jonas Berg"], "Addis Ababa", "2025-02-16", "meeting", "planned"),
    ]


def test_a_meeting_on_the_sidelines_of_a_summit_named_for_its_host_reports_that_summit():
    text = "President Amina Odhiambo and President Kofi Mensah will meet on the sidelines of the Korea-Africa Summit in Seoul on June 4."
    entities = [
        person(text, "Amina Odhiambo", "Amina Odhiambo", "President", "KEN"),
        person(text, "Kofi Mensah", "Kofi Mensah", "President", "GHA"),
        place(text, "Korea", "country", "South Korea", "KOR"),
        place(text, "Africa", "city", "Africa", ""),
        place(text, "Seoul", "city", "Seoul", "KOR"),
    ]
    found = find_meetings(text, "2024-05-20", dates=[date(text, "June 4", "2024-06-04")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Amina Odhiambo", "Kofi Mensah"], "Seoul", "2024-06-04", "meeting", "planned"),
        (["South Korea", "Amina Odhiambo", "Kofi Mensah"], "Seoul", "2024-06-04", "summit", "planned"),
    ]


def test_talks_that_came_after_a_dated_call_do_not_take_its_day_and_a_next_round_of_dialogue_is_planned():
    text = (
        "Foreign Minister Amina Odhiambo held talks with Foreign Minister Kofi Mensah in Accra on Thursday. "
        "The talks came after President Ama Boateng spoke to President Juma Otieno on Wednesday. "
        "Odhiambo and Mensah agreed to hold the next round of their strategic dialogue in Nairobi later this year."
    )
    entities = [
        person(text, "Amina Odhiambo", "Amina Odhiambo", "Foreign Minister", "KEN"),
        person(text, "Kofi Mensah", "Kofi Mensah", "Foreign Minister", "GHA"),
        place(text, "Accra", "city", "Accra", "GHA"),
        person(text, "Ama Boateng", "Ama Boateng", "President", "GHA"),
        person(text, "Juma Otieno", "Juma Otieno", "President", "KEN"),
        person(text, "Odhiambo", "Amina Odhiambo", "Foreign Minister", "KEN", nth=2),
        person(text, "Mensah", "Kofi Mensah", "Foreign Minister", "GHA", nth=2),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
    ]
    dates = [date(text, "Thursday", "2025-05-15"), date(text, "Wednesday", "2025-05-14"), date(text, "later this year", "2025")]
    found = find_meetings(text, "2025-05-16", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Amina Odhiambo", "Kofi Mensah"], "Accra", "2025-05-15", "meeting", "held"),
        (["Ama Boateng", "Juma Otieno"], None, "2025-05-14", "call", "held"),
        (["Amina Odhiambo", "Kofi Mensah"], "Nairobi", "2025", "meeting", "planned"),
    ]


def test_a_possessive_day_dates_the_summit_it_names_and_the_meetings_on_its_sidelines():
    text = (
        "President Ana Silva will hold talks with President Li Ming on the sidelines of next week's BRICS summit in Kazan. "
        "President Omar Haddad took part in a tripartite summit with President Ana Silva and President Li Ming in Asmara. "
        "The three leaders agreed during Thursday's summit to form a joint committee."
    )
    entities = [
        person(text, "Ana Silva", "Ana Silva", "President", "BRA"),
        person(text, "Li Ming", "Li Ming", "President", "CHN"),
        igo(text, "BRICS", "BRICS"),
        place(text, "Kazan", "city", "Kazan", "RUS"),
        person(text, "Omar Haddad", "Omar Haddad", "President", "EGY"),
        person(text, "Ana Silva", "Ana Silva", "President", "BRA", nth=2),
        person(text, "Li Ming", "Li Ming", "President", "CHN", nth=2),
        place(text, "Asmara", "city", "Asmara", "ERI"),
    ]
    dates = [date(text, "next week", "2024-W43"), date(text, "Thursday", "2024-10-10")]
    found = find_meetings(text, "2024-10-12", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Ana Silva", "Li Ming"], "Kazan", "2024-W43", "meeting", "planned"),
        (["BRICS", "Ana Silva", "Li Ming"], "Kazan", "2024-W43", "summit", "planned"),
        (["Omar Haddad", "Ana Silva", "Li Ming"], "Asmara", "2024-10-10", "summit", "held"),
    ]


def test_a_meeting_in_a_province_s_capital_is_in_its_capital_city():
    text = "President Ana Silva met Premier Li Ming on Friday in the Sichuan capital."
    entities = [
        person(text, "Ana Silva", "Ana Silva", "President", "BRA"),
        person(text, "Li Ming", "Li Ming", "Premier", "CHN"),
        place(text, "Sichuan", "city", "Sichuan", "CHN"),
    ]
    found = find_meetings(text, "2024-10-19", dates=[date(text, "Friday", "2024-10-18")], entities=entities)
    assert [brief(m) for m in found] == [(["Ana Silva", "Li Ming"], "Chengdu", "2024-10-18", "meeting", "held")]


def test_a_summit_in_a_trailing_phrase_takes_the_day_of_its_clause_and_gives_it_to_its_sidelines():
    text = (
        "Leaders of the Mercosur bloc on Friday announced a trade deal, at a summit in Montevideo. "
        "On the sidelines, President Ana Silva held a bilateral meeting with President Jonas Berg."
    )
    entities = [
        igo(text, "Mercosur", "Mercosur"),
        place(text, "Montevideo", "city", "Montevideo", "URY"),
        person(text, "Ana Silva", "Ana Silva", "President", "BRA"),
        person(text, "Jonas Berg", "Jonas Berg", "President", "PRY"),
    ]
    found = find_meetings(text, "2024-12-07", dates=[date(text, "Friday", "2024-12-06")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Mercosur", "Ana Silva", "Jonas Berg"], "Montevideo", "2024-12-06", "summit", "held"),
        (["Ana Silva", "Jonas Berg"], "Montevideo", "2024-12-06", "meeting", "held"),
    ]


def test_calls_most_recently_on_a_day_are_dated_that_day():
    text = "President Ana Silva and President John Miller have spoken by phone several times since January, most recently on April 16."
    entities = [person(text, "Ana Silva", "Ana Silva", "President", "MEX"), person(text, "John Miller", "John Miller", "President", "USA")]
    dates = [date(text, "January", "2025-01"), date(text, "April 16", "2025-04-16")]
    found = find_meetings(text, "2025-05-20", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [(["Ana Silva", "John Miller"], None, "2025-04-16", "call", "held")]


def test_the_three_sides_are_the_states_of_the_last_trilateral_and_the_two_ministers_the_last_pair():
    text = (
        "Foreign Minister Li Wen held talks with Foreign Minister Omar Farooq in Beijing on Tuesday. "
        "Li will host a trilateral meeting in Beijing on Wednesday with Farooq and acting Foreign Minister Amir Karimi. "
        "The three sides last met in Islamabad in May 2023. "
        "The two ministers agreed to hold the next round of their strategic dialogue in Islamabad later this year."
    )
    entities = [
        person(text, "Li Wen", "Li Wen", "Foreign Minister", "CHN"),
        person(text, "Omar Farooq", "Omar Farooq", "Foreign Minister", "PAK"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Li", "Li Wen", "Foreign Minister", "CHN", nth=2),
        place(text, "Beijing", "city", "Beijing", "CHN", nth=2),
        person(text, "Farooq", "Omar Farooq", "Foreign Minister", "PAK", nth=2),
        person(text, "Amir Karimi", "Amir Karimi", "Foreign Minister", "AFG"),
        place(text, "Islamabad", "city", "Islamabad", "PAK"),
        place(text, "Islamabad", "city", "Islamabad", "PAK", nth=2),
    ]
    dates = [
        date(text, "Tuesday", "2025-05-20"),
        date(text, "Wednesday", "2025-05-21"),
        date(text, "May 2023", "2023-05"),
        date(text, "later this year", "2025"),
    ]
    found = find_meetings(text, "2025-05-20", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Li Wen", "Omar Farooq"], "Beijing", "2025-05-20", "meeting", "held"),
        (["Li Wen", "Omar Farooq", "Amir Karimi"], "Beijing", "2025-05-21", "meeting", "planned"),
        (["China", "Pakistan", "Afghanistan"], "Islamabad", "2023-05", "meeting", "held"),
        (["Li Wen", "Omar Farooq"], "Islamabad", "2025", "meeting", "planned"),
    ]


def test_a_trilateral_summit_joined_at_a_bloc_s_summit_is_a_gathering_of_its_own():
    text = (
        "Prime Minister Aiko Mori met President Li Ming on Friday on the sidelines of the APEC summit in Lima. "
        "Earlier on Friday, Mori joined President John Miller and President Kim Ha-neul for a trilateral summit in Lima."
    )
    entities = [
        person(text, "Aiko Mori", "Aiko Mori", "Prime Minister", "JPN"),
        person(text, "Li Ming", "Li Ming", "President", "CHN"),
        igo(text, "APEC", "Asia-Pacific Economic Cooperation"),
        place(text, "Lima", "city", "Lima", "PER"),
        person(text, "Mori", "Aiko Mori", "Prime Minister", "JPN", nth=2),
        person(text, "John Miller", "John Miller", "President", "USA"),
        person(text, "Kim Ha-neul", "Kim Ha-neul", "President", "KOR"),
        place(text, "Lima", "city", "Lima", "PER", nth=2),
    ]
    dates = [date(text, "Friday", "2024-11-15"), date(text, "Friday", "2024-11-15", nth=2)]
    found = find_meetings(text, "2024-11-16", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Aiko Mori", "Li Ming"], "Lima", "2024-11-15", "meeting", "held"),
        (["Asia-Pacific Economic Cooperation", "Aiko Mori", "Li Ming"], "Lima", "2024-11-15", "summit", "held"),
        (["Aiko Mori", "John Miller", "Kim Ha-neul"], "Lima", "2024-11-15", "summit", "held"),
    ]


def test_a_joint_summit_of_the_two_blocs_is_a_summit_of_the_two_organizations_named_before():
    text = (
        "The panel was appointed by the East African Community and the Southern African Development Community. "
        "It was named at a joint summit of the two blocs in Dar es Salaam last month."
    )
    entities = [
        igo(text, "East African Community", "East African Community"),
        igo(text, "Southern African Development Community", "Southern African Development Community"),
        place(text, "Dar es Salaam", "city", "Dar es Salaam", "TZA"),
    ]
    found = find_meetings(text, "2025-03-28", dates=[date(text, "last month", "2025-02")], entities=entities)
    assert [brief(m)[:4] for m in found] == [
        (["East African Community", "Southern African Development Community"], "Dar es Salaam", "2025-02", "summit")
    ]


def test_a_meeting_on_the_sidelines_of_an_abbreviated_bloc_s_summit_in_a_city_and_country_later_this_month():
    text = (
        "Prime Minister Ravi Menon is expected to meet President Ivan Petrov on the sidelines of the "
        "Shanghai Cooperation Organisation (SCO) summit in Tianjin, China, later this month."
    )
    entities = [
        person(text, "Ravi Menon", "Ravi Menon", "Prime Minister", "IND"),
        person(text, "Ivan Petrov", "Ivan Petrov", "President", "RUS"),
        igo(text, "Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation"),
        igo(text, "SCO", "Shanghai Cooperation Organisation"),
        place(text, "Tianjin", "city", "Tianjin", "CHN"),
        place(text, "China", "country", "China", "CHN"),
    ]
    found = find_meetings(text, "2025-08-21", dates=[date(text, "later this month", "2025-08")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Ravi Menon", "Ivan Petrov"], "Tianjin", "2025-08", "meeting", "planned"),
        (["Shanghai Cooperation Organisation", "Ravi Menon", "Ivan Petrov"], "Tianjin", "2025-08", "summit", "planned"),
    ]


def test_leaving_for_a_city_to_attend_a_session_places_it_there_with_the_meeting_expected_at_it():
    text = (
        "Prime Minister Omar Farooq is scheduled to leave for New York next week to attend the session of the "
        "UN General Assembly, where he is also expected to meet President John Miller."
    )
    entities = [
        person(text, "Omar Farooq", "Omar Farooq", "Prime Minister", "PAK"),
        place(text, "New York", "city", "New York", "USA"),
        igo(text, "UN General Assembly", "United Nations General Assembly"),
        person(text, "John Miller", "John Miller", "President", "USA"),
    ]
    found = find_meetings(text, "2025-09-18", dates=[date(text, "next week", "2025-W39")], entities=entities)
    assert (["Omar Farooq", "United Nations General Assembly"], "New York", "2025-W39", "summit", "planned") in [brief(m) for m in found]


def test_countries_eyeing_talks_are_the_talks_their_ministers_will_hold():
    text = (
        "Manila, Tokyo eye ‘2+2’ talks in Tokyo\n\n"
        "The planned talks would bring together Secretary Ana Cruz, Secretary Jose Reyes, Minister Ken Sato and Minister Yui Mori."
    )
    entities = [
        place(text, "Manila", "city", "Philippines", "PHL"),
        place(text, "Tokyo", "city", "Japan", "JPN"),
        place(text, "Tokyo", "city", "Tokyo", "JPN", nth=2),
        person(text, "Ana Cruz", "Ana Cruz", "Foreign Secretary", "PHL"),
        person(text, "Jose Reyes", "Jose Reyes", "Defense Secretary", "PHL"),
        person(text, "Ken Sato", "Ken Sato", "Foreign Minister", "JPN"),
        person(text, "Yui Mori", "Yui Mori", "Defense Minister", "JPN"),
    ]
    found = find_meetings(text, "2025-08-22", dates=[], entities=entities)
    assert [(sorted(brief(m)[0]), *brief(m)[1:]) for m in found] == [
        (["Ana Cruz", "Jose Reyes", "Ken Sato", "Yui Mori"], "Tokyo", None, "meeting", "planned")
    ]


def test_a_named_summit_someone_hosted_in_a_relative_clause_gathers_the_host_and_those_named_after():
    text = (
        "Premier Ana Silva met President Li Ming on Wednesday, a day before the eighth Mekong Summit, which Li hosted "
        "on Thursday with the participation of Prime Minister Hun Sen and Prime Minister Kofi Mensah."
    )
    entities = [
        person(text, "Ana Silva", "Ana Silva", "Premier", "VNM"),
        person(text, "Li Ming", "Li Ming", "President", "CHN"),
        person(text, "Li", "Li Ming", "President", "CHN", nth=2),
        person(text, "Hun Sen", "Hun Sen", "Prime Minister", "KHM"),
        person(text, "Kofi Mensah", "Kofi Mensah", "Prime Minister", "LAO"),
    ]
    dates = [date(text, "Wednesday", "2024-11-06"), date(text, "Thursday", "2024-11-07")]
    found = find_meetings(text, "2024-11-08", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Ana Silva", "Li Ming"], None, "2024-11-06", "meeting", "held"),
        (["Li Ming", "Hun Sen", "Kofi Mensah"], None, "2024-11-07", "summit", "held"),
    ]


def test_a_call_made_later_by_a_delegate_is_no_part_of_the_talks_between_the_states():
    text = (
        "Bangladesh and Pakistan held their first consultations in 15 years in Dhaka on Thursday. "
        "Foreign Secretary Amna Baloch later called on Foreign Adviser Touhid Hossain."
    )
    entities = [
        place(text, "Bangladesh", "country", "Bangladesh", "BGD"),
        place(text, "Pakistan", "country", "Pakistan", "PAK"),
        place(text, "Dhaka", "city", "Dhaka", "BGD"),
        person(text, "Amna Baloch", "Amna Baloch", "Foreign Secretary", "PAK"),
        person(text, "Touhid Hossain", "Touhid Hossain", "Foreign Adviser", "BGD"),
    ]
    found = find_meetings(text, "2025-04-18", dates=[date(text, "Thursday", "2025-04-17")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Bangladesh", "Pakistan"], "Dhaka", "2025-04-17", "meeting", "held"),
        (["Amna Baloch", "Touhid Hossain"], "Dhaka", "2025-04-17", "meeting", "held"),
    ]


def test_a_separate_meeting_takes_the_day_the_datelined_lead_gives_its_occasion():
    text = (
        "RIYADH, Sept 17 — Prime Minister Omar Farooq held talks with Crown Prince Khalid Nasser at the palace. "
        "The pact covers defence. It was years in the making. Analysts called it historic. "
        "Foreign Minister Ali Raza separately met his Saudi counterpart, Prince Saad Hamdan."
    )
    entities = [
        place(text, "RIYADH", "city", "Riyadh", "SAU"),
        person(text, "Omar Farooq", "Omar Farooq", "Prime Minister", "PAK"),
        person(text, "Khalid Nasser", "Khalid Nasser", "Crown Prince", "SAU"),
        person(text, "Ali Raza", "Ali Raza", "Foreign Minister", "PAK"),
        place(text, "Saudi", "norp", "Saudi", "SAU"),
        person(text, "Saad Hamdan", "Saad Hamdan", "Foreign Minister", "SAU"),
    ]
    found = find_meetings(text, "2025-09-18", dates=[date(text, "Sept 17", "2025-09-17")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Omar Farooq", "Khalid Nasser"], "Riyadh", "2025-09-17", "meeting", "held"),
        (["Ali Raza", "Saad Hamdan"], "Riyadh", "2025-09-17", "meeting", "held"),
    ]


def test_a_participle_describing_the_talks_keeps_their_place_and_day():
    text = "The talks between President Ana Silva and President Li Ming, held in Beijing on Monday, focused on trade."
    entities = [
        person(text, "Ana Silva", "Ana Silva", "President", "BRA"),
        person(text, "Li Ming", "Li Ming", "President", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
    ]
    found = find_meetings(text, "2025-05-21", dates=[date(text, "Monday", "2025-05-19")], entities=entities)
    assert [brief(m) for m in found] == [(["Ana Silva", "Li Ming"], "Beijing", "2025-05-19", "meeting", "held")]


def test_the_two_meeting_again_next_year_is_a_plan_of_its_own_and_a_year_a_concept_dates_back_to_is_no_day():
    text = "President Ana Silva held talks with President Li Ming in Brasilia on Monday, and the two will meet again next year."
    entities = [
        person(text, "Ana Silva", "Ana Silva", "President", "BRA"),
        person(text, "Li Ming", "Li Ming", "President", "CHN"),
        place(text, "Brasilia", "city", "Brasilia", "BRA"),
    ]
    dates = [date(text, "Monday", "2025-05-19"), date(text, "next year", "2026")]
    found = find_meetings(text, "2025-05-21", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Ana Silva", "Li Ming"], "Brasilia", "2025-05-19", "meeting", "held"),
        (["Ana Silva", "Li Ming"], None, "2026", "meeting", "planned"),
    ]
    text = "President Ana Silva held talks with President Li Ming in Brasilia on a partnership dating back to 2006."
    entities = entities[:2] + [place(text, "Brasilia", "city", "Brasilia", "BRA")]
    found = find_meetings(text, "2025-05-21", dates=[date(text, "2006", "2006")], entities=entities)
    assert [brief(m) for m in found] == [(["Ana Silva", "Li Ming"], "Brasilia", "2025-05-21", "meeting", "held")]  # not 2006
