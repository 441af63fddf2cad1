"""dipkit meetings: lands that say or agree what "their leaders" or "the two leaders" will do are that group's
sides ("Chile and Peru agreed that their leaders will meet"), or the leaders the story names for them; a place
named at the end of one sentence is no place before the first word of the next ("was in Rome. Chile and ...").
Sentences written for these tests, through the whole pipeline (entities and dates computed).
"""

from __future__ import annotations

import pytest
from test_meetings import found

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Chile and Peru agreed on Monday that their leaders will meet in Lima in March.",
            [(["Chile", "Peru"], "Lima", "2025-03", "meeting", "planned")],
        ),
        (
            "Colombia and Ecuador said on Friday their foreign ministers would hold talks in Quito next week.",
            [(["Colombia", "Ecuador"], "Quito", "2024-W48", "meeting", "planned")],
        ),
        (
            "Argentina, Brazil and Uruguay announced that their presidents would hold a summit in Montevideo in May.",
            [(["Argentina", "Brazil", "Uruguay"], "Montevideo", "2025-05", "summit", "planned")],
        ),
        (
            "President Gabriel Boric of Chile visited Paris on Monday. President Dina Boluarte of Peru was in Rome. "
            "Chile and Peru agreed that the two leaders will meet in Lima in March.",
            [
                (["Gabriel Boric", "France"], "Paris", "2024-11-18", "visit", "held"),
                (["Gabriel Boric", "Dina Boluarte"], "Lima", "2025-03", "meeting", "planned"),
            ],
        ),
        (  # the lands hold talks of their own; the group visiting is part of that trip
            "Chile and Peru will hold talks in Lima next week, when ministers of the two nations visit the port of Callao.",
            [(["Chile", "Peru"], "Lima", "2024-W48", "meeting", "planned")],
        ),
        (  # a person says it: "the two leaders" are whoever the story had meet, here no one
            "Boric said on Monday that the two leaders will meet in Lima in March.",
            [],
        ),
        (  # an abbreviation keeps its place before the name
            "Foreign Minister Sergei Lavrov arrived in St. Petersburg on Monday and met Foreign Minister Wang Yi.",
            [(["Sergei Lavrov", "Wang Yi"], "St. Petersburg", "2024-11-18", "meeting", "held")],
        ),
    ],
)
def test_lands_whose_group_will_meet(text: str, meetings: list[tuple]) -> None:
    assert found(text, PUBLISHED) == meetings
