"""Lists of officials with titles in lower case ("A, national security adviser B and envoy C met"), and an aide
named after the body he serves ("Kremlin aide X"), are read as persons."""

from test_meetings import found

_LAVROV = "Russian Foreign Minister Sergei Lavrov"


def test_an_aide_named_after_his_body_is_the_side_not_the_body():
    text = f"Secretary of State Marco Rubio met {_LAVROV} and Kremlin aide Yuri Ushakov in Riyadh on Tuesday."
    assert found(text, "2025-02-19")[0][0] == ["Marco Rubio", "Sergei Lavrov", "Yuri Ushakov"]


def test_a_subject_list_with_titles_in_lower_case_keeps_every_name():
    text = (
        "American Treasury Secretary Scott Bessent, trade representative Jamieson Greer and special envoy Steve Witkoff "
        f"met {_LAVROV} in Riyadh on Tuesday."
    )
    assert found(text, "2025-02-19") == [
        (["Scott Bessent", "Jamieson Greer", "Steve Witkoff", "Sergei Lavrov"], "Riyadh", "2025-02-18", "meeting", "held")
    ]


def test_the_names_right_before_the_verb_reach_back_through_a_titled_comma():
    text = f"Secretary of State Marco Rubio, adviser Mike Waltz and envoy Steve Witkoff met {_LAVROV} in Riyadh on Tuesday."
    assert found(text, "2025-02-19")[0][0] == ["Marco Rubio", "Mike Waltz", "Steve Witkoff", "Sergei Lavrov"]


def test_a_titled_name_after_the_meeting_that_says_it_is_no_side():
    text = f"Secretary of State Marco Rubio met {_LAVROV} in Riyadh on Tuesday, national security adviser Mike Waltz said."
    assert found(text, "2025-02-19")[0][0] == ["Marco Rubio", "Sergei Lavrov"]
