"""A trip still ahead to a named summit, with the trip's one day told before the summit's name ("will travel to Tokyo
on Friday for the Australia-Japan summit"): that day dates the planned summit when no other day in the sentence names
it (a trip told as done keeps its own day apart from an attended gathering's, as before)."""

from test_meetings import found


def test_the_planned_trip_day_dates_the_summit_it_is_for():
    text = "Australian Prime Minister Anthony Albanese will travel to Tokyo on Friday for the Australia-Japan summit."
    assert found(text, "2025-03-10") == [(["Anthony Albanese", "Japan"], "Tokyo", "2025-03-14", "meeting", "planned")]


def test_a_calendar_day_of_the_trip_dates_it_too():
    text = "Anthony Albanese is set to fly to Tokyo on March 14 for the annual Australia-Japan summit, officials said."
    assert found(text, "2025-03-10") == [(["Anthony Albanese", "Japan"], "Tokyo", "2025-03-14", "meeting", "planned")]


def test_the_summit_own_day_still_wins():
    text = "Anthony Albanese will travel to Tokyo on Friday for the Australia-Japan summit on Saturday."
    assert found(text, "2025-03-10") == [(["Anthony Albanese", "Japan"], "Tokyo", "2025-03-15", "meeting", "planned")]
