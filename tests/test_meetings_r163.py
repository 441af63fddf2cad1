"""The European Political Community is a gathering of European states' leaders: a leader at its summit attends a
summit of the bloc (a multilateral gathering), not a meeting with it."""

from test_meetings import found


def test_a_leader_speaking_at_the_community_summit_attends_a_summit():
    text = "Tusk, speaking on Thursday at a European Political Community summit held in Copenhagen, urged more help for Ukraine."
    assert found(text, "2025-10-03") == [
        (["Donald Tusk", "European Political Community"], "Copenhagen", "2025-10-02", "summit", "held"),
    ]


def test_a_leader_told_at_the_community_summit_attends_a_summit():
    text = "At the European Political Community summit, held in Copenhagen on Thursday, Tusk urged more help for Ukraine."
    assert found(text, "2025-10-03") == [
        (["European Political Community", "Donald Tusk"], "Copenhagen", "2025-10-02", "summit", "held"),
    ]
