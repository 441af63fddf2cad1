"""A leaders' meeting two lands' ministers prepare is their lands' (or leaders'), on its own day, not the ministers' call's."""

from test_meetings import found

_CALL = (
    "Thailand's Foreign Minister Maris Sangiampongsa held a telephone conversation with his Lao counterpart, "
    "Thongsavanh Phomvihane, on Tuesday"
)


def test_a_pair_of_nationalities_before_leaders_is_the_lands_not_their_ministers():
    text = (
        "Thailand's Foreign Minister Maris Sangiampongsa held a telephone conversation with his New Zealand counterpart, "
        "Winston Peters, on Tuesday. During the conversation, both leaders also discussed preparations for the upcoming "
        "third Thai-New Zealand Annual Leaders' Meeting, scheduled for May in Bangkok."
    )
    assert found(text, "2024-11-20") == [
        (["Maris Sangiampongsa", "Winston Peters"], None, "2024-11-19", "call", "held"),
        (["Thailand", "New Zealand"], "Bangkok", "2025-05", "meeting", "planned"),
    ]


def test_a_leader_named_stays_a_side_of_the_leaders_meeting():
    text = (
        "Thai Prime Minister Paetongtarn Shinawatra held talks with Lao Foreign Minister Thongsavanh Phomvihane in "
        "Bangkok on Tuesday. The Thai-Lao leaders' meeting will follow in Vientiane in May."
    )
    assert found(text, "2024-11-20") == [
        (["Paetongtarn Shinawatra", "Thongsavanh Phomvihane"], "Bangkok", "2024-11-19", "meeting", "held"),
        (["Paetongtarn Shinawatra", "Laos"], "Vientiane", "2025-05", "meeting", "planned"),
    ]


def test_the_day_of_a_call_is_not_the_day_of_the_meeting_it_prepares():
    text = _CALL + ", discussing trade and preparations for the annual leaders' meeting."
    assert found(text, "2024-11-20") == [
        (["Maris Sangiampongsa", "Thongsavanh Phomvihane"], None, "2024-11-19", "call", "held"),
        (["Thailand", "Laos"], None, None, "meeting", "planned"),
    ]


def test_a_schedule_after_two_gatherings_dates_both():
    text = (
        _CALL + ". They discussed preparations for the annual Thai-Lao leaders' meeting and the Mekong-Lancang "
        "summit, scheduled for March in Vientiane."
    )
    assert found(text, "2024-11-20") == [
        (["Maris Sangiampongsa", "Thongsavanh Phomvihane"], None, "2024-11-19", "call", "held"),
        (["Thailand", "Laos"], "Vientiane", "2025-03", "meeting", "planned"),
    ]


def test_a_day_told_of_a_later_meeting_with_no_schedule_stays_its_own():
    text = (
        "Thai Prime Minister Paetongtarn Shinawatra will meet Lao President Thongloun Sisoulith in Vientiane and "
        "attend the Mekong-Lancang summit in Luang Prabang on Friday."
    )
    assert found(text, "2024-11-20") == [
        (["Paetongtarn Shinawatra", "Thongloun Sisoulith"], "Vientiane", None, "meeting", "planned"),
        (["Paetongtarn Shinawatra", "Thongloun Sisoulith"], "Luang Prabang", "2024-11-22", "summit", "planned"),
    ]
