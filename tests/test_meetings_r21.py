"""dipkit meetings, round 21, on sentences written for these tests: an office whose portfolios run past a comma
("Minister of Foreign Affairs, Cooperation and Nigeriens Abroad, X"), aides "in the presence of" whom talks are held,
a son named "bin" his father, and the "we" of a transcript's speakers.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.dates import find_dates
from dipkit.entities import find_entities
from dipkit.meetings.parties import Party, same_side


def test_a_long_office_ending_in_its_land_before_mr_names_the_guest():
    text = (
        "President receives Senegalese envoy\n\n"
        "NOUAKCHOTT - The President of the Republic, Mr. Mohamed Ould Ghazouani, received on Monday in Nouakchott the "
        "Minister of African Integration, Cooperation and Senegalese Abroad of the Republic of Senegal, Mr. Yassine Fall, "
        "who brought him a message from President Bassirou Diomaye Faye."
    )
    assert found(text, "2024-11-18") == [(["Mohamed Ould Ghazouani", "Yassine Fall"], "Nouakchott", "2024-11-18", "meeting", "held")]


def test_a_name_after_an_office_whose_portfolios_run_past_a_comma_is_a_person():
    text = "Rabat - He held talks with the Minister of Foreign Affairs, Cooperation and Nigeriens Abroad, Bakary Yaou Sangaré, on Tuesday."
    persons = [(e["text"], e["role"]) for e in find_entities(text) if e["type"] == "PERSON"]
    assert persons == [("Bakary Yaou Sangaré", "Minister of Foreign Affairs, Cooperation and Nigeriens Abroad")]


def test_someone_in_whose_presence_talks_are_held_takes_part():
    text = (
        "CAIRO, June 3 (MENA) - President Abdel Fattah El Sisi received on Monday Greek Prime Minister Kyriakos Mitsotakis "
        "in Cairo, in the presence of Foreign Minister Badr Abdelatty, the presidency said."
    )
    assert found(text, "2025-06-03") == [
        (["Abdel Fattah El Sisi", "Kyriakos Mitsotakis", "Badr Abdelatty"], "Cairo", "2025-06-02", "meeting", "held")
    ]


def test_an_audience_that_took_place_in_someones_presence_adds_them_to_it():
    text = (
        "ALGIERS - The President of the Republic, Mr. Abdelmadjid Tebboune, received on Sunday in Algiers the Foreign "
        "Minister of Mali, Mr. Abdoulaye Diop.\n\n"
        "The audience took place in the presence of the Minister of Foreign Affairs, Mr. Ahmed Attaf."
    )
    assert found(text, "2023-05-14") == [(["Abdelmadjid Tebboune", "Abdoulaye Diop", "Ahmed Attaf"], "Algiers", "2023-05-14", "meeting", "held")]


def test_signing_in_someones_presence_is_no_meeting_of_its_own():
    text = "AMMAN - The two ministers signed a water agreement in the presence of Prime Minister Bisher Al-Khasawneh."
    assert found(text, "2023-05-14") == []


def test_a_son_named_bin_his_father_is_not_his_father():
    son = Party("Hussein bin Abdullah II", "PERSON")
    assert not same_side(Party("Abdullah II", "PERSON"), son)
    assert same_side(Party("Hussein", "PERSON"), son)
    assert same_side(Party("Al Thani", "PERSON"), Party("Tamim bin Hamad Al Thani", "PERSON"))


def test_a_crown_prince_by_his_full_name_sits_in_on_his_fathers_talks():
    text = (
        "WASHINGTON, Feb. 4 (Petra) -- King Abdullah II met with US President Donald Trump at the White House on Tuesday, in "
        "the presence of Crown Prince Al Hussein bin Abdullah II."
    )
    assert found(text, "2025-02-04") == [
        (["Abdullah II", "Donald Trump", "Al Hussein bin Abdullah II"], "White House", "2025-02-04", "meeting", "held")
    ]


_TRANSCRIPT = (
    "Talks with President of Uzbekistan Shavkat Mirziyoyev\n\n"
    "May 27, 2024, The Kremlin, Moscow. Vladimir Putin and President of Uzbekistan Shavkat Mirziyoyev held talks.\n\n"
    "Vladimir Putin: Mr President, friend, welcome to Moscow. We saw each other in October, in Bishkek, and we spoke "
    "by telephone in March.\n\n"
    "Shavkat Mirziyoyev: Thank you. We will see each other in Astana in July."
)


def test_we_in_a_transcript_is_the_speaker_and_the_other_speaker():
    assert found(_TRANSCRIPT, "2024-05-27") == [
        (["Vladimir Putin", "Shavkat Mirziyoyev"], "Moscow", "2024-05-27", "meeting", "held"),
        (["Vladimir Putin", "Shavkat Mirziyoyev"], "Bishkek", "2023-10", "meeting", "held"),
        (["Vladimir Putin", "Shavkat Mirziyoyev"], None, "2024-03", "call", "held"),
        (["Shavkat Mirziyoyev", "Vladimir Putin"], "Astana", "2024-07", "meeting", "planned"),
    ]


def test_we_outside_a_transcript_names_nobody():
    text = (
        "ROME - Prime Minister Giorgia Meloni hosted President Javier Milei on Friday. \"We saw each other in June, and "
        "we agree on almost everything,\" she said."
    )
    assert found(text, "2024-10-11") == [(["Giorgia Meloni", "Javier Milei"], "Rome", "2024-10-11", "meeting", "held")]


def test_a_courtesy_call_received_from_someone_is_a_meeting_with_them():
    text = (
        "Vientiane, March 5 (KPL) - Prime Minister Sonexay Siphandone received a courtesy call from H.E. Prak Sokhonn, "
        "Cambodia's Deputy Prime Minister and Foreign Minister, at the Prime Minister's Office this morning."
    )
    assert found(text, "2023-03-05") == [(["Sonexay Siphandone", "Prak Sokhonn"], "Vientiane", "2023-03-05", "meeting", "held")]


def test_an_invitation_from_one_leader_to_another_to_pay_a_visit_is_planned():
    text = (
        "Vientiane, March 5 (KPL) - Foreign Minister Saleumxay Kommasith held talks with Prak Sokhonn on Sunday. "
        "He also conveyed an invitation from Samdech Hun Manet to Prime Minister Sonexay Siphandone to pay an official "
        "visit to the Kingdom of Cambodia at a convenient time."
    )
    assert found(text, "2024-03-05")[-1] == (["Hun Manet", "Sonexay Siphandone"], "Cambodia", None, "meeting", "planned")


def test_cambodian_styles_of_address_are_no_names():
    people = [e["text"] for e in find_entities("Samdech Akka Moha Sena Padei Techo Hun Sen received Preah Boromneath Norodom Sihamoni.") if e["type"] == "PERSON"]
    assert people == ["Hun Sen", "Norodom Sihamoni"]


def test_an_audience_granted_in_a_hall_to_a_body_s_officer_is_a_meeting_with_the_officer():
    text = (
        "YAOUNDE - The Prime Minister, Joseph Dion Ngute, on Tuesday granted an audience at the Star Building in Yaounde "
        "to the Secretary-General of the Commonwealth, the Rt Hon Patricia Scotland."
    )
    assert found(text, "2023-05-10") == [(["Joseph Dion Ngute", "Patricia Scotland"], "Yaounde", "2023-05-09", "meeting", "held")]


def test_the_holder_named_after_a_chain_of_offices_is_the_guest():
    text = (
        "MOSCOW, June 19 (TASS) - Vladimir Putin met with Member of the Standing Committee of the Political Bureau of "
        "the CPC Central Committee, Vice Premier of the State Council Ding Xuexiang on Wednesday."
    )
    assert found(text, "2024-06-19") == [(["Vladimir Putin", "Ding Xuexiang"], "Moscow", "2024-06-19", "meeting", "held")]


_LONG_TRANSCRIPT = (
    "Meeting with Prime Minister of Malaysia\n\n"
    "September 4, 2024, Vladivostok.\n\n"
    "Vladimir Putin met with Prime Minister of Malaysia Anwar Ibrahim.\n\n"
    "President of Russia Vladimir Putin: Mr Prime Minister, welcome. We first talked in Kazan in May, and I spoke "
    "with President Xi Jinping about your country, before we met in Beijing last year.\n\n"
    "Prime Minister of Malaysia Anwar Ibrahim (retranslated): Thank you. Yesterday I held talks with Sergei Lavrov."
)


def test_speakers_named_with_their_offices_and_a_note_are_the_transcripts_sides():
    assert found(_LONG_TRANSCRIPT, "2024-09-04") == [
        (["Vladimir Putin", "Anwar Ibrahim"], "Vladivostok", "2024-09-04", "meeting", "held"),
        (["Vladimir Putin", "Anwar Ibrahim"], "Kazan", "2024-05", "meeting", "held"),
        (["Vladimir Putin", "Xi Jinping"], "Beijing", "2023", "meeting", "held"),
        (["Anwar Ibrahim", "Sergei Lavrov"], "Vladivostok", "2024-09-03", "meeting", "held"),
    ]


def test_a_month_we_are_expecting_a_guest_in_lies_ahead():
    assert [d["value"] for d in find_dates("We are also expecting you in Kazan in October.", "2024-07-09")] == ["2024-10"]


def test_leaders_holding_a_retreat_or_a_tete_a_tete_meet():
    retreat = "PUTRAJAYA, May 6 (Bernama) -- Prime Minister Anwar Ibrahim and his Bruneian counterpart Sultan Hassanal Bolkiah today held the 25th Annual Leaders' Retreat at Seri Perdana."
    assert found(retreat, "2024-05-06") == [(["Anwar Ibrahim", "Hassanal Bolkiah"], "Putrajaya", "2024-05-06", "meeting", "held")]
    tete = "Dakar, May 6 (APS) - President Bassirou Diomaye Faye held a tete-a-tete on Monday in Dakar with President Adama Barrow of the Gambia."
    assert found(tete, "2024-05-06") == [(["Bassirou Diomaye Faye", "Adama Barrow"], "Dakar", "2024-05-06", "meeting", "held")]


def test_the_sovereign_is_a_title_that_stands_for_the_king():
    text = (
        "RABAT - King Mohammed VI received French President Emmanuel Macron at the Royal Palace in Rabat on Monday. "
        "During the talks, the Sovereign expressed his wish to deepen the partnership."
    )
    assert [e["text"] for e in find_entities(text) if e["type"] == "PERSON"] == ["Mohammed VI", "Emmanuel Macron"]
    assert found(text, "2024-10-28") == [(["Mohammed VI", "Emmanuel Macron"], "Rabat", "2024-10-28", "meeting", "held")]
