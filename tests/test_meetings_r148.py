"""A summit of two leaders of two lands, told first as a bare "The Summit" whose sides the sentence before named
(a bilateral summit: a meeting), takes no bloc's summit named later in the story ("will then fly to Kuala Lumpur
to attend the ASEAN Summit": a gathering of its own); two leaders who arrive "for the summit" still attend the
bloc's summit told after."""

from test_meetings import found


def test_a_bloc_summit_told_later_is_not_the_bilateral_summit():
    text = (
        "Invited by his Australian counterpart, H.E. Mr. Anthony Albanese, Prime Minister Shri Narendra Modi is to make "
        "an official trip to Australia from 3-4 November 2025 for the third India-Australia Annual Summit. The Summit "
        "takes place in Canberra on 3 November. On the second leg of the tour, invited by the Prime Minister of Malaysia, "
        "H.E. Mr. Anwar Ibrahim, Prime Minister will travel to Kuala Lumpur from 5 - 6 November 2025 to attend the "
        "ASEAN Summit."
    )
    assert found(text, "2025-10-20") == [
        (["Anthony Albanese", "Narendra Modi"], "Canberra", "2025-11-03", "meeting", "planned"),
        (["Anwar Ibrahim", "Association of Southeast Asian Nations"], None, None, "summit", "planned"),
    ]


def test_leaders_arriving_for_the_summit_attend_the_bloc_summit():
    text = (
        "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese arrived in Kuala Lumpur on Saturday for the "
        "summit. Malaysian Prime Minister Anwar Ibrahim will host the ASEAN summit on Sunday."
    )
    assert found(text, "2025-10-20") == [
        (
            ["Narendra Modi", "Anthony Albanese", "Anwar Ibrahim", "Association of Southeast Asian Nations"],
            "Kuala Lumpur", "2025-10-26", "summit", "planned",
        )
    ]
