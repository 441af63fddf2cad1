"""Calls to several leaders one by one: "contacted A and B separately by phone", "called A and B separately"."""

from test_meetings import found


def test_contacted_by_phone_separately_is_one_call_each():
    text = "Prime Minister Anwar Ibrahim contacted Hun Manet and Paetongtarn Shinawatra separately by phone on Thursday."
    assert found(text, "2025-07-25") == [
        (["Anwar Ibrahim", "Hun Manet"], None, "2025-07-24", "call", "held"),
        (["Anwar Ibrahim", "Paetongtarn Shinawatra"], None, "2025-07-24", "call", "held"),
    ]


def test_called_separately_is_one_call_each():
    text = "Anwar Ibrahim called Hun Manet and Paetongtarn Shinawatra separately on Thursday."
    assert [m[0] for m in found(text, "2025-07-25")] == [["Anwar Ibrahim", "Hun Manet"], ["Anwar Ibrahim", "Paetongtarn Shinawatra"]]


def test_contacted_with_no_phone_named_is_no_call():
    assert found("Anwar Ibrahim contacted Hun Manet on Thursday about the border.", "2025-07-25") == []


def test_the_two_leaders_are_the_pair_of_the_news_not_of_the_leg_before():
    text = (
        "Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Shigeru Ishiba in Manila on Tuesday. "
        "Ishiba came from Hanoi, where he had met Vietnamese Prime Minister Pham Minh Chinh a day earlier. "
        "The two leaders had last met in Vientiane in October. "
        "Both leaders are also due at the ASEAN summit in Kuala Lumpur this October."
    )
    assert found(text, "2025-04-29")[2:] == [
        (["Ferdinand Marcos Jr.", "Shigeru Ishiba"], "Vientiane", "2024-10", "meeting", "held"),
        (["Ferdinand Marcos Jr.", "Shigeru Ishiba", "Association of Southeast Asian Nations"], "Kuala Lumpur", "2025-10", "summit", "planned"),
    ]


def test_the_two_leaders_after_a_where_clause_on_the_trips_destination_are_that_pair():
    text = (
        "Chinese Premier Li Qiang flew on to Brasilia, where he met President Luiz Inacio Lula da Silva on Friday. "
        "The two leaders last met in Rio de Janeiro in November."
    )
    assert found(text, "2025-07-05")[1][0] == ["Li Qiang", "Luiz Inacio Lula da Silva"]


def test_delegations_named_by_nationality_are_their_states_not_the_leaders_named_later():
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Friday. Russian President Vladimir Putin did not "
        "travel to Turkey, and Ukrainian President Volodymyr Zelenskyy stayed in Ankara."
    )
    assert found(text, "2025-05-17") == [(["Russia", "Ukraine"], "Istanbul", "2025-05-16", "meeting", "held")]


def test_a_counterpart_by_nationality_is_still_the_one_named():
    text = "Putin said on Friday he would meet his Ukrainian counterpart Volodymyr Zelenskyy."
    assert found(text, "2025-05-17")[0][0] == ["Vladimir Putin", "Volodymyr Zelenskyy"]


def test_a_pairs_summit_held_on_the_sidelines_of_a_blocs_forum_is_their_meeting_there():
    text = (
        "Yoon Suk Yeol and Xi Jinping had summit talks in Lima on Friday. "
        "That summit, held in the Peruvian capital on the margins of the APEC forum, was their first in two years."
    )
    assert found(text, "2024-11-16") == [
        (["Yoon Suk Yeol", "Xi Jinping"], "Lima", "2024-11-15", "meeting", "held"),
        (["Asia-Pacific Economic Cooperation", "Yoon Suk Yeol", "Xi Jinping"], "Lima", "2024-11-15", "summit", "held"),
    ]


def test_those_among_a_blocs_leaders_gathered_for_the_summit_attend_it():
    text = (
        "Yoon Suk Yeol held talks with Xi Jinping on Friday on the sidelines of the APEC forum in Lima. "
        "Yoon, Xi and Japan's Prime Minister Shigeru Ishiba were among the 21 APEC leaders gathered in Lima for a "
        "two-day summit which opened on Friday."
    )
    assert found(text, "2024-11-16") == [
        (["Yoon Suk Yeol", "Xi Jinping"], "Lima", "2024-11-15", "meeting", "held"),
        (["Yoon Suk Yeol", "Xi Jinping", "Shigeru Ishiba", "Asia-Pacific Economic Cooperation"], "Lima", "2024-11-15", "summit", "held"),
    ]
