"""dipkit meetings, round 61, on sentences written for these tests:

- "X invited Y to visit Chile next year for the third meeting of the council": the trip's talks, planned there
  and then (the council of the two lands is no gathering of many, unlike "the meeting of the European Council");
- "the Finnish prime minister will fly to Brussels this month for the meeting of the European Council of 26
  and 27 June": that body's
  gathering, planned, on its first day (not "demanded a meeting of the Security Council": one wished for);
- "X recalled their talks in Lima in April", after this week's talks of the pair: the pair's earlier meeting;
- "The Taoiseach invited the President to visit Ireland", the President named before: a planned meeting of the
  two in Ireland, the leader who invites hosting it;
- "The two leaders first met in May on the sidelines of ...", after the news pair's talks and an aside on another
  pair's meeting to come: the news pair's earlier meeting;
- "X traveled to Lima in 2019 for talks with Y, a meeting that opened a new chapter": the apposed noun is the talks
  just told, with no sides of its own;
- in a transcript's turn, "a phone conversation took place between us" is the speaker's call with the other
  speaker, and "I will certainly come to Astana in July for the SCO summit, and then to Tashkent in August" goes to the
  summit in July (the day of the next leg is not the summit's);
- "will go to Kazan in October for the BRICS leaders' summit, to which he had been invited by X": the summit, with no
  talks with X, who invited him to it;
- "X, who co-chairs the trade commission between the two countries, on Wednesday held talks with Y": X's talks,
  not the two lands';
- "renewed their pledge to meeting the objectives set by the Paris climate accord": no meeting;
- "The President of the Republic, Emmanuel Macron, ..." makes "the President of the Republic" Macron, however
  often another president is named: "both the President of the Republic and Mr Petro will attend the
  opening", "the November 2023 visit of the President of the Republic to Colombia";
- "held talks in Tehran with Maj. Gen. X": a military rank's abbreviation stands in a title, as "Dr." does;
- "conveyed an invitation from X for Prince Mohammed to visit Iran": a planned meeting of X and the crown
  prince in Iran, not of the envoy who conveyed it;
- "separate talks with NATO Secretary General X, the President of the European Council, Y, and the President of
  the European Parliament, Z": three meetings, each office in apposition to its holder;
- "will travel to Brussels, where he will hold talks with NATO Secretary General Z": the trip is the way to the
  talks, no visit of its own, though Z is of no land visited.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

ELYSEE = "The President of the Republic, Emmanuel Macron, received President Gustavo Petro of Colombia in Paris today. "
LEAD = "President Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago on Tuesday. "


def test_a_trip_for_the_meeting_of_the_two_lands_council_is_the_trips_talks():
    text = LEAD + "Boric invited Boluarte to visit Chile again next year for the third meeting of the council, and she accepted."
    assert found(text, "2024-06-13") == [
        (["Gabriel Boric", "Dina Boluarte"], "Santiago", "2024-06-11", "meeting", "held"),
        (["Gabriel Boric", "Dina Boluarte"], "Chile", "2025", "meeting", "planned"),
    ]


def test_a_trip_for_the_meeting_of_a_bloc_is_that_blocs_gathering():
    text = "The Finnish prime minister, Petteri Orpo, will fly to Brussels this month for the meeting of the European Council of 26 and 27 June."
    assert found(text, "2025-06-18") == [(["Petteri Orpo", "European Council"], "Brussels", "2025-06-26", "summit", "planned")]


def test_a_meeting_of_a_bloc_one_demands_is_none():
    assert found("Estonia on Tuesday demanded a meeting of the U.N. Security Council to discuss the drone incursion.", "2025-09-12") == []


def test_their_talks_on_another_day_are_the_pairs_earlier_meeting():
    text = LEAD + "Boluarte recalled their talks in Lima in April, which opened the way to the new trade accord."
    assert found(text, "2024-06-13") == [
        (["Gabriel Boric", "Dina Boluarte"], "Santiago", "2024-06-11", "meeting", "held"),
        (["Gabriel Boric", "Dina Boluarte"], "Lima", "2024-04", "meeting", "held"),
    ]


def test_the_talks_on_the_same_day_stay_the_one_meeting():
    text = LEAD + "Boluarte said their talks in Santiago on Tuesday had opened the way to the new trade accord."
    assert found(text, "2024-06-13") == [(["Gabriel Boric", "Dina Boluarte"], "Santiago", "2024-06-11", "meeting", "held")]


def test_a_leader_who_invites_a_president_named_before_hosts_the_visit():
    text = (
        "The Taoiseach, Micheál Martin, met the President of Finland, Alexander Stubb, in Helsinki today. "
        "The Taoiseach invited the President to visit Ireland."
    )
    assert found(text, "2025-05-14") == [
        (["Micheál Martin", "Alexander Stubb"], "Helsinki", "2025-05-14", "meeting", "held"),
        (["Micheál Martin", "Alexander Stubb"], "Ireland", None, "meeting", "planned"),
    ]


def test_the_two_leaders_first_met_is_the_news_pair_not_the_aside_pair():
    text = LEAD + (
        "The talks came a week before Boric is to meet Argentine President Javier Milei in Buenos Aires.\n\n"
        "\"We share a long border and a long history,\" Boric said.\n\n"
        "The two leaders first met in May on the sidelines of a regional summit in Brasilia."
    )
    assert found(text, "2024-06-13") == [
        (["Gabriel Boric", "Dina Boluarte"], "Santiago", "2024-06-11", "meeting", "held"),
        (["Gabriel Boric", "Javier Milei"], "Buenos Aires", "2024-06-18", "meeting", "planned"),
        (["Gabriel Boric", "Dina Boluarte"], "Brasilia", "2024-05", "meeting", "held"),
    ]


def test_an_apposed_meeting_noun_is_the_talks_just_told():
    text = LEAD + (
        "Boluarte's trip is the first by a Peruvian leader since Martin Vizcarra traveled to Santiago in 2019 for talks with "
        "then-President Sebastian Pinera, a meeting that opened a new chapter in relations."
    )
    assert found(text, "2024-06-13") == [
        (["Gabriel Boric", "Dina Boluarte"], "Santiago", "2024-06-11", "meeting", "held"),
        (["Martin Vizcarra", "Sebastian Pinera"], "Santiago", "2019", "meeting", "held"),
    ]


TURN = (
    "Talks between Kassym-Jomart Tokayev and Shavkat Mirziyoyev\n\n"
    "Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana.\n\n"
    "Shavkat Mirziyoyev: Dear Kassym-Jomart Kemelevich,\n\n"
)
REPLY = "\n\nKassym-Jomart Tokayev: Thank you, dear friend."


def test_a_call_that_took_place_between_us_is_the_two_speakers_call():
    text = TURN + "In March we met in Samarkand, and in April a phone conversation took place between us." + REPLY
    assert found(text, "2025-05-20") == [
        (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "Astana", "2025-05-20", "meeting", "held"),
        (["Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"], "Samarkand", "2025-03", "meeting", "held"),
        (["Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"], None, "2025-04", "call", "held"),
    ]


def test_the_speakers_trip_to_a_summit_keeps_its_own_month_before_the_next_leg():
    text = TURN + "I will certainly come to Astana in July for the SCO summit, and after that to Almaty in August for the business forum." + REPLY
    assert found(text, "2025-05-20") == [
        (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "Astana", "2025-05-20", "meeting", "held"),
        (["Shanghai Cooperation Organisation", "Shavkat Mirziyoyev"], "Astana", "2025-07", "summit", "planned"),
    ]


def test_the_one_who_invites_to_a_summit_holds_no_talks_there():
    text = "Cuban leader Miguel Diaz-Canel will go to Kazan in October for the BRICS leaders' summit, to which he had been invited by Vladimir Putin."
    assert found(text, "2024-09-12") == [(["Miguel Diaz-Canel", "BRICS"], "Kazan", "2024-10", "summit", "planned")]


def test_two_countries_in_the_subjects_aside_are_no_sides_of_its_talks():
    text = (
        "Deputy Prime Minister Dmitry Chernyshenko of Russia, who co-chairs the trade commission between the two "
        "countries, on Wednesday held talks in Havana with Manuel Marrero Cruz, Cuba's prime minister."
    )
    assert found(text, "2024-09-12") == [(["Dmitry Chernyshenko", "Manuel Marrero Cruz"], "Havana", "2024-09-11", "meeting", "held")]


def test_meeting_the_objectives_of_an_agreement_is_no_meeting():
    text = ELYSEE + (
        "Both heads of state renewed their pledge to meeting the objectives set by the Paris climate accord, "
        "with the Belem conference due in November."
    )
    assert found(text, "2025-06-05") == [(["Emmanuel Macron", "Gustavo Petro"], "Paris", "2025-06-05", "meeting", "held")]


def test_the_president_of_the_republic_is_whom_the_story_gave_that_title():
    text = ELYSEE + (
        "President Petro thanked France for its support. Next Monday, both the President of the Republic and Mr Petro "
        "will attend the opening of the United Nations Ocean Conference in Nice."
    )
    assert found(text, "2025-06-05") == [
        (["Emmanuel Macron", "Gustavo Petro"], "Paris", "2025-06-05", "meeting", "held"),
        (["Emmanuel Macron", "Gustavo Petro", "United Nations"], "Nice", "2025-06-09", "summit", "planned"),
    ]


def test_the_visit_of_the_president_of_the_republic_is_his_trip():
    text = ELYSEE + (
        "Petro spoke warmly of the visit of the President of the Republic to Colombia in November 2023, "
        "made at his own invitation."
    )
    assert found(text, "2025-06-05") == [
        (["Emmanuel Macron", "Gustavo Petro"], "Paris", "2025-06-05", "meeting", "held"),
        (["Emmanuel Macron", "Gustavo Petro"], "Colombia", "2023-11", "meeting", "held"),
    ]


def test_a_military_rank_before_the_object_is_part_of_its_title():
    text = "Army chief Gen. Asim Munir held talks in Riyadh on Sunday with Lt. Gen. Fayyad Al-Ruwaili, the Saudi chief of staff."
    assert found(text, "2024-11-11") == [(["Asim Munir", "Fayyad Al-Ruwaili"], "Riyadh", "2024-11-10", "meeting", "held")]


def test_an_invitation_from_a_leader_for_a_titled_guest_is_their_planned_meeting():
    text = (
        "On Monday in Riyadh, Crown Prince Mohammed bin Salman received Mohammad Reza Aref, Iran's first vice president. "
        "Aref conveyed an invitation from President Masoud Pezeshkian for Prince Mohammed to visit Iran."
    )
    assert found(text, "2024-11-11") == [
        (["Mohammed bin Salman", "Mohammad Reza Aref"], "Riyadh", "2024-11-11", "meeting", "held"),
        (["Mohammed bin Salman", "Masoud Pezeshkian"], "Iran", None, "meeting", "planned"),
    ]


def test_offices_of_bodies_in_apposition_keep_the_list_of_separate_talks():
    text = (
        "In Brussels on Friday, Prime Minister Kristrun Frostadottir will hold separate talks with NATO Secretary "
        "General Mark Rutte, the President of the European Council, Antonio Costa, and the President of the European "
        "Parliament, Roberta Metsola."
    )
    assert found(text, "2025-05-07") == [
        (["Kristrun Frostadottir", "Mark Rutte"], "Brussels", "2025-05-09", "meeting", "planned"),
        (["Kristrun Frostadottir", "Antonio Costa"], "Brussels", "2025-05-09", "meeting", "planned"),
        (["Kristrun Frostadottir", "Roberta Metsola"], "Brussels", "2025-05-09", "meeting", "planned"),
    ]


def test_a_trip_to_the_city_of_the_talks_it_tells_is_no_visit_of_its_own():
    text = "On Friday, Prime Minister Kristrun Frostadottir will travel to Brussels, where she will hold talks with NATO Secretary General Mark Rutte."
    assert found(text, "2025-05-07") == [(["Kristrun Frostadottir", "Mark Rutte"], "Brussels", "2025-05-09", "meeting", "planned")]
