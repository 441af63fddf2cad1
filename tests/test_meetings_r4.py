"""dipkit meetings: passive receptions and welcomes ("X was received by Y"), a meeting told in a "when" clause of an
earlier round, titles that stand for a minister, trips whose schedule is being set, and an earlier round of the same
pair kept apart from the current talks; on sentences written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, person, place

from dipkit.meetings import find_meetings


def _tajani_kamikawa(text: str) -> list[dict]:
    return [
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Yoko Kamikawa", "Yoko Kamikawa", "Foreign Minister", "JPN"),
        place(text, "Rome", "city", "Rome", "ITA"),
    ]


def test_the_minister_is_the_minister_not_the_president_who_also_meets_people():
    text = (
        "Italian Foreign Minister Antonio Tajani held talks with Japanese Foreign Minister Yoko Kamikawa in Rome on Tuesday. "
        "Later that day, Kamikawa was received by Italian President Sergio Mattarella. "
        "The previous round of talks between Tajani and Kamikawa took place in Tokyo in May 2024, "
        "when the Italian minister was also received by Japanese Prime Minister Fumio Kishida."
    )
    entities = [
        *_tajani_kamikawa(text),
        person(text, "Kamikawa", "Yoko Kamikawa", "Foreign Minister", "JPN", nth=2),
        place(text, "Italian", "norp", "Italian", "ITA", nth=2),
        person(text, "Sergio Mattarella", "Sergio Mattarella", "President", "ITA"),
        person(text, "Tajani", "Antonio Tajani", "Foreign Minister", "ITA", nth=2),
        person(text, "Kamikawa", "Yoko Kamikawa", "Foreign Minister", "JPN", nth=3),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        place(text, "Italian", "norp", "Italian", "ITA", nth=3),
        place(text, "Japanese", "norp", "Japanese", "JPN", nth=2),
        person(text, "Fumio Kishida", "Fumio Kishida", "Prime Minister", "JPN"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "May 2024", "2024-05")]
    found = find_meetings(text, "2025-03-12", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Antonio Tajani", "Yoko Kamikawa"], "Rome", "2025-03-11", "meeting", "held"),
        (["Yoko Kamikawa", "Sergio Mattarella"], "Rome", "2025-03-11", "meeting", "held"),
        (["Antonio Tajani", "Yoko Kamikawa"], "Tokyo", "2024-05", "meeting", "held"),
        (["Antonio Tajani", "Fumio Kishida"], "Tokyo", "2024-05", "meeting", "held"),  # not "Italy"
    ]


def test_the_minister_is_no_prime_minister():
    text = (
        "Japanese Prime Minister Shigeru Ishiba met Italian Prime Minister Giorgia Meloni in Tokyo on Monday. "
        "Japanese Foreign Minister Takeshi Iwaya later held talks with Italian Foreign Minister Antonio Tajani. "
        "On Tuesday, the Japanese minister was received by Emperor Naruhito's envoy, Kenji Sato."
    )
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JPN"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        place(text, "Japanese", "norp", "Japanese", "JPN", nth=2),
        person(text, "Takeshi Iwaya", "Takeshi Iwaya", "Foreign Minister", "JPN"),
        place(text, "Italian", "norp", "Italian", "ITA", nth=2),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        place(text, "Japanese", "norp", "Japanese", "JPN", nth=3),
        person(text, "Kenji Sato", "Kenji Sato", "Envoy", None),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Tuesday", "2025-03-11")]
    found = find_meetings(text, "2025-03-12", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Shigeru Ishiba", "Giorgia Meloni"], "Tokyo", "2025-03-10", "meeting", "held"),
        (["Takeshi Iwaya", "Antonio Tajani"], "Tokyo", "2025-03-10", "meeting", "held"),
        (["Takeshi Iwaya", "Kenji Sato"], "Tokyo", "2025-03-11", "meeting", "held"),  # the minister, not the prime minister
    ]


def test_a_reception_in_a_when_clause_takes_the_place_and_day_of_the_round_it_hangs_on():
    text = (
        "ROME, March 11 - Italian Foreign Minister Antonio Tajani held talks with Japanese Foreign Minister Yoko Kamikawa "
        "in Rome on Tuesday. The previous round of talks between Tajani and Kamikawa took place in Osaka in May 2024, "
        "when the Italian minister was also received by Japanese Prime Minister Fumio Kishida."
    )
    entities = [
        place(text, "ROME", "city", "Rome", "ITA"),
        *_tajani_kamikawa(text),
        person(text, "Tajani", "Antonio Tajani", "Foreign Minister", "ITA", nth=2),
        person(text, "Kamikawa", "Yoko Kamikawa", "Foreign Minister", "JPN", nth=2),
        place(text, "Osaka", "city", "Osaka", "JPN"),
        place(text, "Italian", "norp", "Italian", "ITA", nth=2),
        place(text, "Japanese", "norp", "Japanese", "JPN", nth=2),
        person(text, "Fumio Kishida", "Fumio Kishida", "Prime Minister", "JPN"),
    ]
    dates = [date(text, "March 11", "2025-03-11"), date(text, "Tuesday", "2025-03-11"), date(text, "May 2024", "2024-05")]
    found = find_meetings(text, "2025-03-11", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Antonio Tajani", "Yoko Kamikawa"], "Rome", "2025-03-11", "meeting", "held"),
        (["Antonio Tajani", "Yoko Kamikawa"], "Osaka", "2024-05", "meeting", "held"),
        (["Antonio Tajani", "Fumio Kishida"], "Osaka", "2024-05", "meeting", "held"),  # not the dateline's city and day
    ]


def test_passive_receptions_and_welcomes_give_the_guest_and_the_host():
    text = (
        "Kenyan President William Ruto was welcomed by Ghanaian President John Mahama at the airport in Accra on Monday. "
        "On Tuesday, Ruto was hosted by Ghanaian Vice President Jane Opoku-Agyemang at a state dinner. "
        "Ruto was also received by Asantehene Osei Tutu II in Kumasi on Wednesday."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "John Mahama", "John Mahama", "President", "GHA"),
        place(text, "Accra", "city", "Accra", "GHA"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA", nth=2),
        person(text, "Jane Opoku-Agyemang", "Jane Opoku-Agyemang", "Vice President", "GHA"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=3),
        person(text, "Osei Tutu II", "Osei Tutu II", "Asantehene", "GHA"),
        place(text, "Kumasi", "city", "Kumasi", "GHA"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Tuesday", "2025-03-11"), date(text, "Wednesday", "2025-03-12")]
    found = find_meetings(text, "2025-03-13", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["William Ruto", "John Mahama"], "Accra", "2025-03-10", "meeting", "held"),
        (["William Ruto", "Jane Opoku-Agyemang"], None, "2025-03-11", "meeting", "held"),
        (["William Ruto", "Osei Tutu II"], "Kumasi", "2025-03-12", "meeting", "held"),
    ]


def test_a_trip_whose_schedule_is_being_set_is_planned():
    text = "Officials in Rome and Tokyo are coordinating the schedule of Tajani's trip to Osaka, where Japan will host the forum."
    entities = [
        place(text, "Rome", "city", "Rome", "ITA"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        person(text, "Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        place(text, "Osaka", "city", "Osaka", "JPN"),
        place(text, "Japan", "country", "Japan", "JPN"),
    ]
    found = find_meetings(text, "2025-03-11", dates=[], entities=entities)
    assert [brief(m) for m in found] == [
        (["Antonio Tajani", "Japan"], "Osaka", None, "visit", "planned"),
    ]


def test_the_current_talks_and_the_last_round_of_the_same_pair_stay_two_meetings():
    text = (
        "Spanish Foreign Minister José Manuel Albares held talks with his Moroccan counterpart Nasser Bourita in Rabat on Thursday. "
        "The two ministers discussed migration. The two last met in June 2023 in Madrid."
    )
    entities = [
        place(text, "Spanish", "norp", "Spanish", "ESP"),
        person(text, "José Manuel Albares", "José Manuel Albares", "Foreign Minister", "ESP"),
        place(text, "Moroccan", "norp", "Moroccan", "MAR"),
        person(text, "Nasser Bourita", "Nasser Bourita", "counterpart", "MAR"),
        place(text, "Rabat", "city", "Rabat", "MAR"),
        place(text, "Madrid", "city", "Madrid", "ESP"),
    ]
    dates = [date(text, "Thursday", "2025-03-06"), date(text, "June 2023", "2023-06")]
    found = find_meetings(text, "2025-03-07", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["José Manuel Albares", "Nasser Bourita"], "Rabat", "2025-03-06", "meeting", "held"),
        (["José Manuel Albares", "Nasser Bourita"], "Madrid", "2023-06", "meeting", "held"),
    ]


def test_a_trip_made_at_a_leaders_invitation_is_a_meeting_with_him():
    text = (
        "Brazilian President Luiz Lula is expected to pay a visit to India in June to attend a trade fair "
        "at Prime Minister Narendra Modi's invitation, spokesman Ravi Kumar said."
    )
    entities = [
        place(text, "Brazilian", "norp", "Brazilian", "BRA"),
        person(text, "Luiz Lula", "Luiz Lula", "President", "BRA"),
        place(text, "India", "country", "India", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        person(text, "Ravi Kumar", "Ravi Kumar", "spokesman", "IND"),
    ]
    found = find_meetings(text, "2025-03-11", dates=[date(text, "June", "2025-06")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Luiz Lula", "Narendra Modi"], "India", "2025-06", "meeting", "planned"),  # not the spokesman named last
    ]
