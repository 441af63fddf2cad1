"""dipkit meetings, round 5 (attributes and merging): a headline that prepares a visit, days read from "the same
day" / "earlier in the day", an interval after the meeting reported before ("came ten days after"), and more; on
pages written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings


def test_a_headline_that_agrees_to_arrange_a_visit_reports_a_plan_not_a_trip():
    text = (
        "Rome, Oslo agree to arrange Store visit to Rome\n\n"
        "Norwegian Foreign Minister Espen Eide and his Italian counterpart Antonio Tajani held talks in Oslo on Tuesday."
    )
    entities = [
        place(text, "Rome", "city", "Rome", "ITA"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Rome", "city", "Rome", "ITA", nth=2),
        place(text, "Norwegian", "norp", "Norwegian", "NOR"),
        person(text, "Espen Eide", "Espen Eide", "Foreign Minister", "NOR"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        place(text, "Oslo", "city", "Oslo", "NOR", nth=2),
    ]
    dates = [date(text, "Tuesday", "2024-05-14")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]
    assert found == [
        (["Jonas Gahr Store", "Italy"], "Rome", None, "visit", "planned"),
        (["Espen Eide", "Antonio Tajani"], "Oslo", "2024-05-14", "meeting", "held"),
    ]


def _oslo_talks(text: str) -> list[dict]:
    return [
        place(text, "Norwegian", "norp", "Norwegian", "NOR"),
        person(text, "Espen Eide", "Espen Eide", "Foreign Minister", "NOR"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
    ]


def test_earlier_in_the_day_is_the_day_of_the_talks_not_of_the_report():
    text = (
        "Norwegian Foreign Minister Espen Eide held talks with his Italian counterpart Antonio Tajani in Oslo on Tuesday. "
        "The last Italian minister to visit, Luigi Di Maio, came to Oslo in April last year. "
        "Tajani also called on Prime Minister Jonas Gahr Store earlier in the day."
    )
    entities = [
        *_oslo_talks(text),
        place(text, "Italian", "norp", "Italian", "ITA", nth=2),
        person(text, "Luigi Di Maio", "Luigi Di Maio", "Foreign Minister", "ITA"),
        place(text, "Oslo", "city", "Oslo", "NOR", nth=2),
        person(text, "Tajani", "Antonio Tajani", "Foreign Minister", "ITA", nth=2),
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
    ]
    dates = [date(text, "Tuesday", "2024-05-14"), date(text, "April last year", "2023-04"), date(text, "earlier in the day", "2024-05-15")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]
    assert (["Antonio Tajani", "Jonas Gahr Store"], "Oslo", "2024-05-14", "meeting", "held") in found


def test_an_interval_after_the_talks_dates_the_earlier_trip_and_the_same_day_follows_it():
    text = (
        "Norwegian Foreign Minister Espen Eide held talks with his Italian counterpart Antonio Tajani in Oslo on Sunday. "
        "The visit came ten days after Italian Defence Minister Guido Crosetto traveled to Norway. "
        "The same day, Eide held talks with Swedish Foreign Minister Maria Stenergard in Stockholm."
    )
    entities = [
        *_oslo_talks(text),
        place(text, "Italian", "norp", "Italian", "ITA", nth=2),
        person(text, "Guido Crosetto", "Guido Crosetto", "Defence Minister", "ITA"),
        place(text, "Norway", "country", "Norway", "NOR"),
        person(text, "Eide", "Espen Eide", "Foreign Minister", "NOR", nth=2),
        place(text, "Swedish", "norp", "Swedish", "SWE"),
        person(text, "Maria Stenergard", "Maria Stenergard", "Foreign Minister", "SWE"),
        place(text, "Stockholm", "city", "Stockholm", "SWE"),
    ]
    dates = [
        date(text, "Sunday", "2024-12-22"),
        {**date(text, "ten days", "P10D"), "type": "DURATION"},
        date(text, "The same day", "2024-12-22"),
    ]
    found = [brief(m) for m in find_meetings(text, published="2024-12-23", dates=dates, entities=entities, dateline={})]
    assert (["Guido Crosetto", "Norway"], "Norway", "2024-12-12", "visit", "held") in found
    assert (["Espen Eide", "Maria Stenergard"], "Stockholm", "2024-12-12", "meeting", "held") in found


def test_weeks_before_give_the_month_and_vague_days_give_no_day():
    text = (
        "Norwegian Foreign Minister Espen Eide held talks with his Italian counterpart Antonio Tajani in Oslo on Monday. "
        "The talks come two weeks after Prime Minister Jonas Gahr Store met Giorgia Meloni in Rome. "
        "They also come days after Tajani spoke by phone with Maria Stenergard."
    )
    entities = [
        *_oslo_talks(text),
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Rome", "city", "Rome", "ITA"),
        person(text, "Tajani", "Antonio Tajani", "Foreign Minister", "ITA", nth=2),
        person(text, "Maria Stenergard", "Maria Stenergard", "Foreign Minister", "SWE"),
    ]
    dates = [date(text, "Monday", "2024-12-02"), {**date(text, "two weeks", "P2W"), "type": "DURATION"}, {**date(text, "days", "PXD"), "type": "DURATION"}]
    found = [brief(m) for m in find_meetings(text, published="2024-12-02", dates=dates, entities=entities, dateline={})]
    assert (["Jonas Gahr Store", "Giorgia Meloni"], "Rome", "2024-11", "meeting", "held") in found
    assert (["Antonio Tajani", "Maria Stenergard"], None, None, "call", "held") in found


def test_a_later_step_of_the_story_takes_the_day_of_the_talks_before_it_but_not_a_recollection():
    text = (
        "Norwegian Foreign Minister Espen Eide held talks with his Italian counterpart Antonio Tajani in Oslo on Tuesday. "
        "Tajani later met Prime Minister Jonas Gahr Store. "
        "Tajani had previously met Crown Prince Haakon."
    )
    entities = [
        *_oslo_talks(text),
        person(text, "Tajani", "Antonio Tajani", "Foreign Minister", "ITA", nth=2),
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        person(text, "Tajani", "Antonio Tajani", "Foreign Minister", "ITA", nth=3),
        person(text, "Haakon", "Haakon", "Crown Prince", "NOR"),
    ]
    dates = [date(text, "Tuesday", "2024-05-14")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]
    assert (["Antonio Tajani", "Jonas Gahr Store"], "Oslo", "2024-05-14", "meeting", "held") in found
    assert (["Antonio Tajani", "Haakon"], None, None, "meeting", "held") in found


def test_a_when_clause_with_the_same_sides_is_the_call_it_hangs_on():
    text = (
        "Norwegian Foreign Minister Espen Eide held talks with his Italian counterpart Antonio Tajani in Oslo on Tuesday. "
        "Eide and Tajani last spoke in a phone call on March 18, when they discussed the Arctic."
    )
    entities = [
        *_oslo_talks(text),
        person(text, "Eide", "Espen Eide", "Foreign Minister", "NOR", nth=2),
        person(text, "Tajani", "Antonio Tajani", "Foreign Minister", "ITA", nth=2),
    ]
    dates = [date(text, "Tuesday", "2024-05-14"), date(text, "March 18", "2024-03-18")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]
    assert found == [
        (["Espen Eide", "Antonio Tajani"], "Oslo", "2024-05-14", "meeting", "held"),
        (["Espen Eide", "Antonio Tajani"], None, "2024-03-18", "call", "held"),
    ]


def test_a_planned_trip_for_the_next_round_meets_the_counterpart_of_this_one():
    text = (
        "Norwegian Foreign Minister Espen Eide held talks with his Italian counterpart Antonio Tajani in Oslo on Tuesday. "
        "Eide accepted an invitation to travel to Italy next year for the next round."
    )
    entities = [
        *_oslo_talks(text),
        person(text, "Eide", "Espen Eide", "Foreign Minister", "NOR", nth=2),
        place(text, "Italy", "country", "Italy", "ITA"),
    ]
    dates = [date(text, "Tuesday", "2024-05-14"), date(text, "next year", "2025")]
    found = [brief(m) for m in find_meetings(text, published="2024-05-15", dates=dates, entities=entities, dateline={})]
    assert (["Espen Eide", "Antonio Tajani"], "Italy", "2025", "meeting", "planned") in found


def test_a_meeting_on_the_sidelines_takes_the_place_the_summit_takes_from_the_story():
    text = (
        "Nordic leaders announced a new energy pact on Friday. "
        "The announcement came during the summit of the Nordic Council, hosted by Prime Minister Kristrun Frostadottir. "
        "Espen Eide landed in Reykjavik on Thursday night and went straight into a working dinner with Frostadottir. "
        "Antonio Tajani held a brief meeting with Eide on the sidelines of the summit."
    )
    entities = [
        org(text, "Nordic Council", "Nordic Council"),
        person(text, "Kristrun Frostadottir", "Kristrun Frostadottir", "Prime Minister", "ISL"),
        person(text, "Espen Eide", "Espen Eide", "Foreign Minister", "NOR"),
        place(text, "Reykjavik", "city", "Reykjavik", "ISL"),
        person(text, "Frostadottir", "Kristrun Frostadottir", "Prime Minister", "ISL", nth=2),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        person(text, "Eide", "Espen Eide", "Foreign Minister", "NOR", nth=2),
    ]
    dates = [date(text, "Friday", "2024-12-06"), date(text, "Thursday night", "2024-12-05")]
    found = [brief(m) for m in find_meetings(text, published="2024-12-06", dates=dates, entities=entities, dateline={})]
    assert (["Antonio Tajani", "Espen Eide"], "Reykjavik", "2024-12-06", "meeting", "held") in found


def test_a_trip_dated_long_before_the_report_is_no_part_of_the_undated_reception_told_first():
    text = (
        "Prime Minister Jonas Gahr Store received Italian Foreign Minister Antonio Tajani in a courtesy call. "
        "This followed the official visit of Store to Rome in February 2023."
    )
    entities = [
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        person(text, "Store", "Jonas Gahr Store", "Prime Minister", "NOR", nth=2),
        place(text, "Rome", "city", "Rome", "ITA"),
    ]
    dates = [date(text, "February 2023", "2023-02")]
    found = [brief(m) for m in find_meetings(text, published="2024-07-08", dates=dates, entities=entities, dateline={})]
    assert (["Jonas Gahr Store", "Antonio Tajani"], None, "2024-07-08", "meeting", "held") in found  # (the day's news)
    assert [when for _, where, when, _, _ in found if where == "Rome"] == ["2023-02"]


def test_a_banquet_after_the_talks_is_the_same_contact_though_aides_attended_the_talks():
    text = (
        "Prime Minister Jonas Gahr Store received Italian Prime Minister Giorgia Meloni in Oslo today. "
        "The talks were attended by Foreign Minister Espen Eide. "
        "Following the talks, Store hosted a state banquet in honour of Meloni."
    )
    entities = [
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Espen Eide", "Espen Eide", "Foreign Minister", "NOR"),
        person(text, "Store", "Jonas Gahr Store", "Prime Minister", "NOR", nth=2),
        person(text, "Meloni", "Giorgia Meloni", "Prime Minister", "ITA", nth=2),
    ]
    dates = [date(text, "today", "2025-05-15")]
    found = [brief(m) for m in find_meetings(text, published="2025-05-15", dates=dates, entities=entities, dateline={})]
    assert found == [(["Jonas Gahr Store", "Giorgia Meloni", "Espen Eide"], "Oslo", "2025-05-15", "meeting", "held")]


def test_aides_who_joined_the_leader_for_the_meeting_join_that_meeting():
    text = (
        "Prime Minister Jonas Gahr Store held a bilateral meeting with Italian Prime Minister Giorgia Meloni in Rome on Tuesday. "
        "Foreign Minister Espen Eide and Trade Minister Cecilie Myrseth joined Store for the 40-minute meeting."
    )
    entities = [
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Rome", "city", "Rome", "ITA"),
        person(text, "Espen Eide", "Espen Eide", "Foreign Minister", "NOR"),
        person(text, "Cecilie Myrseth", "Cecilie Myrseth", "Trade Minister", "NOR"),
        person(text, "Store", "Jonas Gahr Store", "Prime Minister", "NOR", nth=2),
    ]
    dates = [date(text, "Tuesday", "2024-11-19")]
    found = [brief(m) for m in find_meetings(text, published="2024-11-20", dates=dates, entities=entities, dateline={})]
    assert found == [(["Jonas Gahr Store", "Giorgia Meloni", "Espen Eide", "Cecilie Myrseth"], "Rome", "2024-11-19", "meeting", "held")]


def test_a_minister_who_also_attended_the_talks_told_just_before_joins_them_as_an_aide():
    text = (
        "Foreign Minister Espen Eide on Sunday met Italian Prime Minister Giorgia Meloni in Rome. "
        "The talks, which lasted two hours, focused on energy. "
        "Antonio Tajani, the Italian foreign minister, also attended."
    )
    entities = [
        person(text, "Espen Eide", "Espen Eide", "Foreign Minister", "NOR"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Rome", "city", "Rome", "ITA"),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
        place(text, "Italian", "norp", "Italian", "ITA", nth=2),
    ]
    dates = [date(text, "Sunday", "2024-12-22")]
    found = [brief(m) for m in find_meetings(text, published="2024-12-22", dates=dates, entities=entities, dateline={})]
    assert found == [(["Espen Eide", "Giorgia Meloni", "Antonio Tajani"], "Rome", "2024-12-22", "meeting", "held")]


def test_a_meeting_in_a_city_the_lead_dates_as_a_stop_takes_that_day_and_the_capital():
    text = (
        "Prime Minister Jonas Gahr Store wrapped up a Baltic tour on Sunday, meeting Estonian Prime Minister Kristen Michal "
        "in Tallinn after stops in Vilnius and Riga on Saturday. "
        "In the Lithuanian capital, Store held talks with President Gitanas Nauseda, before flying to Latvia to meet "
        "Prime Minister Evika Silina."
    )
    entities = [
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Estonian", "norp", "Estonian", "EST"),
        person(text, "Kristen Michal", "Kristen Michal", "Prime Minister", "EST"),
        place(text, "Tallinn", "city", "Tallinn", "EST"),
        place(text, "Vilnius", "city", "Vilnius", "LTU"),
        place(text, "Riga", "city", "Riga", "LVA"),
        place(text, "Lithuanian", "norp", "Lithuanian", "LTU"),
        person(text, "Store", "Jonas Gahr Store", "Prime Minister", "NOR", nth=2),
        person(text, "Gitanas Nauseda", "Gitanas Nauseda", "President", "LTU"),
        place(text, "Latvia", "country", "Latvia", "LVA"),
        person(text, "Evika Silina", "Evika Silina", "Prime Minister", "LVA"),
    ]
    dates = [date(text, "Sunday", "2025-03-09"), date(text, "Saturday", "2025-03-08")]
    found = [brief(m) for m in find_meetings(text, published="2025-03-10", dates=dates, entities=entities, dateline={})]
    assert (["Jonas Gahr Store", "Kristen Michal"], "Tallinn", "2025-03-09", "meeting", "held") in found
    assert (["Jonas Gahr Store", "Gitanas Nauseda"], "Vilnius", "2025-03-08", "meeting", "held") in found
    assert (["Jonas Gahr Store", "Evika Silina"], "Riga", "2025-03-08", "meeting", "held") in found


def test_a_gathering_hosted_at_the_end_of_a_planned_trip_is_planned_too():
    text = (
        "Prime Minister Jonas Gahr Store is expected to travel to Stockholm on Friday for a closed-door gathering of "
        "Nordic leaders hosted by Swedish Prime Minister Ulf Kristersson."
    )
    entities = [
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Stockholm", "city", "Stockholm", "SWE"),
        place(text, "Swedish", "norp", "Swedish", "SWE"),
        person(text, "Ulf Kristersson", "Ulf Kristersson", "Prime Minister", "SWE"),
    ]
    dates = [date(text, "Friday", "2025-02-21")]
    found = [brief(m) for m in find_meetings(text, published="2025-02-19", dates=dates, entities=entities, dateline={})]
    assert found and all(status == "planned" for *_, status in found)
