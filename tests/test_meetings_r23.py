"""dipkit meetings, round 23, on sentences written for these tests: aides who attend "the meeting" or "the
reception" after a meeting recalled from long before, a style of address ("His Highness the Amir") opening a
clause, "him" after a guest named by title in the same sentence, "in the presence of" that belongs to the
later of two clauses, and the fuller name an office holder is linked to.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

from dipkit.entities import find_entities
from dipkit.meetings import find_meetings


def people(text: str, published: str) -> list[list[str]]:
    return [[p["name"] for p in m["participants"]] for m in find_meetings(text, published)]


def test_aides_attend_the_news_meeting_not_one_recalled_from_last_year():
    text = (
        "UAE President receives Kenyan President\n\n"
        "ABU DHABI, 3rd March, 2025 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan today received President "
        "William Ruto of Kenya at the Qasr Al Watan presidential palace.\n\n"
        "He recalled that the two leaders met on the sidelines of the COP28 conference in Dubai in December 2023.\n\n"
        "The meeting was attended by Sheikh Tahnoun bin Zayed Al Nahyan and Musalia Mudavadi."
    )
    assert found(text, "2025-03-03") == [
        (["Mohamed bin Zayed Al Nahyan", "William Ruto", "Tahnoun bin Zayed Al Nahyan", "Musalia Mudavadi"], "Abu Dhabi", "2025-03-03", "meeting", "held"),
        (["Mohamed bin Zayed Al Nahyan", "William Ruto"], "Dubai", "2023-12", "meeting", "held"),
    ]


def test_those_who_attend_the_reception_sit_in_on_it():
    text = (
        "RIYADH, May 6, 2025, SPA -- Crown Prince Mohammed bin Salman received Iran's Foreign Minister Abbas Araghchi "
        "in Riyadh on Monday.\n\n"
        "The reception was attended by Foreign Minister Prince Faisal bin Farhan and National Security "
        "Advisor Musaed bin Mohammed Al-Aiban."
    )
    assert people(text, "2025-05-06") == [
        ["Mohammed bin Salman", "Abbas Araghchi", "Faisal bin Farhan bin Abdullah Al Saud", "Musaed bin Mohammed Al-Aiban"]
    ]


def test_his_highness_the_amir_is_the_amir_not_the_last_person_named():
    text = (
        "KUWAIT, Feb 10 (KUNA) -- On Monday His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah welcomed "
        "Egyptian Foreign Minister Badr Abdelatty at Bayan Palace.\n\n"
        "Abdelatty told reporters that Cairo valued the talks.\n\n"
        "Later on Monday, His Highness the Amir received a phone call from King Abdullah II of Jordan."
    )
    assert found(text, "2025-02-10")[1] == (["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Abdullah II"], None, "2025-02-10", "call", "held")


def test_him_after_a_guest_named_by_title_is_that_guest_and_the_presence_belongs_to_the_later_clause():
    text = (
        "KUWAIT, Feb 10 (KUNA) -- On Monday His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah welcomed "
        "Egyptian Foreign Minister Badr Abdelatty, who brought him a letter from President Abdel Fattah El-Sisi.\n\n"
        "The Crown Prince HH Sheikh Sabah Khaled Al-Hamad Al-Sabah also received the Egyptian minister at Bayan Palace, "
        "while Prime Minister Ahmad Abdullah Al-Ahmad Al-Sabah received him at Seif Palace, in the presence "
        "of Foreign Minister Abdullah Ali Al-Yahya."
    )
    assert people(text, "2025-02-10") == [
        ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Badr Abdelatty"],
        ["Sabah Khaled Al-Hamad Al-Sabah", "Badr Abdelatty"],
        ["Ahmad Abdullah Al-Ahmad Al-Sabah", "Badr Abdelatty", "Abdullah Ali Al-Yahya"],
    ]


def test_in_the_presence_of_after_a_hosted_meeting_still_joins_it():
    text = (
        "RIYADH, Feb 20 (SPA) -- The Kingdom hosted the meeting between the American and Russian delegations in Riyadh "
        "on Tuesday, which brought together Russian Foreign Minister Sergey Lavrov and Secretary of State Marco Rubio "
        "in the presence of National Security Advisor Musaed bin Mohammed Al-Aiban."
    )
    assert "Musaed bin Mohammed Al-Aiban" in people(text, "2025-02-20")[0]


def test_the_saudi_foreign_minister_is_linked_to_his_fullest_name():
    names = {e["name"] for e in find_entities("Prince Faisal bin Farhan bin Abdullah met the envoy. Prince Faisal bin Farhan said so.") if e["type"] == "PERSON"}
    assert names == {"Faisal bin Farhan bin Abdullah Al Saud"}


def test_later_in_the_day_takes_the_day_the_lead_gives_the_talks_before_it():
    text = (
        "Indian minister voices support for Philippines during Manila visit\n\n"
        "NEW DELHI\n\n"
        "On Tuesday, External Affairs Minister S. Jaishankar voiced support for the Philippines on maritime rights, "
        "during talks in Manila with Foreign Secretary Enrique Manalo, words that drew a sharp reply from Beijing.\n\n"
        "Mr. Jaishankar and Mr. Manalo co-chaired the sixth meeting of their Joint Commission, which reviewed trade. "
        "Later in the day, Mr. Jaishankar "
        "called on President Ferdinand Marcos Jr. at the presidential palace."
    )
    assert [m[2] for m in found(text, "2024-03-27")] == ["2024-03-26", "2024-03-26"]


def test_he_during_his_stay_in_a_city_is_the_guest_not_the_host_who_spoke_last():
    text = (
        "MANILA, March 26 -- External Affairs Minister S. Jaishankar held talks with Foreign Secretary Enrique Manalo "
        "on Tuesday.\n\n"
        "Mr. Manalo said the two countries shared a common vision.\n\n"
        "During his stay in Manila, he also met Defence Secretary Gilberto Teodoro."
    )
    assert people(text, "2024-03-26")[1] == ["S. Jaishankar", "Gilberto Teodoro"]
