"""dipkit meetings: a gathering the talks were about keeps its place to itself. "spoke with X about the summit in
Lima" is a call with no place; "met X to discuss the summit in Lima" is a meeting whose place is not said; a place
named before the topic, or a topic that is no gathering ("about trade in Lima"), still sets where the talks were.
Sentences written for these tests, through the whole pipeline (entities and dates computed).
"""

from __future__ import annotations

import pytest
from test_meetings import found

BORIC_BOLUARTE = ["Gabriel Boric", "Dina Boluarte"]
BORIC_MET = "Chilean President Gabriel Boric met Peruvian President Dina Boluarte"


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "Chilean President Gabriel Boric spoke with Peruvian President Dina Boluarte on Monday "
            "about the Chile-Peru summit scheduled for March in Lima.",
            (BORIC_BOLUARTE, None, "2026-11-16", "call", "held"),
        ),
        (
            f"{BORIC_MET} on Monday to discuss the summit scheduled for March in Lima.",
            (BORIC_BOLUARTE, None, "2026-11-16", "meeting", "held"),
        ),
        (  # the place named before the topic is where they met
            f"{BORIC_MET} in Lima on Monday to discuss the summit.",
            (BORIC_BOLUARTE, "Lima", "2026-11-16", "meeting", "held"),
        ),
        (  # a summit they met at, not one they talked about
            f"{BORIC_MET} on Monday on the sidelines of the summit in Lima.",
            (BORIC_BOLUARTE, "Lima", "2026-11-16", "meeting", "held"),
        ),
        (  # a topic that is no gathering leaves the place to the talks
            "Chilean President Gabriel Boric held talks on Monday with Peruvian President Dina Boluarte about trade in Lima.",
            (BORIC_BOLUARTE, "Lima", "2026-11-16", "meeting", "held"),
        ),
    ],
)
def test_the_place_of_a_gathering_talked_about_is_not_the_talks(text: str, meeting: tuple) -> None:
    assert found(text, "2026-11-20") == [meeting]
