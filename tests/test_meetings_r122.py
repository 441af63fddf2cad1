"""A meeting whose own "which was due to be held" clause is followed by a move to a new day ("has been postponed to
April 20", "pushed back to 20 April") is planned on that day, the day read ahead of the report though the move is told
in the past; one whose clause is followed by "were called off" (or "was cancelled") is left out."""

from test_meetings import found


def test_a_meeting_put_off_to_a_new_day_is_planned_then():
    text = (
        "The meeting between Russian Foreign Minister Sergei Lavrov and Turkish Foreign Minister Hakan Fidan, which was "
        "due to be held in Geneva next week, has been postponed to April 20."
    )
    assert found(text, "2024-03-10") == [(["Sergei Lavrov", "Hakan Fidan"], "Geneva", "2024-04-20", "meeting", "planned")]


def test_a_day_before_its_month_after_pushed_back_is_ahead_too():
    text = (
        "Talks between Russian Foreign Minister Sergei Lavrov and Turkish Foreign Minister Hakan Fidan, which were to "
        "take place in Geneva on Friday, have been pushed back to 20 April."
    )
    assert found(text, "2024-03-10") == [(["Sergei Lavrov", "Hakan Fidan"], "Geneva", "2024-04-20", "meeting", "planned")]


def test_talks_called_off_are_left_out():
    text = (
        "The talks between Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff, which had been set to "
        "take place on Saturday in Rome, were called off, the Italian hosts said on Thursday."
    )
    assert found(text, "2025-05-08") == []
