"""dipkit meetings, round 38, on sentences written for these tests: "attended the G20 ministers' meeting and the
ASEAN Regional Forum" is one gathering each; the East Asia Summit is an organization ("EAS"); "had last held
talks" is an earlier round, which "also" does not take its day from; "attend the forum before leaving for Japan"
is no trip to the forum; a planned summit due within days, under the dateline of the city where the story's
talks went on, is held there.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_two_gatherings_attended_in_one_breath_are_one_summit_each():
    text = (
        "Indonesian Foreign Minister Retno Marsudi attended the G20 foreign ministers' meeting and the ASEAN "
        "Regional Forum in Jakarta on Friday."
    )
    assert found(text, "2023-07-15") == [
        (["Retno Marsudi", "Group of Twenty"], "Jakarta", "2023-07-14", "summit", "held"),
        (["Retno Marsudi", "ASEAN Regional Forum"], "Jakarta", "2023-07-14", "summit", "held"),
    ]


def test_the_east_asia_summit_is_known_by_its_initials():
    text = "Indonesian Foreign Minister Retno Marsudi took part in the ASEAN Regional Forum and the EAS meeting in Jakarta on Friday."
    assert found(text, "2023-07-15") == [
        (["Retno Marsudi", "ASEAN Regional Forum"], "Jakarta", "2023-07-14", "summit", "held"),
        (["Retno Marsudi", "East Asia Summit"], "Jakarta", "2023-07-14", "summit", "held"),
    ]


def test_a_joint_summit_of_two_blocs_stays_one():
    text = "Kenyan President William Ruto attended the joint summit of the EAC and SADC in Dar es Salaam on Saturday."
    assert found(text, "2023-02-27") == [
        (["William Ruto", "East African Community", "Southern African Development Community"], "Dar es Salaam", "2023-02-25", "summit", "held")
    ]


def test_also_after_a_round_recalled_with_had_last_takes_the_news_day():
    text = (
        "JAKARTA, July 14 -- Indian Foreign Minister S Jaishankar met Chinese Foreign Minister Wang Yi on Friday. "
        "The two ministers discussed the border.\n\n"
        "Jaishankar had last held talks with Wang in Bali in March on the sidelines of a G20 meeting.\n\n"
        "The minister, who arrived on Wednesday, also attended the ASEAN Regional Forum."
    )
    assert found(text, "2023-07-14") == [
        (["S Jaishankar", "Wang Yi"], "Jakarta", "2023-07-14", "meeting", "held"),
        (["S Jaishankar", "Wang Yi"], "Bali", "2023-03", "meeting", "held"),
        (["S Jaishankar", "ASEAN Regional Forum"], "Jakarta", "2023-07-14", "summit", "held"),
    ]


def test_a_trip_before_which_a_gathering_is_attended_is_no_trip_to_it():
    text = (
        "On Saturday, Indian Foreign Minister S Jaishankar is scheduled to take part in the G20 foreign ministers' "
        "meeting before leaving for Japan."
    )
    assert found(text, "2024-07-26") == [
        (["S Jaishankar", "Group of Twenty"], None, "2024-07-27", "summit", "planned"),
        (["S Jaishankar", "Japan"], "Japan", None, "visit", "planned"),
    ]


def test_a_summit_due_in_days_is_held_where_the_dateline_files_from():
    text = (
        "VIENTIANE, Oct. 10 -- Thai Prime Minister Paetongtarn Shinawatra met Lao Prime Minister Sonexay Siphandone "
        "in Vientiane on Thursday. Paetongtarn will attend the East Asia Summit on Friday."
    )
    assert found(text, "2024-10-10") == [
        (["Paetongtarn Shinawatra", "Sonexay Siphandone"], "Vientiane", "2024-10-10", "meeting", "held"),
        (["Paetongtarn Shinawatra", "East Asia Summit"], "Vientiane", "2024-10-11", "summit", "planned"),
    ]

