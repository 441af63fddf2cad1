"""dipkit meetings, third round on triggers: a meal together ("lunched with", "a working dinner with"), a guest
met on arrival ("was met on the tarmac by X"), a named dialogue ("a strategic dialogue between A and B"), and
abstract calls for dialogue that are no meeting, on sentences written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings


def test_lunched_with_is_a_meeting():
    text = "Canadian Prime Minister Mark Carney lunched with Mexican President Claudia Sheinbaum on Tuesday."
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        person(text, "Claudia Sheinbaum", "Claudia Sheinbaum", "President", "MEX"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "Tuesday", "2025-03-04")], entities=entities)
    assert [brief(m) for m in found] == [(["Mark Carney", "Claudia Sheinbaum"], None, "2025-03-04", "meeting", "held")]


def test_a_working_dinner_with_a_leader_is_a_meeting_with_him():
    text = "Mark Carney arrived in Paris on Monday and went straight into a working dinner with Emmanuel Macron."
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        place(text, "Paris", "city", "Paris", "FRA"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "Monday", "2025-03-10")], entities=entities)
    assert [brief(m) for m in found] == [(["Mark Carney", "Emmanuel Macron"], "Paris", "2025-03-10", "meeting", "held")]


def test_met_on_the_tarmac_by_an_official_is_a_meeting_with_him():
    text = "Mark Carney landed in Canberra on Saturday and was met on the tarmac by Foreign Minister Penny Wong."
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        place(text, "Canberra", "city", "Canberra", "AUS"),
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "Saturday", "2025-03-08")], entities=entities)
    assert [brief(m) for m in found] == [(["Mark Carney", "Penny Wong"], "Canberra", "2025-03-08", "meeting", "held")]


def test_was_met_by_names_the_host_after_by():
    text = "Mark Carney was met at the airport by Penny Wong."
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[], entities=entities)
    assert [brief(m)[0] for m in found] == [["Mark Carney", "Penny Wong"]]


def test_a_strategic_dialogue_between_two_ministers_is_a_meeting():
    text = "Last month, a strategic dialogue between Subrahmanyam Jaishankar and Johann Wadephul took place in Berlin."
    entities = [
        person(text, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "Foreign Minister", "IND"),
        person(text, "Johann Wadephul", "Johann Wadephul", "Foreign Minister", "DEU"),
        place(text, "Berlin", "city", "Berlin", "DEU"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "Last month", "2025-02")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Subrahmanyam Jaishankar", "Johann Wadephul"], "Berlin", "2025-02", "meeting", "held")
    ]


def test_urging_dialogue_with_a_country_is_no_meeting():
    text = "Subrahmanyam Jaishankar urged dialogue with Pakistan."
    entities = [
        person(text, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "Foreign Minister", "IND"),
        place(text, "Pakistan", "country", "Pakistan", "PAK"),
    ]
    assert find_meetings(text, "2025-03-10", dates=[], entities=entities) == []


def test_he_after_a_later_subject_is_that_subject_not_the_possessor_opening_the_sentence():
    text = (
        "Dar's trip comes three months after Asif Ali Zardari paid a state visit to China in February, "
        "during which he met with Xi Jinping."
    )
    entities = [
        person(text, "Dar", "Mohammad Ishaq Dar", "Foreign Minister", "PAK"),
        person(text, "Asif Ali Zardari", "Asif Ali Zardari", "President", "PAK"),
        place(text, "China", "country", "China", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
    ]
    found = find_meetings(text, "2025-05-20", dates=[date(text, "February", "2025-02")], entities=entities)
    assert [brief(m) for m in found] == [(["Asif Ali Zardari", "Xi Jinping"], "China", "2025-02", "meeting", "held")]


def test_he_after_a_possessor_with_only_an_object_named_is_the_possessor():
    text = "Sheikh Mohamed's talks with Emmanuel Macron were in May, when he was also received by Francois Bayrou."
    entities = [
        person(text, "Sheikh Mohamed", "Mohamed bin Zayed", "President", "ARE"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        person(text, "Francois Bayrou", "Francois Bayrou", "Prime Minister", "FRA"),
    ]
    found = find_meetings(text, "2025-06-20", dates=[date(text, "May", "2025-05")], entities=entities)
    assert ["Mohamed bin Zayed", "Francois Bayrou"] in [brief(m)[0] for m in found]


def test_among_those_who_attended_a_summit_are_its_attendees():
    text = "Anthony Albanese and Christopher Luxon were among those who attended an informal summit in Honiara on Monday."
    entities = [
        person(text, "Anthony Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        person(text, "Christopher Luxon", "Christopher Luxon", "Prime Minister", "NZL"),
        place(text, "Honiara", "city", "Honiara", "SLB"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "Monday", "2025-03-10")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Anthony Albanese", "Christopher Luxon"], "Honiara", "2025-03-10", "summit", "held")
    ]


def test_among_the_countries_that_voted_at_a_meeting_is_no_attendance():
    text = "Australia was among the countries that voted for the resolution at the meeting."
    entities = [place(text, "Australia", "country", "Australia", "AUS")]
    assert find_meetings(text, "2025-03-10", dates=[], entities=entities) == []


def test_a_trip_to_a_city_for_a_named_forum_attends_the_forum_there():
    text = "Volodymyr Zelensky is expected to travel to Davos next week for the World Economic Forum."
    entities = [
        person(text, "Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Davos", "city", "Davos", "CHE"),
        {**org(text, "World Economic Forum", "World Economic Forum"), "kind": "igo"},
    ]
    found = find_meetings(text, "2025-01-13", dates=[date(text, "next week", "2025-W04")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Volodymyr Zelensky", "World Economic Forum"], "Davos", "2025-W04", "summit", "planned")
    ]



def test_a_trip_for_a_conference_no_organization_names_is_no_meeting():
    text = "Volodymyr Zelensky travelled to Geneva on Monday for a conference on humanitarian aid."
    entities = [
        person(text, "Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Geneva", "city", "Geneva", "CHE"),
    ]
    assert find_meetings(text, "2025-01-13", dates=[date(text, "Monday", "2025-01-13")], entities=entities) == []


def test_a_visit_to_a_city_by_a_named_leader_is_his_trip():
    text = "Tokyo hopes to arrange a visit to Tokyo by Chinese President Xi Jinping next year."
    entities = [
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        place(text, "Tokyo", "city", "Tokyo", "JPN", nth=2),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "next year", "2026")], entities=entities)
    assert [brief(m) for m in found] == [(["Xi Jinping", "Japan"], "Tokyo", "2026", "visit", "planned")]


CATAPHORA = (
    "Benjamin Netanyahu met Giorgia Meloni in Rome on Monday. In Brussels, where she was attending a NATO summit, "
    "Estonian Prime Minister Kristen Michal said Europe was united."
)


def cataphora_entities(text: str) -> list[dict]:
    return [
        person(text, "Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister", "ISR"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Rome", "city", "Rome", "ITA"),
        place(text, "Brussels", "city", "Brussels", "BEL"),
        {**org(text, "NATO", "North Atlantic Treaty Organization"), "kind": "igo"},
        place(text, "Estonian", "norp", "Estonian", "EST"),
        person(text, "Kristen Michal", "Kristen Michal", "Prime Minister", "EST"),
    ]


def test_she_in_an_opening_clause_is_the_speaker_named_after_it():
    dates = [date(CATAPHORA, "Monday", "2025-03-10")]
    found = find_meetings(CATAPHORA, "2025-03-10", dates=dates, entities=cataphora_entities(CATAPHORA))
    summits = [brief(m)[0] for m in found if brief(m)[3] == "summit"]
    assert summits == [["Kristen Michal", "North Atlantic Treaty Organization"]]


def test_he_in_an_opening_clause_before_a_non_speaker_is_the_person_named_before():
    text = "Benjamin Netanyahu arrived in Rome on Monday. When he met Giorgia Meloni on Tuesday, Kristen Michal was also there."
    entities = [
        person(text, "Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister", "ISR"),
        place(text, "Rome", "city", "Rome", "ITA"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        person(text, "Kristen Michal", "Kristen Michal", "Prime Minister", "EST"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[], entities=entities)
    assert any(brief(m)[0][:2] == ["Benjamin Netanyahu", "Giorgia Meloni"] for m in found)


def test_a_speaker_after_an_unnamed_counterpart_is_no_side():
    text = "Gerald Darmanin will travel to Algiers soon to meet his Algerian counterpart, Foreign Minister Jean-Noel Barrot said."
    entities = [
        person(text, "Gerald Darmanin", "Gerald Darmanin", "Justice Minister", "FRA"),
        place(text, "Algiers", "city", "Algiers", "DZA"),
        place(text, "Algerian", "norp", "Algerian", "DZA"),
        person(text, "Jean-Noel Barrot", "Jean-Noel Barrot", "Foreign Minister", "FRA"),
    ]
    found = find_meetings(text, "2025-04-07", dates=[], entities=entities)
    assert all("Jean-Noel Barrot" not in brief(m)[0] for m in found)


def test_a_counterpart_named_in_apposition_is_the_side():
    text = "Gerald Darmanin will meet his Algerian counterpart, Lotfi Boudjemaa, on Monday."
    entities = [
        person(text, "Gerald Darmanin", "Gerald Darmanin", "Justice Minister", "FRA"),
        place(text, "Algerian", "norp", "Algerian", "DZA"),
        person(text, "Lotfi Boudjemaa", "Lotfi Boudjemaa", "Justice Minister", "DZA"),
    ]
    found = find_meetings(text, "2025-04-07", dates=[date(text, "Monday", "2025-04-07")], entities=entities)
    assert [brief(m)[0] for m in found] == [["Gerald Darmanin", "Lotfi Boudjemaa"]]


def test_the_source_of_a_report_on_the_talks_is_no_side_of_them():
    text = "According to Kazakh presidential spokesman Berik Uali, the talks with Kassym-Jomart Tokayev lasted three hours."
    entities = [
        place(text, "Kazakh", "norp", "Kazakh", "KAZ"),
        person(text, "Berik Uali", "Berik Uali", "spokesman", "KAZ"),
        person(text, "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "President", "KAZ"),
    ]
    found = find_meetings(text, "2025-06-17", dates=[], entities=entities)
    assert all("Berik Uali" not in brief(m)[0] for m in found)
