"""A clause of a gathering's own verb after an earlier edition ("after the first GCC-ASEAN summit, which Riyadh
hosted in October 2023") dates that edition, not the summit of the news told before it in the sentence."""

from test_meetings import found


def test_the_earlier_editions_hosted_clause_keeps_its_date():
    text = (
        "Prime Minister Anwar Ibrahim attended the second GCC-ASEAN summit in Kuala Lumpur, "
        "after the first GCC-ASEAN summit, which Riyadh hosted in October 2023."
    )
    assert found(text, "2025-05-28") == [
        (["Anwar Ibrahim", "Gulf Cooperation Council", "Association of Southeast Asian Nations"], "Kuala Lumpur", None, "summit", "held"),
        (["Gulf Cooperation Council", "Association of Southeast Asian Nations"], None, "2023-10", "summit", "held"),
    ]


def test_the_news_summits_own_clause_still_dates_it():
    text = "Prime Minister Anwar Ibrahim attended the GCC-ASEAN summit, which Riyadh hosted in October 2023."
    assert found(text, "2023-10-25")[0][2] == "2023-10"
