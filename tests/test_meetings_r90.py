"""A past talk told as a fact at a bloc's gathering reports the gathering; one recalled does not; "on the fringes of"."""

from test_meetings import found


def test_a_past_talk_told_as_a_fact_on_the_sidelines_of_a_blocs_summits_reports_the_gathering():
    text = (
        "Thai Prime Minister Paetongtarn Shinawatra, who held talks with Lao Prime Minister Sonexay Siphandone in "
        "Vientiane in October on the sidelines of summits related to the Association of Southeast Asian Nations, "
        "also called for closer trade ties."
    )
    assert found(text, "2024-12-20") == [
        (["Paetongtarn Shinawatra", "Sonexay Siphandone"], "Vientiane", "2024-10", "meeting", "held"),
        (["Association of Southeast Asian Nations", "Paetongtarn Shinawatra", "Sonexay Siphandone"], "Vientiane", "2024-10", "summit", "held"),
    ]


def test_a_talk_recalled_from_months_before_says_nothing_of_who_attended_the_gathering():
    text = (
        "Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Tokyo on Thursday. "
        "The two leaders recalled their meeting in Vientiane in October on the sidelines of the ASEAN summits."
    )
    assert [m[3] for m in found(text, "2024-12-20")] == ["meeting", "meeting"]


def test_on_the_fringes_of_a_blocs_forum_is_on_its_sidelines():
    text = "Ishiba held talks with South Korean President Yoon Suk Yeol in Lima on Friday on the fringes of the Asia-Pacific Economic Cooperation forum."
    assert found(text, "2024-11-20")[1] == (
        ["Asia-Pacific Economic Cooperation", "Shigeru Ishiba", "Yoon Suk Yeol"], "Lima", "2024-11-15", "summit", "held"
    )
