"""A contracted negation before the trigger ("didn't meet", "won't travel", "can't attend") or "cannot" denies the
meeting as "did not meet" does: nothing is emitted (before, the "n't" cue needed a word boundary inside the word,
so it never matched, and each came out held)."""

import pytest

from test_meetings import found


@pytest.mark.parametrize(
    "verb",
    ["didn't meet", "won't meet", "can't meet", "cannot meet", "doesn’t meet", "wasn't meeting"],
)
def test_a_contracted_or_joined_negation_emits_no_meeting(verb: str) -> None:
    text = f"Dutch Prime Minister Dick Schoof {verb} Belgian Prime Minister Bart De Wever in Brussels on Monday, aides said."
    assert found(text, "2025-06-04") == []


def test_the_same_sentence_without_the_negation_is_a_meeting() -> None:
    text = "Dutch Prime Minister Dick Schoof met Belgian Prime Minister Bart De Wever in Brussels on Monday, aides said."
    assert found(text, "2025-06-04") == [(["Dick Schoof", "Bart De Wever"], "Brussels", "2025-06-02", "meeting", "held")]
