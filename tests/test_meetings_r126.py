"""A planned meeting told after "and" and a verb of its own ("held talks in Muscat on Sunday and expressed readiness
to host the next round") does not take the place of the held meeting told before it in the sentence."""

from test_meetings import found


def test_the_next_round_offered_after_talks_has_no_place_of_theirs():
    text = (
        "Omani Foreign Minister Badr Albusaidi held talks with Iranian Foreign Minister Abbas Araghchi in Muscat on "
        "Sunday and expressed readiness to host the next round of talks."
    )
    assert found(text, "2025-05-12") == [
        (["Badr Albusaidi", "Abbas Araghchi"], "Muscat", "2025-05-11", "meeting", "held"),
        (["Badr Albusaidi", "Abbas Araghchi"], None, None, "meeting", "planned"),
    ]


def test_an_offer_to_host_after_talks_has_no_place_of_theirs():
    text = (
        "Omani Foreign Minister Badr Albusaidi held talks in Muscat on Sunday with Iranian Foreign Minister Abbas "
        "Araghchi and offered to host the next round of talks."
    )
    assert found(text, "2025-05-12")[1] == (["Badr Albusaidi", "Abbas Araghchi"], None, None, "meeting", "planned")
