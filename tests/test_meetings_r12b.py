"""dipkit meetings, round 12 (detection and participants), on pages written for these tests: a second predicate
joined by ", and is also due to call on Z" belongs to the sentence's subject, not to the object named last; "talks on
a topic with X" are talks with X (not "talks on the war with X"); "she" points back past a man to the woman the story
refers to as "her"; "X had called on him at his hotel" is X's meeting with the man named before; "the US top diplomat" (a country's name and
a bare title) stands for that country's holder of the office named before, not for the country.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly as _found, person, place


def test_a_second_predicate_after_and_belongs_to_the_subject_not_the_last_object():
    text = (
        "Danish Foreign Minister Karen Holm arrived in Tallinn on Sunday for a three-day visit.\n\n"
        "On Monday, Holm will hold talks on grid links with Energy Minister Priit Kask, and is also expected "
        "to call on Prime Minister Mart Saar at his office."
    )
    entities = [
        person(text, "Karen Holm", "Karen Holm", "Foreign Minister", "DNK"),
        place(text, "Tallinn", "city", "Tallinn", "EST"),
        person(text, "Holm", "Karen Holm", "Foreign Minister", "DNK", nth=2),
        person(text, "Priit Kask", "Priit Kask", "Energy Minister", "EST"),
        person(text, "Mart Saar", "Mart Saar", "Prime Minister", "EST"),
    ]
    dates = [date(text, "Sunday", "2025-03-09"), date(text, "Monday", "2025-03-10")]
    found = _found(text, entities, dates, published="2025-03-09")
    assert (["Karen Holm", "Mart Saar"], "2025-03-10", "planned") in [(m[0], m[2], m[4]) for m in found]
    assert not any(set(m[0]) == {"Priit Kask", "Mart Saar"} for m in found)


def test_talks_on_a_topic_with_a_person_are_a_meeting_with_that_person():
    text = "Danish Foreign Minister Karen Holm arrived in Tallinn on Sunday.\n\nOn Monday, Holm will hold talks on grid links with Energy Minister Priit Kask."
    entities = [
        person(text, "Karen Holm", "Karen Holm", "Foreign Minister", "DNK"),
        place(text, "Tallinn", "city", "Tallinn", "EST"),
        person(text, "Holm", "Karen Holm", "Foreign Minister", "DNK", nth=2),
        person(text, "Priit Kask", "Priit Kask", "Energy Minister", "EST"),
    ]
    dates = [date(text, "Sunday", "2025-03-09"), date(text, "Monday", "2025-03-10")]
    found = _found(text, entities, dates, published="2025-03-09")
    assert (["Karen Holm", "Priit Kask"], "2025-03-10", "planned") in [(m[0], m[2], m[4]) for m in found]


def test_talks_on_the_war_with_a_country_take_no_side_from_the_topic():
    text = "President Ana Lopes held talks on the war with Russia in Lisbon on Monday."
    entities = [
        person(text, "Ana Lopes", "Ana Lopes", "President", "PRT"),
        place(text, "Russia", "country", "Russia", "RUS"),
        place(text, "Lisbon", "city", "Lisbon", "PRT"),
    ]
    found = _found(text, entities, [date(text, "Monday", "2025-03-10")])
    assert not any("Russia" in m[0] for m in found)


def test_she_points_back_to_the_person_the_story_calls_her_not_the_first_named():
    text = (
        "Trade Minister Paul Weber called on Chancellor Greta Lind at her residence on Monday, shortly after her landing. "
        "Later that day, she is due to call on President Hugo Marsh."
    )
    entities = [
        person(text, "Paul Weber", "Paul Weber", "Trade Minister", "AUT"),
        person(text, "Greta Lind", "Greta Lind", "Chancellor", "SWE"),
        person(text, "Hugo Marsh", "Hugo Marsh", "President", "AUT"),
    ]
    found = _found(text, entities, [date(text, "Monday", "2025-03-10")])
    assert ["Greta Lind", "Hugo Marsh"] in [m[0] for m in found]
    assert ["Paul Weber", "Hugo Marsh"] not in [m[0] for m in found]


def test_called_on_him_is_a_meeting_with_the_person_named_before():
    text = (
        "Prime Minister Tomas Vidal arrived in Vilnius on Tuesday for a two-day visit. "
        "Defence Minister Rasa Petraitis had called on him at his hotel shortly after he landed."
    )
    entities = [
        person(text, "Tomas Vidal", "Tomas Vidal", "Prime Minister", "PRT"),
        place(text, "Vilnius", "city", "Vilnius", "LTU"),
        person(text, "Rasa Petraitis", "Rasa Petraitis", "Defence Minister", "LTU"),
    ]
    found = _found(text, entities, [date(text, "Tuesday", "2025-03-11")])
    assert {"Rasa Petraitis", "Tomas Vidal"} in [set(m[0]) for m in found]


def test_a_country_and_a_bare_title_stand_for_the_holder_of_that_office():
    text = (
        "Secretary of State Mark Dale met President Omar Nasr in Cairo on Monday. "
        "The US top diplomat is due to travel to Amman on Tuesday to hold talks with King Faisal Hadi."
    )
    entities = [
        person(text, "Mark Dale", "Mark Dale", "Secretary of State", "USA"),
        person(text, "Omar Nasr", "Omar Nasr", "President", "EGY"),
        place(text, "Cairo", "city", "Cairo", "EGY"),
        place(text, "US", "country", "United States", "USA"),
        place(text, "Amman", "city", "Amman", "JOR"),
        person(text, "Faisal Hadi", "Faisal Hadi", "King", "JOR"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Tuesday", "2025-03-11")]
    found = _found(text, entities, dates)
    assert ["Mark Dale", "Faisal Hadi"] in [m[0] for m in found]
    assert not any("United States" in m[0] for m in found)
