"""A meeting someone "asked for", "called for" or "pressed for" is not held yet: planned, as one "requested" or
"proposed" is, whatever day the sentence names for the asking."""

from test_meetings import found


def test_a_meeting_asked_for_is_planned():
    text = "Ukraine asked for a meeting between Volodymyr Zelenskyy and Vladimir Putin, its envoy told reporters on Friday."
    assert found(text, "2025-05-16") == [(["Volodymyr Zelenskyy", "Vladimir Putin"], None, None, "meeting", "planned")]


def test_a_meeting_called_for_is_planned():
    text = "Ukrainian President Volodymyr Zelenskyy on Tuesday called for a meeting with Russian President Vladimir Putin."
    assert found(text, "2025-05-16") == [(["Volodymyr Zelenskyy", "Vladimir Putin"], None, None, "meeting", "planned")]
