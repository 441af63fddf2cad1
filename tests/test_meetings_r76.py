"""dipkit meetings: a group that stands for its sides ("their foreign ministers", "their envoys") and opens a
sentence takes the lands of the persons the sentence before opens with ("Boric and Boluarte spoke by phone. Their
foreign ministers will meet ..."); "their defence ministers" and the like are read as such a group too; where the
story names one minister with that office for each land, the meeting is of those ministers. Sentences written for
these tests, through the whole pipeline (entities and dates computed).
"""

from __future__ import annotations

import pytest
from test_meetings import found

PUBLISHED = "2024-11-20"
CALL = (["Gabriel Boric", "Dina Boluarte"], None, "2024-11-18", "call", "held")
MINISTERS = "Chilean Foreign Minister Alberto van Klaveren said the talks would cover trade. Peruvian Foreign Minister Elmer Schialer welcomed the plan."


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke by phone on Monday. "
            "Their foreign ministers will meet in Lima next week.",
            [CALL, (["Chile", "Peru"], "Lima", "2024-W48", "meeting", "planned")],
        ),
        (
            "Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke by phone on Monday. "
            "Their top diplomats will meet in Lima next week.",
            [CALL, (["Chile", "Peru"], "Lima", "2024-W48", "meeting", "planned")],
        ),
        (
            "Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke by phone on Monday. "
            "Their foreign ministers will meet in Lima next week. " + MINISTERS,
            [CALL, (["Alberto van Klaveren", "Elmer Schialer"], "Lima", "2024-W48", "meeting", "planned")],
        ),
        (
            "Chile and Peru agreed on Monday that their foreign ministers will meet in Lima next week. " + MINISTERS,
            [(["Alberto van Klaveren", "Elmer Schialer"], "Lima", "2024-W48", "meeting", "planned")],
        ),
        (
            "Chile and Peru agreed on Monday that the two countries' foreign ministers will meet in Lima next week. " + MINISTERS,
            [(["Alberto van Klaveren", "Elmer Schialer"], "Lima", "2024-W48", "meeting", "planned")],
        ),
        (
            "Chile and Peru agreed on Monday that their defence ministers will meet in Lima next week.",
            [(["Chile", "Peru"], "Lima", "2024-W48", "meeting", "planned")],
        ),
        (  # the ministers the story names hold another office: the lands
            "Chile and Peru agreed on Monday that their trade ministers will meet in Lima next week. " + MINISTERS,
            [(["Chile", "Peru"], "Lima", "2024-W48", "meeting", "planned")],
        ),
        (  # persons of no known land: whose envoys is not told
            "Mr. Smith and Mr. Jones spoke by phone on Monday. Their envoys will hold talks in Lima next week.",
            [(["Smith", "Jones"], None, "2024-11-18", "call", "held")],
        ),
    ],
)
def test_delegates_of_the_persons_before(text: str, meetings: list[tuple]) -> None:
    assert found(text, PUBLISHED) == meetings
