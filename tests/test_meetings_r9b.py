"""dipkit meetings, round 9 (detection and participants), on pages written for these tests: a tour to several
countries, merged with the talks held on one stop, keeps only that stop (the other stops have talks of their own);
an invitation to visit a country whose leader the sentence names after the trip is a planned meeting with him; the
persons a sentence places "at the summit" attend it; "spoke with" two leaders of different countries is two calls
(a "telephone conversation with" two is one); a summit of an earlier year told in a "when" clause is no trip "put
off"; in a report of no known year, a round that "last" took place in a dated year is an earlier one.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from conftest import invoke, jsonl, records
from test_meetings import date, found_briefly as _found, org, person, place


def test_talks_on_one_stop_of_a_tour_keep_that_stop_only():
    text = (
        "Prime Minister Mark Carney held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia on Friday. "
        "Carney will next travel to Chile and Peru. He is due to hold talks with Chilean President Gabriel Boric in "
        "Santiago on Sunday and with Peruvian President Dina Boluarte in Lima on Monday."
    )
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        place(text, "Brazilian", "norp", "Brazilian", "BRA"),
        person(text, "Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva", "President", "BRA"),
        place(text, "Brasilia", "city", "Brasilia", "BRA"),
        person(text, "Carney", "Mark Carney", "Prime Minister", "CAN", nth=2),
        place(text, "Chile", "country", "Chile", "CHL"),
        place(text, "Peru", "country", "Peru", "PER"),
        place(text, "Chilean", "norp", "Chilean", "CHL"),
        person(text, "Gabriel Boric", "Gabriel Boric", "President", "CHL"),
        place(text, "Santiago", "city", "Santiago", "CHL"),
        place(text, "Peruvian", "norp", "Peruvian", "PER"),
        person(text, "Dina Boluarte", "Dina Boluarte", "President", "PER"),
        place(text, "Lima", "city", "Lima", "PER"),
    ]
    dates = [date(text, "Friday", "2025-03-07"), date(text, "Sunday", "2025-03-09"), date(text, "Monday", "2025-03-10")]
    found = _found(text, entities, dates, "2025-03-07")
    assert [(names, where, status) for names, where, _, _, status in found] == [
        (["Mark Carney", "Luiz Inacio Lula da Silva"], "Brasilia", "held"),
        (["Mark Carney", "Gabriel Boric"], "Santiago", "planned"),
        (["Mark Carney", "Dina Boluarte"], "Lima", "planned"),
    ]


def test_an_accepted_invitation_to_visit_the_hosts_country_is_a_planned_meeting_with_him():
    text = (
        "Kenyan President William Ruto received Ghanaian President John Mahama in Nairobi on Tuesday. "
        "Ruto accepted an invitation to visit Ghana, which Mahama said could take place in June."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "John Mahama", "John Mahama", "President", "GHA"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        place(text, "Ghana", "country", "Ghana", "GHA", nth=2),
        person(text, "Mahama", "John Mahama", "President", "GHA", nth=2),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "June", "2025-06")]
    found = _found(text, entities, dates)
    assert [(names, where, kind, status) for names, where, _, kind, status in found] == [
        (["William Ruto", "John Mahama"], "Nairobi", "meeting", "held"),
        (["John Mahama", "William Ruto"], "Ghana", "meeting", "planned"),
    ]


def test_a_planned_visit_with_no_invitation_or_talks_named_stays_a_visit():
    text = (
        "Kenyan President William Ruto received Ghanaian President John Mahama in Nairobi on Tuesday. "
        "Ruto will visit Ghana in June."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ghanaian", "norp", "Ghanaian", "GHA"),
        person(text, "John Mahama", "John Mahama", "President", "GHA"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        place(text, "Ghana", "country", "Ghana", "GHA", nth=2),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "June", "2025-06")]
    found = _found(text, entities, dates)
    assert (["William Ruto", "Ghana"], "Ghana", "2025-06", "visit", "planned") in found


def test_the_persons_a_sentence_places_at_a_summit_attend_it():
    text = (
        "President Ruto on Saturday took over the chairmanship of the East African Community at the 24th Ordinary "
        "Summit of the EAC Heads of State in Arusha. At the same summit, Ugandan President Yoweri Museveni handed "
        "the rotating presidency of the council to Burundian President Evariste Ndayishimiye."
    )
    entities = [
        person(text, "Ruto", "William Ruto", "President", "KEN"),
        org(text, "East African Community", "East African Community"),
        org(text, "EAC", "East African Community"),
        place(text, "Arusha", "city", "Arusha", "TZA"),
        place(text, "Ugandan", "norp", "Ugandan", "UGA"),
        person(text, "Yoweri Museveni", "Yoweri Museveni", "President", "UGA"),
        place(text, "Burundian", "norp", "Burundian", "BDI"),
        person(text, "Evariste Ndayishimiye", "Evariste Ndayishimiye", "President", "BDI"),
    ]
    found = _found(text, entities, [date(text, "Saturday", "2025-03-08")])
    assert [(sorted(names), where, kind) for names, where, _, kind, _ in found] == [
        (["East African Community", "Evariste Ndayishimiye", "William Ruto", "Yoweri Museveni"], "Arusha", "summit"),
    ]


def test_the_leaders_who_will_meet_at_a_summit_attend_it():
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. "
        "The two leaders will meet again at the EAC summit in Arusha next month."
    )
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ugandan", "norp", "Ugandan", "UGA"),
        person(text, "Yoweri Museveni", "Yoweri Museveni", "President", "UGA"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        org(text, "EAC", "East African Community"),
        place(text, "Arusha", "city", "Arusha", "TZA"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "next month", "2025-04")]
    assert _found(text, entities, dates) == [
        (["William Ruto", "Yoweri Museveni"], "Nairobi", "2025-03-10", "meeting", "held"),
        (["East African Community", "William Ruto", "Yoweri Museveni"], "Arusha", "2025-04", "summit", "planned"),  # (round 10:
        # "the two will meet again at the summit" is their attending it, no talks of their own)
    ]


def test_one_who_spoke_with_two_leaders_of_different_countries_spoke_with_each():
    text = "Macron says he spoke with Netanyahu and Abbas about the truce."
    entities = [
        person(text, "Macron", "Emmanuel Macron", "President", "FRA"),
        person(text, "Netanyahu", "Benjamin Netanyahu", "Prime Minister", "ISR"),
        person(text, "Abbas", "Mahmoud Abbas", "President", "PSE"),
    ]
    assert [(names, kind) for names, _, _, kind, _ in _found(text, entities, [])] == [
        (["Emmanuel Macron", "Benjamin Netanyahu"], "call"),
        (["Emmanuel Macron", "Mahmoud Abbas"], "call"),
    ]


def test_a_telephone_conversation_with_two_leaders_is_one_call():
    text = "Putin had a telephone conversation with Merkel and Macron on Friday."
    entities = [
        person(text, "Putin", "Vladimir Putin", "President", "RUS"),
        person(text, "Merkel", "Angela Merkel", "Chancellor", "DEU"),
        person(text, "Macron", "Emmanuel Macron", "President", "FRA"),
    ]
    found = _found(text, entities, [date(text, "Friday", "2025-03-07")])
    assert [(names, kind) for names, _, _, kind, _ in found] == [(["Vladimir Putin", "Angela Merkel", "Emmanuel Macron"], "call")]


def test_a_summit_of_an_earlier_year_in_a_when_clause_is_not_the_trip_put_off():
    text = (
        "President Lula invited Xi Jinping to Brasilia when the two leaders held a summit in Beijing in April 2023, "
        "but the trip has been put off."
    )
    entities = [
        person(text, "Lula", "Luiz Inacio Lula da Silva", "President", "BRA"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Brasilia", "city", "Brasilia", "BRA"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
    ]
    found = _found(text, entities, [date(text, "April 2023", "2023-04")], "2024-06-10")
    assert found == [(["Luiz Inacio Lula da Silva", "Xi Jinping"], "Beijing", "2023-04", "meeting", "held")]


def test_a_round_dated_to_a_year_is_an_earlier_one_in_a_report_of_no_known_year():
    text = (
        "MOSCOW, March 15. Russian Foreign Minister Sergey Lavrov and his Iranian counterpart Abbas Araghchi have begun "
        "talks in Moscow, state media reported on Tuesday.\n\n"
        "The ministers are expected to discuss the Vienna talks on the nuclear deal and the situation in Syria.\n\n"
        '"We are meeting at a time when the situation requires special attention," Lavrov said in his opening remarks.\n\n'
        "The two foreign ministers last held talks in Moscow in October 2024, weeks after Araghchi took office.\n"
    )
    result = invoke(["meetings"], input=jsonl({"text": text, "published": None}))
    meetings = records(result.stdout)[0]["meetings"]
    assert [([p["name"] for p in m["participants"]], m["date"]["value"]) for m in meetings] == [
        (["Sergey Lavrov", "Abbas Araghchi"], "XXXX-WXX-2"),
        (["Sergey Lavrov", "Abbas Araghchi"], "2024-10"),
    ]
