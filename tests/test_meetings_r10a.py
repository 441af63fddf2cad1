"""dipkit meetings, round 10 (attributes and merging): a visitor's planned talks the next day with leaders of the land
of the day's talks take place in the same city (even when the visitor is "travelling to" another stop next); "their
summit in X in March" after talks is an earlier meeting of the two; "the talks" told after a recalled round (or with a
place of their own) are the news talks; a visitor called on is where his visit is, not in his capital; on pages
written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import brief, date, found_briefly, org, person, place

from dipkit.meetings import find_meetings

_VISIT = (
    "Kenyan President William Ruto held talks with Ghanaian President John Mahama in Accra on Tuesday.\n\n"
    "On Wednesday, Ruto is scheduled to meet Ghanaian Vice President Jane Opoku-Agyemang{tail}.\n"
)


def _next_day(tail: str) -> list[tuple]:
    text = _VISIT.format(tail=tail)
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "John Mahama", "John Mahama", "President", "GHA"),
        place(text, "Accra", "city", "Accra", "GHA"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA", nth=2),
        person(text, "Jane Opoku-Agyemang", "Jane Opoku-Agyemang", "Vice President", "GHA"),
    ]
    if "Lagos" in text:
        entities.append(place(text, "Lagos", "city", "Lagos", "NGA"))
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "Wednesday", "2025-03-12")]
    return found_briefly(text, sorted(entities, key=lambda e: e["start"]), dates)


def test_planned_talks_next_day_with_a_host_of_the_land_take_place_in_the_city_of_the_day_before() -> None:
    assert _next_day("") == [
        (["William Ruto", "John Mahama"], "Accra", "2025-03-11", "meeting", "held"),
        (["William Ruto", "Jane Opoku-Agyemang"], "Accra", "2025-03-12", "meeting", "planned"),
    ]


def test_planned_talks_with_a_host_before_travelling_on_are_still_in_the_city_of_the_talks() -> None:
    assert _next_day(" before travelling to Lagos")[1] == (["William Ruto", "Jane Opoku-Agyemang"], "Accra", "2025-03-12", "meeting", "planned")


_RECALLED = (
    "Brazilian President Luiz Lula held talks with Argentine President Javier Milei in Brasilia on Monday.\n\n"
    "It was the second meeting between the two leaders this year, following their informal summit in Montevideo in March.\n"
)


def _recalled(second: str) -> list[tuple]:
    text = _RECALLED.replace("following their informal summit in Montevideo in March", second)
    entities = [
        place(text, "Brazilian", "norp", "Brazilian", "BRA"),
        person(text, "Luiz Lula", "Luiz Lula", "President", "BRA"),
        place(text, "Argentine", "norp", "Argentine", "ARG"),
        person(text, "Javier Milei", "Javier Milei", "President", "ARG"),
        place(text, "Brasilia", "city", "Brasilia", "BRA"),
    ]
    dates = [date(text, "Monday", "2025-06-09"), date(text, "this year", "2025")]
    if "Montevideo" in text:
        entities.append(place(text, "Montevideo", "city", "Montevideo", "URY"))
        dates.append(date(text, "March", "2025-03"))
    return found_briefly(text, sorted(entities, key=lambda e: e["start"]), sorted(dates, key=lambda d: d["start"]), published="2025-06-10")


def test_their_summit_with_a_place_and_day_of_its_own_is_an_earlier_meeting_of_the_two() -> None:
    assert _recalled("following their informal summit in Montevideo in March") == [
        (["Luiz Lula", "Javier Milei"], "Brasilia", "2025-06-09", "meeting", "held"),
        (["Luiz Lula", "Javier Milei"], "Montevideo", "2025-03", "meeting", "held"),
    ]


def test_the_summit_with_nothing_of_its_own_adds_no_meeting() -> None:
    assert _recalled("and the summit went well") == [(["Luiz Lula", "Javier Milei"], "Brasilia", "2025-06-09", "meeting", "held")]


_RECALLED_THEN_TALKS = (
    "Indonesian President Prabowo Subianto held talks with Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday.\n\n"
    "The two leaders last met in Kuala Lumpur in January.\n\n"
    "The talks then continued in an expanded format with ministers of both countries.\n"
)


def test_the_talks_told_after_a_recalled_round_are_the_news_talks() -> None:
    text = _RECALLED_THEN_TALKS
    entities = [
        place(text, "Indonesian", "norp", "Indonesian", "IDN"),
        person(text, "Prabowo Subianto", "Prabowo Subianto", "President", "IDN"),
        place(text, "Malaysian", "norp", "Malaysian", "MYS"),
        person(text, "Anwar Ibrahim", "Anwar Ibrahim", "Prime Minister", "MYS"),
        place(text, "Jakarta", "city", "Jakarta", "IDN"),
        place(text, "Kuala Lumpur", "city", "Kuala Lumpur", "MYS"),
    ]
    dates = [date(text, "Monday", "2025-06-09"), date(text, "January", "2025-01")]
    found = find_meetings(text, "2025-06-10", dates=dates, entities=entities, dateline={})
    news = next(m for m in found if m["place"]["name"] == "Jakarta")  # (the first line reads as a headline: order aside)
    assert sorted(brief(m) for m in found) == [
        (["Prabowo Subianto", "Anwar Ibrahim"], "Jakarta", "2025-06-09", "meeting", "held"),
        (["Prabowo Subianto", "Anwar Ibrahim"], "Kuala Lumpur", "2025-01", "meeting", "held"),
    ]
    talks = text.index("The talks") + len("The ")
    assert any(m["start"] <= talks < m["end"] for m in news["mentions"])


_VISITOR_CALLED_ON = (
    "Nepali Prime Minister Sher Deuba held talks with Indian Prime Minister Narendra Modi in New Delhi on Thursday.\n\n"
    "On Wednesday, Indian External Affairs Minister S Jaishankar called on {host} at his hotel.\n"
)


def _called_on(host: str) -> list[tuple]:
    text = _VISITOR_CALLED_ON.format(host=host)
    entities = [
        place(text, "Nepali", "norp", "Nepali", "NPL"),
        person(text, "Sher Deuba", "Sher Deuba", "Prime Minister", "NPL"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "New Delhi", "city", "New Delhi", "IND"),
        place(text, "Indian", "norp", "Indian", "IND", nth=2),
        person(text, "S Jaishankar", "S Jaishankar", "External Affairs Minister", "IND"),
    ]
    if host == "Deuba":
        entities.append(person(text, "Deuba", "Sher Deuba", "Prime Minister", "NPL", nth=2))
    else:
        entities += [place(text, "Bhutanese", "norp", "Bhutanese", "BTN"), person(text, "Tshering Tobgay", "Tshering Tobgay", "Prime Minister", "BTN")]
    dates = [date(text, "Thursday", "2025-06-12"), date(text, "Wednesday", "2025-06-11")]
    return found_briefly(text, sorted(entities, key=lambda e: e["start"]), dates, published="2025-06-12")


def test_a_visitor_called_on_is_where_the_visit_is_not_in_his_capital() -> None:
    assert _called_on("Deuba")[1] == (["S Jaishankar", "Sher Deuba"], "New Delhi", "2025-06-11", "meeting", "held")


def test_a_host_called_on_is_in_his_capital() -> None:
    assert _called_on("Bhutanese Prime Minister Tshering Tobgay")[1] == (
        ["S Jaishankar", "Tshering Tobgay"], "Thimphu", "2025-06-11", "meeting", "held"
    )


_TALKS_THERE = (
    "Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in Moscow on Friday.\n\n"
    "Orban arrived three days after visiting Kyiv, where he urged Ukrainian President Volodymyr Zelensky to agree to a truce.\n\n"
    "At the start of their talks in Moscow, Putin said he was ready to discuss peace proposals.\n"
)


def test_their_talks_told_with_a_place_are_the_talks_held_there_not_the_last_told() -> None:
    text = _TALKS_THERE
    entities = [
        place(text, "Hungarian", "norp", "Hungarian", "HUN"),
        person(text, "Viktor Orban", "Viktor Orban", "Prime Minister", "HUN"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        person(text, "Orban", "Viktor Orban", "Prime Minister", "HUN", nth=2),
        place(text, "Kyiv", "city", "Kyiv", "UKR"),
        place(text, "Ukrainian", "norp", "Ukrainian", "UKR"),
        person(text, "Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Moscow", "city", "Moscow", "RUS", nth=2),
        person(text, "Putin", "Vladimir Putin", "President", "RUS", nth=2),
    ]
    found = find_meetings(text, "2025-07-05", dates=[date(text, "Friday", "2025-07-04")], entities=entities, dateline={})
    where = {brief(m)[1]: m for m in found}  # (the first line reads as a headline: order aside)
    assert sorted(brief(m)[:2] for m in found) == [(["Viktor Orban", "Vladimir Putin"], "Moscow"), (["Viktor Orban", "Volodymyr Zelensky"], "Kyiv")]
    talks = text.index("their talks")
    assert any(m["start"] <= talks < m["end"] for m in where["Moscow"]["mentions"])
    assert not any(m["start"] <= talks < m["end"] for m in where["Kyiv"]["mentions"])


_AGAIN_AT = (
    "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Wednesday.\n\n"
    "The two leaders are also expected to meet again later this month {where} the SCO summit in Bishkek.\n"
)


def _again_at(where: str) -> list[tuple]:
    text = _AGAIN_AT.format(where=where)
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        org(text, "SCO", "Shanghai Cooperation Organisation"),
        place(text, "Bishkek", "city", "Bishkek", "KGZ"),
    ]
    dates = [date(text, "Wednesday", "2019-06-05"), date(text, "later this month", "2019-06")]
    return found_briefly(text, entities, dates, published="2019-06-05")


def test_the_two_meeting_again_at_a_summit_attend_it_with_no_talks_of_their_own() -> None:
    assert _again_at("at") == [
        (["Xi Jinping", "Vladimir Putin"], "Moscow", "2019-06-05", "meeting", "held"),
        (["Shanghai Cooperation Organisation", "Xi Jinping", "Vladimir Putin"], "Bishkek", "2019-06", "summit", "planned"),
    ]


def test_the_two_meeting_on_the_sidelines_of_a_summit_hold_talks() -> None:
    assert (["Xi Jinping", "Vladimir Putin"], "Bishkek", "2019-06", "meeting", "planned") in _again_at("on the sidelines of")


_TRIP_CAME = (
    "Italian Prime Minister Giorgia Meloni held talks with Ukrainian President Volodymyr Zelensky in Kyiv on Tuesday.\n\n"
    "On Monday Meloni held talks with Polish Prime Minister Donald Tusk in Warsaw.\n\n"
    "The two discussed air defence and the reconstruction of the power grid.\n\n"
    "{subject} came a day after US President Joe Biden met Zelensky in Kyiv.\n"
)


def _trip_came(subject: str) -> list[tuple]:
    text = _TRIP_CAME.format(subject=subject)
    entities = [
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Ukrainian", "norp", "Ukrainian", "UKR"),
        person(text, "Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Kyiv", "city", "Kyiv", "UKR"),
        person(text, "Meloni", "Giorgia Meloni", "Prime Minister", "ITA", nth=2),
        place(text, "Polish", "norp", "Polish", "POL"),
        person(text, "Donald Tusk", "Donald Tusk", "Prime Minister", "POL"),
        place(text, "Warsaw", "city", "Warsaw", "POL"),
        place(text, "US", "country", "United States", "USA"),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        person(text, "Zelensky", "Volodymyr Zelensky", "President", "UKR", nth=2),
        place(text, "Kyiv", "city", "Kyiv", "UKR", nth=2),
    ]
    dates = [date(text, "Tuesday", "2025-02-18"), date(text, "Monday", "2025-02-17")]
    return found_briefly(text, entities, dates, published="2025-02-18")


def test_the_trip_that_came_a_day_after_counts_from_the_news_day_not_the_last_dated_meeting() -> None:
    assert (["Joe Biden", "Volodymyr Zelensky"], "Kyiv", "2025-02-17", "meeting", "held") in _trip_came("The premier's trip")


_SET_TO_MEET = (
    "Meloni in Kyiv for talks with Zelensky\n"
    "Italian Prime Minister Giorgia Meloni arrived in Kyiv on Tuesday on her first visit to Ukraine.\n\n"
    "Meloni was set to meet Ukrainian President Volodymyr Zelensky later in the day.\n\n"
    "Before the talks, the premier visited Irpin and Hostomel, towns hit hard by Russian troops last spring.\n"
)


def test_talks_named_beside_a_plan_for_later_that_day_are_planned_and_a_stop_before_them_is_no_meeting() -> None:
    text = _SET_TO_MEET
    entities = [
        person(text, "Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Kyiv", "city", "Kyiv", "UKR"),
        person(text, "Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Kyiv", "city", "Kyiv", "UKR", nth=2),
        place(text, "Ukraine", "country", "Ukraine", "UKR"),
        person(text, "Meloni", "Giorgia Meloni", "Prime Minister", "ITA", nth=3),
        place(text, "Ukrainian", "norp", "Ukrainian", "UKR"),
        person(text, "Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        place(text, "Irpin", "city", "Irpin", "UKR"),
        place(text, "Hostomel", "city", "Hostomel", "UKR"),
        place(text, "Russian", "norp", "Russian", "RUS"),
    ]
    dates = [date(text, "Tuesday", "2025-02-18"), date(text, "later in the day", "2025-02-18"), date(text, "last spring", "2024-SP")]
    assert found_briefly(text, sorted(entities, key=lambda e: e["start"]), dates, published="2025-02-18") == [
        (["Giorgia Meloni", "Volodymyr Zelensky"], "Kyiv", "2025-02-18", "meeting", "planned"),
    ]


_TEAMS = (
    "Chinese President Xi Jinping held a phone call with US President Donald Trump on Thursday.\n\n"
    "Xi said the trade teams of the two sides had held talks in Geneva, which were widely welcomed.\n\n"
    "Trump said he looked forward to more progress.\n\n"
    "In Geneva, Chinese Vice Premier He Lifeng held talks with US Treasury Secretary Scott Bessent.\n"
)


def test_talks_of_the_two_sides_teams_are_the_talks_named_later_in_that_city() -> None:
    text = _TEAMS
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "US", "country", "United States", "USA"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        person(text, "Xi", "Xi Jinping", "President", "CHN", nth=2),
        place(text, "Geneva", "city", "Geneva", "CHE"),
        person(text, "Trump", "Donald Trump", "President", "USA", nth=2),
        place(text, "Geneva", "city", "Geneva", "CHE", nth=2),
        place(text, "Chinese", "norp", "Chinese", "CHN", nth=2),
        person(text, "He Lifeng", "He Lifeng", "Vice Premier", "CHN"),
        place(text, "US", "country", "United States", "USA", nth=2),
        person(text, "Scott Bessent", "Scott Bessent", "Treasury Secretary", "USA"),
    ]
    found = found_briefly(text, sorted(entities, key=lambda e: e["start"]), [date(text, "Thursday", "2025-06-05")], published="2025-06-05")
    assert [f[:2] for f in found] == [(["Xi Jinping", "Donald Trump"], None), (["He Lifeng", "Scott Bessent"], "Geneva")]
