"""dipkit meetings, round 45, on sentences written for these tests: a phrase opening the sentence with "his"
("The day before his talks with Y,") points ahead to the subject after its comma, so a later "and he also met Z"
is that subject's meeting, not Y's.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


_LEAD = (
    "OTTAWA, June 14 -- Canadian Prime Minister Justin Trudeau held talks with Indian Prime Minister "
    "Narendra Modi on Wednesday. "
)


def test_he_after_an_opening_his_phrase_is_the_subject():
    text = _LEAD + (
        "The day before his talks with Modi, Trudeau held a meeting with French President Emmanuel Macron, "
        "and he also sat down with Italian Prime Minister Giorgia Meloni on Tuesday evening."
    )
    assert [meeting[0] for meeting in found(text, "2023-06-14")] == [
        ["Justin Trudeau", "Narendra Modi"],
        ["Justin Trudeau", "Emmanuel Macron"],
        ["Justin Trudeau", "Giorgia Meloni"],
    ]

