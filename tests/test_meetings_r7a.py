"""dipkit meetings, round 7 (attributes and merging): a day closing an opening phrase of place ("In Tashkent on
Monday, he held talks"), an ordinal's "to be" that tells a rank and no plan, the day of an arrival for the meeting
"on arrival", a step "before visiting" a plan is planned too, an arrival in one city before talks in another is their
occasion, "October 11 and 12" are the days of one meeting, a building gives its city as the place; on pages written
for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, person, place

from dipkit.meetings import find_meetings


def test_a_day_closing_an_opening_phrase_of_place_is_the_meetings_day():
    text = (
        "Narendra Modi held talks with Kazakh President Nursultan Nazarbayev in Astana on Tuesday. "
        "The two sides signed five agreements. Officials called the visit a success. Nazarbayev invited Indian firms to invest. "
        "In Bishkek on Saturday, Modi held talks with Kyrgyz President Almazbek Atambayev on trade and security."
    )
    entities = [
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Kazakh", "norp", "Kazakh", "KAZ"),
        person(text, "Nursultan Nazarbayev", "Nursultan Nazarbayev", "President", "KAZ"),
        place(text, "Astana", "city", "Astana", "KAZ"),
        person(text, "Nazarbayev", "Nursultan Nazarbayev", "President", "KAZ", nth=2),
        place(text, "Indian", "norp", "Indian", "IND"),
        place(text, "Bishkek", "city", "Bishkek", "KGZ"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND", nth=2),
        place(text, "Kyrgyz", "norp", "Kyrgyz", "KGZ"),
        person(text, "Almazbek Atambayev", "Almazbek Atambayev", "President", "KGZ"),
    ]
    dates = [date(text, "Tuesday", "2015-07-14"), date(text, "Saturday", "2015-07-11")]
    found = [brief(m) for m in find_meetings(text, published="2015-07-14", dates=dates, entities=entities, dateline={})]
    assert (["Narendra Modi", "Almazbek Atambayev"], "Bishkek", "2015-07-11", "meeting", "held") in found


def test_a_day_before_a_comma_and_a_clause_of_saying_is_not_the_meetings():
    text = "In Beijing on Monday, the ministry said Wang Yi would hold talks with Sergey Lavrov next month."
    entities = [
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        person(text, "Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", "RUS"),
    ]
    dates = [date(text, "Monday", "2024-03-11"), date(text, "next month", "2024-04")]
    found = [brief(m) for m in find_meetings(text, published="2024-03-11", dates=dates, entities=entities, dateline={})]
    assert [f[2] for f in found] == ["2024-04"]


def test_the_first_leader_to_be_received_was_received():
    text = (
        "President Cyril Ramaphosa held talks with Kenyan President William Ruto in Pretoria on Tuesday. "
        "Ruto is the first of the four visiting leaders to be received by Ramaphosa at the Union Buildings this week."
    )
    entities = [
        person(text, "Cyril Ramaphosa", "Cyril Ramaphosa", "President", "ZAF"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Pretoria", "city", "Pretoria", "ZAF"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        person(text, "Ramaphosa", "Cyril Ramaphosa", "President", "ZAF", nth=2),
    ]
    dates = [date(text, "Tuesday", "2024-05-14")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-14", dates=dates, entities=entities, dateline={})]
    assert all(f[4] == "held" for f in found)
    assert (["Cyril Ramaphosa", "William Ruto"], "Pretoria", "2024-05-14", "meeting", "held") in found


def test_a_leader_still_to_be_received_is_a_plan():
    text = "The Kenyan leader William Ruto is to be received by President Cyril Ramaphosa in Pretoria on Friday."
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        person(text, "Cyril Ramaphosa", "Cyril Ramaphosa", "President", "ZAF"),
        place(text, "Pretoria", "city", "Pretoria", "ZAF"),
    ]
    dates = [date(text, "Friday", "2024-05-17")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-14", dates=dates, entities=entities, dateline={})]
    assert [f[4] for f in found] == ["planned"]


def test_a_meeting_on_arrival_took_place_on_the_day_of_the_arrival():
    text = (
        "Foreign Minister Penny Wong held talks with her Malaysian counterpart Mohamad Hasan in Kuala Lumpur on Tuesday. "
        "Wong arrived in Kuala Lumpur on Monday on a two-day visit. "
        "On arrival, she called on Prime Minister Anwar Ibrahim at his office."
    )
    entities = [
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
        place(text, "Malaysian", "norp", "Malaysian", "MYS"),
        person(text, "Mohamad Hasan", "Mohamad Hasan", "Foreign Minister", "MYS"),
        place(text, "Kuala Lumpur", "city", "Kuala Lumpur", "MYS"),
        person(text, "Wong", "Penny Wong", "Foreign Minister", "AUS", nth=2),
        place(text, "Kuala Lumpur", "city", "Kuala Lumpur", "MYS", nth=2),
        person(text, "Anwar Ibrahim", "Anwar Ibrahim", "Prime Minister", "MYS"),
    ]
    dates = [date(text, "Tuesday", "2024-06-11"), date(text, "Monday", "2024-06-10")]
    found = [brief(m) for m in find_meetings(text, published="2024-06-11", dates=dates, entities=entities, dateline={})]
    assert (["Penny Wong", "Anwar Ibrahim"], "Kuala Lumpur", "2024-06-10", "meeting", "held") in found
    assert (["Penny Wong", "Mohamad Hasan"], "Kuala Lumpur", "2024-06-11", "meeting", "held") in found


def test_a_step_told_by_before_and_a_gerund_after_a_modal_is_planned_too():
    text = (
        "Foreign Minister Penny Wong will travel to Tokyo for talks with Yoko Kamikawa, "
        "before visiting Seoul for talks with Foreign Minister Cho Tae-yul."
    )
    entities = [
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        person(text, "Yoko Kamikawa", "Yoko Kamikawa", None, "JPN"),
        place(text, "Seoul", "city", "Seoul", "KOR"),
        person(text, "Cho Tae-yul", "Cho Tae-yul", "Foreign Minister", "KOR"),
    ]
    found = [brief(m) for m in find_meetings(text, published="2024-06-11", dates=[], entities=entities, dateline={})]
    assert (["Penny Wong", "Cho Tae-yul"], "Seoul", None, "meeting", "planned") in found
    assert all(f[4] == "planned" for f in found)


def test_a_step_before_a_gerund_of_a_trip_made_stays_held():
    text = "Foreign Minister Penny Wong held talks with Yoko Kamikawa in Tokyo, before visiting Seoul for talks with Cho Tae-yul."
    entities = [
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
        person(text, "Yoko Kamikawa", "Yoko Kamikawa", None, "JPN"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        place(text, "Seoul", "city", "Seoul", "KOR"),
        person(text, "Cho Tae-yul", "Cho Tae-yul", None, "KOR"),
    ]
    found = [brief(m) for m in find_meetings(text, published="2024-06-11", dates=[], entities=entities, dateline={})]
    assert (["Penny Wong", "Cho Tae-yul"], "Seoul", None, "meeting", "held") in found


def test_an_arrival_the_night_before_talks_in_another_city_is_their_occasion_not_a_meeting():
    text = (
        "Pretoria: Prime Minister Narendra Modi on Friday held talks with South African President Jacob Zuma, and the two "
        "countries agreed to step up cooperation in defence.\n\n"
        "The talks at the Union Buildings here were the centrepiece of Mr Modi's visit to South Africa.\n\n"
        "Mr Modi began his tour in Mozambique on Thursday with talks with President Filipe Nyusi in Maputo. "
        "He arrived in Johannesburg late that night."
    )
    found = [brief(m) for m in find_meetings(text, published="2016-07-08")]  # (entities, dates and dateline read here)
    assert [f[1:3] for f in found if "Jacob Zuma" in f[0]] == [("Pretoria", "2016-07-08")]


def test_two_days_of_one_meeting_are_one_meeting_two_months_two():
    text = "Xi Jinping will hold an informal summit with Narendra Modi in Chennai on October 11 and 12."
    entities = [
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Chennai", "city", "Chennai", "IND"),
    ]
    dates = [date(text, "October 11", "2019-10-11"), date(text, "12", "2019-10-12")]
    found = [brief(m) for m in find_meetings(text, published="2019-10-09", dates=dates, entities=entities, dateline={})]
    assert found == [(["Xi Jinping", "Narendra Modi"], "Chennai", "2019-10-11", "meeting", "planned")]
    text = "Xi Jinping met Narendra Modi in March and again in October."
    entities = [person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"), person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND")]
    dates = [date(text, "March", "2019-03"), date(text, "October", "2019-10")]
    found = [brief(m) for m in find_meetings(text, published="2019-12-09", dates=dates, entities=entities, dateline={})]
    assert [f[2] for f in found] == ["2019-03", "2019-10"]


def test_a_building_in_a_known_city_gives_the_city_and_the_white_house_stays_itself():
    text = (
        "Chinese Premier Li Qiang held talks with Pakistani Prime Minister Shehbaz Sharif at the Great Hall of the People on Tuesday. "
        "Sharif will meet President Joe Biden at the White House on Friday."
    )
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
        place(text, "Pakistani", "norp", "Pakistani", "PAK"),
        person(text, "Shehbaz Sharif", "Shehbaz Sharif", "Prime Minister", "PAK"),
        person(text, "Sharif", "Shehbaz Sharif", "Prime Minister", "PAK", nth=2),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
    ]
    dates = [date(text, "Tuesday", "2024-06-11"), date(text, "Friday", "2024-06-14")]
    found = [brief(m) for m in find_meetings(text, published="2024-06-11", dates=dates, entities=entities, dateline={})]
    assert (["Li Qiang", "Shehbaz Sharif"], "Beijing", "2024-06-11", "meeting", "held") in found
    assert (["Shehbaz Sharif", "Joe Biden"], "White House", "2024-06-14", "meeting", "planned") in found


def test_talks_right_before_the_lead_s_press_conference_are_the_news_of_the_day():
    text = (
        "Prime Minister Mark Carney warned on Friday that tariffs would hurt both economies. "
        "Speaking at a joint press conference with Keir Starmer after talks in London, Carney said trade was stronger than ever."
    )
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        place(text, "London", "city", "London", "GBR"),
        person(text, "Carney", "Mark Carney", "Prime Minister", "CAN", nth=2),
    ]
    dates = [date(text, "Friday", "2025-06-13")]
    found = [brief(m) for m in find_meetings(text, published="2025-06-13", dates=dates, entities=entities, dateline={})]
    assert (["Keir Starmer", "Mark Carney"], "London", "2025-06-13", "meeting", "held") in found


def test_talks_days_after_which_the_news_came_are_still_background():
    text = (
        "Prime Minister Mark Carney warned on Friday that tariffs would hurt both economies, "
        "three days after talks with Keir Starmer in London."
    )
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        place(text, "London", "city", "London", "GBR"),
    ]
    dates = [date(text, "Friday", "2025-06-13")]
    found = [brief(m) for m in find_meetings(text, published="2025-06-13", dates=dates, entities=entities, dateline={})]
    assert [f[2] for f in found if "Keir Starmer" in f[0]] != ["2025-06-13"]


def test_a_headline_line_is_no_sentence_of_the_lead():
    text = (
        "Carney and Starmer pledge closer trade ties\n"
        "Canada and Britain pledged on Friday to deepen trade ties. "
        "Officials said a new agreement was close. "
        "Prime Minister Mark Carney held talks with Keir Starmer, officials said."
    )
    entities = [
        person(text, "Carney", "Mark Carney", "Prime Minister", "CAN"),
        person(text, "Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        place(text, "Canada", "country", "Canada", "CAN"),
        place(text, "Britain", "country", "United Kingdom", "GBR"),
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
    ]
    entities.sort(key=lambda e: e["start"])
    dates = [date(text, "Friday", "2025-06-13")]
    found = [brief(m) for m in find_meetings(text, published="2025-06-13", dates=dates, entities=entities, dateline={})]
    assert [f[2] for f in found if "Keir Starmer" in f[0]] == ["2025-06-13"]
