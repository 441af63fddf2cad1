"""dipkit meetings, round 8 (detection and participants), on pages written for these tests: a bloc's summit that
names no attending person has the state that holds it ("will be held in Laos", "the summit that Kenya will host") as
its other participant; "any talks with X would" and "accession talks" are no meetings; "AU Commission chairperson X"
keeps the body in X's title; "the two leaders met", right after a sentence naming them, are those two (not the states
whose talks came first); "he" points past the person a pronoun met in the sentence before; "The prime minister, who
..., is to meet" has the title as its subject; the leaders listed "among the leaders present" attend the summit
reported before; "talks in Beijing between A and B" are A's and B's; a dateline city is no subject; "resolve
differences through dialogue and consultation" is a means, no meeting.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly as _found, org, person, place

from dipkit.meetings import find_meetings


def test_a_blocs_summit_held_in_a_state_has_that_state_as_participant():
    text = (
        "Regional trade ministers agreed on Tuesday to cut tariffs on farm goods. "
        "The next ASEAN summit will be held in Laos in October, officials said."
    )
    entities = [org(text, "ASEAN", "Association of Southeast Asian Nations"), place(text, "Laos", "country", "Laos", "LAO")]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "October", "2025-10")]
    assert _found(text, entities, dates) == [
        (["Association of Southeast Asian Nations", "Laos"], "Laos", "2025-10", "summit", "planned"),
    ]


def test_a_blocs_summit_a_state_will_host_has_that_state_as_participant():
    text = "Officials said the COMESA summit that Kenya will host in June would take up the fuel crisis."
    entities = [
        org(text, "COMESA", "Common Market for Eastern and Southern Africa"),
        place(text, "Kenya", "country", "Kenya", "KEN"),
    ]
    dates = [date(text, "June", "2025-06")]
    found = _found(text, entities, dates)
    assert [(names, kind, status) for names, _, _, kind, status in found] == [
        (["Common Market for Eastern and Southern Africa", "Kenya"], "summit", "planned"),
    ]


def test_a_city_after_held_in_is_no_participant_and_a_named_guest_keeps_the_summit_his():
    text = (
        "The EU summit will be held in Brussels on Thursday. "
        "Kenyan President William Ruto is due to attend the African Union summit, which will be held in Ethiopia next week."
    )
    entities = [
        org(text, "EU", "European Union"),
        place(text, "Brussels", "city", "Brussels", "BEL"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        org(text, "African Union", "African Union"),
        place(text, "Ethiopia", "country", "Ethiopia", "ETH"),
    ]
    dates = [date(text, "Thursday", "2025-03-13"), date(text, "next week", "2025-W12")]
    found = _found(text, entities, dates)
    assert [names for names, *_ in found] == [["William Ruto", "African Union"]]


def test_any_talks_is_a_supposition_not_a_meeting():
    text = (
        "Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Lviv on Thursday. "
        "Zelensky said any talks with Moscow would require Russian troops to leave Ukraine first."
    )
    entities = [
        place(text, "Ukrainian", "norp", "Ukrainian", "UKR"),
        person(text, "Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        place(text, "Lviv", "city", "Lviv", "UKR"),
        person(text, "Zelensky", "Volodymyr Zelensky", None, "UKR", nth=2),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        place(text, "Ukraine", "country", "Ukraine", "UKR"),
    ]
    dates = [date(text, "Thursday", "2025-03-06")]
    assert _found(text, entities, dates) == [
        (["Volodymyr Zelensky", "Recep Tayyip Erdogan"], "Lviv", "2025-03-06", "meeting", "held"),
    ]


def test_a_body_and_chairperson_title_stays_with_its_holder_in_a_coordinated_subject():
    text = (
        "EU foreign policy chief Federica Mogherini spoke to reporters in Abidjan on Tuesday. "
        "Mogherini and AU Commission chairperson Moussa Faki Mahamat will meet UN Secretary-General Antonio Guterres on Wednesday."
    )
    entities = [
        org(text, "EU", "European Union"),
        person(text, "Federica Mogherini", "Federica Mogherini", "chief", None),
        place(text, "Abidjan", "city", "Abidjan", "CIV"),
        person(text, "Mogherini", "Federica Mogherini", "chief", None, nth=2),
        org(text, "AU Commission", "African Union Commission"),
        person(text, "Moussa Faki Mahamat", "Moussa Faki Mahamat", "chairperson", None),
        org(text, "UN", "United Nations"),
        person(text, "Antonio Guterres", "Antonio Guterres", "Secretary-General", None),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "Wednesday", "2025-03-12")]
    found = _found(text, entities, dates)
    assert [(names, status) for names, _, _, _, status in found] == [
        (["Federica Mogherini", "Moussa Faki Mahamat", "Antonio Guterres"], "planned"),
    ]


def test_the_two_leaders_named_together_before_are_not_the_states_whose_talks_came_first():
    text = (
        "Norway and Sweden will begin negotiations on their fishing rights, Prime Minister Jonas Gahr Store and his "
        "Swedish counterpart Ulf Kristersson announced on Monday. "
        "The two leaders met for the annual Nordic Leaders' Retreat in Oslo."
    )
    entities = [
        place(text, "Norway", "country", "Norway", "NOR"),
        place(text, "Sweden", "country", "Sweden", "SWE"),
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Swedish", "norp", "Swedish", "SWE"),
        person(text, "Ulf Kristersson", "Ulf Kristersson", "Prime Minister", "SWE"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    dates = [date(text, "Monday", "2025-03-10")]
    found = _found(text, entities, dates)
    assert (["Jonas Gahr Store", "Ulf Kristersson"], "Oslo", "2025-03-10", "meeting", "held") in found
    assert not any(names == ["Norway", "Sweden"] and status == "held" for names, _, _, _, status in found)


def test_he_points_past_the_person_a_pronoun_met_in_the_sentence_before():
    text = (
        "Canadian Prime Minister Mark Carney flew to Tokyo from Seoul. "
        "Earlier on Friday he met South Korean President Lee Jae-myung in Seoul, telling him that trade would grow. "
        "On Thursday, he held talks with Chinese Premier Li Qiang in Beijing."
    )
    entities = [
        place(text, "Canadian", "norp", "Canadian", "CAN"),
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        place(text, "Seoul", "city", "Seoul", "KOR"),
        place(text, "South Korean", "norp", "South Korean", "KOR"),
        person(text, "Lee Jae-myung", "Lee Jae-myung", "President", "KOR"),
        place(text, "Seoul", "city", "Seoul", "KOR", nth=2),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
    ]
    dates = [date(text, "Friday", "2025-03-07"), date(text, "Thursday", "2025-03-06")]
    found = _found(text, entities, dates)
    assert (["Mark Carney", "Li Qiang"], "Beijing", "2025-03-06", "meeting", "held") in found
    assert not any("Lee Jae-myung" in names and "Li Qiang" in names for names, *_ in found)


def test_a_bare_title_before_a_relative_aside_is_the_subject():
    text = (
        "Prime Minister Keir Starmer met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday. "
        "The prime minister, who landed in Turkey on Monday after a stop in Athens, is scheduled to meet "
        "Greek Prime Minister Kyriakos Mitsotakis in Athens on Thursday."
    )
    entities = [
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        place(text, "Ankara", "city", "Ankara", "TUR"),
        place(text, "Turkey", "country", "Turkey", "TUR"),
        place(text, "Athens", "city", "Athens", "GRC"),
        place(text, "Greek", "norp", "Greek", "GRC"),
        person(text, "Kyriakos Mitsotakis", "Kyriakos Mitsotakis", "Prime Minister", "GRC"),
        place(text, "Athens", "city", "Athens", "GRC", nth=2),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "Monday", "2025-03-10"), date(text, "Thursday", "2025-03-13")]
    found = _found(text, entities, dates)
    assert (["Keir Starmer", "Kyriakos Mitsotakis"], "Athens", "2025-03-13", "meeting", "planned") in found


def test_accession_talks_are_a_process_not_a_meeting():
    text = "Hungary kept blocking the start of accession talks with Ukraine and Moldova, diplomats said on Thursday."
    entities = [
        place(text, "Hungary", "country", "Hungary", "HUN"),
        place(text, "Ukraine", "country", "Ukraine", "UKR"),
        place(text, "Moldova", "country", "Moldova", "MDA"),
    ]
    dates = [date(text, "Thursday", "2025-03-13")]
    assert _found(text, entities, dates) == []


def test_the_leaders_listed_as_present_attend_the_summit_reported_before():
    text = (
        "East African leaders on Saturday held an extraordinary summit of the East African Community in Arusha. "
        "Kenyan President William Ruto opened the session. "
        "Among the leaders present were Ugandan President Yoweri Museveni and Rwanda's Paul Kagame."
    )
    entities = [
        org(text, "East African Community", "East African Community"),
        place(text, "Arusha", "city", "Arusha", "TZA"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ugandan", "norp", "Ugandan", "UGA"),
        person(text, "Yoweri Museveni", "Yoweri Museveni", "President", "UGA"),
        place(text, "Rwanda", "country", "Rwanda", "RWA"),
        person(text, "Paul Kagame", "Paul Kagame", None, "RWA"),
    ]
    dates = [date(text, "Saturday", "2025-03-08")]
    found = _found(text, entities, dates)
    summits = [names for names, _, _, kind, _ in found if kind == "summit"]
    assert len(summits) == 1
    assert {"East African Community", "Yoweri Museveni", "Paul Kagame"} <= set(summits[0])


def test_talks_in_a_city_between_two_persons_are_theirs_not_the_subjects():
    text = (
        "China and Brazil on Thursday issued a joint statement on Ukraine, following talks in Beijing between "
        "Chinese Foreign Minister Wang Yi and Brazilian adviser Celso Amorim."
    )
    entities = [
        place(text, "China", "country", "China", "CHN"),
        place(text, "Brazil", "country", "Brazil", "BRA"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Brazilian", "norp", "Brazilian", "BRA"),
        person(text, "Celso Amorim", "Celso Amorim", "adviser", "BRA"),
    ]
    dates = [date(text, "Thursday", "2025-03-13")]
    found = _found(text, entities, dates, published="2025-03-14")  # (a past Thursday: the report is of the day after)
    assert found == [(["Wang Yi", "Celso Amorim"], "Beijing", "2025-03-13", "meeting", "held")]


def test_the_dateline_city_is_no_subject_of_the_first_sentence():
    text = (
        "ABUJA - West African leaders on Thursday began an extraordinary summit of ECOWAS in Abuja. "
        "Among the leaders present were Ghana's Nana Akufo-Addo and Benin's Patrice Talon."
    )
    entities = [
        place(text, "ABUJA", "city", "Abuja", "NGA"),
        org(text, "ECOWAS", "Economic Community of West African States"),
        place(text, "Abuja", "city", "Abuja", "NGA"),
        place(text, "Ghana", "country", "Ghana", "GHA"),
        person(text, "Nana Akufo-Addo", "Nana Akufo-Addo", None, "GHA"),
        place(text, "Benin", "country", "Benin", "BEN"),
        person(text, "Patrice Talon", "Patrice Talon", None, "BEN"),
    ]
    dates = [date(text, "Thursday", "2025-03-13")]
    line = {"place": "Abuja", "date": None, "source": None, "start": 0, "end": 7, "text": "ABUJA -"}
    found = find_meetings(text, published="2025-03-14", dates=dates, entities=entities, dateline=line)
    assert [[p["name"] for p in m["participants"]] for m in found] == [
        ["Economic Community of West African States", "Nana Akufo-Addo", "Patrice Talon"],
    ]


def test_dialogue_and_consultation_as_a_means_are_no_meeting():
    text = (
        "Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Beijing on Tuesday. "
        "\"We hope India and Pakistan will resolve their differences through dialogue and consultation,\" Wang said."
    )
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Pakistani", "norp", "Pakistani", "PAK"),
        person(text, "Ishaq Dar", "Ishaq Dar", "Foreign Minister", "PAK"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "India", "country", "India", "IND"),
        place(text, "Pakistan", "country", "Pakistan", "PAK", nth=2),
        person(text, "Wang", "Wang Yi", "Foreign Minister", "CHN", nth=2),
    ]
    dates = [date(text, "Tuesday", "2025-03-11")]
    assert _found(text, entities, dates) == [(["Wang Yi", "Ishaq Dar"], "Beijing", "2025-03-11", "meeting", "held")]
