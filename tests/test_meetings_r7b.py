"""dipkit meetings, round 7 (detection and participants), on pages written for these tests: "the two foreign
ministers" are the two foreign ministers (not a deputy foreign minister named since), a bare title of several words
("the External Affairs Minister") stands for the person who holds it, "he and X had met" names both, "talks with A in
X on Sunday and with B in Y on Monday" are two meetings, talks told in an opening participle phrase ("Speaking
alongside X after talks in Y, Z said") are held by X and Z, "the special representatives for the boundary talks" is
an office, "Niger, which X last visited in 2022" is a visit, the stops a tour "will take" its traveller to are visits
(and no part of a summit elsewhere), a "leaders' meeting" of two countries is their leaders', "preparations for the
summit" are a topic, "attend the BRICS and SCO summits" is two summits, "a meeting of the foreign ministers of A, B and
C" names each minister, and an acronym between named talks and "with" hides nobody.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly as _found, org, person, place

from dipkit.meetings import sides
from dipkit.meetings.document import build
from dipkit.split.sentences import sentence_spans


def test_the_two_foreign_ministers_are_not_a_deputy_foreign_minister_named_since():
    text = (
        "Greek Foreign Minister Nikos Dendias met his Cypriot counterpart Ioannis Kasoulides in Athens on Monday. "
        "On Sunday, Greek Deputy Foreign Minister Miltiadis Varvitsiotis said the talks would focus on energy. "
        "The two foreign ministers last held talks in Nicosia in May 2021."
    )
    entities = [
        place(text, "Greek", "norp", "Greek", "GRC"),
        person(text, "Nikos Dendias", "Nikos Dendias", "Foreign Minister", "GRC"),
        place(text, "Cypriot", "norp", "Cypriot", "CYP"),
        person(text, "Ioannis Kasoulides", "Ioannis Kasoulides", "Foreign Minister", "CYP"),
        place(text, "Athens", "city", "Athens", "GRC"),
        place(text, "Greek", "norp", "Greek", "GRC", nth=2),
        person(text, "Miltiadis Varvitsiotis", "Miltiadis Varvitsiotis", "Deputy Foreign Minister", "GRC"),
        place(text, "Nicosia", "city", "Nicosia", "CYP"),
    ]
    dates = [date(text, "Monday", "2021-11-15"), date(text, "Sunday", "2021-11-14"), date(text, "May 2021", "2021-05")]
    found = _found(text, entities, dates, "2021-11-15")
    assert all("Miltiadis Varvitsiotis" not in parties for parties, *_ in found)
    assert (["Nikos Dendias", "Ioannis Kasoulides"], "Nicosia", "2021-05", "meeting", "held") in found
    doc = build(text, "2021-11-15", entities, dates, sentence_spans(text), {})
    last = doc.sentences[-1]
    holders = sides.office_holders(doc, last, text.index("held talks"))
    assert [m.party.name for m in holders] == ["Nikos Dendias", "Ioannis Kasoulides"]


def test_a_bare_title_of_several_words_stands_for_its_holder():
    text = (
        "External Affairs Minister S Jaishankar held talks with Saudi Foreign Minister Faisal bin Farhan in Riyadh on Monday. "
        "From Riyadh, the External Affairs Minister will travel to Germany, where he is scheduled to hold talks with "
        "German Foreign Minister Annalena Baerbock in Berlin on Tuesday."
    )
    entities = [
        person(text, "S Jaishankar", "S Jaishankar", "External Affairs Minister", "IND"),
        place(text, "Saudi", "norp", "Saudi", "SAU"),
        person(text, "Faisal bin Farhan", "Faisal bin Farhan", "Foreign Minister", "SAU"),
        place(text, "Riyadh", "city", "Riyadh", "SAU"),
        place(text, "Riyadh", "city", "Riyadh", "SAU", nth=2),
        place(text, "Germany", "country", "Germany", "DEU"),
        place(text, "German", "norp", "German", "DEU"),
        person(text, "Annalena Baerbock", "Annalena Baerbock", "Foreign Minister", "DEU"),
        place(text, "Berlin", "city", "Berlin", "DEU"),
    ]
    dates = [date(text, "Monday", "2024-09-09"), date(text, "Tuesday", "2024-09-10")]
    found = _found(text, entities, dates, "2024-09-09")
    assert (["S Jaishankar", "Annalena Baerbock"], "Berlin", "2024-09-10", "meeting", "planned") in found
    doc = build(text, "2024-09-09", entities, dates, sentence_spans(text), {})
    second = doc.sentences[1]
    travellers = sides.title_antecedent(doc, second, text.index("travel to"))
    guests = sides.infinitive_subject(doc, second, text.index("hold talks"), [])
    assert [m.party.name for m in travellers] == [m.party.name for m in guests] == ["S Jaishankar"]


def test_he_and_a_named_person_who_had_met_are_both_sides():
    text = (
        "President Shavkat Mirziyoyev received Turkmen President Serdar Berdimuhamedov in Tashkent on Friday. "
        "Mirziyoyev recalled that he and Berdimuhamedov had met in Ashgabat in March last year."
    )
    entities = [
        person(text, "Shavkat Mirziyoyev", "Shavkat Mirziyoyev", "President", "UZB"),
        place(text, "Turkmen", "norp", "Turkmen", "TKM"),
        person(text, "Serdar Berdimuhamedov", "Serdar Berdimuhamedov", "President", "TKM"),
        place(text, "Tashkent", "city", "Tashkent", "UZB"),
        person(text, "Mirziyoyev", "Shavkat Mirziyoyev", "President", "UZB", nth=2),
        person(text, "Berdimuhamedov", "Serdar Berdimuhamedov", "President", "TKM", nth=2),
        place(text, "Ashgabat", "city", "Ashgabat", "TKM"),
    ]
    dates = [date(text, "Friday", "2023-05-19"), date(text, "March last year", "2022-03")]
    found = _found(text, entities, dates, "2023-05-19")
    assert (["Shavkat Mirziyoyev", "Serdar Berdimuhamedov"], "Ashgabat", "2022-03", "meeting", "held") in found


def test_a_second_object_after_the_first_ones_place_and_day_is_a_meeting_of_its_own():
    text = (
        "After Ghana, Prime Minister Narendra Modi will travel to Senegal and Mali. He is scheduled to hold talks with "
        "Senegalese President Macky Sall in Dakar on Friday and with Malian President Ibrahim Boubacar Keita in Bamako on Saturday."
    )
    entities = [
        place(text, "Ghana", "country", "Ghana", "GHA"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Senegal", "country", "Senegal", "SEN"),
        place(text, "Mali", "country", "Mali", "MLI"),
        place(text, "Senegalese", "norp", "Senegalese", "SEN"),
        person(text, "Macky Sall", "Macky Sall", "President", "SEN"),
        place(text, "Dakar", "city", "Dakar", "SEN"),
        place(text, "Malian", "norp", "Malian", "MLI"),
        person(text, "Ibrahim Boubacar Keita", "Ibrahim Boubacar Keita", "President", "MLI"),
        place(text, "Bamako", "city", "Bamako", "MLI"),
    ]
    dates = [date(text, "Friday", "2018-07-20"), date(text, "Saturday", "2018-07-21")]
    found = _found(text, entities, dates, "2018-07-18")
    assert (["Narendra Modi", "Ibrahim Boubacar Keita"], "Bamako", "2018-07-21", "meeting", "planned") in found
    assert any(parties[:2] == ["Narendra Modi", "Macky Sall"] and where == "Dakar" for parties, where, *_ in found)


def test_talks_in_an_opening_participle_phrase_are_held_by_whoever_speaks_after_it():
    text = (
        "Speaking at a news conference alongside Chinese Foreign Minister Wang Yi after talks in Canberra, "
        "Foreign Minister Penny Wong said the two countries would resume their dialogue."
    )
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Canberra", "city", "Canberra", "AUS"),
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
    ]
    found = _found(text, entities, [], "2024-03-20")
    assert [(sorted(parties), where) for parties, where, *_ in found] == [(["Penny Wong", "Wang Yi"], "Canberra")]


def test_a_bare_title_after_an_opening_participle_phrase_is_its_holder():
    text = (
        "President Joe Biden arrived in Ottawa on Thursday. Speaking at a joint news conference with Justin Trudeau "
        "after talks on Parliament Hill, the US President said the allies would stand together."
    )
    entities = [
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        place(text, "Ottawa", "city", "Ottawa", "CAN"),
        person(text, "Justin Trudeau", "Justin Trudeau", "Prime Minister", "CAN"),
        place(text, "US", "country", "United States", "USA"),
    ]
    found = _found(text, entities, [date(text, "Thursday", "2023-03-23")], "2023-03-24")
    assert any(sorted(parties) == ["Joe Biden", "Justin Trudeau"] for parties, *_ in found)


def test_an_office_held_at_running_talks_is_no_meeting():
    text = (
        "Chinese Foreign Minister Wang Yi and Indian National Security Adviser Ajit Doval, the special representatives "
        "for the boundary talks, held a video call on Sunday."
    )
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Ajit Doval", "Ajit Doval", "National Security Adviser", "IND"),
    ]
    found = _found(text, entities, [date(text, "Sunday", "2020-07-05")], "2020-07-06")
    assert found == [(["Wang Yi", "Ajit Doval"], None, "2020-07-05", "call", "held")]


def test_a_country_that_a_relative_clause_says_someone_visited_is_the_place_visited():
    text = (
        "Chancellor Olaf Scholz met President Macky Sall in Dakar on Sunday. Germany keeps troops in Niger, "
        "which Scholz last visited in 2022."
    )
    entities = [
        person(text, "Olaf Scholz", "Olaf Scholz", "Chancellor", "DEU"),
        person(text, "Macky Sall", "Macky Sall", "President", "SEN"),
        place(text, "Dakar", "city", "Dakar", "SEN"),
        place(text, "Germany", "country", "Germany", "DEU"),
        place(text, "Niger", "country", "Niger", "NER"),
        person(text, "Scholz", "Olaf Scholz", "Chancellor", "DEU", nth=2),
    ]
    dates = [date(text, "Sunday", "2023-05-21"), date(text, "2022", "2022")]
    found = _found(text, entities, dates, "2023-05-22")
    assert (["Olaf Scholz", "Niger"], "Niger", "2022", "visit", "held") in found


def test_the_places_a_tour_takes_its_traveller_to_are_visits():
    text = (
        "Chinese Premier Li Qiang arrived in Wellington on Thursday for talks with Prime Minister Christopher Luxon, "
        "the first stop of a tour that will also take Li to Australia and Malaysia. "
        "Separately, Secretary of State Antony Blinken landed in Manila on an Asian trip that has already taken him to Japan."
    )
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
        place(text, "Wellington", "city", "Wellington", "NZL"),
        person(text, "Christopher Luxon", "Christopher Luxon", "Prime Minister", "NZL"),
        person(text, "Li", "Li Qiang", "Premier", "CHN", nth=2),
        place(text, "Australia", "country", "Australia", "AUS"),
        place(text, "Malaysia", "country", "Malaysia", "MYS"),
        person(text, "Antony Blinken", "Antony Blinken", "Secretary of State", "USA"),
        place(text, "Manila", "city", "Manila", "PHL"),
        place(text, "Japan", "country", "Japan", "JPN"),
    ]
    found = _found(text, entities, [date(text, "Thursday", "2024-06-13")], "2024-06-13")
    assert (["Li Qiang", "Australia", "Malaysia"], None, None, "visit", "planned") in found
    assert (["Antony Blinken", "Japan"], "Japan", None, "visit", "held") in found


def test_a_leaders_meeting_of_two_countries_is_a_meeting_of_their_leaders():
    text = (
        "China, India pledge closer ties ahead of leaders' meeting\n"
        "State Councilor Wang Yi held talks with External Affairs Minister Subrahmanyam Jaishankar in Beijing on Monday. "
        "Wang said President Xi Jinping and Prime Minister Narendra Modi agreed on much at their meeting in Wuhan last year."
    )
    entities = [
        place(text, "China", "country", "China", "CHN"),
        place(text, "India", "country", "India", "IND"),
        person(text, "Wang Yi", "Wang Yi", "State Councilor", "CHN"),
        person(text, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister", "IND"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Wang", "Wang Yi", "State Councilor", "CHN", nth=2),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Wuhan", "city", "Wuhan", "CHN"),
    ]
    dates = [date(text, "Monday", "2019-08-12"), date(text, "last year", "2018")]
    found = _found(text, entities, dates, "2019-08-12")
    assert found[0] == (["Xi Jinping", "Narendra Modi"], None, None, "meeting", "planned")
    assert not any(parties == ["China", "India"] for parties, *_ in found)


def test_preparations_for_a_summit_are_what_was_discussed_not_where():
    text = (
        "Foreign Minister Mauro Vieira held talks with Indian External Affairs Minister S Jaishankar in Brasilia on Monday. "
        "The two ministers also discussed preparations for the BRICS summit that Brazil will host in July."
    )
    entities = [
        person(text, "Mauro Vieira", "Mauro Vieira", "Foreign Minister", "BRA"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "S Jaishankar", "S Jaishankar", "External Affairs Minister", "IND"),
        place(text, "Brasilia", "city", "Brasilia", "BRA"),
        org(text, "BRICS", "BRICS"),
        place(text, "Brazil", "country", "Brazil", "BRA"),
    ]
    dates = [date(text, "Monday", "2025-05-12"), date(text, "July", "2025-07")]
    found = _found(text, entities, dates, "2025-05-12")
    assert found == [(["Mauro Vieira", "S Jaishankar"], "Brasilia", "2025-05-12", "meeting", "held")]


def test_attending_the_summits_of_two_blocs_is_one_summit_of_each():
    text = (
        "Prime Minister Narendra Modi will travel to Kazan next week to attend the BRICS and "
        "Shanghai Cooperation Organisation (SCO) summits."
    )
    entities = [
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Kazan", "city", "Kazan", "RUS"),
        org(text, "BRICS", "BRICS"),
        org(text, "Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation"),
        org(text, "SCO", "Shanghai Cooperation Organisation"),
    ]
    found = _found(text, entities, [date(text, "next week", "2024-W43")], "2024-10-15")
    assert sorted(parties for parties, *_ in found) == [
        ["Narendra Modi", "BRICS"], ["Narendra Modi", "Shanghai Cooperation Organisation"]
    ]
    assert all(kind == "summit" and status == "planned" for *_, kind, status in found)


def test_a_meeting_of_the_foreign_ministers_of_listed_countries_names_each_minister():
    text = (
        "Foreign Minister Wang Yi held talks with Iranian Foreign Minister Abbas Araghchi in Beijing on Monday. "
        "On Tuesday, Araghchi will join an informal trilateral meeting of the foreign ministers of Iran, China and Russia, "
        "with Russian Foreign Minister Sergei Lavrov also in the Chinese capital."
    )
    entities = [
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Iranian", "norp", "Iranian", "IRN"),
        person(text, "Abbas Araghchi", "Abbas Araghchi", "Foreign Minister", "IRN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Araghchi", "Abbas Araghchi", "Foreign Minister", "IRN", nth=2),
        place(text, "Iran", "country", "Iran", "IRN"),
        place(text, "China", "country", "China", "CHN"),
        place(text, "Russia", "country", "Russia", "RUS"),
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Tuesday", "2025-03-11")]
    found = _found(text, entities, dates, "2025-03-10")
    assert any(
        sorted(parties) == ["Abbas Araghchi", "Sergei Lavrov", "Wang Yi"] and when == "2025-03-11" and status == "planned"
        for parties, _, when, _, status in found
    )


def test_a_tour_stop_is_no_part_of_a_summit_in_another_country_named_with_it():
    text = (
        "President Xi Jinping held talks with President Macky Sall in Dakar on Saturday. Senegal is the first stop of a "
        "tour that will also take Xi to Rwanda and to South Africa, where he will attend the BRICS summit in Johannesburg."
    )
    entities = [
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Macky Sall", "Macky Sall", "President", "SEN"),
        place(text, "Dakar", "city", "Dakar", "SEN"),
        place(text, "Senegal", "country", "Senegal", "SEN"),
        person(text, "Xi", "Xi Jinping", "President", "CHN", nth=2),
        place(text, "Rwanda", "country", "Rwanda", "RWA"),
        place(text, "South Africa", "country", "South Africa", "ZAF"),
        org(text, "BRICS", "BRICS"),
        place(text, "Johannesburg", "city", "Johannesburg", "ZAF"),
    ]
    found = _found(text, entities, [date(text, "Saturday", "2018-07-21")], "2018-07-21")
    assert (["Xi Jinping", "Rwanda"], "Rwanda", None, "visit", "planned") in found
    assert (["Xi Jinping", "BRICS"], "Johannesburg", None, "summit", "planned") in found


def test_the_acronym_of_named_talks_does_not_hide_those_they_are_held_with():
    text = (
        "Foreign Minister Penny Wong will travel to Washington for the Australia-United States Ministerial "
        "Consultations (AUSMIN) with Secretary of State Antony Blinken."
    )
    entities = [
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
        place(text, "Washington", "city", "Washington", "USA"),
        place(text, "Australia", "country", "Australia", "AUS"),
        place(text, "United States", "country", "United States", "USA"),
        person(text, "Antony Blinken", "Antony Blinken", "Secretary of State", "USA"),
    ]
    found = _found(text, entities, [], "2024-08-01")
    assert [(parties[-1], where, status) for parties, where, _, _, status in found] == [("Antony Blinken", "Washington", "planned")]
