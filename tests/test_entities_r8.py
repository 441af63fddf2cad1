"""dipkit entities, round 8, on sentences written for these tests: Polynesian spellings of listed names, with
the ʻokina ("Nukuʻalofa") or with macrons ("Sāmoa", "Māori"), are the names the list has plain or with an
apostrophe; a feast before a comma ("the first day of Eid, X spoke") is no person; in a list of "Title of Country
Name" items, each title's country is its own name's, not the name before the comma's."""

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


def test_a_feast_before_a_comma_is_no_person():
    text = "On Sunday, the first day of Eid al-Fitr, Erdogan spoke by phone with Syrian President Ahmed al-Sharaa."
    assert [e["text"] for e in find_entities(text, "2025-03-31") if e["type"] == "PERSON"] == ["Erdogan", "Ahmed al-Sharaa"]


def test_each_title_of_a_list_gives_its_country_to_the_name_after_it():
    text = (
        "The summit brought together President of the European Commission Ursula von der Leyen, President of "
        "Kazakhstan Kassym-Jomart Tokayev and President of Kyrgyzstan Sadyr Japarov."
    )
    persons = [(e["text"], e.get("country")) for e in find_entities(text, "2025-04-04") if e["type"] == "PERSON"]
    assert persons == [("Ursula von der Leyen", None), ("Kassym-Jomart Tokayev", "KAZ"), ("Sadyr Japarov", "KGZ")]
