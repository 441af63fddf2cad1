"""dipkit meetings, round 63, on sentences written for these tests:

- "will travel to Budapest to meet his Hungarian counterpart", in a story that names two Hungarians who both meet
  people and whose offices the entity layer cannot match: the Hungarian the traveller met last;
- "Hungarian football club Ferencváros is due in Warsaw next week": no contact (a club, named after its civil noun,
  is the subject).

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

HOSTED = (
    "Polish President Andrzej Duda hosted Hungarian President Tamás Sulyok in Warsaw on Monday, in the presence of "
    "Radosław Sikorski, Deputy Prime Minister and Minister of Foreign Affairs. "
)


def test_his_counterpart_among_two_of_that_land_is_the_one_he_met_last():
    text = HOSTED + (
        "On Tuesday, Sikorski held talks with Péter Szijjártó, Minister of Foreign Affairs and Trade of Hungary. "
        "Sikorski will travel to Budapest in June to meet his Hungarian counterpart again."
    )
    assert found(text, "2025-05-06") == [
        (["Andrzej Duda", "Tamás Sulyok", "Radosław Sikorski"], "Warsaw", "2025-05-05", "meeting", "held"),
        (["Radosław Sikorski", "Péter Szijjártó"], "Warsaw", "2025-05-06", "meeting", "held"),
        (["Radosław Sikorski", "Péter Szijjártó"], "Budapest", "2025-06", "meeting", "planned"),
    ]


def test_a_named_football_club_is_no_side_of_a_visit():
    text = HOSTED + "Hungarian football club Ferencváros is due in Warsaw next week for a friendly match."
    assert found(text, "2025-05-06") == [
        (["Andrzej Duda", "Tamás Sulyok", "Radosław Sikorski"], "Warsaw", "2025-05-05", "meeting", "held"),
    ]
