"""dipkit entities, round 8, on sentences written for these tests: Polynesian spellings of listed names, with
the ʻokina ("Nukuʻalofa") or with macrons ("Sāmoa", "Māori"), are the names the list has plain or with an
apostrophe."""

from __future__ import annotations

from dipkit.entities import find_entities


def linked(text: str) -> list[tuple]:
    return [(e["text"], e["type"], e.get("name"), e.get("code")) for e in find_entities(text, "2025-05-10")]


def test_a_city_written_with_the_okina_is_the_city_listed_with_an_apostrophe():
    assert linked("The ministers met in Nukuʻalofa on Friday.") == [("Nukuʻalofa", "GPE", "Nuku'alofa", None)]


def test_names_written_with_macrons_are_the_plain_names_of_the_list():
    assert linked("The leader of Sāmoa spoke with Māori elders in Apia.") == [
        ("Sāmoa", "GPE", "Samoa", "WSM"),
        ("Māori", "NORP", "Maori", None),
        ("Apia", "GPE", "Apia", None),
    ]


def test_a_listed_accented_name_keeps_its_own_entry():
    assert linked("Talks opened in Malé and in Bogotá.") == [
        ("Malé", "GPE", "Malé", None),
        ("Bogotá", "GPE", "Bogotá", None),
    ]
