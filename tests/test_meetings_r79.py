"""A bloc's gathering called a "meeting" is a summit its sidelines' talkers attended; a leaders' meeting is the leaders'."""

from test_meetings import found


def test_talks_on_the_sidelines_of_a_blocs_meeting_add_the_gathering():
    text = (
        "South Korean Foreign Minister Cho Tae-yul sat down with Japan's Takeshi Iwaya on the sidelines of the APEC "
        "ministers' meeting in Peru, Seoul's ministry said."
    )
    assert found(text, "2024-11-20") == [
        (["Cho Tae-yul", "Takeshi Iwaya"], "Peru", "2024-11-20", "meeting", "held"),
        (["Asia-Pacific Economic Cooperation", "Cho Tae-yul", "Takeshi Iwaya"], "Peru", "2024-11-20", "summit", "held"),
    ]


def test_a_ministers_meeting_of_a_bloc_is_its_gathering_too():
    text = (
        "Foreign Minister Cho Tae-yul held talks with Takeshi Iwaya on the sidelines of the ASEAN foreign "
        "ministers' meeting in Vientiane on Friday."
    )
    assert found(text, "2024-11-20") == [
        (["Cho Tae-yul", "Takeshi Iwaya"], "Vientiane", "2024-11-15", "meeting", "held"),
        (["Association of Southeast Asian Nations", "Cho Tae-yul", "Takeshi Iwaya"], "Vientiane", "2024-11-15", "summit", "held"),
    ]


def test_a_session_with_no_gathering_word_still_reports_only_the_talk():
    text = "Foreign Minister Cho Tae-yul met Takeshi Iwaya on the sidelines of the UN General Assembly's session in New York."
    assert found(text, "2024-11-20") == [(["Cho Tae-yul", "Takeshi Iwaya"], "New York", "2024-11-20", "meeting", "held")]


def test_a_meeting_that_is_no_blocs_is_no_summit():
    text = "Foreign Minister Cho Tae-yul met Takeshi Iwaya on the sidelines of the fourth meeting of the joint trade panel in Seoul."
    assert found(text, "2024-11-20") == [(["Cho Tae-yul", "Takeshi Iwaya"], "Seoul", "2024-11-20", "meeting", "held")]


def test_ministers_preparing_a_leaders_meeting_are_not_its_sides():
    text = (
        "Foreign Minister Mohamad Hasan spoke by phone with his Australian counterpart, Penny Wong, on Tuesday, "
        "discussing preparations for the annual leaders' meeting."
    )
    assert found(text, "2024-02-13") == [
        (["Mohamad Hasan", "Penny Wong"], None, "2024-02-13", "call", "held"),
        (["Malaysia", "Australia"], None, None, "meeting", "planned"),  # (the call's day is not the meeting's)
    ]


def test_leaders_who_will_hold_a_leaders_meeting_stay_its_sides():
    text = "Prime Minister Anwar Ibrahim will hold a leaders' meeting with Prime Minister Anthony Albanese next month."
    assert found(text, "2024-02-13") == [(["Anwar Ibrahim", "Anthony Albanese"], None, "2024-03", "meeting", "planned")]
