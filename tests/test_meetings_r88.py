"""A dialogue of two lands held somewhere else on another day is an earlier round of their states' talks."""

from test_meetings import found

_TALKS = "Thai Foreign Minister Maris Sangiampongsa met Lao Foreign Minister Thongsavanh Phomvihane in Bangkok on Monday. "


def test_the_strategic_dialogue_held_elsewhere_last_week_is_the_two_states_meeting():
    text = _TALKS + "They reviewed the results of the strategic dialogue held in Vientiane last week."
    assert found(text, "2024-11-20")[1] == (["Thailand", "Laos"], "Vientiane", "2024-W46", "meeting", "held")


def test_talks_recalled_from_another_place_and_year_stay_someone_elses():
    text = _TALKS + "They recalled the talks held in Vientiane last year."
    assert len(found(text, "2024-11-20")) == 1
