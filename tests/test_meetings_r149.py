"""A bare title whose verb follows a modal ("The chancellor could meet X", "may", "might", "should", "can", "must")
stands for the person the story names with that title, as it does before "will" or "is to"."""

import pytest

from test_meetings import found

_STORY = (
    "Chancellor Friedrich Merz told reporters in Berlin on Monday that the talks on energy prices were going well. "
    "The chancellor {modal} meet President Emmanuel Macron in Paris on Friday."
)


@pytest.mark.parametrize("modal", ["could", "may", "might", "should", "must"])
def test_a_bare_title_before_a_modal_is_the_named_holder(modal: str) -> None:
    assert found(_STORY.format(modal=modal), "2025-03-03") == [
        (["Friedrich Merz", "Emmanuel Macron"], "Paris", "2025-03-07", "meeting", "planned")
    ]


def test_a_bare_title_before_can_is_the_named_holder() -> None:
    assert [m[0] for m in found(_STORY.format(modal="can"), "2025-03-03")] == [["Friedrich Merz", "Emmanuel Macron"]]


def test_a_bare_prime_minister_before_a_modal_visits() -> None:
    text = (
        "Prime Minister Anthony Albanese praised the security pact with Jakarta on Monday. "
        "The prime minister might travel to Indonesia next month for talks on trade."
    )
    assert [m[0] for m in found(text, "2025-03-03")] == [["Anthony Albanese", "Indonesia"]]
