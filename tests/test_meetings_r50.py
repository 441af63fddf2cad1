"""dipkit meetings, round 50, on sentences written for these tests: an adverb between the auxiliary and the
plan ("had originally planned to", "was initially scheduled to") does not hide the past tense, so the month is
still the one nearest the report.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

import pytest
from test_meetings import found

RUTO = "Kenyan President William Ruto"


@pytest.mark.parametrize(
    "plan", ["had originally planned to", "had initially been scheduled to", "was originally scheduled to"]
)
def test_an_adverb_does_not_hide_a_plan_told_in_the_past(plan):
    text = f"{RUTO} {plan} visit Berlin in March, officials said."
    assert found(text, "2026-05-12") == [(["William Ruto", "Germany"], "Berlin", "2026-03", "visit", "planned")]


def test_was_originally_expected_to_still_looks_ahead():
    text = f"{RUTO} was originally expected to visit Berlin in March, officials said."
    assert found(text, "2026-05-12") == [(["William Ruto", "Germany"], "Berlin", "2027-03", "visit", "planned")]
