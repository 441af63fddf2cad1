"""A lead's meeting told "after a meeting with Y" (after "a" or "an", as after "the talks with Y") is the news of the lead,
not an earlier event: it takes the lead's day ("three days after a meeting with Y" still counts back from it); a held summit
of named persons told as a step of the story ("Then, a trilateral summit of A, B and C was held") takes the day of the
meeting of one of them reported before, as a meeting told so does."""

from test_meetings import found


def test_speaking_after_a_meeting_in_the_lead_takes_the_lead_day():
    text = (
        "Britain will ship more drones to Ukraine, Defence Secretary John Healey said on March 6. Mr Healey was "
        "speaking after a meeting with Defence Minister Rustem Umerov in Kyiv."
    )
    assert found(text, "2025-03-07") == [(["John Healey", "Rustem Umerov"], "Kyiv", "2025-03-06", "meeting", "held")]


def test_days_after_a_meeting_is_still_background():
    text = (
        "Britain will ship more drones to Ukraine, Defence Secretary John Healey said on March 6, three days after a "
        "meeting with Defence Minister Rustem Umerov in Kyiv."
    )
    assert found(text, "2025-03-07") == [(["John Healey", "Rustem Umerov"], "Kyiv", "2025-03-03", "meeting", "held")]


def test_a_summit_told_as_the_next_step_takes_the_day_of_its_persons_meeting():
    text = (
        "On May 12, French President Emmanuel Macron met with German Chancellor Friedrich Merz at the Elysee Palace in "
        "Paris. They went over defence spending. Merz praised his host. Trade came up as well. Then, a trilateral "
        "summit of President Emmanuel Macron, Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk was held "
        "at the Elysee Palace."
    )
    assert found(text, "2025-05-13") == [
        (["Emmanuel Macron", "Friedrich Merz"], "Paris", "2025-05-12", "meeting", "held"),
        (["Emmanuel Macron", "Friedrich Merz", "Donald Tusk"], "Paris", "2025-05-12", "summit", "held"),
    ]
