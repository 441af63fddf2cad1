"""A bilateral body's session, consultations held at another level and the pair's next round are meetings of their own."""

from test_meetings import found

_TALKS = "Thai Foreign Minister Maris Sangiampongsa held talks with his Lao counterpart Thongsavanh Phomvihane in Vientiane on Monday. "
_HELD = (["Maris Sangiampongsa", "Thongsavanh Phomvihane"], "Vientiane", "2024-11-18", "meeting", "held")


def test_the_session_of_a_joint_commission_is_a_meeting_of_the_two_lands():
    text = _TALKS + "They agreed that the next session of the Thai-Lao Joint Commission will be held in Bangkok in March."
    assert found(text, "2024-11-20") == [_HELD, (["Thailand", "Laos"], "Bangkok", "2025-03", "meeting", "planned")]


def test_the_session_of_a_joint_commission_is_no_edition_of_a_blocs_summit():
    text = (
        _TALKS + "The two ministers also discussed preparations for the ASEAN summit next month. "
        "They agreed that the next session of the Thai-Lao Joint Commission will be held in Bangkok in March."
    )
    assert (["Thailand", "Laos"], "Bangkok", "2025-03", "meeting", "planned") in found(text, "2024-11-20")


def test_consultations_at_a_lower_level_are_a_meeting_of_the_two_lands():
    text = _TALKS + "The two ministers agreed to hold the sixth political consultation at deputy foreign minister level in Bangkok next year."
    assert found(text, "2024-11-20") == [_HELD, (["Thailand", "Laos"], "Bangkok", "2025", "meeting", "planned")]


def test_talks_at_the_highest_level_stay_the_pairs():
    text = _TALKS + "The two ministers agreed to hold talks at the highest level next year."
    assert found(text, "2024-11-20")[1][0] == ["Maris Sangiampongsa", "Thongsavanh Phomvihane"]


def test_the_next_round_the_two_countries_will_hold_is_a_planned_meeting_of_its_own():
    text = _TALKS + "The ministers agreed that the two countries would hold their next strategic dialogue in Bangkok."
    assert found(text, "2024-11-20") == [_HELD, (["Thailand", "Laos"], "Bangkok", None, "meeting", "planned")]
