"""dipkit entities: styles of address in royal, Gulf and Malay protocol ("His Highness", "Dato' Seri",
"Tan Sri") kept out of names, and ministry readouts that name the office before the holder
("Minister of Foreign Affairs of Thailand, <Name>"), on sentences written for these tests."""

from __future__ import annotations

from dipkit.entities import find_entities


def people(text: str) -> dict[str, dict]:
    return {e["text"]: e for e in find_entities(text, "2026-03-10") if e["type"] == "PERSON"}


def check_spans(text: str) -> None:
    for entity in find_entities(text, "2026-03-10"):
        assert text[entity["start"] : entity["end"]] == entity["text"]


def test_a_style_of_address_alone_is_no_person():
    assert people("His Highness received the visiting delegation at the palace.") == {}
    assert people("Her Majesty thanked the organisers.") == {}


def test_gulf_styles_stay_outside_the_name():
    text = "H.H. Sheikh Saif Al Qasimi and H.E. Sheikha Noura Al Kaabi opened the forum."
    assert list(people(text)) == ["Saif Al Qasimi", "Noura Al Kaabi"]
    check_spans(text)


def test_malay_styles_stay_outside_the_name():
    text = "Dato' Seri Utama Haji Razak bin Haji Omar and Tan Sri Azlan Hashim attended the dinner."
    assert list(people(text)) == ["Razak bin Haji Omar", "Azlan Hashim"]
    check_spans(text)
    assert list(people("Yang Berhormat Datuk Aminah Yusof said the talks went well.")) == ["Aminah Yusof"]


def test_a_style_after_bin_belongs_to_the_fathers_name():
    assert list(people("The minister met Ahmad bin Haji Salleh on Monday.")) == ["Ahmad bin Haji Salleh"]
    assert list(people("Dato' Sri Aminah binti Haji Yusof met the press.")) == ["Aminah binti Haji Yusof"]


def test_tan_and_yang_remain_surnames():
    assert list(people("Tan Wei Ming met Yang Lin in Beijing.")) == ["Tan Wei Ming", "Yang Lin"]


def test_an_office_before_a_comma_names_a_one_word_holder():
    found = people("Minister of Trade of the Republic of Indonesia, Budiarto, today received the delegation.")
    assert list(found) == ["Budiarto"]
    assert (found["Budiarto"]["role"], found["Budiarto"]["country"]) == ("Minister of Trade", "IDN")


def test_an_office_before_a_comma_gives_role_and_country():
    text = "She held a bilateral meeting with Minister for Foreign Affairs of Norway, Kari Solberg, on Tuesday."
    found = people(text)
    assert list(found) == ["Kari Solberg"]
    assert (found["Kari Solberg"]["role"], found["Kari Solberg"]["country"]) == ("Minister for Foreign Affairs", "NOR")


def test_an_apposition_keeps_the_portfolio_but_not_the_country():
    found = people("The President received Kari Solberg, Minister of Foreign Affairs of Norway, on Monday.")
    assert (found["Kari Solberg"]["role"], found["Kari Solberg"]["country"]) == ("Minister of Foreign Affairs", "NOR")


def test_a_retreat_is_an_event_not_a_person():
    text = "The ministers met at the ASEAN Foreign Ministers' Retreat in Langkawi."
    assert [(e["text"], e["type"]) for e in find_entities(text, "2026-03-10")] == [("ASEAN", "ORG"), ("Langkawi", "GPE")]


def test_the_country_of_an_office_before_a_comma_is_no_side_of_a_meeting():
    from dipkit.meetings import find_meetings

    text = (
        "Foreign Minister of Norway, Kari Solberg, held a bilateral meeting with Minister for Foreign Affairs "
        "of Chile, Ana Ruiz, in Oslo on Monday."
    )
    found = find_meetings(text, "2026-03-10")
    assert [[p["name"] for p in m["participants"]] for m in found] == [["Kari Solberg", "Ana Ruiz"]]


def test_a_style_in_initials_before_an_unlisted_name_stays_outside_it():
    text = "The minister met H.E. Ahmed Moalim Fiqi, Somalia's foreign minister, on Friday."
    assert list(people(text)) == ["Ahmed Moalim Fiqi"]
    check_spans(text)


def test_the_right_honourable_is_no_person():
    text = "She held talks with the UK Foreign Secretary, Rt. Hon. David Lammy, on Tuesday."
    assert list(people(text)) == ["David Lammy"]


def test_a_place_name_after_a_style_of_address_opens_a_persons_name():
    text = "Later, Sheikh Sabah Khalid Al-Hamad Al-Sabah received the minister at Bayan Palace."
    assert list(people(text)) == ["Sabah Khalid Al-Hamad Al-Sabah"]
    assert [e["type"] for e in find_entities("Sheikh Mohamed visited Sabah on Monday.", "2026-03-10")] == ["PERSON", "GPE"]


def test_initialled_styles_after_a_title_and_without_stops_stay_outside_the_name():
    text = "Amir H.H. Sheikh Tamim bin Hamad Al Thani received H E Ahmed Al Sharaa, President of Syria."
    assert list(people(text)) == ["Tamim bin Hamad Al Thani", "Ahmed Al Sharaa"]
    text = "DOHA: Amir H H Sheikh Tamim bin Hamad Al Thani received the envoy."
    assert list(people(text)) == ["Tamim bin Hamad Al Thani"]


def test_portfolios_listed_after_an_office_are_no_persons():
    text = (
        "Mr Ablakwa spoke with Togo's Minister of Foreign Affairs, Regional Integration and Togolese Abroad, Prof. "
        "Robert Dussey, and with the Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Badr Abdelatty."
    )
    assert list(people(text)) == ["Ablakwa", "Robert Dussey", "Badr Abdelatty"]


def test_a_capitalized_arabic_article_keeps_the_office_holders_whole_name():
    found = people("Iraq's Prime Minister Mohammed Shia Al-Sudani received the delegation.")
    assert list(found) == ["Mohammed Shia Al-Sudani"]
    assert (found["Mohammed Shia Al-Sudani"]["role"], found["Mohammed Shia Al-Sudani"]["country"]) == ("Prime Minister", "IRQ")


def test_the_body_an_office_is_of_stays_outside_the_holders_name():
    text = "He met Secretary of the Guangdong Provincial Party Committee Huang Kunming in Guangzhou."
    assert list(people(text)) == ["Huang Kunming"]
    assert list(people("He met Party Secretary of Guangdong Province Huang Kunming.")) == ["Huang Kunming"]


def test_the_crown_princes_whole_patronymic_is_his_name_not_his_fathers():
    text = "Crown Prince and Prime Minister Mohammed bin Salman bin Abdulaziz Al Saud chaired the summit."
    found = people(text)
    assert list(found) == ["Mohammed bin Salman bin Abdulaziz Al Saud"]
    assert found["Mohammed bin Salman bin Abdulaziz Al Saud"]["country"] == "SAU"


def test_a_plural_title_before_two_names_gives_each_the_singular_role():
    found = find_entities("Presidents Niinistö and Biden met at the White House.", "2022-05-19")
    assert [(e["text"], e["name"], e["role"]) for e in found if e["type"] == "PERSON"] == [
        ("Niinistö", "Sauli Niinistö", "President"),
        ("Biden", "Joe Biden", "President"),
    ]


def test_messrs_is_a_form_of_address_and_federal_no_name():
    found = find_entities("Messrs Tinubu and Macron met the President of the Federal Senate, Davi Alcolumbre.", "2025-04-22")
    assert [(e["text"], e["name"]) for e in found if e["type"] == "PERSON"] == [
        ("Tinubu", "Bola Tinubu"),
        ("Macron", "Emmanuel Macron"),
        ("Davi Alcolumbre", "Davi Alcolumbre"),
    ]


def test_a_bare_surname_goes_to_the_one_named_often_not_to_a_namesake_named_once_in_passing():
    text = (
        "Chinese Premier Li Qiang arrived in Berlin on Monday. Li Qiang met Chancellor Olaf Scholz on Tuesday. "
        "The last such talks were held by video in 2021 with Li Keqiang. Li will fly to Paris on Wednesday."
    )
    found = [e for e in find_entities(text, "2023-06-20") if e["type"] == "PERSON" and e["text"] == "Li"]
    assert [e["name"] for e in found] == ["Li Qiang"]


def test_an_office_after_the_name_outranks_a_title_of_birth_before_it():
    found = people("His Royal Highness Prince Faisal bin Saud, Crown Prince and Prime Minister, opened the session.")
    assert found["Faisal bin Saud"]["role"] == "Crown Prince"
    found = people("Sheikh Khalid bin Zayed, Minister of Foreign Affairs, opened the session.")
    assert found["Khalid bin Zayed"]["role"] == "Minister of Foreign Affairs"
    assert people("On Sunday, Prince Faisal bin Saud opened the session.")["Faisal bin Saud"]["role"] == "Prince"


def test_a_listed_father_inside_a_patronymic_name_stays_part_of_the_son():
    found = people("Sheikh Theyab bin Mohamed bin Zayed Al Nahyan held talks in Tokyo.")
    assert list(found) == ["Theyab bin Mohamed bin Zayed Al Nahyan"]


def test_a_headline_second_subject_with_a_two_word_office_is_no_apposition():
    found = people("Theyab bin Mohamed bin Zayed, Japanese Prime Minister hold talks in Tokyo")
    assert found["Theyab bin Mohamed bin Zayed"]["role"] != "Japanese Prime"
    found = people("Algiers received Italian Prime Minister Giorgia Meloni, who was welcomed by the Prime Minister, Mr. Aimene Benabderrahmane.")
    assert found["Aimene Benabderrahmane"]["role"] == "Prime Minister"
