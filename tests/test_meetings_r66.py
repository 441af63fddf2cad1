"""dipkit entities and meetings, round 66, on sentences written for these tests:

- "the UK's Parliamentary Under-Secretary of State for Asia, Afghanistan and Pakistan, Rt. Hon X": X is
  British; the lands of an office's portfolio ("for ...") are the lands it deals with, not the holder's, and the
  possessive before the office names the holder's land ("High Commissioner for Pakistan" still is Pakistan's);
- "the ministers of A and B held talks in the Qatari capital", then "Qatar's minister Z hosted A's minister X and
  B's minister Y in Doha": one meeting of X, Y and their host Z, not a second meeting of the two lands;
- "X is in the United Kingdom on a visit, during which he is scheduled to meet Y": the planned meeting is in the
  United Kingdom (a plan told in a later sentence is not placed by the stay).
"""

from __future__ import annotations

from test_meetings import found

from dipkit.entities import find_entities


def persons(text: str) -> list[tuple]:
    return [(e["text"], e.get("role"), e.get("country")) for e in find_entities(text, "2025-08-18") if e["type"] == "PERSON"]


def test_a_portfolio_of_lands_after_a_comma_is_not_the_holders_land():
    text = (
        "Foreign Minister Ahmed Khan met the UK's Parliamentary Under-Secretary of State for Asia, "
        "Afghanistan and Pakistan, Rt. Hon John Walters, in London on Monday."
    )
    assert persons(text)[1] == (
        "John Walters", "Parliamentary Under-Secretary of State for Asia, Afghanistan and Pakistan", "GBR"
    )


def test_the_land_owning_an_office_before_a_comma_is_the_holders():
    text = "Ahmed Khan met the UK's Parliamentary Under-Secretary of State for South Asia, John Walters, on Monday."
    assert persons(text)[1] == ("John Walters", "Parliamentary Under-Secretary of State", "GBR")


def test_a_portfolio_land_alone_gives_the_holder_no_land():
    text = "Ahmed Khan met Parliamentary Under-Secretary of State for Bangladesh, John Walters, on Monday."
    assert persons(text)[1] == ("John Walters", "Parliamentary Under-Secretary of State", None)


def test_an_envoy_for_a_land_is_of_that_land():
    text = "The minister met Ambassador of Kenya to Japan, Mary Otieno, and Special Envoy for Kenya, James Mwangi."
    assert [p[2] for p in persons(text)] == ["KEN", "KEN"]


def test_a_meeting_told_abroad_is_with_the_minister_of_a_portfolio_land():
    text = (
        "Pakistani Foreign Minister Ahmed Khan on Monday met the UK's Parliamentary Under-Secretary of State for "
        "Asia, Afghanistan and Pakistan, Rt. Hon John Walters, in London."
    )
    assert found(text, "2025-08-18") == [
        (["Ahmed Khan", "John Walters"], "London", "2025-08-18", "meeting", "held"),
    ]


def test_two_lands_meeting_and_their_host_are_one_meeting():
    text = (
        "The foreign ministers of Kenya and Somalia have held talks in the Qatari capital.\n\n"
        "Qatar's Minister of State Khalid Al-Thani hosted Kenyan Foreign Minister Mary Otieno and her Somali "
        "counterpart, Abdi Farah, in Doha on Tuesday."
    )
    assert found(text, "2025-05-21") == [
        (["Mary Otieno", "Abdi Farah", "Khalid Al-Thani"], "Doha", "2025-05-20", "meeting", "held"),
    ]


def test_a_meeting_planned_during_a_stay_is_where_the_visitor_is():
    text = (
        "Foreign Minister Ahmed Khan is in the United Kingdom this week for a three-day working visit, during "
        "which he is due to meet Foreign Secretary David Lammy."
    )
    assert found(text, "2025-08-18") == [
        (["Ahmed Khan", "David Lammy"], "United Kingdom", None, "meeting", "planned"),
    ]


def test_a_meeting_planned_after_the_stays_sentence_is_not_placed_by_it():
    text = (
        "Foreign Minister Ahmed Khan is in the United Kingdom for a three-day working visit. "
        "He will meet Foreign Secretary David Lammy next week."
    )
    assert found(text, "2025-08-18") == [
        (["Ahmed Khan", "David Lammy"], None, "2025-W35", "meeting", "planned"),
    ]
