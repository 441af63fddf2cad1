"""dipkit meetings: the date, place and status a meeting takes from the story around it, on sentences
written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings


def _state_visit(text: str) -> list[dict]:
    return [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
    ]


def test_the_same_day_is_the_day_of_the_meeting_reported_before():
    text = (
        "President Lena Holm held talks with President Tomas Berg in Helsinki on March 3. "
        "The two leaders signed a pact on energy. "
        "It covers wind power and grids. "
        "Trade has doubled since 2020. "
        "The same day, Holm met Prime Minister Anna Lind."
    )
    entities = [*_state_visit(text), person(text, "Holm", "Lena Holm", "President", "SWE", nth=2)]
    entities.append(person(text, "Anna Lind", "Anna Lind", "Prime Minister", "FIN"))
    found = find_meetings(text, "2025-03-04", dates=[date(text, "March 3", "2025-03-03")], entities=entities)
    assert [brief(m)[0] + [brief(m)[2]] for m in found] == [
        ["Lena Holm", "Tomas Berg", "2025-03-03"],
        ["Lena Holm", "Anna Lind", "2025-03-03"],
    ]
    text = text.replace("The same day, Holm met Prime Minister Anna Lind.", "Holm met Prime Minister Anna Lind later that day.")
    entities = [*_state_visit(text), person(text, "Holm", "Lena Holm", "President", "SWE", nth=2)]
    entities.append(person(text, "Anna Lind", "Anna Lind", "Prime Minister", "FIN"))
    found = find_meetings(text, "2025-03-04", dates=[date(text, "March 3", "2025-03-03")], entities=entities)
    assert [brief(m)[2] for m in found] == ["2025-03-03", "2025-03-03"]


def test_a_lead_meeting_with_no_date_took_place_on_the_report_s_day():
    text = "President Lena Holm held talks with President Tomas Berg in Helsinki, focusing on energy and defence."
    found = find_meetings(text, "2025-03-04", dates=[], entities=_state_visit(text))
    assert [brief(m) for m in found] == [(["Lena Holm", "Tomas Berg"], "Helsinki", "2025-03-04", "meeting", "held")]
    assert found[0]["date"] == {"value": "2025-03-04", "text": None}  # (no expression of the text names it)
    found = find_meetings(text, "2025-03", dates=[], entities=_state_visit(text))
    assert [brief(m)[2] for m in found] == [None]  # a month is no day of report
    found = find_meetings(text, None, dates=[], entities=_state_visit(text))
    assert [brief(m)[2] for m in found] == [None]


def test_a_meeting_the_lead_recalls_is_not_the_day_s_news():
    text = "Ministers gathered in Oslo two days after President Lena Holm's meeting with President Tomas Berg in Helsinki."
    found = find_meetings(text, "2025-03-04", dates=[], entities=_state_visit(text))
    assert [brief(m) for m in found] == [(["Lena Holm", "Tomas Berg"], "Helsinki", None, "meeting", "held")]
    text = (
        "President Lena Holm held talks with President Tomas Berg in Helsinki on Monday. "
        "Ministers met on energy. Trade was discussed. "
        "Holm went on to hold talks with Prime Minister Anna Lind, officials said."
    )
    entities = [*_state_visit(text), person(text, "Holm", "Lena Holm", "President", "SWE", nth=2)]
    entities.append(person(text, "Anna Lind", "Anna Lind", "Prime Minister", "FIN"))
    found = find_meetings(text, "2025-03-04", dates=[date(text, "Monday", "2025-03-03")], entities=entities)
    assert [brief(m)[2] for m in found if "Anna Lind" in brief(m)[0]] == [None]  # past the lead: no context day


def test_an_undated_lead_meeting_takes_the_day_the_lead_names():
    text = (
        "President Lena Holm on Saturday chaired a summit of the Nordic Council in Helsinki. "
        "Holm held talks with President Tomas Berg, focusing on energy."
    )
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
        person(text, "Holm", "Lena Holm", "President", "SWE", nth=2),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
    ]
    found = find_meetings(text, "2025-03-09", dates=[date(text, "Saturday", "2025-03-08")], entities=entities)
    assert [brief(m)[2] for m in found if "Tomas Berg" in brief(m)[0]] == ["2025-03-08"]


def test_a_date_after_a_gerund_of_another_deed_is_not_the_meeting_s():
    text = "President Lena Holm, who attended her last Nordic Council summit before handing over power next month, praised the bloc."
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
    ]
    found = find_meetings(text, "2025-03-09", dates=[date(text, "next month", "2025-04")], entities=entities)
    assert [brief(m)[2:] for m in found] == [(None, "summit", "held")]  # (a sentence with a date tells no day of the summit)


def test_a_visit_that_could_take_place_later_is_a_plan():
    text = (
        "President Lena Holm met President Tomas Berg in Oslo. "
        "Holm invited Berg to Stockholm, and officials on both sides said a visit could take place in the autumn."
    )
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Holm", "Lena Holm", "President", "SWE", nth=2),
        person(text, "Berg", "Tomas Berg", "President", "FIN", nth=2),
        place(text, "Stockholm", "city", "Stockholm", "SWE"),
    ]
    found = find_meetings(text, "2025-03-09", dates=[date(text, "the autumn", "2025-FA")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Lena Holm", "Tomas Berg"], "Oslo", "2025-03-09", "meeting", "held"),
        (["Lena Holm", "Tomas Berg"], "Stockholm", "2025-FA", "meeting", "planned"),
    ]


def test_a_city_s_short_name_in_the_headline_is_the_same_meeting():
    text = (
        "Holm and Berg hold talks in Rio\n\n"
        "President Lena Holm met President Tomas Berg on Wednesday in Rio de Janeiro, on the sidelines of the G20 meeting."
    )
    entities = [
        person(text, "Holm", "Lena Holm", "President", "SWE"),
        person(text, "Berg", "Tomas Berg", "President", "FIN"),
        place(text, "Rio", "city", "Rio de Janeiro", "BRA"),
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        place(text, "Rio de Janeiro", "city", "Rio de Janeiro", "BRA"),
        {**org(text, "G20", "Group of Twenty"), "kind": "igo"},
    ]
    found = find_meetings(text, "2025-02-20", dates=[date(text, "Wednesday", "2025-02-19")], entities=entities)
    assert [brief(m)[:3] for m in found if brief(m)[3] == "meeting"] == [(["Lena Holm", "Tomas Berg"], "Rio de Janeiro", "2025-02-19")]


def test_talks_on_the_sidelines_of_the_summit_are_at_the_summit_reported_before():
    text = (
        "President Lena Holm on Saturday chaired a summit of the Nordic Council in Helsinki, where leaders called for a "
        "ceasefire in the region, new sanctions and more aid for the refugees who fled the fighting in the east. "
        "Holm and President Tomas Berg held a closed-door meeting on the sidelines of the summit. "
        "It came a week after Holm convened a virtual Baltic Assembly summit on March 1."
    )
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
        person(text, "Holm", "Lena Holm", "President", "SWE", nth=2),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        person(text, "Holm", "Lena Holm", "President", "SWE", nth=3),
        {**org(text, "Baltic Assembly", "Baltic Assembly"), "kind": "igo"},
    ]
    dates = [date(text, "Saturday", "2025-03-08"), date(text, "March 1", "2025-03-01")]
    found = find_meetings(text, "2025-03-09", dates=dates, entities=entities)
    assert [brief(m)[1:3] for m in found if "Tomas Berg" in brief(m)[0] and brief(m)[3] == "meeting"] == [("Helsinki", "2025-03-08")]


def test_talks_joined_to_a_trip_by_and_took_place_on_it():
    text = "Prime Minister Anna Lind visited Oslo in August and held talks with Vice President Per Dahl, in what both sides called a thaw."
    entities = [
        person(text, "Anna Lind", "Anna Lind", "Prime Minister", "FIN"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Per Dahl", "Per Dahl", "Vice President", None),
    ]
    found = find_meetings(text, "2025-12-01", dates=[date(text, "August", "2025-08")], entities=entities)
    assert [brief(m) for m in found] == [(["Anna Lind", "Per Dahl"], "Oslo", "2025-08", "meeting", "held")]
    text = "Prime Minister Anna Lind visited Oslo in August. In December she held talks with Vice President Per Dahl."
    entities = [
        person(text, "Anna Lind", "Anna Lind", "Prime Minister", "FIN"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Per Dahl", "Per Dahl", "Vice President", None),
    ]
    found = find_meetings(text, "2025-12-20", dates=[date(text, "August", "2025-08"), date(text, "December", "2025-12")], entities=entities)
    assert [brief(m)[1:3] for m in found if brief(m)[3] == "meeting"] == [(None, "2025-12")]


def test_a_meeting_the_day_before_talks_in_a_city_took_place_there():
    text = (
        "Foreign Minister Anna Lind held talks with Foreign Minister Per Dahl in Oslo on Thursday. "
        "On Wednesday, Lind met Trade Minister Eva Berg to discuss tariffs."
    )
    entities = [
        person(text, "Anna Lind", "Anna Lind", "Foreign Minister", "FIN"),
        person(text, "Per Dahl", "Per Dahl", "Foreign Minister", "NOR"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Lind", "Anna Lind", "Foreign Minister", "FIN", nth=2),
        person(text, "Eva Berg", "Eva Berg", "Trade Minister", "NOR"),
    ]
    dates = [date(text, "Thursday", "2025-08-21"), date(text, "Wednesday", "2025-08-20")]
    found = find_meetings(text, "2025-08-21", dates=dates, entities=entities)
    assert [brief(m)[1:3] for m in found] == [("Oslo", "2025-08-21"), ("Oslo", "2025-08-20")]
    text = text.replace("in Oslo", "at the Kremlin")
    entities = entities[:2] + [{"start": text.index("Kremlin"), "end": text.index("Kremlin") + 7, "text": "Kremlin", "type": "ORG", "name": "Kremlin"}, *entities[3:]]
    entities = [e if e["type"] != "PERSON" else {**e, **dict(zip(("start", "end"), _nth(text, e["text"], 2 if e["text"] == "Lind" else 1)))} for e in entities]
    dates = [date(text, "Thursday", "2025-08-21"), date(text, "Wednesday", "2025-08-20")]
    found = find_meetings(text, "2025-08-21", dates=dates, entities=entities)
    assert [brief(m)[1:3] for m in found] == [("Moscow", "2025-08-21"), ("Moscow", "2025-08-20")]  # the venue's city
    dates = [date(text, "Thursday", "2025-08-21"), date(text, "Wednesday", "2025-08-13")]  # a week before: another trip
    found = find_meetings(text, "2025-08-21", dates=dates, entities=entities)
    assert [brief(m)[1:3] for m in found] == [("Moscow", "2025-08-21"), (None, "2025-08-13")]


def test_a_place_after_a_later_trigger_across_a_comma_is_that_event_s():
    text = "President Lena Holm met Prime Minister Anna Lind on Tuesday, and the two leaders recalled their talks in Oslo in May."
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Anna Lind", "Anna Lind", "Prime Minister", "FIN"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    dates = [date(text, "Tuesday", "2025-09-09"), date(text, "May", "2025-05")]
    found = find_meetings(text, "2025-09-10", dates=dates, entities=entities)
    assert [brief(m)[1:3] for m in found] == [(None, "2025-09-09"), ("Oslo", "2025-05")]


def test_a_meeting_during_a_trip_takes_the_trip_s_day():
    text = "Talks come weeks after President Lena Holm held a meeting with President Tomas Berg in Helsinki during her three-day visit to Finland last month."
    entities = [*_state_visit(text), place(text, "Finland", "country", "Finland", "FIN")]
    found = find_meetings(text, "2025-04-18", dates=[date(text, "last month", "2025-03")], entities=entities)
    assert [brief(m) for m in found] == [(["Lena Holm", "Tomas Berg"], "Helsinki", "2025-03", "meeting", "held")]


def _nth(text: str, surface: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def test_talks_on_a_visit_take_the_city_the_visitor_was_in():
    text = (
        "Finland and Norway agreed to ease trade, following talks between Foreign Minister Anna Lind and Foreign Minister Per Dahl on Thursday. "
        "Dahl was in Helsinki for a two-day working visit."
    )
    entities = [
        place(text, "Finland", "country", "Finland", "FIN"),
        place(text, "Norway", "country", "Norway", "NOR"),
        person(text, "Anna Lind", "Anna Lind", "Foreign Minister", "FIN"),
        person(text, "Per Dahl", "Per Dahl", "Foreign Minister", "NOR"),
        person(text, "Dahl", "Per Dahl", "Foreign Minister", "NOR", nth=2),
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
    ]
    found = find_meetings(text, "2025-05-16", dates=[date(text, "Thursday", "2025-05-15")], entities=entities)
    assert [brief(m) for m in found] == [(["Anna Lind", "Per Dahl"], "Helsinki", "2025-05-15", "meeting", "held")]


def test_the_bloc_s_summit_is_a_summit_of_the_bloc_named_before_with_its_chair():
    text = (
        "Nordic leaders on Sunday approved a new energy plan for the Nordic Council. "
        "The decision was taken at the bloc's 12th ordinary summit in Helsinki, chaired by President Tomas Berg. "
        "President Lena Holm met Berg on the sidelines of the summit on Sunday evening."
    )
    entities = [
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Berg", "Tomas Berg", "President", "FIN", nth=2),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "Sunday", "2025-03-09"), date(text, "Sunday evening", "2025-03-09")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Nordic Council", "Tomas Berg", "Lena Holm"], "Helsinki", "2025-03-09", "summit", "held"),
        (["Lena Holm", "Tomas Berg"], "Helsinki", "2025-03-09", "meeting", "held"),  # (met on its sidelines: there too)
    ]


def test_a_summit_a_relative_clause_says_a_person_will_attend_is_reported():
    text = (
        "Foreign Minister Per Dahl said Oslo wanted a stronger Nordic Council ahead of the bloc's summit in Helsinki in May, "
        "which President Tomas Berg is expected to attend."
    )
    entities = [
        person(text, "Per Dahl", "Per Dahl", "Foreign Minister", "NOR"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "May", "2025-05")], entities=entities)
    assert [brief(m) for m in found] == [(["Nordic Council", "Tomas Berg"], "Helsinki", "2025-05", "summit", "planned")]


def test_a_pronoun_guest_of_the_summit_is_the_person_named_before():
    text = "President Tomas Berg said Finland backed the Nordic Council summit in Helsinki in May, which he is expected to attend."
    entities = [
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        place(text, "Finland", "country", "Finland", "FIN"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "May", "2025-05")], entities=entities)
    assert [brief(m) for m in found] == [(["Nordic Council", "Tomas Berg"], "Helsinki", "2025-05", "summit", "planned")]


def test_the_day_named_right_after_an_attending_verb_is_the_gathering_s():
    text = "President Lena Holm and President Tomas Berg will attend Thursday's Nordic Council summit in Helsinki."
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "Thursday", "2025-03-13")], entities=entities)
    assert [brief(m)[2:] for m in found] == [("2025-03-13", "summit", "planned")]
    text = text.replace("Thursday's", "this year's")
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "this year", "2025")], entities=entities)
    assert [brief(m)[2:] for m in found] == [(None, "summit", "planned")]  # a year is no day of the summit


def test_an_invitation_takes_the_day_the_visit_could_take_place():
    text = "Foreign Minister Per Dahl said he had invited Foreign Minister Anna Lind to Oslo, and officials said the visit could take place next month."
    entities = [
        person(text, "Per Dahl", "Per Dahl", "Foreign Minister", "NOR"),
        person(text, "Anna Lind", "Anna Lind", "Foreign Minister", "FIN"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    found = find_meetings(text, "2025-03-10", dates=[date(text, "next month", "2025-04")], entities=entities)
    assert [brief(m) for m in found] == [(["Per Dahl", "Anna Lind"], "Oslo", "2025-04", "meeting", "planned")]


def test_talks_after_a_visit_with_a_host_took_place_on_that_trip():
    text = (
        "Foreign Minister Anna Lind spoke in parliament on Monday. "
        "Last week, the head of the Nordic Energy Agency, Per Dahl, visited Helsinki and met Lind as well as Eva Berg, "
        "the head of the Finnish grid operator."
    )
    entities = [
        person(text, "Anna Lind", "Anna Lind", "Foreign Minister", "FIN"),
        person(text, "Per Dahl", "Per Dahl", None, None),
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
        person(text, "Lind", "Anna Lind", "Foreign Minister", "FIN", nth=2),
        person(text, "Eva Berg", "Eva Berg", None, None),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Last week", "2025-W10")]
    found = find_meetings(text, "2025-03-11", dates=dates, entities=entities)
    assert {brief(m)[1] for m in found} == {"Helsinki"}


def test_a_meeting_within_a_summit_s_days_takes_its_place():
    text = (
        "President Lena Holm will attend next week's Nordic Council summit in Helsinki. "
        "Holm will meet President Tomas Berg on March 20, her office said."
    )
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
        person(text, "Holm", "Lena Holm", "President", "SWE", nth=2),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
    ]
    dates = [date(text, "next week", "2025-W12"), date(text, "March 20", "2025-03-20")]
    found = find_meetings(text, "2025-03-12", dates=dates, entities=entities)
    assert [brief(m)[1:] for m in found if brief(m)[3] == "meeting"] == [("Helsinki", "2025-03-20", "meeting", "planned")]
    dates = [date(text, "next week", "2025-W12"), date(text, "March 20", "2025-03-28")]  # after the summit: anywhere
    found = find_meetings(text, "2025-03-12", dates=dates, entities=entities)
    assert [brief(m)[1:] for m in found if brief(m)[3] == "meeting"] == [(None, "2025-03-28", "meeting", "planned")]


def test_a_joint_summit_of_two_blocs_and_its_report_under_one_bloc_are_one_summit():
    text = (
        "Holm, Berg co-chair joint Nordic Council-Baltic Assembly summit\n\n"
        "President Lena Holm on Saturday co-chaired a joint summit of the Nordic Council and the Baltic Assembly in Riga."
    )
    entities = [
        person(text, "Holm", "Lena Holm", "President", "SWE"),
        person(text, "Berg", "Tomas Berg", "President", "FIN"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        {**org(text, "Baltic Assembly", "Baltic Assembly"), "kind": "igo"},
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        place(text, "Riga", "city", "Riga", "LVA"),
    ]
    entities += [{**e, **dict(zip(("start", "end"), _nth(text, e["text"], 2)))} for e in entities[2:4]]
    found = find_meetings(text, "2025-03-09", dates=[date(text, "Saturday", "2025-03-08")], entities=entities)
    summits = [brief(m) for m in found if brief(m)[3] == "summit"]
    assert len(summits) == 1 and summits[0][1:3] == ("Riga", "2025-03-08")
    assert {"Nordic Council", "Baltic Assembly", "Lena Holm"} <= set(summits[0][0])


def test_a_visitor_calling_on_a_host_meets_in_the_host_s_capital():
    text = "Foreign Secretary Per Dahl later called on Foreign Minister Anna Lind, and in the evening met Prime Minister Eva Berg."
    entities = [
        person(text, "Per Dahl", "Per Dahl", "Foreign Secretary", "NOR"),
        person(text, "Anna Lind", "Anna Lind", "Foreign Minister", "FIN"),
        person(text, "Eva Berg", "Eva Berg", "Prime Minister", "FIN"),
    ]
    found = find_meetings(text, "2025-04-18", dates=[], entities=entities)
    assert [brief(m)[:2] for m in found if "Anna Lind" in brief(m)[0]] == [(["Per Dahl", "Anna Lind"], "Helsinki")]
