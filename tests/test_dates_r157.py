""""ahead of" before a gerund ("ahead of departing for X on Wednesday") gives no future to the day after it: the
departure follows the clause's own verb, whose tense decides ("held talks ... ahead of departing": the Wednesday
past). Before a noun ("ahead of talks on Friday") it still points ahead."""

from dipkit.dates import find_dates


def values(text: str, published: str) -> list[tuple[str, str]]:
    return [(d["text"], d["value"]) for d in find_dates(text, published)]


def test_a_departure_after_held_talks_is_in_the_past() -> None:
    text = "The two foreign ministers held talks in Hanoi ahead of leaving for Bangkok on Wednesday."
    assert values(text, "2025-06-05") == [("Wednesday", "2025-06-04")]


def test_a_departure_after_talks_still_ahead_is_ahead() -> None:
    text = "The two foreign ministers will hold talks in Hanoi ahead of leaving for Bangkok on Wednesday."
    assert values(text, "2025-06-05") == [("Wednesday", "2025-06-11")]


def test_ahead_of_a_noun_still_points_ahead() -> None:
    text = "The foreign minister arrived in Hanoi ahead of talks on Wednesday."
    assert values(text, "2025-06-05") == [("Wednesday", "2025-06-11")]
