"""dipkit meetings, round 43, on sentences written for these tests: a meeting told in a sentence that opens "The day
before the talks" or "Two days after the summit" took place that many days from the talks told before it.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_the_day_before_his_talks_with_a_named_person_is_the_day_before():
    text = (
        "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in San Francisco on Thursday. "
        "The day before his talks with Xi, Kishida held a meeting with U.S. President Joe Biden."
    )
    assert found(text, "2023-11-17") == [
        (["Fumio Kishida", "Xi Jinping"], "San Francisco", "2023-11-16", "meeting", "held"),
        (["Fumio Kishida", "Joe Biden"], "San Francisco", "2023-11-15", "meeting", "held"),
    ]


def test_the_day_before_the_talks_with_no_comma_before_the_subject():
    text = (
        "Russian President Vladimir Putin held talks with Xi Jinping in Beijing on Wednesday. "
        "The day before the talks he met Hungarian Prime Minister Viktor Orban."
    )
    assert found(text, "2023-10-19") == [
        (["Vladimir Putin", "Xi Jinping"], "Beijing", "2023-10-18", "meeting", "held"),
        (["Vladimir Putin", "Viktor Orban"], "Beijing", "2023-10-17", "meeting", "held"),
    ]


def test_days_after_the_talks_count_forward():
    text = (
        "Russian President Vladimir Putin held talks with Xi Jinping in Beijing on Wednesday. "
        "Two days after the talks, Putin met Kazakh President Kassym-Jomart Tokayev."
    )
    assert found(text, "2023-10-21")[1] == (["Vladimir Putin", "Kassym-Jomart Tokayev"], "Beijing", "2023-10-20", "meeting", "held")


def test_the_day_before_with_no_event_noun_is_left_to_dates():
    text = (
        "Russian President Vladimir Putin held talks with Xi Jinping in Beijing on Wednesday. "
        "The day before the opening he met Hungarian Prime Minister Viktor Orban."
    )
    assert found(text, "2023-10-19")[1][2] is None
