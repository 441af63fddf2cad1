""""can" before a meeting verb with no day named is a plan, as "could" and "may" are: "the president can meet X in
Geneva" tells of a meeting still to come; "cannot" and "can't" still deny it."""

from test_meetings import found


def test_can_meet_with_no_day_is_planned():
    text = "President Zelensky can meet President Putin in Geneva once a ceasefire holds, his chief of staff said."
    assert found(text, "2025-06-13") == [(["Volodymyr Zelensky", "Vladimir Putin"], "Geneva", None, "meeting", "planned")]


def test_cannot_meet_is_still_no_meeting():
    text = "President Zelensky cannot meet President Putin in Geneva while the shelling goes on, his chief of staff said."
    assert found(text, "2025-06-13") == []
