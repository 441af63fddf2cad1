"""dipkit meetings, round 9 (attributes and merging): a report filed at home on a minister's talks abroad (the lead's
meeting took place in another country than the dateline's city) places the same side's other undated talks where
the lead's were, not in the dateline's city; talks a visit "comes a week after" took place seven days before it (a
day), "two weeks after" in that month; a summit of the lead takes the day of a deed done "at" it, and the dateline's day
(not the day of an arrival "to attend" it); on pages written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, org, person, place

from dipkit.meetings import find_meetings

_LEAD = (
    "ISLAMABAD (Reuters) - Pakistani Foreign Minister Ishaq Dar held talks with Indian External Affairs Minister "
    "S Jaishankar in New Delhi on Tuesday.\n\n"
)


def _filed_at_home(second: str) -> list[tuple]:
    text = _LEAD + second
    entities = [
        place(text, "ISLAMABAD", "city", "Islamabad", "PAK"),
        place(text, "Pakistani", "norp", "Pakistani", "PAK"),
        person(text, "Ishaq Dar", "Ishaq Dar", "Foreign Minister", "PAK"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "S Jaishankar", "S Jaishankar", "External Affairs Minister", "IND"),
        place(text, "New Delhi", "city", "New Delhi", "IND"),
    ]
    if "Lavrov" in second:
        entities += [place(text, "Russian", "norp", "Russian", "RUS"), person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS")]
        entities.append(person(text, "Dar", "Ishaq Dar", "Foreign Minister", "PAK", nth=2))
    if "Putin" in second:
        entities += [
            person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
            place(text, "Sri Lankan", "norp", "Sri Lankan", "LKA"),
            person(text, "Anura Kumara Dissanayake", "Anura Kumara Dissanayake", "President", "LKA"),
        ]
    dates = [date(text, "Tuesday", "2025-05-06")]
    found = find_meetings(text, published="2025-05-06", dates=dates, entities=sorted(entities, key=lambda e: e["start"]))
    return [brief(m) for m in found]


def test_the_same_sides_other_talks_took_place_where_the_lead_says_not_in_the_dateline_city() -> None:
    assert _filed_at_home("Russian Foreign Minister Sergei Lavrov also met Dar, the Foreign Office said.\n") == [
        (["Ishaq Dar", "S Jaishankar"], "New Delhi", "2025-05-06", "meeting", "held"),
        (["Sergei Lavrov", "Ishaq Dar"], "New Delhi", "2025-05-06", "meeting", "held"),
    ]


def test_talks_of_other_sides_keep_the_dateline_city() -> None:
    assert _filed_at_home("Separately, President Vladimir Putin met Sri Lankan President Anura Kumara Dissanayake.\n")[1] == (
        ["Vladimir Putin", "Anura Kumara Dissanayake"], "Islamabad", "2025-05-06", "meeting", "held"
    )


def _week_after(interval: str) -> list[tuple]:
    text = (
        "Norwegian Prime Minister Jonas Gahr Store received Swedish Prime Minister Ulf Kristersson in Oslo on Monday. "
        f"The visit comes {interval} after Store met Finnish President Alexander Stubb in Helsinki."
    )
    entities = [
        place(text, "Norwegian", "norp", "Norwegian", "NOR"),
        person(text, "Jonas Gahr Store", "Jonas Gahr Store", "Prime Minister", "NOR"),
        place(text, "Swedish", "norp", "Swedish", "SWE"),
        person(text, "Ulf Kristersson", "Ulf Kristersson", "Prime Minister", "SWE"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Store", "Jonas Gahr Store", "Prime Minister", "NOR", nth=2),
        place(text, "Finnish", "norp", "Finnish", "FIN"),
        person(text, "Alexander Stubb", "Alexander Stubb", "President", "FIN"),
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
    ]
    dates = [date(text, "Monday", "2025-03-10")]
    found = find_meetings(text, published="2025-03-10", dates=dates, entities=entities, dateline={})
    return [brief(m) for m in found]


def test_a_week_after_is_seven_days_before() -> None:
    assert _week_after("a week")[1] == (["Jonas Gahr Store", "Alexander Stubb"], "Helsinki", "2025-03-03", "meeting", "held")


def test_weeks_after_is_only_the_month() -> None:
    assert _week_after("two weeks")[1] == (["Jonas Gahr Store", "Alexander Stubb"], "Helsinki", "2025-02", "meeting", "held")


def test_a_summit_takes_the_day_of_a_deed_done_at_it() -> None:
    text = (
        "President Lena Holm yesterday took over the chairmanship of the Nordic Council's committee on defence, security "
        "and energy cooperation at the 12th Ordinary Summit of "
        "the Nordic Council held in Helsinki."
    )
    entities = [
        person(text, "Lena Holm", "Lena Holm", "President", "SWE"),
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"},
        {**org(text, "Nordic Council", "Nordic Council"), "kind": "igo"} | dict(zip(("start", "end"), _second(text, "Nordic Council"))),
        place(text, "Helsinki", "city", "Helsinki", "FIN"),
    ]
    dates = [date(text, "yesterday", "2025-03-09")]
    found = [brief(m) for m in find_meetings(text, published="2025-03-10", dates=dates, entities=entities, dateline={})]
    assert found == [(["Nordic Council", "Lena Holm"], "Helsinki", "2025-03-09", "summit", "held")]


def _second(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface, text.index(surface) + 1)
    return start, start + len(surface)
