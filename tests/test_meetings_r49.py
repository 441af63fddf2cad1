"""dipkit meetings, round 49, on sentences written for these tests: a plan told in the past ("was to visit",
"was scheduled to visit", "had planned to visit") is still a plan. Its month is the one nearest the report,
whichever side, and the visit is planned, not held.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

import pytest
from test_meetings import found

RUTO = "Kenyan President William Ruto"


@pytest.mark.parametrize("plan", ["was scheduled to", "was supposed to", "was to"])
def test_a_plan_told_in_the_past_takes_the_nearest_month(plan):
    text = f"{RUTO} {plan} visit Berlin in March."
    assert found(text, "2026-05-12") == [(["William Ruto", "Germany"], "Berlin", "2026-03", "visit", "planned")]


def test_a_plan_told_in_the_past_may_lie_ahead():
    text = f"{RUTO} was scheduled to visit Berlin in July."
    assert found(text, "2026-05-12") == [(["William Ruto", "Germany"], "Berlin", "2026-07", "visit", "planned")]


@pytest.mark.parametrize("plan", ["had planned to", "had intended to"])
def test_what_had_been_planned_is_no_held_visit(plan):
    text = f"{RUTO} {plan} visit Berlin in March."
    assert found(text, "2026-05-12") == [(["William Ruto", "Germany"], "Berlin", "2026-03", "visit", "planned")]


def test_a_plan_told_in_the_past_is_planned_even_for_a_day_gone_by():
    text = f"{RUTO} was scheduled to visit Berlin on Monday."
    assert found(text, "2026-05-14") == [(["William Ruto", "Germany"], "Berlin", "2026-05-11", "visit", "planned")]


def test_was_expected_to_still_looks_ahead():
    text = f"{RUTO} was expected to visit Berlin on Monday."
    assert found(text, "2026-05-14") == [(["William Ruto", "Germany"], "Berlin", "2026-05-18", "visit", "planned")]
