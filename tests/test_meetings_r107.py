"""A lead's meeting told "after a meeting with Y" (after "a" or "an", as after "the talks with Y") is the news of the lead,
not an earlier event: it takes the lead's day ("three days after a meeting with Y" still counts back from it)."""

from test_meetings import found


def test_speaking_after_a_meeting_in_the_lead_takes_the_lead_day():
    text = (
        "Germany will send more air defence systems to Ukraine, Foreign Minister Annalena Baerbock said on March 6. "
        "Ms Baerbock was speaking after a meeting with Prime Minister Denys Shmyhal in Kyiv."
    )
    assert found(text, "2025-03-07") == [(["Annalena Baerbock", "Denys Shmyhal"], "Kyiv", "2025-03-06", "meeting", "held")]


def test_days_after_a_meeting_is_still_background():
    text = (
        "Germany will send more air defence systems to Ukraine, Foreign Minister Annalena Baerbock said on March 6, "
        "three days after a meeting with Prime Minister Denys Shmyhal in Kyiv."
    )
    assert found(text, "2025-03-07") == [(["Annalena Baerbock", "Denys Shmyhal"], "Kyiv", "2025-03-03", "meeting", "held")]
