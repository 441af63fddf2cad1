"""The source of the news ("..., according to the Thai Foreign Ministry") is no organization of a gathering."""

from test_meetings import found


def test_the_ministry_a_plan_is_told_according_to_does_not_take_part():
    text = (
        "Thai Foreign Minister Maris Sangiampongsa met Lao Foreign Minister Thongsavanh Phomvihane in Vientiane on Monday. "
        "The two ministers also agreed to work toward holding a trilateral foreign ministers' meeting with Cambodia in "
        "Bangkok early next year, according to the Thai Foreign Ministry."
    )
    assert found(text, "2024-11-20")[1] == (
        ["Maris Sangiampongsa", "Thongsavanh Phomvihane", "Cambodia"], "Bangkok", "2025", "meeting", "planned"
    )
