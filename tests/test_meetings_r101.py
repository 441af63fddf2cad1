"""A relative "whom" as the object: "alongside X, whom he had received earlier that morning" is a meeting with X,
named before "whom"."""

from test_meetings import found


def test_whom_before_a_host_trigger_is_the_person_named_before_it():
    text = "Xi Jinping thanked Emmanuel Macron, whom he received in Beijing on Monday, for the visit."
    assert found(text, "2025-04-09") == [(["Xi Jinping", "Emmanuel Macron"], "Beijing", "2025-04-07", "meeting", "held")]


def test_whom_before_met_is_the_person_named_before_it():
    text = "Xi Jinping praised Emmanuel Macron, whom he met in Paris last May."
    assert found(text, "2025-04-09") == [(["Xi Jinping", "Emmanuel Macron"], "Paris", "2024-05", "meeting", "held")]


def test_whom_after_no_named_person_is_no_guest():
    assert found("Xi Jinping thanked the visiting students, whom he received on Monday.", "2025-04-09") == []
