"""dipkit meetings, round 10 (detection and participants), on pages written for these tests: a bare title with
"had last" or "first" before its verb still names its holder; a bare title after the verb names someone other than
the clause's subject ("Premier X received the prime minister": a guest, though "premier" and "prime minister" are
one office); "the leaders" or "the presidents" before "last met" are the two sides met before; an organization
before a title of the person after it ("acting IMF managing director X") is part of the title; a name inside a
relative aside ("The President, who is accompanied by X, will call on Y") is no subject; "have an audience with",
"catch up with", "see each other" and "join other NATO leaders for a summit" report meetings; "when the two met"
right before the verb names the two persons of its sentence; "at their annual summit" is the pair's own meeting,
not the venue of another; "the visiting leader" is the head of state or government from another country than
the subject's; a body named in a lowercase office before a comma and a name ("the chairman of the Standing
Committee, X") is part of X's title, no side; "sit down with A and B separately" is one meeting with each.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly as _found, org, person, place

STARMER = "Prime Minister Keir Starmer held talks with President Emmanuel Macron in Paris on Tuesday. The two leaders discussed defence.\n\n"


def _starmer_entities(text: str) -> list[dict]:
    return [
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        place(text, "Paris", "city", "Paris", "FRA"),
    ]


def test_a_bare_title_with_had_last_before_the_verb_names_its_holder():
    text = STARMER + "The prime minister had last met President Macron in London in January."
    entities = _starmer_entities(text) + [
        person(text, "Macron", "Emmanuel Macron", "President", "FRA", nth=2),
        place(text, "London", "city", "London", "GBR"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "January", "2025-01")]
    assert _found(text, entities, dates) == [
        (["Keir Starmer", "Emmanuel Macron"], "Paris", "2025-03-11", "meeting", "held"),
        (["Keir Starmer", "Emmanuel Macron"], "London", "2025-01", "meeting", "held"),
    ]


def test_a_bare_title_after_the_verb_is_not_the_subject_holding_the_same_office():
    text = (
        "Prime Minister Anthony Albanese held talks with President Xi Jinping in Beijing on Tuesday.\n\n"
        "Earlier, Premier Li Qiang received the prime minister at a welcome ceremony in the Great Hall of the People."
    )
    entities = [
        person(text, "Anthony Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11")]
    found = _found(text, entities, dates)
    assert [names for names, *_ in found] == [["Anthony Albanese", "Xi Jinping"], ["Li Qiang", "Anthony Albanese"]]


def test_the_leaders_last_met_names_the_two_sides_met_before():
    text = STARMER + "The leaders last met in London in January."
    entities = _starmer_entities(text) + [place(text, "London", "city", "London", "GBR")]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "January", "2025-01")]
    assert _found(text, entities, dates) == [
        (["Keir Starmer", "Emmanuel Macron"], "Paris", "2025-03-11", "meeting", "held"),
        (["Keir Starmer", "Emmanuel Macron"], "London", "2025-01", "meeting", "held"),
    ]


def test_an_organization_before_a_managing_director_is_part_of_his_title():
    text = STARMER + "On Wednesday, the prime minister is scheduled to meet acting IMF managing director Ana Ruiz."
    entities = _starmer_entities(text) + [org(text, "IMF", "International Monetary Fund"), person(text, "Ana Ruiz", "Ana Ruiz", "Managing Director", None)]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "Wednesday", "2025-03-12")]
    assert _found(text, entities, dates)[1] == (["Keir Starmer", "Ana Ruiz"], None, "2025-03-12", "meeting", "planned")


def test_a_name_in_a_relative_aside_is_not_the_subject():
    text = (
        "President Anura Dissanayake held talks with Prime Minister Narendra Modi in New Delhi on Monday.\n\n"
        "The President, who is accompanied by Foreign Minister Vijitha Herath, will call on President Droupadi Murmu this evening."
    )
    entities = [
        person(text, "Anura Dissanayake", "Anura Dissanayake", "President", "LKA"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "New Delhi", "city", "New Delhi", "IND"),
        person(text, "Vijitha Herath", "Vijitha Herath", "Foreign Minister", "LKA"),
        person(text, "Droupadi Murmu", "Droupadi Murmu", "President", "IND"),
    ]
    dates = [date(text, "Monday", "2024-12-16"), date(text, "this evening", "2024-12-16")]
    found = _found(text, entities, dates, "2024-12-16")
    assert [(names, status) for names, _, _, _, status in found] == [
        (["Anura Dissanayake", "Narendra Modi"], "held"),
        (["Anura Dissanayake", "Droupadi Murmu"], "planned"),
    ]


def test_a_headline_trip_for_a_gathering_without_an_article_attends_the_gathering():
    text = (
        "Albanese arrives in Apia for Pacific Islands Forum leaders meeting\n"
        "Prime Minister Anthony Albanese landed in Apia on Tuesday, where climate finance is set to dominate the agenda."
    )
    entities = [
        person(text, "Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        place(text, "Apia", "city", "Apia", "WSM"),
        org(text, "Pacific Islands Forum", "Pacific Islands Forum"),
        person(text, "Anthony Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        place(text, "Apia", "city", "Apia", "WSM", nth=2),
    ]
    found = _found(text, entities, [date(text, "Tuesday", "2024-08-27")], "2024-08-27")
    assert [(names, where, kind) for names, where, _, kind, _ in found] == [(["Anthony Albanese", "Pacific Islands Forum"], "Apia", "summit")]


def test_a_person_of_the_visited_land_in_a_where_clause_is_met_on_the_visit():
    text = (
        "Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in Moscow on Friday.\n\n"
        "Orban arrived in the Russian capital after visiting Kyiv, where he urged Ukrainian President Volodymyr Zelenskyy to consider a truce."
    )
    entities = [
        place(text, "Hungarian", "norp", "Hungarian", "HUN"),
        person(text, "Viktor Orban", "Viktor Orban", "Prime Minister", "HUN"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        person(text, "Orban", "Viktor Orban", "Prime Minister", "HUN", nth=2),
        place(text, "Russian", "norp", "Russian", "RUS", nth=2),
        place(text, "Kyiv", "city", "Kyiv", "UKR"),
        place(text, "Ukrainian", "norp", "Ukrainian", "UKR"),
        person(text, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "President", "UKR"),
    ]
    found = _found(text, entities, [date(text, "Friday", "2024-07-05")], "2024-07-05")
    assert [(names, where, kind) for names, where, _, kind, _ in found] == [
        (["Viktor Orban", "Vladimir Putin"], "Moscow", "meeting"),
        (["Viktor Orban", "Volodymyr Zelenskyy"], "Kyiv", "meeting"),
    ]


def test_those_who_also_attended_a_blocs_meeting_join_it_not_a_meeting_of_their_own():
    text = (
        "Prime Minister Narendra Modi held talks with President Vladimir Putin in Samarkand on Friday.\n\n"
        "Earlier, Modi attended the meeting of the SCO Council of Heads of State hosted by President Shavkat Mirziyoyev, "
        "which was also attended by President Xi Jinping and Prime Minister Shehbaz Sharif."
    )
    entities = [
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Samarkand", "city", "Samarkand", "UZB"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND", nth=2),
        org(text, "SCO", "Shanghai Cooperation Organisation"),
        person(text, "Shavkat Mirziyoyev", "Shavkat Mirziyoyev", "President", "UZB"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Shehbaz Sharif", "Shehbaz Sharif", "Prime Minister", "PAK"),
    ]
    found = _found(text, entities, [date(text, "Friday", "2022-09-16")], "2022-09-16")
    attendees = ["Narendra Modi", "Shanghai Cooperation Organisation", "Shavkat Mirziyoyev", "Xi Jinping", "Shehbaz Sharif"]
    assert len(found) == 2 and all(name in found[1][0] for name in attendees)


def test_an_audience_a_catch_up_and_seeing_each_other_are_planned_meetings():
    text = (
        "Prime Minister Hun Manet is scheduled to have an audience with His Majesty King Maha Vajiralongkorn on Thursday. "
        "Prime Minister Christopher Luxon said he hoped to catch up with Prime Minister Anthony Albanese during the week. "
        "Foreign Minister Sergey Lavrov and Foreign Minister Wang Yi are expected to see each other again in Astana."
    )
    entities = [
        person(text, "Hun Manet", "Hun Manet", "Prime Minister", "KHM"),
        person(text, "Maha Vajiralongkorn", "Maha Vajiralongkorn", "King", "THA"),
        person(text, "Christopher Luxon", "Christopher Luxon", "Prime Minister", "NZL"),
        person(text, "Anthony Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        person(text, "Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", "RUS"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Astana", "city", "Astana", "KAZ"),
    ]
    found = _found(text, entities, [date(text, "Thursday", "2024-08-29")], "2024-08-27")
    assert [(names, status) for names, _, _, _, status in found] == [
        (["Hun Manet", "Maha Vajiralongkorn"], "planned"),
        (["Christopher Luxon", "Anthony Albanese"], "planned"),
        (["Sergey Lavrov", "Wang Yi"], "planned"),
    ]


def test_joining_other_leaders_of_a_bloc_for_a_summit_attends_the_blocs_summit():
    text = "Prime Minister Viktor Orban is expected to join other NATO leaders in Washington next week for a summit."
    entities = [
        person(text, "Viktor Orban", "Viktor Orban", "Prime Minister", "HUN"),
        org(text, "NATO", "North Atlantic Treaty Organization"),
        place(text, "Washington", "city", "Washington", "USA"),
    ]
    found = _found(text, entities, [date(text, "next week", "2024-W28")], "2024-07-05")
    assert found == [(["Viktor Orban", "North Atlantic Treaty Organization"], "Washington", "2024-W28", "summit", "planned")]


def test_the_two_right_before_the_verb_are_the_two_persons_of_the_sentence():
    text = (
        "President Donald Trump held talks with Prime Minister Imran Khan at the White House on Monday.\n\n"
        "Trump said Prime Minister Narendra Modi had asked him to mediate when the two met in Osaka last month."
    )
    entities = [
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        person(text, "Imran Khan", "Imran Khan", "Prime Minister", "PAK"),
        person(text, "Trump", "Donald Trump", "President", "USA", nth=2),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Osaka", "city", "Osaka", "JPN"),
    ]
    dates = [date(text, "Monday", "2019-07-22"), date(text, "last month", "2019-06")]
    found = _found(text, entities, dates, "2019-07-23")
    assert [(names, where, when) for names, where, when, _, _ in found] == [
        (["Donald Trump", "Imran Khan"], "White House", "2019-07-22"),
        (["Donald Trump", "Narendra Modi"], "Osaka", "2019-06"),
    ]


def test_their_summit_named_after_at_is_a_meeting_of_the_pair():
    text = (
        "Prime Minister Narendra Modi held talks with President Vladimir Putin in Samarkand on Friday.\n\n"
        "Modi and Putin last spoke by phone on July 1, when they reviewed decisions taken at their annual summit in New Delhi in December."
    )
    entities = [
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Samarkand", "city", "Samarkand", "UZB"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND", nth=2),
        person(text, "Putin", "Vladimir Putin", "President", "RUS", nth=2),
        place(text, "New Delhi", "city", "New Delhi", "IND"),
    ]
    dates = [date(text, "Friday", "2022-09-16"), date(text, "July 1", "2022-07-01"), date(text, "December", "2021-12")]
    found = _found(text, entities, dates, "2022-09-16")
    assert (["Narendra Modi", "Vladimir Putin"], "New Delhi", "2021-12", "meeting", "held") in found


def test_the_visiting_leader_is_the_guest_from_another_country():
    text = (
        "Prime Minister Narendra Modi on Monday held talks with President Mohamed Muizzu in New Delhi.\n\n"
        "Earlier, Muizzu was received by President Droupadi Murmu.\n\n"
        "On Sunday, External Affairs Minister S. Jaishankar called on the visiting leader soon after his arrival."
    )
    entities = [
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        person(text, "Mohamed Muizzu", "Mohamed Muizzu", "President", "MDV"),
        place(text, "New Delhi", "city", "New Delhi", "IND"),
        person(text, "Muizzu", "Mohamed Muizzu", "President", "MDV", nth=2),
        person(text, "Droupadi Murmu", "Droupadi Murmu", "President", "IND"),
        person(text, "S. Jaishankar", "S. Jaishankar", "External Affairs Minister", "IND"),
    ]
    dates = [date(text, "Monday", "2024-10-07"), date(text, "Sunday", "2024-10-06")]
    found = _found(text, entities, dates, "2024-10-07")
    assert [names for names, *_ in found][-1] == ["S. Jaishankar", "Mohamed Muizzu"]


def test_a_body_in_a_lowercase_office_before_the_name_is_no_side():
    text = "He is also scheduled to meet Premier Li Qiang and the chairman of the National People's Congress Standing Committee, Zhao Leji."
    text = "President Prabowo Subianto held talks with President Xi Jinping in Beijing on Saturday. " + text
    entities = [
        person(text, "Prabowo Subianto", "Prabowo Subianto", "President", "IDN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
        org(text, "National People's Congress", "National People's Congress"),
        org(text, "Standing Committee", "Standing Committee"),
        person(text, "Zhao Leji", "Zhao Leji", "Chairman", "CHN"),
    ]
    found = _found(text, entities, [date(text, "Saturday", "2024-11-09")], "2024-11-09")
    assert [names for names, *_ in found] == [["Prabowo Subianto", "Xi Jinping"], ["Prabowo Subianto", "Li Qiang", "Zhao Leji"]]


def test_separately_after_the_guests_is_one_meeting_with_each():
    text = "Prime Minister Anthony Albanese was due to sit down with President Joe Biden and Prime Minister Narendra Modi separately on Tuesday."
    entities = [
        person(text, "Anthony Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
    ]
    found = _found(text, entities, [date(text, "Tuesday", "2022-05-24")], "2022-05-23")
    assert [names for names, *_ in found] == [["Anthony Albanese", "Joe Biden"], ["Anthony Albanese", "Narendra Modi"]]
