"""A past talk told as a fact at a bloc's gathering reports the gathering; one recalled does not; "on the fringes of"."""

from test_meetings import found


def test_a_past_talk_told_as_a_fact_on_the_sidelines_of_a_blocs_summits_reports_the_gathering():
    text = (
        "Vietnamese Prime Minister Pham Minh Chinh, who held talks with Cambodian Prime Minister Hun Manet in Jakarta "
        "in September on the sidelines of summits of the Association of Southeast Asian Nations, pressed for deeper "
        "rail links."
    )
    assert found(text, "2023-12-20") == [
        (["Pham Minh Chinh", "Hun Manet"], "Jakarta", "2023-09", "meeting", "held"),
        (["Association of Southeast Asian Nations", "Pham Minh Chinh", "Hun Manet"], "Jakarta", "2023-09", "summit", "held"),
    ]


def test_a_talk_recalled_from_months_before_says_nothing_of_who_attended_the_gathering():
    text = (
        "Malaysian Prime Minister Anwar Ibrahim hosted Singapore's Prime Minister Lawrence Wong in Putrajaya on Monday. "
        "The two men recalled their meeting in October in Vientiane, on the sidelines of ASEAN summits there."
    )
    assert [m[3] for m in found(text, "2025-01-08")] == ["meeting", "meeting"]


def test_on_the_fringes_of_a_blocs_forum_is_on_its_sidelines():
    text = "Albanese held talks with Chinese President Xi Jinping in San Francisco on Thursday on the fringes of an Asia-Pacific Economic Cooperation summit."
    assert found(text, "2023-11-20")[1] == (
        ["Asia-Pacific Economic Cooperation", "Anthony Albanese", "Xi Jinping"], "San Francisco", "2023-11-16", "summit", "held"
    )
