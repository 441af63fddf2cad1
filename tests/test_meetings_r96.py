"""An opening phrase before the subject: "After arriving for the SCO summit, X met Y" (the comma ends the
phrase: the bloc is no side of the talks, though a headline's "Xi, Putin meet" lists two); "In Tianjin, where he
arrived for the summit, X met Y" ("he" is X, named after it); "where he had arrived to take part in the session, X had
a meeting with Y" (the gathering's name ends at the comma: the trigger after it is read, as after an aside)."""

from test_meetings import found


def test_a_bloc_before_the_comma_of_an_opening_phrase_is_no_side():
    text = "After arriving for the Shanghai Cooperation Organisation summit, Narendra Modi met President Vladimir Putin."
    assert found(text, "2025-08-31") == [(["Narendra Modi", "Vladimir Putin"], None, "2025-08-31", "meeting", "held")]


def test_two_names_and_a_comma_in_a_headline_are_the_two_sides():
    assert found("Xi, Putin meet in Kazan", "2024-10-22") == [(["Xi Jinping", "Vladimir Putin"], "Kazan", "2024-10-22", "meeting", "held")]


def test_he_in_an_opening_where_clause_is_the_subject_named_after_it():
    text = "In Tianjin, where he arrived for the Shanghai Cooperation Organisation summit, Narendra Modi met President Vladimir Putin."
    assert found(text, "2025-08-31") == [(["Narendra Modi", "Vladimir Putin"], "Tianjin", "2025-08-31", "meeting", "held")]


def test_a_meeting_after_the_comma_that_ends_an_attended_gathering_is_read():
    text = (
        "In Tianjin, where he had arrived to take part in the session of the SCO Heads of State Council, "
        "Narendra Modi had a meeting with President Vladimir Putin."
    )
    assert found(text, "2025-08-31") == [(["Narendra Modi", "Vladimir Putin"], "Tianjin", "2025-08-31", "meeting", "held")]


def test_a_relative_aside_about_a_gathering_still_leaves_the_main_verb():
    text = "Shehbaz Sharif, who is attending the SCO summit, met President Ilham Aliyev on Thursday."
    assert found(text, "2024-07-05") == [
        (["Shehbaz Sharif", "Shanghai Cooperation Organisation"], None, "2024-07-04", "summit", "held"),
        (["Shehbaz Sharif", "Ilham Aliyev"], None, "2024-07-04", "meeting", "held"),
    ]
