"""A summit "of" one bloc "and (the)" another ("the joint summit of the Arab League and the OIC", "an extraordinary
summit of the African Union and the EAC"): the second bloc takes part too, not the first alone, whatever verb leads
to it."""

from test_meetings import found


def test_an_attended_joint_summit_of_two_blocs_has_both():
    text = "President William Ruto attended an extraordinary summit of the African Union and the EAC in Addis Ababa on Monday."
    assert found(text, "2025-03-04") == [
        (["William Ruto", "African Union", "East African Community"], "Addis Ababa", "2025-03-03", "summit", "held")
    ]


def test_a_delegation_led_to_a_joint_summit_of_two_blocs_has_both():
    text = (
        "Vice President Mohammad Reza Aref is heading Tehran's team at the joint summit of the Organisation of Islamic "
        "Cooperation and the Arab League in Riyadh on Monday."
    )
    assert [sorted(m[0]) for m in found(text, "2025-03-04")] == [["Arab League", "Mohammad Reza Aref", "Organisation of Islamic Cooperation"]]


def test_a_summit_of_one_bloc_keeps_one_bloc():
    text = "President William Ruto attended an extraordinary summit of the African Union in Addis Ababa on Monday, aides said."
    assert [m[0] for m in found(text, "2025-03-04")] == [["William Ruto", "African Union"]]
