"""dipkit meetings and dates, round 69, on sentences written for these tests: a long list of guests does not
hide the tense and the place told around it ("will meet A, B, C, D, E and F in Lisbon on Tuesday"), and a
quotation before a cut-off sentence lends it no tense."""

from __future__ import annotations

from test_dates import found as dates_found
from test_meetings import found

_GUESTS = (
    "Chancellor Petra Holm, Prime Minister Lars Vik, Prime Minister Ana Costa Reis, Prime Minister Jan Novak, "
    "Prime Minister Teodor Marin, and Prime Minister Elin Dahl"
)
_NAMES = ["Louis Berthier", "Petra Holm", "Lars Vik", "Ana Costa Reis", "Jan Novak", "Teodor Marin", "Elin Dahl"]


def test_a_long_list_of_guests_keeps_the_plan_its_day_and_its_place():
    text = f"President Louis Berthier will meet {_GUESTS} in Lisbon on Tuesday."
    assert found(text, "2026-11-20") == [(_NAMES, "Lisbon", "2026-11-24", "meeting", "planned")]


def test_a_long_list_of_guests_told_in_the_past_stays_in_the_past():
    text = f"President Louis Berthier met {_GUESTS} in Lisbon on Tuesday."
    assert found(text, "2026-11-20") == [(_NAMES, "Lisbon", "2026-11-17", "meeting", "held")]


def test_a_future_far_back_in_a_long_sentence_names_the_next_weekday():
    text = f"The president will chair a meeting with {_GUESTS}, in Lisbon on Tuesday."
    assert dates_found(text, "2026-11-20") == [("Tuesday", "DATE", "2026-11-24")]


def test_a_quotation_before_the_cut_lends_no_future():
    text = (
        "The Portuguese prime minister Ana Costa Reis said \u201cwe will see what the talks bring\u201d about the fishing "
        "accord of the European Union (EU) with Morocco at the opening of her meeting with the Moroccan foreign minister in Lisbon on Tuesday."
    )
    assert dates_found(text, "2026-11-20") == [("Tuesday", "DATE", "2026-11-17")]
