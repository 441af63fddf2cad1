"""Talks named as the topic of a meeting ("The cabinet met to discuss the talks with the IMF", "a meeting on the
negotiations with the World Bank"): the organization is what was discussed, not a side of that meeting; "held talks
with the IMF" and "Commenting on the talks with X, Y said" still name the talks' sides."""

from test_meetings import found


def test_a_cabinet_meeting_to_discuss_talks_with_a_lender_has_no_lender():
    text = "President William Ruto chaired a cabinet meeting on Tuesday to discuss the stalled talks with the IMF over a new loan."
    assert found(text, "2025-03-05") == []


def test_a_meeting_on_the_negotiations_with_a_bank_has_no_bank():
    text = "President William Ruto held a meeting at State House on Tuesday on the negotiations with the World Bank."
    assert found(text, "2025-03-05") == []


def test_talks_held_with_a_lender_still_count():
    text = "Treasury Secretary John Mbadi held talks with the IMF in Nairobi on Tuesday about a new loan."
    assert found(text, "2025-03-05") == [
        (["John Mbadi", "International Monetary Fund"], "Nairobi", "2025-03-04", "summit", "held")
    ]


def test_a_comment_on_the_talks_still_tells_of_them():
    text = "Commenting on the talks with Vladimir Putin, President Donald Trump said on Tuesday that they had been productive."
    assert found(text, "2025-03-05") == [(["Donald Trump", "Vladimir Putin"], None, "2025-03-04", "meeting", "held")]
