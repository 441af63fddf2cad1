"""The adjective "related" is no past tense: "the ASEAN summit and related meetings in October", told after "will
attend", lies ahead, so the summit is planned and its month is the one to come (before: the month a year back, read
as told in the past)."""

from test_meetings import found


def test_related_meetings_after_a_summit_keep_it_ahead():
    text = "Prime Minister Anwar Ibrahim will travel to Vientiane to attend the ASEAN summit and related meetings in October."
    assert found(text, "2024-09-20") == [
        (["Anwar Ibrahim", "Association of Southeast Asian Nations"], "Vientiane", "2024-10", "summit", "planned")
    ]


def test_a_past_verb_still_dates_a_summit_back():
    text = "Prime Minister Anwar Ibrahim attended the ASEAN summit and related meetings in Vientiane in October."
    assert found(text, "2024-12-02") == [
        (["Anwar Ibrahim", "Association of Southeast Asian Nations"], "Vientiane", "2024-10", "summit", "held")
    ]
