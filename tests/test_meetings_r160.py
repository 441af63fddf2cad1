"""A report naming one bloc joins no gathering of other blocs: "X attended the summit as a guest", of the G20 summit
the sentence before named as the setting of a planned meeting, is that summit with X, held there and then, not the
BRICS summit an earlier sentence invited X to."""

from test_meetings import found


def test_an_attended_summit_of_another_bloc_joins_no_earlier_summit():
    text = (
        "President Lula met Prime Minister Carney in Brasilia on Tuesday. Lula asked Carney to attend the BRICS summit, "
        "which Brazil will host in Rio in early July. The pair had been due to hold talks on the fringes of the G20 summit in "
        "Johannesburg in November. Carney attended the summit, but the planned meeting was cancelled."
    )
    assert found(text, "2025-03-05") == [
        (["Luiz Inácio Lula da Silva", "Mark Carney"], "Brasilia", "2025-03-04", "meeting", "held"),
        (["Luiz Inácio Lula da Silva", "Mark Carney", "BRICS"], "Rio", "2025-07", "summit", "planned"),
        (["Luiz Inácio Lula da Silva", "Mark Carney"], "Johannesburg", "2024-11", "meeting", "planned"),
        (["Group of Twenty", "Luiz Inácio Lula da Silva", "Mark Carney"], "Johannesburg", "2024-11", "summit", "planned"),
        (["Group of Twenty", "Mark Carney"], "Johannesburg", "2024-11", "summit", "held"),
    ]


def test_the_bare_summit_of_the_same_bloc_still_joins_it():
    text = (
        "Prime Minister Albanese arrived in Rio on Sunday for the G20 summit. Albanese attended the summit on Monday "
        "and met President Lula on its sidelines."
    )
    assert found(text, "2024-11-19")[0][:2] == (["Anthony Albanese", "Group of Twenty", "Luiz Inácio Lula da Silva"], "Rio")
