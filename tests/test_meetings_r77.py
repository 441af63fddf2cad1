"""dipkit meetings: "Officials from the two countries" opening a sentence is a group that stands for the lands the
sentence before opens with, or for the lands of the persons it opens with. Sentences written for these tests,
through the whole pipeline (entities and dates computed).
"""

from __future__ import annotations

import pytest
from test_meetings import found

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Russia and Iran signed a trade pact on Monday. Officials from the two countries met in Moscow to finalize the text.",
            [(["Russia", "Iran"], "Moscow", "2024-11-18", "meeting", "held")],
        ),
        (
            "Russia and Iran signed a trade pact on Monday. Officials from both sides met in Moscow to finalize the text.",
            [(["Russia", "Iran"], "Moscow", "2024-11-18", "meeting", "held")],
        ),
        (
            "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian spoke by phone on Monday. "
            "Senior officials from the two countries will hold talks in Moscow next week.",
            [
                (["Vladimir Putin", "Masoud Pezeshkian"], None, "2024-11-18", "call", "held"),
                (["Russia", "Iran"], "Moscow", "2024-W48", "meeting", "planned"),
            ],
        ),
        (  # the lands do not open the sentence before: whose officials is not told
            "Trade between Russia and Iran grew last year. Officials from the two countries met in Moscow on Monday.",
            [],
        ),
    ],
)
def test_officials_from_the_lands_before(text: str, meetings: list[tuple]) -> None:
    assert found(text, PUBLISHED) == meetings
