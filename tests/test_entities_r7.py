"""dipkit entities, round 7, on sentences written for these tests: a family name written first (Chinese,
Korean, Vietnamese) before a given name spelled like a city ("Huang Kunming") is a person, and the city stays a
city where it stands alone."""

from __future__ import annotations

from dipkit.entities import find_entities


def test_a_family_name_before_a_given_name_spelled_like_a_city_is_a_person():
    text = "Vietnamese leader To Lam was received by Huang Kunming in Guangzhou. Huang said Kunming would host a fair."
    found_entities = [(e["text"], e["type"]) for e in find_entities(text, "2024-08-21")]
    assert found_entities == [
        ("Vietnamese", "NORP"),
        ("To Lam", "PERSON"),
        ("Huang Kunming", "PERSON"),
        ("Guangzhou", "GPE"),
        ("Huang", "PERSON"),
        ("Kunming", "GPE"),
    ]


def test_a_city_after_a_capitalized_word_of_no_family_name_stays_a_city():
    text = "Downtown Kunming was quiet on Monday."
    assert [(e["text"], e["type"]) for e in find_entities(text, "2024-08-21")] == [("Kunming", "GPE")]
