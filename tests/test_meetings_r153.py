""""can" before a verb of meeting or travel with a weekday ("can meet Y in Paris on Friday") is a plan, as "could"
is: the coming Friday, planned (not the Friday past, held)."""

from test_meetings import found


def test_can_meet_with_a_weekday_is_a_coming_plan():
    text = "German Chancellor Olaf Scholz can meet French President Emmanuel Macron in Paris on Friday, officials said."
    assert found(text, "2024-05-15") == [(["Olaf Scholz", "Emmanuel Macron"], "Paris", "2024-05-17", "meeting", "planned")]


def test_can_hold_talks_with_a_weekday_is_a_coming_plan():
    text = "Japanese Foreign Minister Yoko Kamikawa can hold talks with Indian External Affairs Minister S. Jaishankar in Tokyo on Monday."
    assert found(text, "2024-05-15") == [(["Yoko Kamikawa", "S. Jaishankar"], "Tokyo", "2024-05-20", "meeting", "planned")]


def test_a_past_meeting_is_still_held():
    text = "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday, officials said."
    assert found(text, "2024-05-15") == [(["Olaf Scholz", "Emmanuel Macron"], "Paris", "2024-05-10", "meeting", "held")]
