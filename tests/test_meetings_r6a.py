"""dipkit meetings, round 6 (attributes and merging): the place named before "where" when the trip came from another
land, the meetings of a "during which" or "where" clause, an invitation to the inviter's land, buildings and the
dateline, an earlier round recalled with its own place or day kept apart from the news, a second place or interval
joined by "and", where a visitor or "both ministers" are, the day "before the talks"; on pages written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings


def test_talks_where_a_trip_came_from_are_held_in_that_land_not_in_the_city_reached():
    text = "Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi from Egypt, where he held talks with President Abdel Fattah al-Sisi on Monday."
    entities = [
        place(text, "Ethiopian", "norp", "Ethiopian", "ETH"),
        person(text, "Abiy Ahmed", "Abiy Ahmed", "Prime Minister", "ETH"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        place(text, "Egypt", "country", "Egypt", "EGY"),
        person(text, "Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi", "President", "EGY"),
    ]
    dates = [date(text, "Monday", "2024-05-13")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]
    assert (["Abiy Ahmed", "Abdel Fattah al-Sisi"], "Egypt", "2024-05-13", "meeting", "held") in found


def test_a_city_before_its_own_country_and_where_is_still_the_place():
    text = "Ethiopian Prime Minister Abiy Ahmed flew to Cairo, Egypt, where he held talks with President Abdel Fattah al-Sisi on Monday."
    entities = [
        place(text, "Ethiopian", "norp", "Ethiopian", "ETH"),
        person(text, "Abiy Ahmed", "Abiy Ahmed", "Prime Minister", "ETH"),
        place(text, "Cairo", "city", "Cairo", "EGY"),
        place(text, "Egypt", "country", "Egypt", "EGY"),
        person(text, "Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi", "President", "EGY"),
    ]
    dates = [date(text, "Monday", "2024-05-13")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]
    assert (["Abiy Ahmed", "Abdel Fattah al-Sisi"], "Cairo", "2024-05-13", "meeting", "held") in found


def _paris_trip() -> tuple[str, list[dict], list[dict]]:
    text = (
        "Indian Foreign Minister Subrahmanyam Jaishankar held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday. "
        "The talks follow a visit to Paris last month by Jaishankar, during which he met with French President Emmanuel Macron "
        "and held talks with Foreign Minister Jean-Noel Barrot."
    )
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "Foreign Minister", "IND"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "Paris", "city", "Paris", "FRA"),
        person(text, "Jaishankar", "Subrahmanyam Jaishankar", "Foreign Minister", "IND", nth=2),
        place(text, "French", "norp", "French", "FRA"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        person(text, "Jean-Noel Barrot", "Jean-Noel Barrot", "Foreign Minister", "FRA"),
    ]
    dates = [date(text, "Tuesday", "2024-05-14"), date(text, "last month", "2024-04")]
    return text, entities, dates


def test_meetings_of_a_during_which_clause_take_the_place_and_month_of_the_trip_it_hangs_on():
    text, entities, dates = _paris_trip()
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]
    assert found[0] == (["Subrahmanyam Jaishankar", "Wang Yi"], "Beijing", "2024-05-14", "meeting", "held")
    assert (["Subrahmanyam Jaishankar", "Emmanuel Macron"], "Paris", "2024-04", "meeting", "held") in found
    assert (["Subrahmanyam Jaishankar", "Jean-Noel Barrot"], "Paris", "2024-04", "meeting", "held") in found


def test_meetings_of_a_during_which_clause_do_not_take_the_dateline_city():
    text, entities, dates = _paris_trip()
    dateline = {"place": "Beijing", "date": None, "source": None, "start": 0, "end": 0, "text": ""}
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline=dateline)]
    assert (["Subrahmanyam Jaishankar", "Emmanuel Macron"], "Paris", "2024-04", "meeting", "held") in found


def _invitation(second: str) -> list[tuple]:
    text = "Kenyan President William Ruto held talks with his Ghanaian counterpart Nana Akufo-Addo in Nairobi on Monday. " + second
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "Nana Akufo-Addo", "Nana Akufo-Addo", "counterpart", "GHA"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        person(text, "Akufo-Addo", "Nana Akufo-Addo", "counterpart", "GHA", nth=2),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        place(text, "Ghana", "country", "Ghana", "GHA", nth=2),  # (the first is in "Ghanaian")
    ]
    dates = [date(text, "Monday", "2024-05-13")]
    return [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]


def test_a_leader_who_invites_a_guest_to_his_land_hosts_the_planned_meeting_there():
    found = _invitation("Akufo-Addo has invited Ruto to pay a state visit to Ghana.")
    assert found == [
        (["William Ruto", "Nana Akufo-Addo"], "Nairobi", "2024-05-13", "meeting", "held"),
        (["Nana Akufo-Addo", "William Ruto"], "Ghana", None, "meeting", "planned"),
    ]


def test_a_trip_with_no_invitation_stays_a_visit():
    found = _invitation("Akufo-Addo said Ruto plans to pay a state visit to Ghana.")
    assert (["William Ruto", "Ghana"], "Ghana", None, "visit", "planned") in found


def _hanoi_day(dateline: dict, venue: str) -> list[tuple]:
    text = (
        f"US President Barack Obama held talks with Vietnamese President Tran Dai Quang at {venue} on Monday. "
        "Obama was later on Monday due to meet Communist Party chief Nguyen Phu Trong. "
        "On Tuesday Obama travels to Ho Chi Minh City for a visit to Vietnam's business hub."
    )
    entities = [
        person(text, "Barack Obama", "Barack Obama", "President", "USA"),
        place(text, "Vietnamese", "norp", "Vietnamese", "VNM"),
        person(text, "Tran Dai Quang", "Tran Dai Quang", "President", "VNM"),
        person(text, "Obama", "Barack Obama", "President", "USA", nth=2),
        person(text, "Nguyen Phu Trong", "Nguyen Phu Trong", "General Secretary", "VNM"),
        person(text, "Obama", "Barack Obama", "President", "USA", nth=3),
        place(text, "Ho Chi Minh City", "city", "Ho Chi Minh City", "VNM"),
        place(text, "Vietnam", "country", "Vietnam", "VNM", nth=2),  # (the first is in "Vietnamese")
    ]
    dates = [date(text, "Monday", "2016-05-23"), date(text, "Monday", "2016-05-23", nth=2), date(text, "Tuesday", "2016-05-24")]
    return [brief(m) for m in find_meetings(text, published="2016-05-23", dates=dates, entities=entities, dateline=dateline)]


HANOI = {"place": "Hanoi", "date": None, "source": "AFP", "start": 0, "end": 0, "text": ""}


def test_a_building_of_no_known_city_in_a_datelined_lead_is_in_the_datelines_city():
    found = _hanoi_day(HANOI, "the Presidential Palace")
    assert found[0] == (["Barack Obama", "Tran Dai Quang"], "Hanoi", "2016-05-23", "meeting", "held")


def test_a_building_the_venues_table_places_keeps_its_name_under_a_dateline():
    found = _hanoi_day(HANOI, "the White House")
    assert found[0] == (["Barack Obama", "Tran Dai Quang"], "White House", "2016-05-23", "meeting", "held")


def test_a_meeting_planned_later_the_same_day_is_where_that_days_talks_were_not_where_the_next_days_trip_goes():
    found = _hanoi_day(HANOI, "the Presidential Palace")
    assert (["Barack Obama", "Nguyen Phu Trong"], "Hanoi", "2016-05-23", "meeting", "planned") in found


def test_a_city_named_inside_a_buildings_name_is_not_the_place():
    text = "Indian Prime Minister Narendra Modi held talks with US President Barack Obama at Hyderabad House in New Delhi on Sunday."
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        person(text, "Barack Obama", "Barack Obama", "President", "USA"),
        place(text, "Hyderabad", "city", "Hyderabad", "IND"),
        place(text, "New Delhi", "city", "New Delhi", "IND"),
    ]
    dates = [date(text, "Sunday", "2015-01-25")]
    found = [brief(m) for m in find_meetings(text, published="2015-01-25", dates=dates, entities=entities, dateline={})]
    assert found == [(["Narendra Modi", "Barack Obama"], "New Delhi", "2015-01-25", "meeting", "held")]


def test_a_second_place_coordinated_after_a_gathering_is_a_second_earlier_meeting():
    text = (
        "Trump met Putin in Helsinki on Monday. Trump and Putin have met before, on the sidelines of a summit in Hamburg, "
        "Germany, last July, and briefly at an Asia-Pacific economic summit in Vietnam in November."
    )
    entities = [
        person(text, "Trump", "Donald Trump", "President", "USA"),
        person(text, "Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
        person(text, "Trump", "Donald Trump", "President", "USA", nth=2),
        person(text, "Putin", "Vladimir Putin", "President", "RUS", nth=2),
        place(text, "Hamburg", "city", "Hamburg", "DEU"),
        place(text, "Germany", "country", "Germany", "DEU"),
        place(text, "Vietnam", "country", "Vietnam", "VNM"),
    ]
    dates = [date(text, "Monday", "2018-07-16"), date(text, "last July", "2017-07"), date(text, "November", "2017-11")]
    found = [brief(m) for m in find_meetings(text, published="2018-07-17", dates=dates, entities=entities, dateline={})]
    assert found == [
        (["Donald Trump", "Vladimir Putin"], "Helsinki", "2018-07-16", "meeting", "held"),
        (["Donald Trump", "Vladimir Putin"], "Hamburg", "2017-07", "meeting", "held"),
        (["Donald Trump", "Vladimir Putin"], "Vietnam", "2017-11", "meeting", "held"),
    ]


def test_a_visitor_who_arrived_in_a_city_meets_people_there():
    text = (
        "Malaysian Prime Minister Najib Razak met US President Donald Trump at the White House on Tuesday. "
        "Najib, who arrived in Washington on Monday, was also due to meet Commerce Secretary Wilbur Ross."
    )
    entities = [
        place(text, "Malaysian", "norp", "Malaysian", "MYS"),
        person(text, "Najib Razak", "Najib Razak", "Prime Minister", "MYS"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        person(text, "Najib", "Najib Razak", "Prime Minister", "MYS", nth=2),
        place(text, "Washington", "city", "Washington", "USA"),
        person(text, "Wilbur Ross", "Wilbur Ross", "Commerce Secretary", "USA"),
    ]
    dates = [date(text, "Tuesday", "2017-09-12"), date(text, "Monday", "2017-09-11")]
    found = [brief(m) for m in find_meetings(text, published="2017-09-12", dates=dates, entities=entities, dateline={})]
    assert (["Najib Razak", "Wilbur Ross"], "Washington", None, "meeting", "planned") in found


def test_a_second_interval_joined_by_and_counts_from_the_lead_day_too():
    text = (
        "US President Barack Obama and Cuban President Raul Castro held talks in Panama City. "
        "The meeting came a day after the summit opened and three days after the two leaders spoke by phone."
    )
    entities = [
        person(text, "Barack Obama", "Barack Obama", "President", "USA"),
        place(text, "Cuban", "norp", "Cuban", "CUB"),
        person(text, "Raul Castro", "Raul Castro", "President", "CUB"),
        place(text, "Panama City", "city", "Panama City", "PAN"),
    ]
    dates = [{**date(text, "a day", "P1D"), "type": "DURATION"}, {**date(text, "three days", "P3D"), "type": "DURATION"}]
    found = [brief(m) for m in find_meetings(text, published="2015-04-11", dates=dates, entities=entities, dateline={})]
    assert found == [
        (["Barack Obama", "Raul Castro"], "Panama City", "2015-04-11", "meeting", "held"),
        (["Barack Obama", "Raul Castro"], None, "2015-04-08", "call", "held"),
    ]


def _moscow_talks(last: str) -> list[tuple]:
    text = (
        "Indian Foreign Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi held talks on Thursday. "
        "Before the talks, Jaishankar and Wang attended a lunch hosted by Russian Foreign Minister Sergei Lavrov. " + last
    )
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "Foreign Minister", "IND"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        person(text, "Jaishankar", "Subrahmanyam Jaishankar", "Foreign Minister", "IND", nth=2),
        person(text, "Wang", "Wang Yi", "Foreign Minister", "CHN", nth=2),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
    ]
    if "Russian capital" in last:
        entities.append(place(text, "Russian", "norp", "Russian", "RUS", nth=2))
    dates = [date(text, "Thursday", "2020-09-10")]
    return [brief(m) for m in find_meetings(text, published="2020-09-11", dates=dates, entities=entities, dateline={})]


def test_a_meeting_told_before_the_talks_took_place_on_the_day_of_the_talks():
    found = _moscow_talks("")
    assert found == [
        (["Subrahmanyam Jaishankar", "Wang Yi"], None, "2020-09-10", "meeting", "held"),
        (["Subrahmanyam Jaishankar", "Wang Yi", "Sergei Lavrov"], None, "2020-09-10", "meeting", "held"),
    ]


def test_the_city_both_ministers_are_in_is_the_place_of_the_days_meetings():
    found = _moscow_talks("Both ministers are in the Russian capital for a conclave.")
    assert found[:2] == [
        (["Subrahmanyam Jaishankar", "Wang Yi"], "Moscow", "2020-09-10", "meeting", "held"),
        (["Subrahmanyam Jaishankar", "Wang Yi", "Sergei Lavrov"], "Moscow", "2020-09-10", "meeting", "held"),
    ]


def test_the_place_and_day_after_a_relative_clause_on_the_person_met_are_the_meetings():
    text = (
        "Indian Prime Minister Narendra Modi also met Elon Musk, who took charge of a new agency in January, "
        "at Blair House on Thursday."
    )
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        person(text, "Elon Musk", "Elon Musk", None, "USA"),
    ]
    dates = [date(text, "January", "2025-01"), date(text, "Thursday", "2025-02-13")]
    found = [brief(m) for m in find_meetings(text, published="2025-02-14", dates=dates, entities=entities, dateline={})]
    assert found == [(["Narendra Modi", "Elon Musk"], "Blair House", "2025-02-13", "meeting", "held")]


def _g7_invitation(second: str) -> list[tuple]:
    text = "Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Tokyo on Thursday. " + second
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Fumio Kishida", "Fumio Kishida", "Prime Minister", "JPN"),
        place(text, "South Korean", "norp", "South Korean", "KOR"),
        person(text, "Yoon Suk Yeol", "Yoon Suk Yeol", "President", "KOR"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        person(text, "Kishida", "Fumio Kishida", "Prime Minister", "JPN", nth=2),
        person(text, "Yoon", "Yoon Suk Yeol", "President", "KOR", nth=2),
        org(text, "Group of Seven", "Group of Seven"),
        place(text, "Hiroshima", "city", "Hiroshima", "JPN"),
    ]
    dates = [date(text, "Thursday", "2023-03-16")] + ([date(text, "last year", "2022")] if "last year" in second else [])
    return [brief(m) for m in find_meetings(text, published="2023-03-17", dates=dates, entities=entities, dateline={})]


def test_a_gathering_someone_is_inviting_a_leader_to_is_planned():
    found = _g7_invitation("Kishida is considering inviting Yoon to the Group of Seven summit in Hiroshima.")
    assert [m[4] for m in found if "Group of Seven" in m[0]] == ["planned"]


def test_a_gathering_someone_was_invited_to_last_year_was_held():
    found = _g7_invitation("Kishida had invited Yoon to the Group of Seven summit in Hiroshima last year.")
    assert [m[4] for m in found if "Group of Seven" in m[0]] == ["held"]


def test_a_meeting_in_a_where_clause_takes_the_day_of_the_gathering_it_hangs_on():
    text = (
        "Indian Prime Minister Narendra Modi held talks with UAE President Mohamed bin Zayed in Abu Dhabi on Tuesday. "
        "Modi will attend the World Governments Summit in Dubai tomorrow, where he will meet Sheikh Mohammed bin Rashid."
    )
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "UAE", "country", "United Arab Emirates", "ARE"),
        person(text, "Mohamed bin Zayed", "Mohamed bin Zayed", "President", "ARE"),
        place(text, "Abu Dhabi", "city", "Abu Dhabi", "ARE"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND", nth=2),
        place(text, "Dubai", "city", "Dubai", "ARE"),
        person(text, "Mohammed bin Rashid", "Mohammed bin Rashid", "Ruler of Dubai", "ARE"),
    ]
    dates = [date(text, "Tuesday", "2024-02-13"), date(text, "tomorrow", "2024-02-14")]
    found = [brief(m) for m in find_meetings(text, published="2024-02-13", dates=dates, entities=entities, dateline={})]
    assert (["Narendra Modi", "Mohammed bin Rashid"], "Dubai", "2024-02-14", "meeting", "planned") in found


def _beijing_talks(second: str, *more: dict) -> list[tuple]:
    text = "Chinese President Xi Jinping held talks with US President Joe Biden. " + second
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        place(text, "Bali", "city", "Bali", "IDN"),
    ]
    dates = [date(text, d, v) for d, v in (("November 2022", "2022-11"), ("last year", "2022")) if d in text]
    return [brief(m) for m in find_meetings(text, published="2023-11-16", dates=dates, entities=entities, dateline={})]


def test_the_leaders_last_meeting_long_before_the_report_is_not_the_undated_talks_reported():
    assert _beijing_talks("The two leaders last met in Bali in November 2022.") == [
        (["Xi Jinping", "Joe Biden"], None, "2023-11-16", "meeting", "held"),
        (["Xi Jinping", "Joe Biden"], "Bali", "2022-11", "meeting", "held"),
    ]


def test_a_contact_they_had_long_before_in_the_sentence_of_their_first_meeting_since_is_another():
    assert _beijing_talks("It was their first meeting since they met in Bali last year.") == [
        (["Xi Jinping", "Joe Biden"], None, "2023-11-16", "meeting", "held"),
        (["Xi Jinping", "Joe Biden"], "Bali", "2022", "meeting", "held"),
    ]


def test_a_meeting_that_began_the_day_took_place_on_the_day_of_the_news():
    text = (
        "US President Donald Trump held talks with Russian President Vladimir Putin in Helsinki on Monday. "
        "They discussed arms control and trade. Markets rose in Asia and Europe. "
        "Trump began the day with a breakfast meeting with Finnish President Sauli Niinisto."
    )
    entities = [
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
        person(text, "Trump", "Donald Trump", "President", "USA", nth=2),
        place(text, "Finnish", "norp", "Finnish", "FIN"),
        person(text, "Sauli Niinisto", "Sauli Niinisto", "President", "FIN"),
    ]
    dates = [date(text, "Monday", "2018-07-16")]
    found = [brief(m) for m in find_meetings(text, published="2018-07-16", dates=dates, entities=entities, dateline={})]
    assert (["Donald Trump", "Sauli Niinisto"], "Helsinki", "2018-07-16", "meeting", "held") in found


def test_an_earlier_round_recalled_with_a_place_of_its_own_is_not_the_talks_reported():
    text = "Chinese President Xi Jinping held talks with US President Joe Biden. Xi and Biden previously met in Bali."
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        person(text, "Xi", "Xi Jinping", "President", "CHN", nth=2),
        person(text, "Biden", "Joe Biden", "President", "USA", nth=2),
        place(text, "Bali", "city", "Bali", "IDN"),
    ]
    found = [brief(m) for m in find_meetings(text, published="2023-11-16", dates=[], entities=entities, dateline={})]
    assert found == [
        (["Xi Jinping", "Joe Biden"], None, "2023-11-16", "meeting", "held"),
        (["Xi Jinping", "Joe Biden"], "Bali", None, "meeting", "held"),
    ]


def test_an_undated_meeting_told_as_background_does_not_take_the_datelines_city():
    text = (
        "Chinese President Xi Jinping held talks with US President Joe Biden on Wednesday. "
        "The summit comes after Secretary of State Antony Blinken had met Foreign Minister Wang Yi."
    )
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        person(text, "Antony Blinken", "Antony Blinken", "Secretary of State", "USA"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
    ]
    dates = [date(text, "Wednesday", "2023-11-15")]
    dateline = {"place": "San Francisco", "date": None, "source": None, "start": 0, "end": 0, "text": ""}
    found = [brief(m) for m in find_meetings(text, published="2023-11-16", dates=dates, entities=entities, dateline=dateline)]
    assert found == [
        (["Xi Jinping", "Joe Biden"], "San Francisco", "2023-11-15", "meeting", "held"),
        (["Antony Blinken", "Wang Yi"], None, None, "meeting", "held"),
    ]
