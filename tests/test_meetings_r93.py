"""Talks held on the sidelines of a session the sides are said to attend report that session too."""

from test_meetings import found


def test_their_participation_in_the_assembly_is_the_assemblys_gathering():
    text = (
        "Foreign Minister Yoko Kamikawa sat down with South Korean Foreign Minister Cho Tae-yul on Monday on the margins "
        "of their participation in the General Assembly of the United Nations in New York."
    )
    assert found(text, "2024-09-25") == [
        (["Yoko Kamikawa", "Cho Tae-yul"], "New York", "2024-09-23", "meeting", "held"),
        (["United Nations General Assembly", "Yoko Kamikawa", "Cho Tae-yul"], "New York", "2024-09-23", "summit", "held"),
    ]


def test_talks_during_a_visit_to_the_assembly_report_it_too():
    text = "Foreign Minister Yoko Kamikawa met Cho Tae-yul on Monday during her visit to the General Assembly of the United Nations in New York."
    assert found(text, "2024-09-25") == [
        (["Yoko Kamikawa", "Cho Tae-yul"], "New York", "2024-09-23", "meeting", "held"),
        (["United Nations General Assembly", "Yoko Kamikawa", "Cho Tae-yul"], "New York", "2024-09-23", "summit", "held"),
    ]


def test_talks_during_a_visit_to_a_land_report_no_gathering():
    text = "Foreign Minister Takeshi Iwaya met Cho Tae-yul on Tuesday during his visit to Seoul."
    assert found(text, "2024-09-25") == [(["Takeshi Iwaya", "Cho Tae-yul"], "Seoul", "2024-09-24", "meeting", "held")]


def test_the_sidelines_of_a_summit_named_by_its_members_adjective_are_its_blocs():
    text = "Ruto met Ethiopian Prime Minister Abiy Ahmed on Sunday on the sidelines of the extraordinary African summit in Malabo."
    assert found(text, "2025-07-14") == [
        (["William Ruto", "Abiy Ahmed"], "Malabo", "2025-07-13", "meeting", "held"),
        (["African Union", "William Ruto", "Abiy Ahmed"], "Malabo", "2025-07-13", "summit", "held"),
    ]


def test_those_meeting_on_the_sidelines_of_the_summit_attended_it():
    text = (
        "Kenyan President William Ruto met Abiy Ahmed on Sunday on the sidelines of the African Union summit in Addis Ababa. "
        "On the sidelines of the summit, Ruto also held talks with Egyptian President Abdel Fattah al-Sisi."
    )
    assert found(text, "2025-07-14")[1] == (
        ["African Union", "William Ruto", "Abiy Ahmed", "Abdel Fattah al-Sisi"], "Addis Ababa", "2025-07-13", "summit", "held"
    )


def test_those_meeting_at_another_of_the_blocs_gatherings_did_not_attend_this_one():
    text = (
        "Foreign Minister Sergey Lavrov met Wang Yi on the sidelines of a meeting of SCO foreign ministers in Tianjin on "
        "Tuesday. The talks came a month after Defence Minister Andrey Belousov met Dong Jun on the sidelines of the "
        "SCO defence ministers' meeting in Qingdao in June."
    )
    assert found(text, "2025-07-16")[1] == (["Shanghai Cooperation Organisation", "Sergey Lavrov", "Wang Yi"], "Tianjin", "2025-07-15", "summit", "held")


def test_the_summit_named_by_its_bloc_is_the_one_later_attended():
    text = (
        "The G7 summit opened in Kananaskis on Monday. "
        "Indian Prime Minister Narendra Modi attended the summit as a guest of the host."
    )
    assert found(text, "2025-06-18") == [(["Group of Seven", "Narendra Modi"], "Kananaskis", "2025-06-16", "summit", "held")]


def test_a_summit_named_by_its_bloc_with_no_one_there_is_no_meeting():
    assert found("The G7 summit opened in Kananaskis on Monday.", "2025-06-18") == []


def test_a_blocs_gathering_hosted_by_a_land_is_a_summit_of_the_bloc_and_its_host():
    text = "The leaders last gathered at the BRICS summit hosted by Russia in Kazan in October 2024."
    assert found(text, "2025-01-22") == [(["BRICS", "Russia"], "Kazan", "2024-10", "summit", "held")]


def test_a_gathering_to_be_hosted_by_a_land_is_planned_there():
    text = "The next BRICS summit, to be hosted by India next year, will take up trade."
    assert found(text, "2025-07-08") == [(["BRICS", "India"], "India", "2026", "summit", "planned")]


def test_the_first_summit_long_before_is_not_the_undated_summit_of_the_news():
    text = (
        "Malaysian Prime Minister Anwar Ibrahim chaired the second GCC-ASEAN summit in Kuala Lumpur. "
        "The first-ever GCC-ASEAN summit, hosted by Saudi Arabia in Riyadh in October 2023, laid the groundwork for ties."
    )
    assert found(text, "2025-05-28") == [
        (["Anwar Ibrahim", "Gulf Cooperation Council", "Association of Southeast Asian Nations"], "Kuala Lumpur", "2025-05-28", "summit", "held"),
        (["Gulf Cooperation Council", "Association of Southeast Asian Nations", "Saudi Arabia"], "Riyadh", "2023-10", "summit", "held"),
    ]


def test_a_meeting_hosted_by_a_person_is_still_a_meeting_with_the_host():
    text = "Indian Prime Minister Narendra Modi attended the meeting hosted by Lula in Brasilia on Monday."
    assert found(text, "2025-05-28") == [(["Narendra Modi", "Luiz Inácio Lula da Silva"], "Brasilia", "2025-05-26", "meeting", "held")]
