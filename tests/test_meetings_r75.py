"""dipkit meetings: a group that opens a sentence ("Their leaders will meet ...") takes as its sides the lands the
sentence before opens with ("Chile and Peru restored ties. Their leaders ..."), or the leaders the story names for
them. Sentences written for these tests, through the whole pipeline (entities and dates computed).
"""

from __future__ import annotations

import pytest
from test_meetings import found

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Chile and Peru restored full diplomatic ties on Monday. Their leaders will meet in Lima in March.",
            [(["Chile", "Peru"], "Lima", "2025-03", "meeting", "planned")],
        ),
        (
            "Colombia and Ecuador ended their trade dispute on Friday. Their foreign ministers will hold talks in Quito next week.",
            [(["Colombia", "Ecuador"], "Quito", "2024-W48", "meeting", "planned")],
        ),
        (
            "President Gabriel Boric of Chile visited Paris on Monday. President Dina Boluarte of Peru was in Rome. "
            "Chile and Peru restored ties on Tuesday. Their leaders will meet in Lima in March.",
            [
                (["Gabriel Boric", "France"], "Paris", "2024-11-18", "visit", "held"),
                (["Gabriel Boric", "Dina Boluarte"], "Lima", "2025-03", "meeting", "planned"),
            ],
        ),
        (  # the lands do not open the sentence before: whose leaders is not told
            "Trade between Chile and Peru grew last year. Their leaders will meet in Lima in March.",
            [],
        ),
        (  # something else opens it
            "After a long rift, Chile and Peru restored ties. Their leaders will meet in Lima in March.",
            [],
        ),
    ],
)
def test_group_opening_a_sentence(text: str, meetings: list[tuple]) -> None:
    assert found(text, PUBLISHED) == meetings
