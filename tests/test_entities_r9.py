"""dipkit entities, round 9, on sentences written for these tests: "Undersecretary" and "Federal Councillor" are
titles before a name, and "the Undersecretary of State to the Office of the Prime Minister, X" names X;
the head of a body named by its members ("President of the Council of Ministers X", "Chairman of the Council of
State X") holds that whole office, while "European Council President X" stays the body's president."""

from __future__ import annotations

from dipkit.entities import find_entities


def persons(text: str) -> list[tuple]:
    return [(e["text"], e.get("role")) for e in find_entities(text, "2025-05-14") if e["type"] == "PERSON"]


def test_an_undersecretary_before_a_name_is_a_title():
    assert persons("Undersecretary Alfredo Mantovano arrived.") == [("Alfredo Mantovano", "Undersecretary")]


def test_a_federal_councillor_before_a_name_is_a_title():
    assert persons("Federal Councillor Ignazio Cassis spoke.") == [("Ignazio Cassis", "Federal Councillor")]


def test_an_undersecretary_of_state_before_a_comma_names_the_person_after_it():
    text = "The Undersecretary of State to the Office of the Prime Minister, Alfredo Mantovano, spoke."
    assert persons(text) == [("Alfredo Mantovano", "Undersecretary of State")]


def test_the_head_of_a_body_named_by_its_members_holds_the_whole_office():
    assert persons("President of the Council of Ministers Nawaf Salam spoke.") == [
        ("Nawaf Salam", "President of the Council of Ministers")
    ]
    assert persons("The Chairman of the Council of State Miguel Diaz-Canel spoke.") == [
        ("Miguel Diaz-Canel", "Chairman of the Council of State")
    ]


def test_a_bodys_president_named_before_the_title_keeps_the_plain_title():
    assert persons("European Council President Antonio Costa spoke.") == [("Antonio Costa", "President")]


def test_a_counterpart_the_list_knows_holds_the_office_of_the_list():
    text = "Prime Minister Lawrence Wong met his Australian counterpart Anthony Albanese in Canberra."
    assert persons(text) == [("Lawrence Wong", "Prime Minister"), ("Anthony Albanese", "Prime Minister")]


def test_a_counterpart_the_list_does_not_know_stays_a_counterpart():
    text = "Foreign Minister Ana Ruiz met her Chilean counterpart Tomas Vidal in Lima."
    assert persons(text) == [("Ana Ruiz", "Foreign Minister"), ("Tomas Vidal", "counterpart")]


def test_a_sentence_adverb_before_a_comma_is_no_person():
    text = "Afterwards, Deputy Secretary of State Christopher Landau gave a lunch. Subsequently, the talks resumed."
    assert persons(text) == [("Christopher Landau", "Deputy Secretary of State")]


def test_a_groups_short_name_after_a_person_of_that_surname_is_the_person():
    text = "Congolese Foreign Minister Therese Kayikwamba Wagner arrived in Doha. A day earlier, Wagner was received in Kigali."
    assert persons(text) == [("Therese Kayikwamba Wagner", "Foreign Minister"), ("Wagner", "Foreign Minister")]
    assert [e["name"] for e in find_entities(text, "2025-05-14") if e["text"] == "Wagner"] == ["Therese Kayikwamba Wagner"]


def test_an_office_at_a_ministry_before_a_comma_names_the_person_after_it():
    text = "Oman's Minister of State at the Foreign Ministry, Khalifa bin Ali Al Harthy, hosted the envoys."
    assert persons(text) == [("Khalifa bin Ali Al Harthy", "Minister of State")]


def test_a_family_name_that_is_also_a_day_opens_a_name_after_a_title():
    text = "Vice Foreign Minister Sun Weidong met the envoy. The talks began on Sun, May 11."
    assert persons(text) == [("Sun Weidong", "Vice Foreign Minister")]
