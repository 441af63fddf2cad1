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
  is the traveller, who met each in one city of the tour;
- "had held talks with X the day before", after X's forum in Suva and a stop in Apia: in the hosts' city;
- "The tour began in Honiara last Thursday, when X met Y": there;
- "held talks with X on the margins of the Jan. 15 inauguration ... and spoke to him by telephone last week": talks
  on that day, and a call of their own;
- "A and B met separately at the embassy": on the occasion of the meeting before;
- "travelled to the Ukrainian border city of Uzhhorod on Jan. 24 for talks with X": held there;
- "X will host the bloc's next summit in Buenos Aires": a planned summit of the bloc named just before, not of the
  Group of 20 told in an aside;
- "X said he and Y would meet again in Muscat next Saturday": a planned meeting of X and Y;
- "was received in Tehran by A ... and later met B", in a story whose lead is abroad: B in Tehran too;
- "X hosted A and B for the trilateral summit", after a meeting of their three lands: that meeting is a summit of
  the three, whom "the three leaders ... meet again" names later; "for the first summit of the Alliance of Sahel
  States" is a gathering of its own;
- "at Jamaica House" (a seat of government now in the venues list) is Kingston.

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


def test_talks_the_day_before_a_hosts_forum_are_in_the_hosts_city_not_at_the_stop_before():
    text = (
        "In Suva on Monday, Chinese Foreign Minister Wang Yi and Fijian Prime Minister Frank Bainimarama co-chaired a "
        "regional ministers' meeting. Wang had held bilateral talks with Bainimarama the day before.\n\n"
        "Over the weekend, Wang was in Apia, where he met Samoan Prime Minister Fiame Naomi Mata'afa on Saturday."
    )
    assert found(text, "2022-06-01") == [
        (["Wang Yi", "Frank Bainimarama"], "Suva", "2022-05-30", "meeting", "held"),
        (["Wang Yi", "Frank Bainimarama"], "Suva", "2022-05-29", "meeting", "held"),
        (["Wang Yi", "Fiame Naomi Mata'afa"], "Apia", "2022-05-28", "meeting", "held"),
    ]


def test_a_meeting_in_the_when_clause_of_a_tours_first_stop_is_there():
    text = "The tour began in Honiara last Thursday, when Chinese Foreign Minister Wang Yi met Solomon Islands Prime Minister Manasseh Sogavare."
    assert found(text, "2022-06-01") == [(["Wang Yi", "Manasseh Sogavare"], "Honiara", "2022-05-26", "meeting", "held")]


def test_talks_on_the_margins_of_a_dated_event_and_a_later_call_are_two_contacts():
    text = (
        "MAPUTO -- Mozambican President Daniel Chapo met opposition leader Venancio Mondlane on Sunday.\n\n"
        "South Africa has urged dialogue. President Cyril Ramaphosa held talks with Chapo on the margins of the Jan. 15 "
        "inauguration in Maputo and spoke to him by telephone again last week, Pretoria said."
    )
    assert found(text, "2025-03-24") == [
        (["Daniel Chapo", "Venancio Mondlane"], "Maputo", "2025-03-23", "meeting", "held"),
        (["Cyril Ramaphosa", "Daniel Chapo"], "Maputo", "2025-01-15", "meeting", "held"),
        (["Cyril Ramaphosa", "Daniel Chapo"], None, "2025-W12", "call", "held"),
    ]


def test_a_pair_that_met_separately_shares_the_occasion_of_the_meeting_before():
    text = (
        "Visegrad leaders meet in Prague\n\n"
        "The prime ministers of the Visegrad Group met in Prague on Tuesday, their first meeting since the Slovak "
        "election.\n\n"
        "Czech Prime Minister Petr Fiala hosted Poland's Donald Tusk, Hungary's Viktor Orban and Slovakia's Robert Fico.\n\n"
        "The leaders disagreed on military aid but pledged to keep working on energy and transport.\n\n"
        "Before the plenary session, Fiala and Tusk held a bilateral meeting over breakfast. Orban and Fico met "
        "separately at the Hungarian embassy."
    )
    assert found(text, "2024-02-29")[1:] == [
        (["Petr Fiala", "Donald Tusk"], "Prague", "2024-02-27", "meeting", "held"),
        (["Viktor Orban", "Robert Fico"], "Prague", "2024-02-27", "meeting", "held"),
    ]


def test_a_trip_to_the_border_city_of_x_for_talks_is_held_there():
    text = (
        "Slovak Prime Minister Robert Fico travelled to the Ukrainian border city of Uzhhorod on Jan. 24 for talks "
        "with Ukrainian Prime Minister Denys Shmyhal, where the two agreed to revive joint government consultations."
    )
    assert found(text, "2024-02-28") == [(["Robert Fico", "Denys Shmyhal"], "Uzhhorod", "2024-01-24", "meeting", "held")]


def test_hosting_the_blocs_next_summit_is_a_planned_summit_of_the_bloc_named_just_before():
    text = (
        "MONTEVIDEO, Dec 6 -- The European Union and Mercosur closed a trade deal on Friday at a summit in Montevideo.\n\n"
        "Argentine President Javier Milei and Brazilian President Luiz Inacio Lula da Silva avoided each other. They "
        "last crossed paths at the Group of 20 summit in Rio de Janeiro on Nov. 18.\n\n"
        "Uruguay handed Mercosur's rotating presidency to Argentina. Milei will host the bloc's next summit in Buenos "
        "Aires in the first half of 2025."
    )
    assert found(text, "2024-12-06") == [
        (["European Union", "Mercosur"], "Montevideo", "2024-12-06", "summit", "held"),
        (["Group of Twenty", "Javier Milei", "Luiz Inacio Lula da Silva"], "Rio de Janeiro", "2024-11-18", "summit", "held"),
        (["Mercosur", "Javier Milei"], "Buenos Aires", "2025-H1", "summit", "planned"),
    ]


def test_he_and_a_named_partner_after_said_are_the_pair_that_will_meet():
    text = (
        "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held talks in Rome on Saturday.\n\n"
        "Araghchi said he and Witkoff would meet again in Muscat next Saturday to review the work of the experts."
    )
    assert found(text, "2025-04-20") == [
        (["Abbas Araghchi", "Steve Witkoff"], "Rome", "2025-04-19", "meeting", "held"),
        (["Abbas Araghchi", "Steve Witkoff"], "Muscat", "2025-04-26", "meeting", "planned"),
    ]


def test_a_meeting_later_that_day_is_in_the_city_of_the_one_before_not_the_leads():
    text = (
        "DUBAI, April 20 (Reuters) - Iran and the United States held a second round of talks in Rome on Saturday.\n\n"
        "On Thursday, Saudi Defence Minister Prince Khalid bin Salman was received in Tehran by Supreme Leader Ali "
        "Khamenei, the most senior Saudi official to visit Iran in decades, and later met President Masoud Pezeshkian."
    )
    assert found(text, "2025-04-20") == [
        (["Iran", "United States"], "Rome", "2025-04-19", "meeting", "held"),
        (["Khalid bin Salman", "Ali Khamenei"], "Tehran", "2025-04-17", "meeting", "held"),
        (["Khalid bin Salman", "Masoud Pezeshkian"], "Tehran", "2025-04-17", "meeting", "held"),
    ]


def test_hosting_leaders_for_the_trilateral_summit_makes_their_lands_meeting_a_summit_met_again_later():
    text = (
        "The presidents of Tajikistan, Kyrgyzstan and Uzbekistan met in the northern Tajik city of Khujand on Monday "
        "and signed a border treaty.\n\n"
        "Tajik President Emomali Rahmon hosted Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev for "
        "the trilateral summit, the first of its kind, at a palace outside the city.\n\n"
        "The three leaders are expected to meet again in June in Astana."
    )
    assert found(text, "2025-04-01") == [
        (["Emomali Rahmon", "Sadyr Japarov", "Shavkat Mirziyoyev"], "Khujand", "2025-03-31", "summit", "held"),
        (["Emomali Rahmon", "Sadyr Japarov", "Shavkat Mirziyoyev"], "Astana", "2025-06", "meeting", "planned"),
    ]


def test_hosting_for_the_first_summit_of_a_named_bloc_joins_no_gathering_told_before():
    text = (
        "Ghanaian President Nana Akufo-Addo and Nigerian President Bola Tinubu held talks in Abuja on Sunday.\n\n"
        "On Saturday in Niamey, General Abdourahamane Tiani of Niger hosted Captain Ibrahim Traore of Burkina Faso and "
        "Colonel Assimi Goita of Mali for the first summit of the Alliance of Sahel States."
    )
    assert [m[0] for m in found(text, "2024-07-08")] == [
        ["Nana Akufo-Addo", "Bola Tinubu"],
        ["Abdourahamane Tiani", "Ibrahim Traore", "Assimi Goita"],
    ]


def test_a_courtesy_call_at_jamaica_house_is_in_kingston():
    text = "Canadian Foreign Minister Anita Anand paid a courtesy call on Jamaican Prime Minister Andrew Holness at Jamaica House on Thursday."
    assert found(text, "2026-01-16") == [(["Anita Anand", "Andrew Holness"], "Kingston", "2026-01-15", "meeting", "held")]
