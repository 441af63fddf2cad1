""""Expressed readiness to host the next round of talks" (or "voiced its willingness to host a summit", "offered to
host", "readiness to meet") is a plan, whatever day the sentence names for the talks held before it."""

from test_meetings import found


def test_readiness_to_host_talks_of_others_is_planned():
    text = "Qatar has voiced its readiness to host negotiations between Armenia and Azerbaijan."
    assert found(text, "2025-05-12") == [(["Qatar", "Armenia", "Azerbaijan"], None, None, "meeting", "planned")]


def test_readiness_to_host_the_next_round_after_held_talks_is_planned():
    text = (
        "Omani Foreign Minister Badr Albusaidi received Iranian Foreign Minister Abbas Araghchi in Muscat on Sunday "
        "and expressed readiness to host the next round of negotiations between Iran and the United States."
    )
    assert found(text, "2025-05-12") == [
        (["Badr Albusaidi", "Abbas Araghchi"], "Muscat", "2025-05-11", "meeting", "held"),
        (["Badr Albusaidi", "Iran", "United States"], None, None, "meeting", "planned"),
    ]


def test_readiness_to_host_a_summit_of_two_leaders_is_planned():
    text = (
        "Erdogan talked with Putin by telephone on Monday. Erdogan reiterated Turkey's willingness to host a summit "
        "between Putin and Zelensky in Istanbul."
    )
    assert (["Vladimir Putin", "Volodymyr Zelensky"], "Istanbul", None, "meeting", "planned") in found(text, "2025-05-12")
