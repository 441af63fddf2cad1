"""dipkit meetings: a summit recalled by its rank ("the first summit in X in 2023") and a plan's purpose
("is expected to travel ... to attend"), on sentences written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings


def _leaders(text: str) -> list[dict]:
    return [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        person(text, "Eva Dahl", "Eva Dahl", "President", "NOR"),
        *([person(text, "Holm", "Lena Holm", "President", "SWE", nth=2)] if text.count("Holm") > 1 else []),
        *([place(text, "Oslo", "city", "Oslo", "NOR")] if "Oslo" in text else []),
    ]


def test_a_summit_recalled_by_its_rank_gives_no_place_or_date_to_this_one():
    text = (
        "The second Nordic summit took place, attended by President Lena Holm, "
        "President Tomas Berg and President Eva Dahl. "
        "Holm recalled the trust built since the first summit in Reykjavik in May 2023."
    )
    entities = [*_leaders(text), place(text, "Reykjavik", "city", "Reykjavik", "ISL")]
    found = find_meetings(text, "2025-06-17", dates=[date(text, "May 2023", "2023-05")], entities=entities)
    assert [brief(m) for m in found] == [(["Lena Holm", "Tomas Berg", "Eva Dahl"], None, "2025-06-17", "summit", "held")]


def test_a_summit_named_the_first_and_dated_as_this_one_is_this_one():
    text = (
        "The Nordic leaders' summit opened in Oslo on Tuesday, attended by President Lena Holm, "
        "President Tomas Berg and President Eva Dahl. "
        "The first summit in Oslo on Tuesday focused on energy."
    )
    dates = [date(text, "Tuesday", "2025-06-17"), date(text, "Tuesday", "2025-06-17", nth=2)]
    entities = [*_leaders(text), place(text, "Oslo", "city", "Oslo", "NOR", nth=2)]
    found = find_meetings(text, "2025-06-17", dates=dates, entities=entities)
    assert [brief(m)[1:] for m in found if m["kind"] == "summit"] == [("Oslo", "2025-06-17", "summit", "held")]


def test_attending_a_gathering_a_plan_travels_to_is_planned():
    text = "President Lena Holm is expected to pay a visit to Norway in late August to attend the Arctic Council summit."
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        place(text, "Norway", "country", "Norway", "NOR"),
        org(text, "Arctic Council", "Arctic Council"),
    ]
    found = find_meetings(text, "2025-06-17", dates=[date(text, "late August", "2025-08")], entities=entities)
    assert found and all(m["status"] == "planned" for m in found)


def test_attending_after_a_trip_that_happened_is_held():
    text = "President Lena Holm travelled to Norway last week to attend the Arctic Council summit."
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        place(text, "Norway", "country", "Norway", "NOR"),
        org(text, "Arctic Council", "Arctic Council"),
    ]
    found = find_meetings(text, "2025-06-17", dates=[date(text, "last week", "2025-W24")], entities=entities)
    assert found and all(m["status"] == "held" for m in found)


def test_a_summit_named_by_its_two_sides_is_a_meeting():
    text = "The Nordic Council-Canada summit was held in Oslo on Tuesday."
    entities = [
        org(text, "Nordic Council", "Nordic Council"),
        place(text, "Canada", "country", "Canada", "CAN"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    found = find_meetings(text, "2025-06-17", dates=[date(text, "Tuesday", "2025-06-17")], entities=entities)
    assert [brief(m)[1:] for m in found] == [("Oslo", "2025-06-17", "meeting", "held")]


def test_a_summit_named_by_two_blocs_stays_a_summit():
    text = "The Nordic Council-Arctic Council summit was held in Oslo on Tuesday."
    entities = [
        org(text, "Nordic Council", "Nordic Council"),
        org(text, "Arctic Council", "Arctic Council"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    found = find_meetings(text, "2025-06-17", dates=[date(text, "Tuesday", "2025-06-17")], entities=entities)
    assert [brief(m)[1:] for m in found] == [("Oslo", "2025-06-17", "summit", "held")]


def _sidelines_story(text: str) -> list[dict]:
    return [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        person(text, "Eva Dahl", "Eva Dahl", "President", "NOR"),
        person(text, "Holm", "Lena Holm", "President", "SWE", nth=2),
        person(text, "Dahl", "Eva Dahl", "President", "NOR", nth=2),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]


def test_a_meeting_on_the_sidelines_of_a_summit_dated_by_the_lead_has_its_day():
    text = (
        "The Nordic leaders' summit took place in Oslo, attended by President Lena Holm, "
        "President Tomas Berg and President Eva Dahl. "
        "The leaders signed a pact on energy. "
        "It covers wind power and grids. "
        "On the sidelines of the summit, Holm also held separate talks with Dahl."
    )
    found = find_meetings(text, "2025-06-17", dates=[], entities=_sidelines_story(text))
    assert [brief(m)[0] + [brief(m)[2]] for m in found if m["kind"] == "meeting"] == [["Lena Holm", "Eva Dahl", "2025-06-17"]]


def test_a_meeting_on_the_sidelines_of_a_two_day_summit_has_no_day():
    text = (
        "The two-day Nordic leaders' summit took place in Oslo, attended by President Lena Holm, "
        "President Tomas Berg and President Eva Dahl. "
        "The leaders signed a pact on energy. "
        "It covers wind power and grids. "
        "On the sidelines of the summit, Holm also held separate talks with Dahl."
    )
    found = find_meetings(text, "2025-06-17", dates=[], entities=_sidelines_story(text))
    assert [brief(m)[0] + [brief(m)[2]] for m in found if m["kind"] == "meeting"] == [["Lena Holm", "Eva Dahl", None]]


def test_the_month_may_is_no_plan():
    text = "Holm travelled to Oslo in May 2023, when she held a trilateral meeting with Tomas Berg and Eva Dahl."
    entities = [
        person(text, "Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        person(text, "Eva Dahl", "Eva Dahl", "President", "NOR"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    found = find_meetings(text, "2024-05-16", dates=[date(text, "May 2023", "2023-05")], entities=entities)
    assert found and all(m["status"] == "held" for m in found)
    text = "Holm may hold a trilateral meeting with Tomas Berg and Eva Dahl in Oslo."
    entities = [
        person(text, "Holm", "Lena Holm", "President", "SWE"),
        person(text, "Tomas Berg", "Tomas Berg", "President", "FIN"),
        person(text, "Eva Dahl", "Eva Dahl", "President", "NOR"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    found = find_meetings(text, "2024-05-16", dates=[], entities=entities)
    assert [m["status"] for m in found] == ["planned"]


def test_talks_that_will_go_on_are_no_part_of_the_trip_before():
    text = "Holm, who visited Oslo in June, said the talks would go on."
    entities = [person(text, "Holm", "Lena Holm", "President", "SWE"), place(text, "Oslo", "city", "Oslo", "NOR")]
    found = find_meetings(text, "2025-07-17", dates=[date(text, "June", "2025-06")], entities=entities)
    assert [brief(m) for m in found] == [(["Lena Holm", "Norway"], "Oslo", "2025-06", "visit", "held")]


def test_a_visit_that_would_take_place_is_planned():
    text = "Holm's visit to Norway would take place alongside a meeting of the Arctic Council."
    entities = [person(text, "Holm", "Lena Holm", "President", "SWE"), place(text, "Norway", "country", "Norway", "NOR")]
    found = find_meetings(text, "2025-06-17", dates=[], entities=entities)
    assert found and all(m["status"] == "planned" for m in found)


def test_separate_meetings_on_the_sidelines_take_the_summits_day_not_the_talks_before():
    text = (
        "The Nordic leaders' summit took place in Oslo, attended by President Lena Holm, "
        "President Tomas Berg and President Eva Dahl. "
        "The leaders signed a pact on energy. "
        "It covers wind power and grids. "
        "On Monday evening, Holm held talks with Berg at the palace. "
        "On the sidelines of the summit, Holm also held separate meetings with Dahl."
    )
    entities = [
        *_sidelines_story(text)[:3],
        person(text, "Holm", "Lena Holm", "President", "SWE", nth=2),
        person(text, "Berg", "Tomas Berg", "President", "FIN", nth=2),
        person(text, "Holm", "Lena Holm", "President", "SWE", nth=3),
        person(text, "Dahl", "Eva Dahl", "President", "NOR", nth=2),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]
    found = find_meetings(text, "2025-06-17", dates=[date(text, "Monday evening", "2025-06-16")], entities=entities)
    days = {tuple(brief(m)[0]): brief(m)[2] for m in found if m["kind"] == "meeting"}
    assert days[("Lena Holm", "Tomas Berg")] == "2025-06-16"
    assert days[("Lena Holm", "Eva Dahl")] == "2025-06-17"
