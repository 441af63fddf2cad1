"""dipkit entities, round 6, on sentences written for these tests: a holiday named after a saint is no person,
and an office told after "by" or "with" in the phrase after a name is someone else's."""

from __future__ import annotations

from dipkit.entities import find_entities


def by_text(text: str, published: str | None = "2024-03-20") -> dict[str, dict]:
    return {e["text"]: e for e in find_entities(text, published)}


def test_a_saints_day_is_no_person_even_after_the_saint_is_named():
    text = (
        "Irish premier uses St. Patrick's trip to press Biden on trade\n\nWASHINGTON — Taoiseach Simon Harris "
        "pressed President Joe Biden on Tuesday during their annual St. Patrick's Day meeting."
    )
    found = [(e["text"], e["type"]) for e in find_entities(text, "2024-03-12") if e["start"] >= text.index("WASHINGTON")]
    assert found == [("WASHINGTON", "GPE"), ("Simon Harris", "PERSON"), ("Joe Biden", "PERSON")]


def test_a_saints_day_with_a_curly_apostrophe_is_no_person():
    text = (
        "Irish premier uses St. Patrick’s trip to press Biden on trade\n\nTaoiseach Simon Harris met President "
        "Joe Biden for St. Patrick’s Day."
    )
    assert [e for e in find_entities(text, "2024-03-12") if e["start"] == text.index("St. Patrick’s Day")] == []


def test_an_office_after_by_belongs_to_another_person():
    found = by_text("Albanese flew to Beijing and met President Xi Jinping, the first trip by an Australian prime minister in years.")
    assert (found["Xi Jinping"]["role"], found["Xi Jinping"]["country"]) == ("President", "CHN")


def test_an_apposition_naming_the_office_still_gives_its_country():
    found = by_text("The talks were led by Maria Costa, the Portuguese foreign minister, on Tuesday.")
    assert (found["Maria Costa"]["role"], found["Maria Costa"]["country"]) == ("Portuguese foreign minister", "PRT")
