"""The source of the news ("..., according to the Malaysian Foreign Ministry") is no organization of a gathering."""

from test_meetings import found


def test_the_ministry_a_plan_is_told_according_to_does_not_take_part():
    text = (
        "Malaysian Foreign Minister Mohamad Hasan hosted Singaporean Foreign Minister Vivian Balakrishnan in Putrajaya "
        "on Tuesday. The two sides further plan to hold a trilateral foreign ministers' meeting with Indonesia in Kuala "
        "Lumpur early next year, according to the Malaysian Foreign Ministry."
    )
    assert found(text, "2024-11-20")[1] == (
        ["Mohamad Hasan", "Vivian Balakrishnan", "Indonesia"], "Kuala Lumpur", "2025", "meeting", "planned"
    )
