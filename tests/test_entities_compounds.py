"""dipkit entities: compound organization names, short forms, title chains and small places,
on sentences written for these tests."""

from __future__ import annotations

from dipkit.entities import find_entities


def spans(text: str, published: str | None = "2025-03-01") -> list[tuple[str, str]]:
    return [(e["text"], e["type"]) for e in find_entities(text, published)]


def by_text(text: str, published: str | None = "2025-03-01") -> dict[str, dict]:
    return {e["text"]: e for e in find_entities(text, published)}


def test_a_mission_named_with_its_seat_is_one_organization():
    assert spans("The Japanese Embassy in Hanoi issued a statement.") == [("Japanese Embassy in Hanoi", "ORG")]
    assert spans("A spokesman for the Embassy of Brazil in Ottawa said so.") == [("Embassy of Brazil in Ottawa", "ORG")]
    found = by_text("He visited the US Embassy in Kyiv on Monday.")
    assert list(found) == ["US Embassy in Kyiv"]
    assert found["US Embassy in Kyiv"]["country"] == "USA"


def test_a_mission_without_its_seat_stays_a_nationality():
    assert spans("The Chinese Embassy said so.") == [("Chinese", "NORP")]


def test_a_joint_body_of_two_countries_takes_both_names():
    found = by_text("Officials will attend the Peru-Chile Joint Commission in Lima.")
    assert list(found) == ["Peru-Chile Joint Commission", "Lima"]
    assert "country" not in found["Peru-Chile Joint Commission"]


def test_a_head_noun_alone_names_the_organization_named_in_full():
    text = "The European Commission proposed sanctions. The Commission said a Commission spokesperson would explain."
    found = find_entities(text, "2025-03-01")
    assert [(e["text"], e["name"]) for e in found] == [
        ("European Commission", "European Commission"),
        ("Commission", "European Commission"),
        ("Commission", "European Commission"),
    ]


def test_a_head_noun_is_not_linked_when_two_bodies_share_it():
    text = "The World Bank and the Asian Development Bank met. The Bank said growth would slow."
    assert spans(text) == [("World Bank", "ORG"), ("Asian Development Bank", "ORG")]


def test_a_head_noun_names_the_body_of_a_named_parent():
    found = find_entities("The EU will decide. Commission President Ursula von der Leyen agreed.", "2025-03-01")
    assert [(e["text"], e["type"], e.get("name")) for e in found] == [
        ("EU", "ORG", "European Union"),
        ("Commission", "ORG", "European Commission"),
        ("Ursula von der Leyen", "PERSON", "Ursula von der Leyen"),
    ]


def test_a_newspaper_after_told_keeps_its_article():
    found = by_text("A UAE official told The National that talks went well.")
    assert found["The National"]["type"] == "ORG"


def test_a_title_case_agency_acronym_and_a_palace_are_organizations():
    assert spans("The talks ended, state news agency Wam reported.") == [("Wam", "ORG")]
    assert spans("The statement was issued by Malacañang on Tuesday.") == [("Malacañang", "ORG")]


def test_a_body_that_opens_an_event_name_is_no_entity():
    text = "Peru and Chile held their first Foreign Office Consultations in Lima."
    assert spans(text) == [("Peru", "GPE"), ("Chile", "GPE"), ("Lima", "GPE")]
    assert spans("The Foreign Office said the talks went well.") == [("Foreign Office", "ORG")]


def test_a_name_absorbs_a_surname_listed_as_an_organization():
    found = find_entities("Congolese Foreign Minister Anna Kabongo Wagner met him. Wagner said talks failed.", "2025-03-01")
    people = [(e["text"], e["name"]) for e in found if e["type"] == "PERSON"]
    assert people == [("Anna Kabongo Wagner", "Anna Kabongo Wagner"), ("Wagner", "Anna Kabongo Wagner")]
    assert not [e for e in found if e["type"] == "ORG"]


def test_honorific_professor_stays_out_of_the_name():
    assert spans("Chief Adviser Professor Hamid Karimi met him.") == [("Hamid Karimi", "PERSON")]


def test_a_name_after_a_long_title_chain():
    cases = {
        "He met the Chinese Ambassador to the Kingdom Chang Hua.": "Chang Hua",
        "He met Danish Minister for European Affairs Karin Holm on the margins.": "Karin Holm",
        "The EU's Special Representative for the Belgrade-Pristina Dialogue Miroslav Lajcak arrived.": "Miroslav Lajcak",
        "Deputy Minister of Foreign Affairs and International Cooperation Petro Halushko said so.": "Petro Halushko",
        "Minister for Regional Integration Ana Lopes met him.": "Ana Lopes",
    }
    for text, name in cases.items():
        assert [e["text"] for e in find_entities(text, "2025-03-01") if e["type"] == "PERSON"] == [name], text


def test_a_name_after_an_office_to_a_body():
    found = by_text("Ghana's special envoy to the AES, Jerry Owusu-Mensah, accompanied the president.")
    assert found["Jerry Owusu-Mensah"]["type"] == "PERSON"


def test_country_abbreviations_and_regional_adjectives():
    found = by_text("PH and China traded accusations. Leaders of Western Balkan states met.")
    assert found["PH"]["code"] == "PHL"
    assert found["Western Balkan"]["type"] == "NORP"


def test_small_places_from_the_words_around_them():
    assert spans("A patrol boat was seen near Bajo de Masinloc (Scarborough Shoal) on Monday.") == [
        ("Bajo de Masinloc", "LOC"),
        ("Scarborough Shoal", "LOC"),
    ]
    assert spans("Boats were blocked near the Kelura shoal.") == [("Kelura", "LOC")]
    assert spans("Trucks queued at the Lerso border crossing.") == [("Lerso", "GPE")]


def test_consulates_general_and_missions_used_as_venues():
    assert spans("The Indian Consulate General in Dubai said so.") == [("Indian Consulate General in Dubai", "ORG")]
    assert spans("The Consulate General of India in Dubai said so.") == [("Consulate General of India in Dubai", "ORG")]
    assert spans("He met staff at the Russian Embassy in Washington.") == [("Russian", "NORP"), ("Washington", "GPE")]


def test_a_newspaper_named_like_a_place_after_told_the():
    assert spans("He said in an interview with The Hindu on Monday.") == [("The Hindu", "ORG")]
    assert spans("The Hindu community celebrated.") == [("Hindu", "NORP")]


def test_a_ministry_of_several_portfolios_is_one_organization():
    found = by_text("The Kenyan Ministry of Foreign and Diaspora Affairs said so.")
    assert list(found) == ["Kenyan Ministry of Foreign and Diaspora Affairs"]
    assert found["Kenyan Ministry of Foreign and Diaspora Affairs"]["country"] == "KEN"
    assert spans("Ministry of Defence and Foreign Minister Ana Lopes said so.") == [
        ("Ministry of Defence", "ORG"),
        ("Ana Lopes", "PERSON"),
    ]


def test_more_country_abbreviations():
    found = by_text("NZ and HK officials met.")
    assert (found["NZ"]["code"], found["HK"]["country"]) == ("NZL", "CHN")


def test_a_seat_of_government_speaks_for_it_but_is_no_venue():
    assert spans("The Istana said the talks went well.") == [("Istana", "ORG")]
    assert spans("Talks were held at the Istana on Monday.") == []


def test_a_name_after_a_portfolio_that_spans_and():
    cases = {
        "The EU High Representative for Foreign Affairs and Security Policy Marta Velikova said so.": "Marta Velikova",
        "UN High Commissioner for Human Rights Olaf Brenner visited Geneva.": "Olaf Brenner",
        "Assistant Secretary of State for East Asian and Pacific Affairs Dana Holt met him.": "Dana Holt",
    }
    for text, name in cases.items():
        assert [e["text"] for e in find_entities(text, "2025-03-01") if e["type"] == "PERSON"] == [name], text
    assert spans("Human Rights Watch said so.") == [("Human Rights Watch", "ORG")]


def test_a_head_noun_followed_by_of_is_another_body():
    found = find_entities("The World Bank said so. The Bank of Ghana disagreed.", "2025-03-01")
    assert [(e["text"], e["type"]) for e in found] == [("World Bank", "ORG"), ("Bank of Ghana", "ORG")]
