"""dipkit meetings: talks said to be held "virtually" or "online" are calls (ANNOTATION.md: a call is by phone or
video), whether the word follows the meeting noun, the verb's other side, or stands between "talks" and "with";
a hyphen pair keeps both sides over a possessive word ("the Chile-Peru leaders' meeting"); and a gathering named
after "upcoming" or followed by ", scheduled for" is planned, on the month named after "for". Sentences written for these tests, through the whole
pipeline (entities and dates computed).
"""

from __future__ import annotations

import pytest
from test_meetings import found

ALBANESE_ANWAR = ["Anthony Albanese", "Anwar Ibrahim"]


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Ties were lifted in 2021 at the first Chile-Peru leaders' meeting, held virtually.", (["Chile", "Peru"], None, "2021", "call", "held")),
        ("Malaysia and Chile held their annual meeting virtually in 2023.", (["Malaysia", "Chile"], None, "2023", "call", "held")),
        (
            "Prime Minister Anthony Albanese held talks online with Prime Minister Anwar Ibrahim on Monday.",
            (ALBANESE_ANWAR, None, "2025-02-10", "call", "held"),
        ),
        ("Prime Minister Anthony Albanese met Prime Minister Anwar Ibrahim virtually on Monday.", (ALBANESE_ANWAR, None, "2025-02-10", "call", "held")),
        (  # an online event in another clause leaves the meeting in person
            "Prime Minister Anthony Albanese met Prime Minister Anwar Ibrahim on Monday, days after a forum was held online.",
            (ALBANESE_ANWAR, None, "2025-02-10", "meeting", "held"),
        ),
        (  # "virtually" as "almost" says nothing of the medium
            "Prime Minister Anthony Albanese met Prime Minister Anwar Ibrahim on Monday, virtually the only leader to come.",
            (ALBANESE_ANWAR, None, "2025-02-10", "meeting", "held"),
        ),
        (  # "upcoming" opens no name when a lowercase word of no name follows it
            "An upcoming referendum overshadowed everything as Albanese met Prime Minister Anwar Ibrahim in Lima.",
            (ALBANESE_ANWAR, "Lima", "2025-02-13", "meeting", "held"),
        ),
        (  # words between a hyphen pair and its noun may end in an apostrophe
            "Trade topped the agenda of the Chile-Peru leaders' meeting in Lima on Monday.",
            (["Chile", "Peru"], "Lima", "2025-02-10", "meeting", "held"),
        ),
    ],
)
def test_remote_talks_and_pairs(text: str, meeting: tuple) -> None:
    assert found(text, "2025-02-13") == [meeting]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ministers in Lima discussed the upcoming third Chilean-Peruvian Annual Leaders' Meeting.", None),
        ("Officials in Lima prepared the Chile-Peru Special Summit, scheduled for March in Santiago.", "2025-03"),
        ("Officials in Lima prepared the Chile-Peru summit, slated for March.", "2025-03"),  # (a month after "slated for" is a date)
        ("The Chile-Peru summit, set for May in Lima, will review border trade, the two governments said.", "2025-05"),
        ("The Chile-Peru summit, slated for March, was postponed to April, the two governments said.", "2025-04"),
    ],
)
def test_a_gathering_named_as_ahead_is_planned_on_its_month(text: str, date: str | None) -> None:
    assert [(m[4], m[2]) for m in found(text, "2025-02-13")] == [("planned", date)]
