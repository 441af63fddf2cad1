"""dipkit entities on sentences written for these tests: a quoted nickname inside a name ('President Ferdinand
“Bongbong” Marcos Jr.') leaves one person, spanned with the nickname and named without it; a quoted word that
stands between two other words is no nickname."""

from __future__ import annotations

from dipkit.entities import find_entities
from dipkit.meetings import find_meetings


def persons(text: str) -> list[tuple]:
    return [(e["text"], e["name"], e.get("role")) for e in find_entities(text, "2025-05-14") if e["type"] == "PERSON"]


def test_a_curly_quoted_nickname_leaves_one_person_named_without_it():
    text = "President Ferdinand “Bongbong” Marcos Jr. arrived in Hanoi on Monday. Marcos toured the port."
    assert persons(text) == [
        ("Ferdinand “Bongbong” Marcos Jr.", "Ferdinand Marcos Jr.", "President"),
        ("Marcos", "Ferdinand Marcos Jr.", "President"),
    ]


def test_a_straight_quoted_nickname_of_two_words_leaves_one_person():
    text = 'Senator Juan "Big Johnny" Velasco opened the hearing.'
    assert persons(text) == [('Juan "Big Johnny" Velasco', "Juan Velasco", "Senator")]


def test_a_quoted_word_after_a_verb_joins_no_names():
    text = "Minister Ana Ruiz said “Yes” Maria Lopez would come."
    assert [name for _, name, _ in persons(text)] == ["Ana Ruiz", "Maria Lopez"]


def test_the_president_with_a_nickname_is_one_side_of_his_meeting():
    text = "President Ferdinand “Bongbong” Marcos Jr. met Prime Minister Anthony Albanese in Canberra on Monday."
    meetings = find_meetings(text, "2025-05-14")
    assert [[p["name"] for p in m["participants"]] for m in meetings] == [["Ferdinand Marcos Jr.", "Anthony Albanese"]]
