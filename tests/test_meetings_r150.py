"""dipkit meetings, round 150, on sentences written for these tests: the day of a "before leaving" or "ahead of
departing" clause after the meeting ("is expected to meet X in Jakarta before leaving Indonesia on Friday") is the
day the trip ends, not the meeting's; a day told before that clause ("will call on X on Thursday before flying home
on Friday") stays the meeting's."""

from test_meetings import found


def test_the_day_of_leaving_after_a_planned_meeting_is_not_its_day():
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi is expected to meet President Prabowo Subianto in Jakarta "
        "before leaving Indonesia on Friday."
    )
    assert found(text, "2025-06-03") == [
        (["Musalia Mudavadi", "Prabowo Subianto"], "Jakarta", None, "meeting", "planned"),
    ]


def test_the_day_of_departing_after_a_planned_call_is_not_its_day():
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi will also hold talks with Prime Minister Lawrence Wong in Singapore "
        "ahead of departing for Nairobi on Saturday."
    )
    assert found(text, "2025-06-03")[-1][2] is None


def test_a_day_told_before_the_leaving_clause_stays_the_meetings():
    text = "Mudavadi will call on Prime Minister Lawrence Wong on Thursday before flying home on Friday."
    assert found(text, "2025-06-03") == [
        (["Musalia Mudavadi", "Lawrence Wong"], None, "2025-06-05", "meeting", "planned"),
    ]
