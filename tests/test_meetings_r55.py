"""dipkit meetings, round 55, on sentences written for these tests:

- "On Friday, X is scheduled to meet the king. X will then pay a state visit to Malaysia from Friday": a meeting
  with the hosts of Thursday's talks is in their land, not at the next stop of that day;
- "They last crossed paths at the Group of 20 summit in Rio", after a summit of other organizations: another
  gathering, of the pair the sentence before named;
- "Mali, Burkina Faso and Niger signed a pact at their first joint summit": "their" is the subject;
- "X hosted A and B for the talks": the gathering told before, its lands now named by their leaders;
- "..., while West African heads of state meeting in Abuja on Sunday ...": the main clause's subject is no side;
- "met A and B in turn": a meeting with each;
- "..., meeting A in Belgrade and B in Pristina": a participle meets each at a place of their own;
- "The two leaders had approved the text at a meeting with A and B in Brussels": the pair of the news, with A and B;
- "A and B spoke by phone, and on Jan. 28 she made a tour of Berlin, Paris and Brussels, meeting C, D and E": "she"
  is the traveller, who met each in one city of the tour.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_the_hosts_of_yesterdays_talks_are_met_in_their_land_not_at_the_next_stop():
    text = (
        "PHNOM PENH, April 17 -- Chinese President Xi Jinping held talks with Cambodian Prime Minister Hun Manet in "
        "Phnom Penh on Thursday.\n\n"
        "On Friday, Xi is scheduled to meet King Norodom Sihamoni.\n\n"
        "At the invitation of Malaysian Prime Minister Anwar Ibrahim, Xi will then pay a state visit to Malaysia from "
        "Friday to Sunday."
    )
    assert found(text, "2025-04-17") == [
        (["Xi Jinping", "Hun Manet"], "Phnom Penh", "2025-04-17", "meeting", "held"),
        (["Xi Jinping", "Norodom Sihamoni"], "Phnom Penh", "2025-04-18", "meeting", "planned"),
        (["Xi Jinping", "Anwar Ibrahim"], "Malaysia", "2025-04-18", "meeting", "planned"),
    ]


def test_a_summit_of_another_organization_is_another_gathering_of_the_pair_named_before():
    text = (
        "MONTEVIDEO, Dec 6 -- The European Union and Mercosur closed a trade deal on Friday at a summit in Montevideo.\n\n"
        "Argentine President Javier Milei and Brazilian President Luiz Inacio Lula da Silva avoided each other. They "
        "last crossed paths at the Group of 20 summit in Rio de Janeiro on Nov. 18."
    )
    assert found(text, "2024-12-06") == [
        (["European Union", "Mercosur"], "Montevideo", "2024-12-06", "summit", "held"),
        (["Group of Twenty", "Javier Milei", "Luiz Inacio Lula da Silva"], "Rio de Janeiro", "2024-11-18", "summit", "held"),
    ]


def test_their_summit_is_the_subjects_summit():
    text = "Mali, Burkina Faso and Niger signed a defence pact at their first joint summit in Niamey on Saturday."
    assert found(text, "2024-07-07") == [(["Mali", "Burkina Faso", "Niger"], "Niamey", "2024-07-06", "summit", "held")]


def test_hosting_guests_for_the_talks_names_the_leaders_of_the_summit_told_before():
    text = (
        "Mali, Burkina Faso and Niger signed a defence pact at their first joint summit in Niamey on Saturday.\n\n"
        "General Abdourahamane Tiani of Niger hosted Colonel Assimi Goita of Mali and Captain Ibrahim Traore of "
        "Burkina Faso for the talks, which lasted into the night."
    )
    assert found(text, "2024-07-07") == [
        (["Assimi Goita", "Ibrahim Traore", "Abdourahamane Tiani"], "Niamey", "2024-07-06", "summit", "held"),
    ]


def test_unnamed_officials_after_while_are_no_side_of_the_main_clause():
    text = (
        "Mali, Burkina Faso and Niger signed a defence pact at their first joint summit in Niamey on Saturday, while "
        "West African heads of state meeting in Abuja on Sunday warned of a split."
    )
    assert found(text, "2024-07-07") == [(["Mali", "Burkina Faso", "Niger"], "Niamey", "2024-07-06", "summit", "held")]


def test_met_a_and_b_in_turn_is_a_meeting_with_each():
    text = "Senegalese President Bassirou Diomaye Faye met Malian leader Assimi Goita and Burkinabe leader Ibrahim Traore in turn on May 30."
    assert found(text, "2024-06-02") == [
        (["Bassirou Diomaye Faye", "Assimi Goita"], None, "2024-05-30", "meeting", "held"),
        (["Bassirou Diomaye Faye", "Ibrahim Traore"], None, "2024-05-30", "meeting", "held"),
    ]


def test_a_participle_meets_each_guest_at_the_place_named_after_them():
    text = (
        "EU envoy Miroslav Lajcak toured the region on Tuesday, meeting Serbian President Aleksandar Vucic in Belgrade "
        "and Kosovo Prime Minister Albin Kurti in Pristina."
    )
    assert found(text, "2023-03-18") == [
        (["Miroslav Lajcak", "Aleksandar Vucic"], "Belgrade", "2023-03-14", "meeting", "held"),
        (["Miroslav Lajcak", "Albin Kurti"], "Pristina", "2023-03-14", "meeting", "held"),
    ]


def test_the_two_leaders_at_a_meeting_with_named_guests_are_the_pair_of_the_news():
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Ohrid on Saturday.\n\n"
        "Kurti told reporters the deal had to be binding.\n\n"
        "The two leaders had approved the text of the plan at a meeting with EU foreign policy chief Josep Borrell and "
        "envoy Miroslav Lajcak in Brussels on February 27."
    )
    assert found(text, "2023-03-18") == [
        (["Aleksandar Vucic", "Albin Kurti"], "Ohrid", "2023-03-18", "meeting", "held"),
        (["Aleksandar Vucic", "Albin Kurti", "Josep Borrell", "Miroslav Lajcak"], "Brussels", "2023-02-27", "meeting", "held"),
    ]


def test_she_after_comma_and_is_the_traveller_who_meets_one_host_per_city():
    text = (
        "Danish Prime Minister Mette Frederiksen and US President Donald Trump spoke by phone on Jan. 15 in a call "
        "aides called frosty, and on Jan. 28 she made a whistle-stop tour of Berlin, Paris and Brussels, meeting "
        "Chancellor Olaf Scholz, President Emmanuel Macron and NATO Secretary General Mark Rutte."
    )
    assert found(text, "2025-04-04") == [
        (["Mette Frederiksen", "Donald Trump"], None, "2025-01-15", "call", "held"),
        (["Mette Frederiksen", "Olaf Scholz"], "Berlin", "2025-01-28", "meeting", "held"),
        (["Mette Frederiksen", "Emmanuel Macron"], "Paris", "2025-01-28", "meeting", "held"),
        (["Mette Frederiksen", "Mark Rutte"], "Brussels", "2025-01-28", "meeting", "held"),
    ]
