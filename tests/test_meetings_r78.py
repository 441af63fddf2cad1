"""dipkit meetings: officials, diplomats or a delegation "from" named lands, as the subject of a meeting, stand for
those lands. Sentences written for these tests, through the whole pipeline (entities and dates computed).
"""

from __future__ import annotations

import pytest
from test_meetings import found

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Senior diplomats from Chile, Peru and Bolivia will hold talks in Lima next month.",
            [(["Chile", "Peru", "Bolivia"], "Lima", "2024-12", "meeting", "planned")],
        ),
        (
            "Officials from Brazil held talks with Chinese officials in Beijing on Monday.",
            [(["Brazil", "China"], "Beijing", "2024-11-18", "meeting", "held")],
        ),
        (
            "A delegation from Chile met Peruvian Foreign Minister Elmer Schialer in Lima on Monday.",
            [(["Chile", "Elmer Schialer"], "Lima", "2024-11-18", "meeting", "held")],
        ),
        (  # visitors from a land are no envoys of it: one side only, no meeting
            "Tourists from Chile met Peruvian Foreign Minister Elmer Schialer in Lima on Monday.",
            [],
        ),
    ],
)
def test_officials_from_named_lands(text: str, meetings: list[tuple]) -> None:
    assert found(text, PUBLISHED) == meetings


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "The visit comes amid hopes that senior diplomats from Chile, Peru and Bolivia will hold talks in Lima next month.",
            [(["Chile", "Peru", "Bolivia"], "Lima", "2024-12", "meeting", "planned")],
        ),
        (  # the commas of a list of lands do not close the clause "that" opens
            "Analysts expect that envoys from Brazil, Argentina and Uruguay will meet in Montevideo next week.",
            [(["Brazil", "Argentina", "Uruguay"], "Montevideo", "2024-W48", "meeting", "planned")],
        ),
    ],
)
def test_officials_from_lands_in_a_clause(text: str, meetings: list[tuple]) -> None:
    assert found(text, PUBLISHED) == meetings
