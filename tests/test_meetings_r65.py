"""dipkit meetings, round 65, on sentences written for these tests:

- "met the Chinese leader", in a story that names both China's President and its Premier: the one of them the story
  names most, the first named on a tie (not China, the land);
- "met separately with the UK's Minister of State for Africa and the Commonwealth, Lord X, and its Minister of
  State for Development, Y": X and Y, a portfolio's second region ("and the Commonwealth") no side of its own;
- "X, while in London, was unable to see A, but held talks with B": the talks are in London, where the subject
  stayed all the clause long;
- "X is in Singapore for a two-day official visit. X called on Prime Minister A on Tuesday": the meeting is
  in Singapore, the city-state's capital bearing its name;
- "X is in Uganda on an official visit. X was received by President Y on Tuesday": the talks told right after the
  stay are in Uganda (a meeting of long ago told there is not);
- "met the UK's Parliamentary Under-Secretary for the Middle East, North Africa and Yemen, Rt. Hon. X MP":
  X, a portfolio of several lands being the office's, and "Rt." no sentence end.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_the_leader_of_a_land_naming_two_leaders_is_the_one_named_first_on_a_tie():
    text = (
        "Russian President Vladimir Putin and Prime Minister Mikhail Mishustin spoke to reporters on Monday. "
        "On Tuesday, Kazakh President Kassym-Jomart Tokayev met the Russian leader in Moscow."
    )
    assert found(text, "2025-06-11") == [
        (["Kassym-Jomart Tokayev", "Vladimir Putin"], "Moscow", "2025-06-10", "meeting", "held"),
    ]


def test_the_leader_of_a_land_naming_two_leaders_is_the_one_named_most():
    text = (
        "German President Frank-Walter Steinmeier hosted a dinner on Monday, and Chancellor Friedrich Merz spoke after it. "
        "Merz said the talks would matter. On Tuesday, French President Emmanuel Macron met the German leader in Berlin."
    )
    assert found(text, "2025-06-11") == [
        (["Emmanuel Macron", "Friedrich Merz"], "Berlin", "2025-06-10", "meeting", "held"),
    ]


def test_the_leader_of_a_land_naming_one_leader_is_still_that_one():
    text = (
        "Chinese President Xi Jinping spoke to reporters on Monday. "
        "On Tuesday, Indonesian President Prabowo Subianto met the Chinese leader in Beijing."
    )
    assert found(text, "2025-06-11") == [
        (["Prabowo Subianto", "Xi Jinping"], "Beijing", "2025-06-10", "meeting", "held"),
    ]


TRIP = "Foreign Minister Amina Diallo of Senegal"


def test_a_portfolio_of_two_regions_is_the_offices_and_the_holders_are_met():
    text = (
        TRIP + " met separately in London on Friday with the UK's Minister of State for Africa and the Commonwealth, "
        "Lord Ray Collins, and its Minister of State for Development, Anneliese Dodds."
    )
    assert found(text, "2024-05-20") == [
        (["Amina Diallo", "Ray Collins"], "London", "2024-05-17", "meeting", "held"),
        (["Amina Diallo", "Anneliese Dodds"], "London", "2024-05-17", "meeting", "held"),
    ]


def test_a_while_in_aside_places_the_talks_of_its_clause():
    text = (
        TRIP + ", while in London, was unable to see the Prime Minister, "
        "but held talks with Foreign Secretary David Lammy on Friday."
    )
    assert found(text, "2024-05-20") == [
        (["Amina Diallo", "David Lammy"], "London", "2024-05-17", "meeting", "held"),
    ]


def test_calls_on_a_visit_to_a_city_state_are_in_its_capital_of_the_same_name():
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi is in Singapore for a two-day official visit.\n\n"
        "Mudavadi called on Prime Minister Lawrence Wong on Tuesday morning."
    )
    assert found(text, "2024-05-29") == [
        (["Musalia Mudavadi", "Lawrence Wong"], "Singapore", "2024-05-28", "meeting", "held"),
    ]


STAY = "Kenyan Foreign Minister Musalia Mudavadi is in Uganda on an official visit.\n\n"


def test_the_news_told_right_after_a_stay_in_a_land_is_in_that_land():
    text = STAY + "Mudavadi was received by President Yoweri Museveni on Tuesday."
    assert found(text, "2024-05-29") == [
        (["Musalia Mudavadi", "Yoweri Museveni"], "Uganda", "2024-05-28", "meeting", "held"),
    ]


def test_a_meeting_of_long_ago_told_after_a_stay_keeps_no_place():
    text = STAY + "Mudavadi last met President Yoweri Museveni in March 2021."
    assert found(text, "2024-05-29") == [
        (["Musalia Mudavadi", "Yoweri Museveni"], None, "2021-03", "meeting", "held"),
    ]


def test_a_portfolio_of_several_lands_and_a_right_honourable_holder_is_the_holder():
    text = (
        "Foreign Minister Amina Diallo on Monday met the UK's Parliamentary Under-Secretary for the Middle East, "
        "North Africa and Yemen, Rt. Hon. Ray Collins MP, in London."
    )
    assert found(text, "2025-01-21") == [
        (["Amina Diallo", "Ray Collins"], "London", "2025-01-20", "meeting", "held"),
    ]


def test_a_portfolio_of_three_lands_after_a_comma_is_the_offices():
    text = (
        "Foreign Minister Amina Diallo on Monday met the UK's Parliamentary Under-Secretary of State for Africa, Sudan "
        "and Somalia, Ray Collins, in London."
    )
    assert found(text, "2025-01-21") == [
        (["Amina Diallo", "Ray Collins"], "London", "2025-01-20", "meeting", "held"),
    ]
