"""A planned trigger that names only the subject of a meeting held in its sentence, joined to it by "and" and
marked as a repeat ("met Y in Muscat on Sunday and agreed to hold the next round of talks in Rome", "and agreed to
meet again in Rome next month"), is the pair's next round, planned, at its own place and time."""

from test_meetings import found


def test_the_next_round_agreed_after_and_is_the_pairs():
    text = (
        "Saudi Foreign Minister Faisal bin Farhan sat down with his Turkish counterpart Hakan Fidan in Riyadh on "
        "Tuesday and agreed to hold the next round of consultations in Ankara."
    )
    assert found(text, "2025-03-05") == [
        (["Faisal bin Farhan bin Abdullah Al Saud", "Hakan Fidan"], "Riyadh", "2025-03-04", "meeting", "held"),
        (["Faisal bin Farhan bin Abdullah Al Saud", "Hakan Fidan"], "Ankara", None, "meeting", "planned"),
    ]


def test_meeting_again_after_and_is_the_pairs_next_meeting():
    text = (
        "Chancellor Friedrich Merz met President Emmanuel Macron in Paris on Wednesday and agreed to meet again "
        "in Berlin next month."
    )
    assert found(text, "2025-05-08") == [
        (["Friedrich Merz", "Emmanuel Macron"], "Paris", "2025-05-07", "meeting", "held"),
        (["Friedrich Merz", "Emmanuel Macron"], "Berlin", "2025-06", "meeting", "planned"),
    ]


def test_a_plan_with_someone_else_keeps_its_own_sides():
    text = (
        "Chancellor Friedrich Merz met President Emmanuel Macron in Paris on Wednesday and will meet Polish Prime "
        "Minister Donald Tusk in Warsaw on Friday."
    )
    assert found(text, "2025-05-08") == [
        (["Friedrich Merz", "Emmanuel Macron"], "Paris", "2025-05-07", "meeting", "held"),
        (["Friedrich Merz", "Donald Tusk"], "Warsaw", "2025-05-09", "meeting", "planned"),
    ]
