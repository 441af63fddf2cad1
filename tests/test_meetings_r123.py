"""A planned meeting at a bloc's summit that is told on a call, and so merged into that held call ("Lula spoke with
Macron on Tuesday. Macron regretted missing their planned meeting at the G20 summit"), does not make the pair
attendants of a held summit on the call's day: the summit is what they spoke of."""

from test_meetings import found


def test_a_planned_meeting_told_on_a_call_adds_no_held_summit():
    text = (
        "Lula spoke with Macron on Tuesday. Macron regretted missing their planned meeting at the G20 summit in "
        "South Africa and invited him to Paris."
    )
    assert found(text, "2025-06-18") == [(["Luiz Inácio Lula da Silva", "Emmanuel Macron"], None, "2025-06-17", "call", "held")]
