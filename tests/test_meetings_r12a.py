"""dipkit meetings, round 12 (attributes and merging): a call told as what led to the news ("agreed to send
aid, following a phone call with X on Monday") was held on the weekday before publication, even where a plan
in the sentence made the date layer read that weekday forward; on pages written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly, person, place

_FOLLOWING_CALL = (
    "Danish Prime Minister Mette Frederiksen has agreed to send two frigates to the Red Sea, following a phone call "
    "with Egyptian President Abdel Fattah al-Sisi on Monday, her office said.\n"
)


def _call_entities(text: str) -> list[dict]:
    return [
        place(text, "Danish", "norp", "Danish", "DNK"),
        person(text, "Mette Frederiksen", "Mette Frederiksen", "Prime Minister", "DNK"),
        place(text, "Red Sea", "country", "Red Sea", "XRS"),
        place(text, "Egyptian", "norp", "Egyptian", "EGY"),
        person(text, "Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi", "President", "EGY"),
    ]


def test_a_call_that_led_to_the_news_was_held_on_the_weekday_before_publication() -> None:
    text = _FOLLOWING_CALL
    dates = [date(text, "Monday", "2025-03-17")]  # (read forward by "has agreed to send")
    assert found_briefly(text, _call_entities(text), dates) == [
        (["Mette Frederiksen", "Abdel Fattah al-Sisi"], None, "2025-03-10", "call", "held"),
    ]


_PLANNED_CALL = (
    "Danish Prime Minister Mette Frederiksen will hold a phone call with Egyptian President Abdel Fattah al-Sisi "
    "on Monday about shipping in the Red Sea, her office said.\n"
)


def test_a_call_announced_for_a_weekday_stays_planned_for_the_coming_one() -> None:
    text = _PLANNED_CALL
    dates = [date(text, "Monday", "2025-03-17")]
    assert found_briefly(text, _call_entities(text), dates) == [
        (["Mette Frederiksen", "Abdel Fattah al-Sisi"], None, "2025-03-17", "call", "planned"),
    ]


_PAIR_FIRST_SPOKE = (
    "Chilean President Gabriel Boric said Argentine President Javier Milei had promised to reopen a mountain pass, "
    "after a telephone conversation between the two leaders on Monday.\n\n"
    "Chilean Interior Minister Carolina Toha met Argentine Security Minister Patricia Bullrich in Mendoza last week.\n\n"
    "It was the second conversation between Mr Boric and Mr Milei this year. The pair first spoke in January, "
    "during a call that also included Uruguayan President Luis Lacalle Pou.\n"
)


def test_the_pair_recalled_after_a_sentence_naming_two_others_is_that_pair_not_the_aside_before() -> None:
    text = _PAIR_FIRST_SPOKE
    entities = [
        place(text, "Chilean", "norp", "Chilean", "CHL"),
        person(text, "Gabriel Boric", "Gabriel Boric", "President", "CHL"),
        place(text, "Argentine", "norp", "Argentine", "ARG"),
        person(text, "Javier Milei", "Javier Milei", "President", "ARG"),
        place(text, "Chilean", "norp", "Chilean", "CHL", nth=2),
        person(text, "Carolina Toha", "Carolina Toha", "Interior Minister", "CHL"),
        place(text, "Argentine", "norp", "Argentine", "ARG", nth=2),
        person(text, "Patricia Bullrich", "Patricia Bullrich", "Security Minister", "ARG"),
        place(text, "Mendoza", "city", "Mendoza", "ARG"),
        person(text, "Boric", "Gabriel Boric", "President", "CHL", nth=2),
        person(text, "Milei", "Javier Milei", "President", "ARG", nth=2),
        place(text, "Uruguayan", "norp", "Uruguayan", "URY"),
        person(text, "Luis Lacalle Pou", "Luis Lacalle Pou", "President", "URY"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "last week", "2025-W10"), date(text, "this year", "2025"),
             date(text, "January", "2025-01")]
    assert found_briefly(text, entities, dates) == [
        (["Gabriel Boric", "Javier Milei"], None, "2025-03-10", "call", "held"),
        (["Carolina Toha", "Patricia Bullrich"], "Mendoza", "2025-W10", "meeting", "held"),
        (["Gabriel Boric", "Javier Milei"], None, "2025-01", "call", "held"),
    ]


_LAST_VISITED = (
    "Kenyan President William Ruto will fly to Accra on Thursday to hold talks with Ghanaian President John Mahama, "
    "State House said on Monday.\n\n"
    "He is also expected to meet Ghanaian Vice President Jane Opoku-Agyemang. Ruto last visited Ghana in 2019.\n"
)


def test_a_trip_recalled_from_years_ago_takes_no_host_of_the_talks_the_story_announces() -> None:
    text = _LAST_VISITED
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Accra", "city", "Accra", "GHA"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "John Mahama", "John Mahama", "President", "GHA"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA", nth=2),
        person(text, "Jane Opoku-Agyemang", "Jane Opoku-Agyemang", "Vice President", "GHA"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        place(text, "Ghana", "country", "Ghana", "GHA", nth=3),  # (not inside "Ghanaian")
    ]
    dates = [date(text, "Thursday", "2025-03-13"), date(text, "Monday", "2025-03-10"), date(text, "2019", "2019")]
    found = found_briefly(text, entities, dates)
    assert found[-1] == (["William Ruto", "Ghana"], "Ghana", "2019", "visit", "held")
    assert (["William Ruto", "Jane Opoku-Agyemang"], "Accra", "2025-03-13", "meeting", "planned") in found


_RECEIVED_AT_PALACE = (
    "Thai Prime Minister Paetongtarn Shinawatra arrived in Vientiane on Tuesday for a two-day official visit to Laos.\n\n"
    "Paetongtarn was received by Lao President Thongloun Sisoulith at the Presidential Palace on Tuesday, and the two "
    "discussed a new rail link across the Mekong.\n"
)


def test_an_arrival_and_a_reception_at_a_palace_that_day_are_one_meeting_in_the_city_reached() -> None:
    text = _RECEIVED_AT_PALACE
    entities = [
        place(text, "Thai", "norp", "Thai", "THA"),
        person(text, "Paetongtarn Shinawatra", "Paetongtarn Shinawatra", "Prime Minister", "THA"),
        place(text, "Vientiane", "city", "Vientiane", "LAO"),
        place(text, "Laos", "country", "Laos", "LAO"),
        person(text, "Paetongtarn", "Paetongtarn Shinawatra", "Prime Minister", "THA", nth=2),
        place(text, "Lao", "norp", "Lao", "LAO"),
        person(text, "Thongloun Sisoulith", "Thongloun Sisoulith", "President", "LAO"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "Tuesday", "2025-03-11", nth=2)]
    assert found_briefly(text, entities, dates) == [
        (["Paetongtarn Shinawatra", "Thongloun Sisoulith"], "Vientiane", "2025-03-11", "meeting", "held"),
    ]


_THEIR_PREVIOUS = (
    "Irish Foreign Minister Simon Harris held talks with his Icelandic counterpart Thorgerdur Gunnarsdottir in Dublin "
    "on Tuesday about fishing rights in the North Atlantic.\n\n"
    "Their previous meeting, in Reykjavik in April, ended without an agreement.\n"
)


def test_their_previous_meeting_is_a_round_of_the_same_two_persons_not_of_their_states() -> None:
    text = _THEIR_PREVIOUS
    entities = [
        place(text, "Irish", "norp", "Irish", "IRL"),
        person(text, "Simon Harris", "Simon Harris", "Foreign Minister", "IRL"),
        place(text, "Icelandic", "norp", "Icelandic", "ISL"),
        person(text, "Thorgerdur Gunnarsdottir", "Thorgerdur Gunnarsdottir", "Foreign Minister", "ISL"),
        place(text, "Dublin", "city", "Dublin", "IRL"),
        place(text, "Reykjavik", "city", "Reykjavik", "ISL"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "April", "2024-04")]
    assert found_briefly(text, entities, dates) == [
        (["Simon Harris", "Thorgerdur Gunnarsdottir"], "Dublin", "2025-03-11", "meeting", "held"),
        (["Simon Harris", "Thorgerdur Gunnarsdottir"], "Reykjavik", "2024-04", "meeting", "held"),
    ]
