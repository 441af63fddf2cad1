"""dipkit meetings, round 22, on sentences written for these tests: names that end in a word some organization
goes by, "X, and her counterpart Y met", brokers of talks ("under the facilitation of", "mediated by"), lists
with "his counterpart Y" inside, guests "received together by" a host, and "his counterpart" among several
persons of one land.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.entities import find_entities


def persons(text: str) -> list[tuple]:
    return [(e["text"], e["role"]) for e in find_entities(text) if e["type"] == "PERSON"]


def test_a_surname_that_an_organization_goes_by_ends_the_name_before_it():
    text = "GOMA - The Minister of Foreign Affairs, Therese Kayikwamba Wagner, toured a camp on Friday."
    assert persons(text) == [("Therese Kayikwamba Wagner", "Minister of Foreign Affairs")]


def test_the_organization_alone_is_still_an_organization():
    text = "The Wagner Group withdrew from the town, and Wagner fighters moved north."
    assert [(e["text"], e["type"]) for e in find_entities(text)] == [("Wagner Group", "ORG"), ("Wagner", "ORG")]


def test_a_presidency_is_a_body_not_a_person():
    text = "In a communique issued on Tuesday, the Angolan Presidency announced a ceasefire."
    assert [(e["text"], e["type"]) for e in find_entities(text)] == [("Angolan Presidency", "ORG")]


def test_a_name_after_a_list_of_portfolios_ending_in_an_organization_word_is_a_person():
    text = "LUANDA - The Minister of Foreign Affairs, International Cooperation and Francophonie, Therese Kayikwamba Wagner, spoke."
    assert persons(text) == [("Therese Kayikwamba Wagner", "Minister of Foreign Affairs, International Cooperation and Francophonie")]


def test_a_name_and_her_counterpart_after_a_comma_are_one_subject():
    text = (
        "DAKAR, May 8 - The Foreign Minister, Yassine Fall, and her Gambian counterpart Mamadou Tangara met on "
        "Wednesday in Banjul."
    )
    assert found(text, "2024-05-08") == [(["Yassine Fall", "Mamadou Tangara"], "Banjul", "2024-05-08", "meeting", "held")]


def test_a_clause_after_comma_and_still_has_its_own_subject():
    text = "Lavrov received Wang Yi in Moscow on Monday, and Sergei Shoigu met Wang Yi on Tuesday."
    got = found(text, "2024-04-10")
    assert got[-1] == (["Sergei Shoigu", "Wang Yi"], "Moscow", "2024-04-09", "meeting", "held")


def test_who_facilitates_or_mediates_talks_takes_part_in_them():
    text = (
        "LUANDA, July 31 - Rwanda's Olivier Nduhungirehe and his Congolese counterpart Therese Kayikwamba Wagner held "
        "talks in Luanda on Tuesday under the facilitation of Angola's Minister of External Relations, Tete Antonio."
    )
    assert found(text, "2024-07-31")[0][0] == ["Olivier Nduhungirehe", "Therese Kayikwamba Wagner", "Tete Antonio"]
    text = (
        "MUSCAT, April 13 - Iranian Foreign Minister Abbas Araghchi held indirect talks on Saturday with US envoy Steve "
        "Witkoff, mediated by Omani Foreign Minister Badr Albusaidi."
    )
    assert found(text, "2025-04-13")[0][0] == ["Abbas Araghchi", "Steve Witkoff", "Badr Albusaidi"]


def test_a_call_is_no_mediated_meeting():
    text = "President Cyril Ramaphosa spoke by telephone on Monday with President Felix Tshisekedi, facilitated by Angola."
    assert found(text, "2024-03-05")[0][0] == ["Cyril Ramaphosa", "Felix Tshisekedi"]


def test_his_counterpart_with_a_name_inside_a_list_is_another_side():
    text = (
        "The roadmap was adopted in July 2022 at a tripartite meeting in Luanda between President Felix Tshisekedi, his "
        "Rwandan counterpart Paul Kagame and President Joao Lourenco."
    )
    assert found(text, "2024-07-31") == [(["Felix Tshisekedi", "Paul Kagame", "Joao Lourenco"], "Luanda", "2022-07", "meeting", "held")]


def test_his_counterpart_without_a_name_stays_an_apposition():
    text = "Wang Yi met Sergei Lavrov, his Russian counterpart, in Beijing on Monday."
    assert found(text, "2024-04-09") == [(["Wang Yi", "Sergei Lavrov"], "Beijing", "2024-04-08", "meeting", "held")]


def test_guests_received_together_by_a_host_meet_the_host():
    text = (
        "LUANDA, March 22 - Ministers Therese Kayikwamba Wagner and Olivier Nduhungirehe were received together on "
        "Friday by the Angolan Head of State, Joao Lourenco."
    )
    assert found(text, "2024-03-22")[0][0] == ["Therese Kayikwamba Wagner", "Olivier Nduhungirehe", "Joao Lourenco"]


def test_his_counterpart_among_several_of_one_land_is_the_one_of_his_office():
    text = (
        "ALGIERS, Jan. 15 (APS) - President Abdelmadjid Tebboune received on Monday the Mauritanian Minister of Foreign "
        "Affairs, Mohamed Salem Ould Merzoug, who brought a message from President Mohamed Ould Ghazouani.\n\n"
        "Earlier in the day, Foreign Minister Ahmed Attaf held a working session with his Mauritanian counterpart."
    )
    got = found(text, "2024-01-15")
    assert (["Ahmed Attaf", "Mohamed Salem Ould Merzoug"], "Algiers", "2024-01-15", "meeting", "held") in got
    assert not any("Mauritania" in sides for sides, *_ in got)


def test_talks_earlier_that_day_keep_the_day_their_sentence_names():
    text = (
        "VILNIUS, July 11 - Biden arrived in Vilnius late on Monday after talks with British Prime Minister Rishi Sunak "
        "in London earlier that day. He also met King Charles III at Windsor."
    )
    got = found(text, "2023-07-11")
    assert (["Joe Biden", "Rishi Sunak"], "London", "2023-07-10", "meeting", "held") in got
    assert (["Joe Biden", "Charles III"], "Windsor", "2023-07-10", "meeting", "held") in got


def test_who_brokered_a_meeting_told_twice_in_its_sentence_is_in_the_one_meeting():
    text = (
        "VILNIUS, July 11 - The breakthrough came after President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson in Vilnius on "
        "Monday in a meeting brokered by NATO Secretary-General Jens Stoltenberg."
    )
    assert found(text, "2023-07-11") == [(["Recep Tayyip Erdogan", "Ulf Kristersson", "Jens Stoltenberg"], "Vilnius", "2023-07-10", "meeting", "held")]


def test_the_custodian_of_the_two_holy_mosques_is_the_saudi_king():
    text = (
        "RIYADH, May 20 - King Salman bin Abdulaziz Al Saud opened the forum on Saturday.\n\n"
        "President Emmanuel Macron was received by the Custodian of the Two Holy Mosques at Al-Yamamah Palace on Saturday."
    )
    assert not [e for e in find_entities(text) if "Mosques" in e["text"]]
    assert found(text, "2017-05-20")[-1][0] == ["Emmanuel Macron", "Salman bin Abdulaziz Al Saud"]


def test_a_title_that_opens_an_organization_name_is_still_a_title():
    text = (
        "The leaders met at the King Abdulaziz International Conference Center, attended by King Hamad bin Isa Al "
        "Khalifa of Bahrain. President Donald Trump later held a meeting with the King of Bahrain."
    )
    assert not [e for e in find_entities(text) if e["text"] == "King of Bahrain"]
    assert found(text, "2017-05-21")[-1][0] == ["Donald Trump", "Hamad bin Isa Al Khalifa"]


def test_he_after_a_sentence_opened_by_a_phrase_and_a_bare_title_is_that_title_holder():
    text = (
        "ASTANA - Prime Minister Shehbaz Sharif on Thursday addressed the summit. On the summit sidelines on Thursday, "
        "the prime minister also met President Recep Tayyip Erdogan. He held a separate meeting with President Alexander Lukashenko."
    )
    assert found(text, "2024-07-04")[-1][0] == ["Shehbaz Sharif", "Alexander Lukashenko"]


def test_the_meeting_of_a_council_a_land_hosts_is_the_hosted_gathering_only():
    text = (
        "ASTANA - Prime Minister Shehbaz Sharif addressed the summit on Thursday. On the summit sidelines, the prime "
        "minister also met President Recep Tayyip Erdogan. He held a separate meeting with Mr Lukashenko, who was invited "
        "to visit Pakistan.\n\nPakistan is set to host the meeting of the SCO Council of Heads of Government in Islamabad in October."
    )
    got = found(text, "2024-07-04")
    assert got[-1] == (["Pakistan", "Shanghai Cooperation Organisation"], "Islamabad", "2024-10", "summit", "planned")
    assert len(got) == 4


def test_a_call_for_the_first_time_since_a_month_recalls_the_call_of_that_month():
    text = (
        "BERLIN, Nov 15 - Chancellor Olaf Scholz of Germany held a telephone call on Friday with President Vladimir "
        "Putin of Russia for the first time since December 2022, his office said."
    )
    assert found(text, "2024-11-15") == [
        (["Olaf Scholz", "Vladimir Putin"], None, "2024-11-15", "call", "held"),
        (["Olaf Scholz", "Vladimir Putin"], None, "2022-12", "call", "held"),
    ]


def test_the_head_of_state_of_a_land_among_several_of_its_persons_is_its_president():
    text = (
        "NOUAKCHOTT, April 19 - Senegalese President Bassirou Diomaye Faye held talks on Thursday in Nouakchott with "
        "President Mohamed Ould Ghazouani, while Foreign Minister Yassine Fall met her Mauritanian counterpart.\n\n"
        "The Senegalese Head of State is expected in Banjul on Saturday, where he will hold talks with President Adama Barrow."
    )
    assert (["Bassirou Diomaye Faye", "Adama Barrow"], "Banjul", "2024-04-20", "meeting", "planned") in found(text, "2024-04-19")


def test_foreign_ministers_of_smaller_states_are_known_with_their_country():
    text = "Foreign Minister Ahmed Attaf received Foreign Minister Yassine Fall in Algiers."
    assert [(e["name"], e["country"]) for e in find_entities(text, "2024-06-03") if e["type"] == "PERSON"] == [
        ("Ahmed Attaf", "DZA"),
        ("Yassine Fall", "SEN"),
    ]
