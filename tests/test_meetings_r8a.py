"""dipkit meetings, round 8 (attributes and merging): a meeting told in the "when" clause of an event reported with
no sides of its own takes that event's place and day; what a visit "comes days before" is planned, and a plan told
after "before" keeps its mood; a verb joined by "and" to a plan ("to call on X and meet Y") and the visit a planned
arrival is "on" share its mood; talks told before a trip in a "when" clause take place on it; a trip to a building
"to meet" someone gives the place, and the day of "flying home" after it is not the meeting's; a contact dated "last
week" is held; talks joined by "and" to a dated arrival are that day; the news of a headline whose lead no trigger
reads stays first; on pages written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, person, place

from dipkit.meetings import find_meetings


def _when_page(main: str) -> tuple[str, list[dict], list[dict]]:
    text = (
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
        "The two leaders agreed to open a new border post. "
        f"{main}, when Ruto met Hassan for the first time as head of state."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Tanzanian", "norp", "Tanzanian", "TZA"),
        person(text, "Samia Suluhu Hassan", "Samia Suluhu Hassan", "President", "TZA"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        person(text, "Hassan", "Samia Suluhu Hassan", "President", "TZA", nth=2),
    ]
    if " Arusha " in main:
        entities.append(place(text, "Arusha", "city", "Arusha", "TZA"))
    dates = [date(text, "Monday", "2024-05-06")]
    if "March 2023" in main:
        dates.append(date(text, "March 2023", "2023-03"))
    return text, sorted(entities, key=lambda e: e["start"]), sorted(dates, key=lambda d: d["start"])


def test_a_meeting_in_the_when_clause_of_an_event_held_takes_its_place_and_day():
    text, entities, dates = _when_page("The joint commission last convened in Arusha in March 2023")
    found = [brief(m) for m in find_meetings(text, published="2024-05-07", dates=dates, entities=entities, dateline={})]
    assert (["William Ruto", "Samia Suluhu Hassan"], "Arusha", "2023-03", "meeting", "held") in found
    assert (["William Ruto", "Samia Suluhu Hassan"], "Nairobi", "2024-05-06", "meeting", "held") in found


def test_a_when_clause_of_no_event_held_gives_no_place():
    text, entities, dates = _when_page("Trade between them grew in Arusha in March 2023")
    found = [brief(m) for m in find_meetings(text, published="2024-05-07", dates=dates, entities=entities, dateline={})]
    assert (["William Ruto", "Samia Suluhu Hassan"], None, "2023-03", "meeting", "held") in found


def _comes_before_page(link: str) -> tuple[str, list[dict], list[dict]]:
    text = (
        "Japanese Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese in Canberra on Monday. "
        f"The visit {link} Albanese travels to Jakarta for talks with Indonesian President Joko Widodo."
    )
    entities = [
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Fumio Kishida", "Fumio Kishida", "Prime Minister", "JPN"),
        place(text, "Australian", "norp", "Australian", "AUS"),
        person(text, "Anthony Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        place(text, "Canberra", "city", "Canberra", "AUS"),
        person(text, "Albanese", "Anthony Albanese", "Prime Minister", "AUS", nth=2),
        place(text, "Jakarta", "city", "Jakarta", "IDN"),
        place(text, "Indonesian", "norp", "Indonesian", "IDN"),
        person(text, "Joko Widodo", "Joko Widodo", "President", "IDN"),
    ]
    return text, entities, [date(text, "Monday", "2023-07-10")]


def test_what_a_visit_comes_days_before_is_planned():
    text, entities, dates = _comes_before_page("comes days before")
    found = [brief(m) for m in find_meetings(text, published="2023-07-10", dates=dates, entities=entities, dateline={})]
    assert (["Anthony Albanese", "Joko Widodo"], "Jakarta", None, "meeting", "planned") in found


def test_what_a_visit_came_after_is_no_plan():
    text, entities, dates = _comes_before_page("came days after")
    found = [brief(m) for m in find_meetings(text, published="2023-07-10", dates=dates, entities=entities, dateline={})]
    assert [m[4] for m in found if m[0] == ["Anthony Albanese", "Joko Widodo"]] == ["held"]


def test_a_verb_joined_by_and_to_a_plan_shares_its_mood():
    text = (
        "Egyptian Foreign Minister Sameh Shoukry held talks with Jordanian Foreign Minister Ayman Safadi in Amman on Sunday. "
        "Shoukry is also scheduled to call on King Abdullah II later in the day and meet Prime Minister Bisher Al-Khasawneh."
    )
    entities = [
        place(text, "Egyptian", "norp", "Egyptian", "EGY"),
        person(text, "Sameh Shoukry", "Sameh Shoukry", "Foreign Minister", "EGY"),
        place(text, "Jordanian", "norp", "Jordanian", "JOR"),
        person(text, "Ayman Safadi", "Ayman Safadi", "Foreign Minister", "JOR"),
        place(text, "Amman", "city", "Amman", "JOR"),
        person(text, "Shoukry", "Sameh Shoukry", "Foreign Minister", "EGY", nth=2),
        person(text, "Abdullah II", "Abdullah II", "King", "JOR"),
        person(text, "Bisher Al-Khasawneh", "Bisher Al-Khasawneh", "Prime Minister", "JOR"),
    ]
    dates = [date(text, "Sunday", "2022-03-06")]
    found = [brief(m) for m in find_meetings(text, published="2022-03-06", dates=dates, entities=entities, dateline={})]
    statuses = {m[0][1]: m[4] for m in found}
    assert statuses == {"Ayman Safadi": "held", "Abdullah II": "planned", "Bisher Al-Khasawneh": "planned"}


def test_talks_told_before_a_trip_in_a_when_clause_take_place_on_it():
    text = (
        "Indian Defence Minister Rajnath Singh held talks with his Australian counterpart Richard Marles in Delhi on Monday. "
        "External Affairs Minister S Jaishankar is expected to meet Chinese Foreign Minister Wang Yi when he travels to Astana next week."
    )
    entities = [
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Rajnath Singh", "Rajnath Singh", "Defence Minister", "IND"),
        place(text, "Australian", "norp", "Australian", "AUS"),
        person(text, "Richard Marles", "Richard Marles", "Defence Minister", "AUS"),
        place(text, "Delhi", "city", "Delhi", "IND"),
        person(text, "S Jaishankar", "S Jaishankar", "External Affairs Minister", "IND"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Astana", "city", "Astana", "KAZ"),
    ]
    dates = [date(text, "Monday", "2024-06-24"), date(text, "next week", "2024-W27")]
    found = [brief(m) for m in find_meetings(text, published="2024-06-25", dates=dates, entities=entities, dateline={})]
    assert found[1:] == [(["S Jaishankar", "Wang Yi"], "Astana", "2024-W27", "meeting", "planned")]


def test_the_building_a_trip_goes_to_for_a_meeting_is_its_place_not_the_next_stop():
    text = (
        "German Chancellor Olaf Scholz held talks with Spanish Prime Minister Pedro Sanchez in Madrid on Monday. "
        "On Tuesday he will travel to the Elysee Palace to meet French President Emmanuel Macron before flying to Warsaw."
    )
    entities = [
        place(text, "German", "norp", "German", "DEU"),
        person(text, "Olaf Scholz", "Olaf Scholz", "Chancellor", "DEU"),
        place(text, "Spanish", "norp", "Spanish", "ESP"),
        person(text, "Pedro Sanchez", "Pedro Sanchez", "Prime Minister", "ESP"),
        place(text, "Madrid", "city", "Madrid", "ESP"),
        place(text, "French", "norp", "French", "FRA"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        place(text, "Warsaw", "city", "Warsaw", "POL"),
    ]
    dates = [date(text, "Monday", "2023-05-08"), date(text, "Tuesday", "2023-05-09")]
    found = [brief(m) for m in find_meetings(text, published="2023-05-08", dates=dates, entities=entities, dateline={})]
    assert (["Olaf Scholz", "Emmanuel Macron"], "Paris", "2023-05-09", "meeting", "planned") in found


def test_the_day_of_flying_on_after_a_meeting_is_not_its_day():
    text = (
        "Thai Prime Minister Prayuth Chan-ocha held talks with Chinese Premier Li Keqiang in Beijing on Monday. "
        "Prayuth was also due to meet Vice President Wang Qishan before flying home on Thursday."
    )
    entities = [
        place(text, "Thai", "norp", "Thai", "THA"),
        person(text, "Prayuth Chan-ocha", "Prayuth Chan-ocha", "Prime Minister", "THA"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Li Keqiang", "Li Keqiang", "Premier", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Prayuth", "Prayuth Chan-ocha", "Prime Minister", "THA", nth=2),
        person(text, "Wang Qishan", "Wang Qishan", "Vice President", "CHN"),
    ]
    dates = [date(text, "Monday", "2019-04-22"), date(text, "Thursday", "2019-04-25")]
    found = [brief(m) for m in find_meetings(text, published="2019-04-23", dates=dates, entities=entities, dateline={})]
    assert [m[2] for m in found if m[0] == ["Prayuth Chan-ocha", "Wang Qishan"]] == [None]


def test_a_contact_dated_last_week_is_held_under_a_plan_told_before_it():
    text = (
        "Turkish President Recep Tayyip Erdogan held talks with Ukrainian President Volodymyr Zelensky in Lviv on Thursday. "
        "A spokesman said Erdogan had agreed to come to Lviv after a telephone conversation with Zelensky last week."
    )
    entities = [
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        place(text, "Ukrainian", "norp", "Ukrainian", "UKR"),
        person(text, "Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Lviv", "city", "Lviv", "UKR"),
        person(text, "Erdogan", "Recep Tayyip Erdogan", "President", "TUR", nth=2),
        place(text, "Lviv", "city", "Lviv", "UKR", nth=2),
        person(text, "Zelensky", "Volodymyr Zelensky", "President", "UKR", nth=2),
    ]
    dates = [date(text, "Thursday", "2022-08-18"), date(text, "last week", "2022-W32")]
    found = [brief(m) for m in find_meetings(text, published="2022-08-18", dates=dates, entities=entities, dateline={})]
    assert [m[4] for m in found if m[3] == "call"] == ["held"]


def test_talks_joined_by_and_to_a_dated_arrival_are_held_that_day():
    text = (
        "British Foreign Secretary David Lammy met Saudi Foreign Minister Faisal bin Farhan in Riyadh on Tuesday. "
        "Lammy arrived in the Saudi capital on Monday evening and held talks with Crown Prince Mohammed bin Salman."
    )
    entities = [
        place(text, "British", "norp", "British", "GBR"),
        person(text, "David Lammy", "David Lammy", "Foreign Secretary", "GBR"),
        place(text, "Saudi", "norp", "Saudi", "SAU"),
        person(text, "Faisal bin Farhan", "Faisal bin Farhan", "Foreign Minister", "SAU"),
        place(text, "Riyadh", "city", "Riyadh", "SAU"),
        person(text, "Lammy", "David Lammy", "Foreign Secretary", "GBR", nth=2),
        place(text, "Saudi", "norp", "Saudi", "SAU", nth=2),
        person(text, "Mohammed bin Salman", "Mohammed bin Salman", "Crown Prince", "SAU"),
    ]
    dates = [date(text, "Tuesday", "2024-10-22"), date(text, "Monday evening", "2024-10-21")]
    found = [brief(m) for m in find_meetings(text, published="2024-10-22", dates=dates, entities=entities, dateline={})]
    assert (["David Lammy", "Mohammed bin Salman"], "Riyadh", "2024-10-21", "meeting", "held") in found


def test_the_visit_a_planned_arrival_is_on_and_its_talks_are_planned():
    text = (
        "Nepal's Foreign Secretary met his Indian counterpart in Kathmandu on Monday. "
        "The talks are expected to pave the way for Indian External Affairs Minister S Jaishankar, who is scheduled to "
        "arrive in Kathmandu on May 2 on a two-day visit for talks with Foreign Minister Arzu Rana Deuba."
    )
    entities = [
        place(text, "Nepal", "country", "Nepal", "NPL"),
        place(text, "Indian", "norp", "Indian", "IND"),
        place(text, "Kathmandu", "city", "Kathmandu", "NPL"),
        place(text, "Indian", "norp", "Indian", "IND", nth=2),
        person(text, "S Jaishankar", "S Jaishankar", "External Affairs Minister", "IND"),
        place(text, "Kathmandu", "city", "Kathmandu", "NPL", nth=2),
        person(text, "Arzu Rana Deuba", "Arzu Rana Deuba", "Foreign Minister", "NPL"),
    ]
    dates = [date(text, "Monday", "2024-04-22"), date(text, "May 2", "2024-05-02")]
    found = [brief(m) for m in find_meetings(text, published="2024-04-23", dates=dates, entities=entities, dateline={})]
    assert [m for m in found if "Arzu Rana Deuba" in m[0]] == [(["S Jaishankar", "Arzu Rana Deuba"], "Kathmandu", "2024-05-02", "meeting", "planned")]


def test_the_news_of_a_headline_the_lead_tells_without_a_trigger_stays_first():
    text = (
        "Lavrov, Wang Yi hold talks in Beijing\n\n"
        "BEIJING: Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi reaffirmed their partnership "
        "in Beijing on Tuesday. Both sides called for restraint in the region. Trade between them rose by a fifth last year. "
        "The two Foreign Ministers recalled their telephone conversations during the crisis. "
        "Lavrov is visiting China from April 8 to 10 at the invitation of Wang Yi."
    )
    entities = [
        person(text, "Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "BEIJING", "city", "Beijing", "CHN"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN", nth=2),
        place(text, "Beijing", "city", "Beijing", "CHN", nth=2),
        person(text, "Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS", nth=3),
        place(text, "China", "country", "China", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN", nth=3),
    ]
    dates = [date(text, "Tuesday", "2025-04-08"), date(text, "April 8 to 10", "2025-04-08")]
    found = [brief(m) for m in find_meetings(text, published="2025-04-08", dates=sorted(dates, key=lambda d: d["start"]),
                                             entities=sorted(entities, key=lambda e: e["start"]), dateline={})]
    assert [m[3] for m in found] == ["meeting", "call"]
