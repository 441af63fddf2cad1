"""dipkit meetings, round 11 (detection and participants), on pages written for these tests: a trip "for the
annual summit with" a named leader is the traveller's meeting with that leader; "since they spoke in X" and "the
pair first spoke in May" report an earlier talk of the pair (a talk at a named place, with no call word, is a
meeting), "they spoke warmly of" none; "had discussed the X summit" holds no summit; an organization named after
"as" is no gathering attended; "where host X opened" is a title, no hosting verb; a "summit with X" later in a
sentence opened by "the two leaders" is theirs and X's; "the talks also covered Y's visit" do not take Y's
travellers; "the Prime Minister's visit" names the title's holder, not the speaker; "following his trips in 2016
and 2019" are earlier trips to the place of the visit just named; "He invited X to visit India for another informal
summit" is a planned meeting of the two; "after their talks with X, the leaders called Y" is the leaders' call with
Y; "to attend his swearing-in" is a planned meeting with the one sworn in; bare "talks" after "their third
encounter, after" are the pair's earlier round; "a call between the two leaders" in a sentence naming two is theirs.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly as _found, org, person, place

LOPES = "President Ana Lopes hosted Chancellor Olaf Berg in Lisbon on Monday for talks on energy links.\n\n"


def _lopes_entities(text: str) -> list[dict]:
    return [
        person(text, "Ana Lopes", "Ana Lopes", "President", "PRT"),
        person(text, "Olaf Berg", "Olaf Berg", "Chancellor", "DEU"),
        place(text, "Lisbon", "city", "Lisbon", "PRT"),
    ]


def test_a_trip_for_the_annual_summit_with_a_leader_is_a_meeting_with_that_leader():
    text = (
        "Trade Minister Rui Sousa and Economy Minister Lena Holt co-chaired the joint commission in Porto on Tuesday.\n\n"
        "They backed the target set during Prime Minister Tomas Vidal's trip to Berlin in July for the yearly "
        "summit with Chancellor Olaf Berg. The two leaders held talks again in Hamburg last month."
    )
    entities = [
        person(text, "Rui Sousa", "Rui Sousa", "Trade Minister", "PRT"),
        person(text, "Lena Holt", "Lena Holt", "Economy Minister", "DEU"),
        place(text, "Porto", "city", "Porto", "PRT"),
        person(text, "Tomas Vidal", "Tomas Vidal", "Prime Minister", "PRT"),
        place(text, "Berlin", "city", "Berlin", "DEU"),
        person(text, "Olaf Berg", "Olaf Berg", "Chancellor", "DEU"),
        place(text, "Hamburg", "city", "Hamburg", "DEU"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "July", "2024-07"), date(text, "last month", "2025-02")]
    found = _found(text, entities, dates)
    assert (["Tomas Vidal", "Olaf Berg"], "Berlin", "2024-07", "meeting", "held") in found
    assert (["Tomas Vidal", "Olaf Berg"], "Hamburg", "2025-02", "meeting", "held") in found
    assert not any(set(m[0]) == {"Tomas Vidal", "Germany"} for m in found)


def test_since_they_spoke_at_a_place_is_an_earlier_meeting_of_the_pair():
    text = LOPES + "Their talks were the first face-to-face encounter since they spoke briefly in Geneva in October."
    entities = _lopes_entities(text) + [place(text, "Geneva", "city", "Geneva", "CHE")]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "October", "2024-10")]
    assert _found(text, entities, dates) == [
        (["Ana Lopes", "Olaf Berg"], "Lisbon", "2025-03-10", "meeting", "held"),
        (["Ana Lopes", "Olaf Berg"], "Geneva", "2024-10", "meeting", "held"),
    ]


def test_the_pair_first_spoke_in_a_month_is_an_earlier_call():
    text = LOPES + "The pair first spoke in December, in a call that ran for an hour."
    dates = [date(text, "Monday", "2025-03-10"), date(text, "December", "2024-12")]
    assert _found(text, _lopes_entities(text), dates) == [
        (["Ana Lopes", "Olaf Berg"], "Lisbon", "2025-03-10", "meeting", "held"),
        (["Ana Lopes", "Olaf Berg"], None, "2024-12", "call", "held"),
    ]


def test_they_spoke_warmly_of_each_other_reports_no_talk():
    text = LOPES + "Afterwards they spoke warmly of the ties between the two nations."
    dates = [date(text, "Monday", "2025-03-10")]
    assert _found(text, _lopes_entities(text), dates) == [
        (["Ana Lopes", "Olaf Berg"], "Lisbon", "2025-03-10", "meeting", "held"),
    ]


def test_had_discussed_a_summit_is_no_summit_held():
    text = LOPES + "The two leaders had discussed the EU summit held in Brussels in June, officials said."
    entities = _lopes_entities(text) + [place(text, "Brussels", "city", "Brussels", "BEL")]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "June", "2024-06")]
    assert _found(text, entities, dates) == [
        (["Ana Lopes", "Olaf Berg"], "Lisbon", "2025-03-10", "meeting", "held"),
    ]


def test_an_organization_named_after_as_is_no_gathering_attended():
    text = (
        "President Ana Lopes met Chancellor Olaf Berg in Lisbon on Monday.\n\n"
        "Lopes is attending the summit of the Atlantic bloc as the head of an observer state, the only OECD member to hold that status."
    )
    entities = _lopes_entities(text) + [
        person(text, "Lopes", "Ana Lopes", "President", "PRT", nth=2),
        org(text, "OECD", "Organisation for Economic Co-operation and Development"),
    ]
    dates = [date(text, "Monday", "2025-03-10")]
    found = _found(text, entities, dates)
    assert not any("Organisation for Economic Co-operation and Development" in m[0] for m in found)


def test_where_host_x_opened_the_session_is_no_hosting_verb():
    text = (
        "President Ana Lopes met Chancellor Olaf Berg in Lisbon on Monday.\n\n"
        "Berg later joined the other leaders at the plenary session, where host Marta Cruz opened the debate."
    )
    entities = _lopes_entities(text) + [
        person(text, "Berg", "Olaf Berg", "Chancellor", "DEU", nth=2),
        person(text, "Marta Cruz", "Marta Cruz", "Prime Minister", "ESP"),
    ]
    dates = [date(text, "Monday", "2025-03-10")]
    assert _found(text, entities, dates) == [
        (["Ana Lopes", "Olaf Berg"], "Lisbon", "2025-03-10", "meeting", "held"),
    ]


def test_a_summit_with_x_later_in_a_sentence_opened_by_the_two_leaders_is_theirs_and_xs():
    text = LOPES + (
        "The two leaders last met on Jan. 20 in the Spanish port of Valencia, and before that in Rome on Nov. 4 "
        "for a three-way summit with Italian Prime Minister Carla Ricci."
    )
    entities = _lopes_entities(text) + [
        place(text, "Spanish", "norp", "Spain", "ESP"),
        place(text, "Valencia", "city", "Valencia", "ESP"),
        place(text, "Rome", "city", "Rome", "ITA"),
        place(text, "Italian", "norp", "Italy", "ITA"),
        person(text, "Carla Ricci", "Carla Ricci", "Prime Minister", "ITA"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Jan. 20", "2025-01-20"), date(text, "Nov. 4", "2024-11-04")]
    found = _found(text, entities, dates)
    assert (["Ana Lopes", "Olaf Berg", "Carla Ricci"], "Rome", "2024-11-04") in [m[:3] for m in found]
    assert not any("Spain" in m[0] or "Italy" in m[0] for m in found)


def test_the_talks_that_covered_a_later_trip_do_not_take_its_travellers():
    text = (
        "Foreign Minister Rui Sousa held talks with his Danish counterpart Lars Holm in Porto on Tuesday.\n\n"
        "The talks, held at the old customs house, also covered plans for Prime Minister Tomas Vidal's visit to "
        "Denmark next year for a summit with Prime Minister Mette Dahl, officials said."
    )
    entities = [
        person(text, "Rui Sousa", "Rui Sousa", "Foreign Minister", "PRT"),
        place(text, "Danish", "norp", "Denmark", "DNK"),
        person(text, "Lars Holm", "Lars Holm", "Foreign Minister", "DNK"),
        place(text, "Porto", "city", "Porto", "PRT"),
        person(text, "Tomas Vidal", "Tomas Vidal", "Prime Minister", "PRT"),
        place(text, "Denmark", "country", "Denmark", "DNK", nth=1),
        person(text, "Mette Dahl", "Mette Dahl", "Prime Minister", "DNK"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "next year", "2026")]
    assert _found(text, entities, dates) == [
        (["Rui Sousa", "Lars Holm"], "Porto", "2025-03-11", "meeting", "held"),
        (["Tomas Vidal", "Mette Dahl"], "Denmark", "2026", "meeting", "planned"),
    ]


def test_a_bare_title_before_s_names_the_traveller_not_the_speaker():
    text = (
        "Prime Minister Tomas Vidal will travel to Oslo on May 2 for talks with Prime Minister Erik Lund.\n\n"
        "Spokesman Paulo Reis said the Prime Minister's visit to Norway would open a new chapter."
    )
    entities = [
        person(text, "Tomas Vidal", "Tomas Vidal", "Prime Minister", "PRT"),
        place(text, "Oslo", "city", "Oslo", "NOR"),
        person(text, "Erik Lund", "Erik Lund", "Prime Minister", "NOR"),
        person(text, "Paulo Reis", "Paulo Reis", "Spokesman", "PRT"),
        place(text, "Norway", "country", "Norway", "NOR"),
    ]
    dates = [date(text, "May 2", "2025-05-02")]
    found = _found(text, entities, dates)
    assert not any("Paulo Reis" in m[0] for m in found)
    assert (["Tomas Vidal", "Erik Lund"], "Oslo", "2025-05-02", "meeting", "planned") in found


def test_earlier_trips_of_the_traveller_go_where_the_current_visit_goes():
    text = (
        "Chairman Tran Quoc Minh held talks in Hanoi on Tuesday with President Ilse Varga, who is on a state visit to Vietnam.\n\n"
        "Minh welcomed Varga, noting that this is Varga's third visit to Vietnam, following her trips in May 2016 and March 2019."
    )
    entities = [
        person(text, "Tran Quoc Minh", "Tran Quoc Minh", "Chairman", "VNM"),
        place(text, "Hanoi", "city", "Hanoi", "VNM"),
        person(text, "Ilse Varga", "Ilse Varga", "President", "HUN"),
        place(text, "Vietnam", "country", "Vietnam", "VNM"),
        person(text, "Minh", "Tran Quoc Minh", "Chairman", "VNM", nth=2),
        person(text, "Varga", "Ilse Varga", "President", "HUN", nth=2),
        person(text, "Varga", "Ilse Varga", "President", "HUN", nth=3),
        place(text, "Vietnam", "country", "Vietnam", "VNM", nth=2),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "May 2016", "2016-05"), date(text, "March 2019", "2019-03")]
    found = _found(text, entities, dates)
    assert (["Ilse Varga", "Vietnam"], "Vietnam", "2016-05", "visit", "held") in found
    assert (["Ilse Varga", "Vietnam"], "Vietnam", "2019-03", "visit", "held") in found
    assert not any("Tran Quoc Minh" in m[0] and m[2] in ("2016-05", "2019-03") for m in found)


def test_he_invited_x_to_visit_for_another_informal_summit_is_a_planned_meeting_of_the_two():
    text = (
        "Prime Minister Ravi Menon met President Chen Hao in Dalian on Saturday.\n\n"
        "He invited Chen to pay a visit to India in 2026 for another informal summit; Chen said yes."
    )
    entities = [
        person(text, "Ravi Menon", "Ravi Menon", "Prime Minister", "IND"),
        person(text, "Chen Hao", "Chen Hao", "President", "CHN"),
        place(text, "Dalian", "city", "Dalian", "CHN"),
        person(text, "Chen", "Chen Hao", "President", "CHN", nth=2),
        place(text, "India", "country", "India", "IND"),
        person(text, "Chen", "Chen Hao", "President", "CHN", nth=3),
    ]
    dates = [date(text, "Saturday", "2025-03-08"), date(text, "2026", "2026")]
    assert _found(text, entities, dates) == [
        (["Ravi Menon", "Chen Hao"], "Dalian", "2025-03-08", "meeting", "held"),
        (["Ravi Menon", "Chen Hao"], "India", "2026", "meeting", "planned"),
    ]


def test_after_their_talks_with_x_the_leaders_called_y_is_a_call_of_the_leaders_with_y():
    text = (
        "Prime Minister Carla Ricci and Chancellor Olaf Berg arrived in Riga on Friday for talks with President Juris Ozols.\n\n"
        "After their talks with Ozols, the leaders held a phone call with President Lena Holt."
    )
    entities = [
        person(text, "Carla Ricci", "Carla Ricci", "Prime Minister", "ITA"),
        person(text, "Olaf Berg", "Olaf Berg", "Chancellor", "DEU"),
        place(text, "Riga", "city", "Riga", "LVA"),
        person(text, "Juris Ozols", "Juris Ozols", "President", "LVA"),
        person(text, "Ozols", "Juris Ozols", "President", "LVA", nth=2),
        person(text, "Lena Holt", "Lena Holt", "President", "USA"),
    ]
    dates = [date(text, "Friday", "2025-03-07")]
    found = _found(text, entities, dates)
    assert found[0][:4] == (["Carla Ricci", "Olaf Berg", "Juris Ozols"], "Riga", "2025-03-07", "meeting")
    assert [set(m[0]) for m in found[1:]] == [{"Carla Ricci", "Olaf Berg", "Lena Holt"}]
    assert found[1][3] == "call"


def test_to_attend_his_swearing_in_is_a_planned_meeting_with_the_one_sworn_in():
    text = (
        "Prime Minister Tomas Vidal on Tuesday phoned President-elect Olaf Berg to congratulate him on his win, "
        "and agreed to attend his swearing-in ceremony in Berlin."
    )
    entities = [
        person(text, "Tomas Vidal", "Tomas Vidal", "Prime Minister", "PRT"),
        person(text, "Olaf Berg", "Olaf Berg", "President-elect", "DEU"),
        place(text, "Berlin", "city", "Berlin", "DEU"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11")]
    assert _found(text, entities, dates) == [
        (["Tomas Vidal", "Olaf Berg"], None, "2025-03-11", "call", "held"),
        (["Tomas Vidal", "Olaf Berg"], "Berlin", None, "meeting", "planned"),
    ]


def test_bare_talks_after_their_second_meeting_are_the_pairs_earlier_round():
    text = LOPES + "It was their third encounter this year, after talks in Geneva in October."
    entities = _lopes_entities(text) + [place(text, "Geneva", "city", "Geneva", "CHE")]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "October", "2024-10")]
    assert _found(text, entities, dates) == [
        (["Ana Lopes", "Olaf Berg"], "Lisbon", "2025-03-10", "meeting", "held"),
        (["Ana Lopes", "Olaf Berg"], "Geneva", "2024-10", "meeting", "held"),
    ]


def test_their_first_meeting_since_a_bloc_summit_adds_no_meeting_of_the_pair():
    text = LOPES + "It was their first meeting since the EU summit in Brussels."
    entities = _lopes_entities(text) + [place(text, "Brussels", "city", "Brussels", "BEL")]
    dates = [date(text, "Monday", "2025-03-10")]
    assert _found(text, entities, dates) == [
        (["Ana Lopes", "Olaf Berg"], "Lisbon", "2025-03-10", "meeting", "held"),
    ]


def test_a_call_between_the_two_leaders_after_a_sentence_naming_two_is_theirs():
    text = (
        "Prime Minister Ana Lopes says President Olaf Berg will weigh a waiver for Portuguese steel, "
        "after a telephone conversation between the two leaders early on Tuesday."
    )
    entities = [
        person(text, "Ana Lopes", "Ana Lopes", "Prime Minister", "PRT"),
        person(text, "Olaf Berg", "Olaf Berg", "President", "USA"),
        place(text, "Portuguese", "norp", "Portugal", "PRT"),
    ]
    dates = [date(text, "Tuesday", "2025-03-11")]
    assert [m[:4] for m in _found(text, entities, dates)] == [(["Ana Lopes", "Olaf Berg"], None, "2025-03-11", "call")]
