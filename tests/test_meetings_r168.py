"""A meeting held in Egypt's New Administrative Capital, the seat of government east of Cairo where the
presidency receives guests and hosts summits, is placed there (the gazetteer lists it as a city of Egypt), not in
Cairo named elsewhere in the story."""

from test_meetings import found


def test_the_new_administrative_capital_is_the_place_of_talks():
    text = (
        "Egypt's leader Abdel Fattah El-Sisi and Recep Tayyip Erdogan held talks on Tuesday in the New "
        "Administrative Capital. Erdogan last came to Cairo in February."
    )
    assert found(text, "2025-03-05") == [
        (["Abdel Fattah El-Sisi", "Recep Tayyip Erdogan"], "New Administrative Capital", "2025-03-04", "meeting", "held"),
        (["Recep Tayyip Erdogan", "Egypt"], "Cairo", "2025-02", "visit", "held"),
    ]
