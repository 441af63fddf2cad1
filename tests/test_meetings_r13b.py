"""dipkit meetings, round 13 (detection and participants), on pages written for these tests: in "X accepted Y's
invitation to visit Z" the trip is X's (Y only invites it), not Y's; "The meeting was attended by A and B" adds A and B
to the meeting before (no talks of their own, and a meeting with aides stays a meeting); the source named after
"according to" takes no part in the talks the sentence reports; "X offered to mediate between A and B" is an offer, no meeting; a headline "X invites Y to the Z summit" tells of a
summit planned, not held; "is to travel to Madrid on Monday to meet X" is a meeting planned there and then (no
separate trip), but "arrived in Y and is expected to meet X" keeps its own plan; "a statement read out by X and his
counterpart Y said the leaders agreed" makes no meeting of X and Y; "exchanged pleasantries with X" is a meeting.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly as _found, org, person, place, span


def test_accepting_a_possessor_s_invitation_to_visit_is_the_accepter_s_trip():
    text = (
        "Prime Minister Karin Dahl held talks with Premier Jonas Berg in Oslo on Monday.\n\n"
        "Berg also accepted Dahl's invitation to visit Iceland, though no date was fixed."
    )
    entities = [
        person(text, "Karin Dahl", "Karin Dahl", "Prime Minister", "ISL"),
        person(text, "Jonas Berg", "Jonas Berg", "Premier", "NOR"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Berg", "Jonas Berg", "Premier", "NOR", nth=2),
        person(text, "Dahl", "Karin Dahl", "Prime Minister", "ISL", nth=2),
        place(text, "Iceland", "country", "Iceland", "ISL"),
    ]
    found = _found(text, entities, [date(text, "Monday", "2025-03-10")], published="2025-03-10")
    trips = [m for m in found if m[4] == "planned"]
    assert len(trips) == 1 and "Jonas Berg" in trips[0][0]
    assert not any(m[0] == ["Karin Dahl", "Iceland"] for m in found)


def test_a_possessor_right_before_visit_with_no_invitation_still_makes_the_trip():
    text = "Dahl's visit to Iceland on Monday drew large crowds in Reykjavik."
    entities = [
        person(text, "Dahl", "Karin Dahl", "Prime Minister", "NOR"),
        place(text, "Iceland", "country", "Iceland", "ISL"),
        place(text, "Reykjavik", "city", "Reykjavik", "ISL"),
    ]
    found = _found(text, entities, [date(text, "Monday", "2025-03-10")], published="2025-03-10")
    assert [m[0] for m in found] == [["Karin Dahl", "Iceland"]]


def _aides_page() -> tuple[str, list[dict], list[dict]]:
    text = (
        "President Laila Haddad received Italian Defence Minister Marco Ferri in Tunis on Tuesday, with talks "
        "covering border security and trade, according to presidential spokesman Sami Jaziri.\n\n"
        "The meeting was attended by Foreign Minister Youssef Ben Ali and Interior Minister Amel Karoui."
    )
    entities = [
        person(text, "Laila Haddad", "Laila Haddad", "President", "TUN"),
        person(text, "Marco Ferri", "Marco Ferri", "Defence Minister", "ITA"),
        place(text, "Tunis", "city", "Tunis", "TUN"),
        person(text, "Sami Jaziri", "Sami Jaziri", "spokesman", "TUN"),
        person(text, "Youssef Ben Ali", "Youssef Ben Ali", "Foreign Minister", "TUN"),
        person(text, "Amel Karoui", "Amel Karoui", "Interior Minister", "TUN"),
    ]
    return text, entities, [date(text, "Tuesday", "2025-03-11")]


def test_those_who_attended_the_meeting_join_it_and_make_no_talks_of_their_own():
    text, entities, dates = _aides_page()
    found = _found(text, entities, dates, published="2025-03-11")
    assert not any(m[0] == ["Youssef Ben Ali", "Amel Karoui"] for m in found)
    assert (["Laila Haddad", "Marco Ferri", "Youssef Ben Ali", "Amel Karoui"], "Tunis", "2025-03-11", "meeting", "held") in found


def test_the_source_named_after_according_to_is_no_side_of_the_talks():
    text, entities, dates = _aides_page()
    found = _found(text, entities, dates, published="2025-03-11")
    assert not any("Sami Jaziri" in m[0] for m in found)


def test_an_offer_to_mediate_between_two_countries_is_no_meeting():
    text = (
        "Chancellor Erik Holm spoke by phone with President Dana Varga on Friday. "
        "The call came a week after Holm offered to mediate between Serbia and Kosovo over the customs dispute."
    )
    entities = [
        person(text, "Erik Holm", "Erik Holm", "Chancellor", "AUT"),
        person(text, "Dana Varga", "Dana Varga", "President", "HUN"),
        person(text, "Holm", "Erik Holm", "Chancellor", "AUT", nth=2),
        place(text, "Serbia", "country", "Serbia", "SRB"),
        place(text, "Kosovo", "country", "Kosovo", "XKX"),
    ]
    found = _found(text, entities, [date(text, "Friday", "2025-03-14")], published="2025-03-14")
    assert [m[0] for m in found] == [["Erik Holm", "Dana Varga"]]


def test_a_headline_inviting_a_leader_to_a_summit_tells_of_a_planned_summit():
    text = (
        "Holm invites Varga to CEI summit in Vienna\n\n"
        "Chancellor Erik Holm on Friday called President Dana Varga and invited him to attend the CEI summit to be hosted by Austria."
    )
    start, end = span(text, "CEI", 2)
    entities = [
        person(text, "Holm", "Erik Holm", "Chancellor", "AUT"),
        person(text, "Varga", "Dana Varga", "President", "HUN"),
        org(text, "CEI", "Central European Initiative"),
        place(text, "Vienna", "city", "Vienna", "AUT"),
        person(text, "Erik Holm", "Erik Holm", "Chancellor", "AUT"),
        person(text, "Dana Varga", "Dana Varga", "President", "HUN"),
        {"start": start, "end": end, "text": "CEI", "type": "ORG", "name": "Central European Initiative"},
        place(text, "Austria", "country", "Austria", "AUT"),
    ]
    found = _found(text, entities, [date(text, "Friday", "2025-03-14")], published="2025-03-14")
    assert [m[4] for m in found if m[3] == "summit"] == ["planned"]


def test_talks_a_planned_trip_is_made_for_are_planned_there_and_then():
    text = (
        "Foreign Minister Anna Berg held talks with Paolo Conti in Rome on Monday. Berg is expected to travel to Madrid "
        "later on Monday to meet Spanish Prime Minister Pedro Sanchez, and will hold talks with President Marcelo Sousa "
        "in Lisbon on Tuesday."
    )
    entities = [
        person(text, "Anna Berg", "Anna Berg", "Foreign Minister", "SWE"),
        person(text, "Paolo Conti", "Paolo Conti", "Foreign Minister", "ITA"),
        place(text, "Rome", "city", "Rome", "ITA"),
        person(text, "Berg", "Anna Berg", "Foreign Minister", "SWE", nth=2),
        place(text, "Madrid", "city", "Madrid", "ESP"),
        person(text, "Pedro Sanchez", "Pedro Sanchez", "Prime Minister", "ESP"),
        person(text, "Marcelo Sousa", "Marcelo Sousa", "President", "PRT"),
        place(text, "Lisbon", "city", "Lisbon", "PRT"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Monday", "2025-03-10", nth=2), date(text, "Tuesday", "2025-03-11")]
    found = _found(text, entities, dates, published="2025-03-10")
    assert found[1:] == [
        (["Anna Berg", "Pedro Sanchez"], "Madrid", "2025-03-10", "meeting", "planned"),
        (["Anna Berg", "Marcelo Sousa"], "Lisbon", "2025-03-11", "meeting", "planned"),
    ]


def test_talks_after_and_keep_their_own_plan_not_the_trip_s():
    text = "Foreign Minister Anna Berg arrived in Madrid on Monday and is expected to meet Prime Minister Pedro Sanchez on Tuesday."
    entities = [
        person(text, "Anna Berg", "Anna Berg", "Foreign Minister", "SWE"),
        place(text, "Madrid", "city", "Madrid", "ESP"),
        person(text, "Pedro Sanchez", "Pedro Sanchez", "Prime Minister", "ESP"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Tuesday", "2025-03-11")]
    found = _found(text, entities, dates, published="2025-03-10")
    assert (["Anna Berg", "Pedro Sanchez"], "Madrid", "2025-03-11", "meeting", "planned") in found


def test_a_pair_named_after_by_is_no_subject_of_what_the_leaders_agreed():
    text = (
        "Chancellor Erik Holm and his Czech counterpart Petr Novak met in Brno on Friday. "
        "A joint declaration, read out to reporters by State Secretary Jan Weiss and his Czech counterpart Pavel Horak, "
        "said the two heads of government condemned the floods in all the border regions and agreed to build a rail link."
    )
    entities = [
        person(text, "Erik Holm", "Erik Holm", "Chancellor", "AUT"),
        person(text, "Petr Novak", "Petr Novak", "Prime Minister", "CZE"),
        place(text, "Brno", "city", "Brno", "CZE"),
        person(text, "Jan Weiss", "Jan Weiss", "State Secretary", "AUT"),
        person(text, "Pavel Horak", "Pavel Horak", "State Secretary", "CZE"),
    ]
    found = _found(text, entities, [date(text, "Friday", "2025-03-14")], published="2025-03-14")
    assert found == [(["Erik Holm", "Petr Novak"], "Brno", "2025-03-14", "meeting", "held")]


def test_exchanging_pleasantries_with_a_host_is_a_meeting():
    text = "Foreign Minister Anna Berg, who landed in Riga on Sunday, exchanged pleasantries with Prime Minister Evika Ozola at a state dinner."
    entities = [
        person(text, "Anna Berg", "Anna Berg", "Foreign Minister", "SWE"),
        place(text, "Riga", "city", "Riga", "LVA"),
        person(text, "Evika Ozola", "Evika Ozola", "Prime Minister", "LVA"),
    ]
    found = _found(text, entities, [date(text, "Sunday", "2025-03-09")], published="2025-03-10")
    assert ["Anna Berg", "Evika Ozola"] in [m[0] for m in found]
