"""A long dash with no space before a title ("(ENA)—Prime Minister X", "said—President Y") opens the title: the
dash is no part of its first word. The dateline that ends with such a dash ("Addis Ababa, February 14, 2026
(ENA)—Prime Minister ...") keeps its agency. A father's name inside a son's ("Mohamed bin Zayed" in "Khaled bin
Mohamed bin Zayed") is another person."""

from __future__ import annotations

from dipkit.entities import find_entities
from dipkit.split.dateline import find_dateline


def persons(text: str) -> list[tuple]:
    return [(e["text"], e.get("role")) for e in find_entities(text, "2026-02-14") if e["type"] == "PERSON"]


def test_a_title_glued_to_an_em_dash_is_the_whole_title():
    text = "Nairobi (KNA)—Prime Minister Abiy Ahmed met President William Ruto."
    assert persons(text) == [("Abiy Ahmed", "Prime Minister"), ("William Ruto", "President")]


def test_a_title_glued_to_an_en_dash_is_the_whole_title():
    assert persons("The talks went on–Foreign Minister Musalia Mudavadi said.") == [("Musalia Mudavadi", "Foreign Minister")]


def test_a_hyphenated_title_keeps_its_hyphen():
    assert persons("Vice-President Kithure Kindiki spoke.") == [("Kithure Kindiki", "Vice-President")]


def test_a_dateline_ending_in_a_dash_that_touches_the_lead_keeps_its_agency():
    line = find_dateline("Addis Ababa, February 14, 2026 (ENA)—Prime Minister Abiy Ahmed met African leaders.")
    assert (line["place"], line["date"], line["source"], line["text"]) == (
        "Addis Ababa", "February 14, 2026", "ENA", "Addis Ababa, February 14, 2026 (ENA)—"
    )


def test_a_hyphen_that_touches_the_lead_ends_no_dateline_there():
    line = find_dateline("Addis Ababa, February 14, 2026 (ENA)-Prime Minister Abiy Ahmed met African leaders.")
    assert (line["source"], line["text"]) == (None, "Addis Ababa, February 14, 2026")


def linked(text: str) -> list[tuple]:
    return [(e["text"], e["name"]) for e in find_entities(text, "2024-09-09") if e["type"] == "PERSON"]


def test_a_fathers_name_inside_a_sons_is_another_person():
    text = (
        "Sheikh Khaled bin Mohamed bin Zayed Al Nahyan held talks in New Delhi. "
        "He conveyed the greetings of President Sheikh Mohamed bin Zayed Al Nahyan."
    )
    assert linked(text) == [
        ("Khaled bin Mohamed bin Zayed Al Nahyan", "Khaled bin Mohamed bin Zayed Al Nahyan"),
        ("Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan"),
    ]


def test_a_shorter_form_of_the_same_name_is_the_same_person():
    text = "Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud met the envoy. Mohammed bin Salman said talks went well."
    assert linked(text) == [
        ("Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman bin Abdulaziz Al Saud"),
        ("Mohammed bin Salman", "Mohammed bin Salman bin Abdulaziz Al Saud"),
    ]
