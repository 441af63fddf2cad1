"""dipkit meetings, round 13 (attributes and merging): a host at home receives the next day's guest in the same
city ("held talks with X in Lisbon on Friday; is scheduled to meet Y on Saturday"), and a bare weekday after the
present "comes ... before" is ahead ("The call comes days before the leaders meet in Lima on Monday"); on pages
written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

import pytest

from test_meetings import date, found_briefly, org, person, place

_HOST_AT_HOME = (
    "Portuguese Prime Minister Luis Montenegro held talks with Kenyan President William Ruto in Lisbon on Friday, "
    "and the two signed a pact on port investment.\n\n"
    "Montenegro is scheduled to hold talks with Chilean President Gabriel Boric on Saturday.\n"
)


def _host_entities(text: str, city: str = "Lisbon", code: str = "PRT") -> list[dict]:
    return [
        place(text, "Portuguese", "norp", "Portuguese", "PRT"),
        person(text, "Luis Montenegro", "Luis Montenegro", "Prime Minister", "PRT"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, city, "city", city, code),
        person(text, "Montenegro", "Luis Montenegro", "Prime Minister", "PRT", nth=2),
        place(text, "Chilean", "norp", "Chilean", "CHL"),
        person(text, "Gabriel Boric", "Gabriel Boric", "President", "CHL"),
    ]


def test_a_host_at_home_receives_the_next_guest_in_the_same_city() -> None:
    text = _HOST_AT_HOME
    dates = [date(text, "Friday", "2025-03-07"), date(text, "Saturday", "2025-03-08")]
    assert found_briefly(text, _host_entities(text), dates, published="2025-03-07") == [
        (["Luis Montenegro", "William Ruto"], "Lisbon", "2025-03-07", "meeting", "held"),
        (["Luis Montenegro", "Gabriel Boric"], "Lisbon", "2025-03-08", "meeting", "planned"),
    ]


def test_a_visitor_moving_on_after_the_talks_takes_no_place_from_them() -> None:
    text = _HOST_AT_HOME.replace("in Lisbon", "in Nairobi").replace("on Saturday.", "on Saturday before travelling to Kampala.")
    entities = [*_host_entities(text, "Nairobi", "KEN"), place(text, "Kampala", "city", "Kampala", "UGA")]
    dates = [date(text, "Friday", "2025-03-07"), date(text, "Saturday", "2025-03-08")]
    found = found_briefly(text, entities, dates, published="2025-03-07")
    assert found[1] == (["Luis Montenegro", "Gabriel Boric"], None, "2025-03-08", "meeting", "planned")


_COMES_BEFORE = (
    "Austrian Chancellor Karl Nehammer spoke by phone with Chinese Premier Li Qiang on Thursday about trade.\n\n"
    "The call comes days before Nehammer and other OSCE leaders meet in Lima on Monday.\n"
)


def _comes_entities(text: str) -> list[dict]:
    return [
        place(text, "Austrian", "norp", "Austrian", "AUT"),
        person(text, "Karl Nehammer", "Karl Nehammer", "Chancellor", "AUT"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
        person(text, "Nehammer", "Karl Nehammer", "Chancellor", "AUT", nth=2),
        org(text, "OSCE", "Organization for Security and Co-operation in Europe"),
        place(text, "Lima", "city", "Lima", "PER"),
    ]


def test_a_weekday_after_comes_days_before_is_ahead_and_planned() -> None:
    text = _COMES_BEFORE
    dates = [date(text, "Thursday", "2025-03-13"), date(text, "Monday", "2025-03-10")]  # (read backward by the date layer)
    found = found_briefly(text, _comes_entities(text), dates, published="2025-03-13")
    assert found[0] == (["Karl Nehammer", "Li Qiang"], None, "2025-03-13", "call", "held")
    assert found[-1][1:] == ("Lima", "2025-03-17", "summit", "planned")


_MEANWHILE_IN = (
    "Meanwhile in Nairobi, Kenyan Foreign Minister Musalia Mudavadi and Dutch Foreign Minister Caspar Veldkamp "
    "on Tuesday co-chaired a dialogue on trade, where the two sides discussed ports.\n"
)


def test_a_place_opening_the_sentence_after_a_linking_adverb_is_the_meeting_s() -> None:
    text = _MEANWHILE_IN
    entities = [
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "Musalia Mudavadi", "Musalia Mudavadi", "Foreign Minister", "KEN"),
        place(text, "Dutch", "norp", "Dutch", "NLD"),
        person(text, "Caspar Veldkamp", "Caspar Veldkamp", "Foreign Minister", "NLD"),
    ]
    found = found_briefly(text, entities, [date(text, "Tuesday", "2025-03-11")])
    assert found == [(["Musalia Mudavadi", "Caspar Veldkamp"], "Nairobi", "2025-03-11", "meeting", "held")]


_AHEAD_OF_THE_CALL = (
    "Spanish Prime Minister Pedro Sanchez on Thursday held a phone call with Chinese President Xi Jinping about trade.\n\n"
    "The two leaders had last spoken by phone in December 2023, and the ministry said tariffs were on the agenda.\n\n"
    "Madrid wants Beijing to lift duties on pork. Exporters have lost sales for months.\n\n"
    "Sanchez had spoken to Canadian Prime Minister Mark Carney ahead of the call, his office said.\n"
)


def _ahead_entities(text: str) -> list[dict]:
    return [
        place(text, "Spanish", "norp", "Spanish", "ESP"),
        person(text, "Pedro Sanchez", "Pedro Sanchez", "Prime Minister", "ESP"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Sanchez", "Pedro Sanchez", "Prime Minister", "ESP", nth=2),
        place(text, "Canadian", "norp", "Canadian", "CAN"),
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
    ]


def test_a_contact_ahead_of_the_call_has_the_call_s_day() -> None:
    text = _AHEAD_OF_THE_CALL
    found = found_briefly(text, _ahead_entities(text), [date(text, "Thursday", "2025-03-13"), date(text, "December 2023", "2023-12")], published="2025-03-13")
    assert (["Pedro Sanchez", "Mark Carney"], None, "2025-03-13", "call", "held") in found


@pytest.mark.parametrize("interval", ["two days before", "a day before", "a week after"])
def test_a_contact_days_ahead_of_the_call_has_not_its_day(interval: str) -> None:
    text = _AHEAD_OF_THE_CALL.replace("ahead of", interval)
    found = found_briefly(text, _ahead_entities(text), [date(text, "Thursday", "2025-03-13"), date(text, "December 2023", "2023-12")], published="2025-03-13")
    assert (["Pedro Sanchez", "Mark Carney"], None, "2025-03-13", "call", "held") not in found

