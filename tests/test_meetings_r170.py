"""A gathering of two lands named after "ahead of" ("ahead of the India-US summit", "ahead of the Malaysia-Singapore
Leaders' Retreat"): a meeting of the two lands of its own, planned (what was done ahead of it came first), not a
venue of the talks told before it, nor a part of a planned trip to one of the lands."""

from test_meetings import found


def test_a_two_land_summit_after_ahead_of_is_its_own_planned_meeting():
    text = (
        "Foreign Minister S Jaishankar held talks with Secretary of State Antony Blinken in New Delhi on Friday. "
        "The meeting came ahead of the India-US summit."
    )
    assert found(text, "2023-11-11") == [
        (["S Jaishankar", "Antony Blinken"], "New Delhi", "2023-11-10", "meeting", "held"),
        (["India", "United States"], None, None, "meeting", "planned"),
    ]


def test_a_leaders_retreat_after_ahead_of_is_planned_even_when_dated_this_year():
    text = (
        "Foreign Minister Vivian Balakrishnan met Foreign Minister Mohamad Hasan in Singapore on Tuesday. They agreed "
        "to keep working on water issues ahead of the 12th Malaysia-Singapore Leaders' Retreat in Malaysia later this year."
    )
    assert found(text, "2024-05-29") == [
        (["Vivian Balakrishnan", "Mohamad Hasan"], "Singapore", "2024-05-28", "meeting", "held"),
        (["Malaysia", "Singapore"], "Malaysia", "2024", "meeting", "planned"),
    ]


def test_a_retreat_after_ahead_of_in_the_talks_sentence_keeps_its_own_place_and_day():
    text = (
        "Foreign Minister Vivian Balakrishnan met Foreign Minister Mohamad Hasan in Singapore on Tuesday, ahead of the "
        "Malaysia-Singapore Leaders' Retreat in Putrajaya next month."
    )
    assert found(text, "2024-05-29") == [
        (["Vivian Balakrishnan", "Mohamad Hasan"], "Singapore", "2024-05-28", "meeting", "held"),
        (["Malaysia", "Singapore"], "Putrajaya", "2024-06", "meeting", "planned"),
    ]


def test_a_retreat_after_ahead_of_is_no_part_of_a_planned_trip_to_one_of_the_lands():
    text = (
        "Foreign Minister Vivian Balakrishnan met Foreign Minister Mohamad Hasan in Singapore on Tuesday. Prime Minister "
        "Lawrence Wong will make an introductory trip to Malaysia. The two ministers pledged to settle the water dispute "
        "ahead of the Malaysia-Singapore Leaders' Retreat in Malaysia later this year."
    )
    assert found(text, "2024-05-29") == [
        (["Vivian Balakrishnan", "Mohamad Hasan"], "Singapore", "2024-05-28", "meeting", "held"),
        (["Lawrence Wong", "Malaysia"], "Malaysia", None, "visit", "planned"),
        (["Malaysia", "Singapore"], "Malaysia", "2024", "meeting", "planned"),
    ]
