""""The discussions between A and B" and a leaders' retreat are meetings."""

from test_meetings import found


def test_the_discussions_between_two_ministers_are_their_meeting():
    text = (
        "During the discussions between Thai Foreign Minister Maris Sangiampongsa and Lao Foreign Minister Thongsavanh "
        "Phomvihane in Vientiane on Monday, both ministers underscored the importance of trade."
    )
    assert found(text, "2024-11-20") == [
        (["Maris Sangiampongsa", "Thongsavanh Phomvihane"], "Vientiane", "2024-11-18", "meeting", "held")
    ]


def test_a_leaders_retreat_of_two_lands_is_their_meeting():
    text = "Officials are preparing the 5th Thailand-Laos Leaders’ Retreat in Luang Prabang next year."
    assert found(text, "2024-11-20") == [(["Thailand", "Laos"], "Luang Prabang", "2025", "meeting", "planned")]


def test_discussions_with_people_of_no_office_are_no_meeting():
    text = "Thai Foreign Minister Maris Sangiampongsa said discussions with the unions would continue."
    assert found(text, "2024-11-20") == []
