"""dipkit meetings, round 59, on sentences written for these tests:

- "Both ministers agreed to continue their talks next month in Madrid", "to resume the consultations in
  Madrid in the autumn": the pair's next round, planned, at its own place and time (not the talks told
  before); "continue their conversation next week in Brussels" after a call is a meeting where a place is
  named, a call where none is; "stressed the need to continue the talks" is no new round;
- "X extended an invitation for the President to visit Japan next year": a planned visit of the one the
  title stands for, hosted by X (as "invited the President to visit" is);
- "recalled the talks the two had held in Kananaskis in June": the pair's earlier meeting, there and then;
- "his earlier encounter with X on the sidelines of the G7 summit": a meeting (not "a chance encounter with
  fans");
- "The Chief Executive met X", after "Hong Kong Chief Executive John Lee arrived": Lee's meeting;
- "Talks between the delegations of Kenya and Ethiopia" are the two lands' talks; "The Kenyan delegation was led
  by A, while the Ethiopian side was headed by B" puts A and B in them for their lands, and "The US delegation was
  headed by A and included B and C, while the Russian delegation was led by D" all four;
- "the call that Foreign Minister X had on Saturday with Y", "the talks that X held on Monday in Rome with Y": X
  and Y's own;
- "the agreements reached at the meeting held in Tashkent last year", after a call of two leaders: their earlier
  meeting;
- "X, President of the Council of Ministers, ...; X renewed her invitation to President Y to pay a visit to Rome": a
  planned meeting of X, who leads her government, and Y (not Y's trip alone);
- in a call readout: "after the Prime Minister's visit to Warsaw on 17 January, when the two agreed ..." is a meeting of
  the pair there; "They discussed X" after it is what they said on the call, which stays a call; "the inaugural UK-EU
  summit, which London is to host in May" is planned, in London; "They look forward to seeing each
  other at the NATO leaders' Summit in The Hague this June" is the pair at that summit (not the lands of the summit told
  just before); "the Ukraine summit that the Prime Minister hosted on Sunday in London, which Prime Minister Y
  attended" has its host and Y; "praised Poland for meeting and exceeding the NATO defence spending goal" is no
  meeting;
- "X spoke to Y in Warsaw" is a meeting there;
- "is scheduled to pay a courtesy call to X" is a planned meeting with X; "in Ha Noi" is in Hanoi (the same name
  written apart), while "Brasilia" keeps its spelling.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

CALL = "German Foreign Minister Johann Wadephul spoke by phone on Friday with his Spanish counterpart Jose Manuel Albares. "
TALKS = "German Foreign Minister Johann Wadephul held talks on Friday in Berlin with his Spanish counterpart Jose Manuel Albares. "
PAIR = ["Johann Wadephul", "Jose Manuel Albares"]
BERLIN = (PAIR, "Berlin", "2025-06-20", "meeting", "held")


def test_talks_to_be_continued_at_a_place_and_time_of_their_own_are_the_pairs_next_round():
    text = TALKS + "Both ministers agreed to continue their talks next month in Madrid."
    assert found(text, "2025-06-20") == [BERLIN, (PAIR, "Madrid", "2025-07", "meeting", "planned")]


def test_consultations_to_be_resumed_are_a_round_of_their_own():
    text = TALKS + "The two sides agreed to resume the consultations in Madrid in the autumn."
    assert found(text, "2025-06-20") == [BERLIN, (PAIR, "Madrid", "2025-FA", "meeting", "planned")]


def test_a_conversation_to_be_continued_in_a_city_is_a_meeting_there():
    text = CALL + "Both ministers agreed to continue their conversation next week in Brussels."
    assert found(text, "2025-06-20") == [
        (PAIR, None, "2025-06-20", "call", "held"),
        (PAIR, "Brussels", "2025-W26", "meeting", "planned"),
    ]


def test_a_conversation_to_be_continued_with_no_place_is_a_call():
    text = CALL + "They will continue the conversation on Monday."
    assert found(text, "2025-06-20") == [(PAIR, None, "2025-06-20", "call", "held"), (PAIR, None, "2025-06-23", "call", "planned")]


def test_the_need_to_continue_the_talks_is_no_round_of_its_own():
    text = TALKS + "Both ministers stressed the need to continue the talks."
    assert found(text, "2025-06-20") == [BERLIN]


MANILA = "Japanese Prime Minister Shigeru Ishiba met Philippine President Ferdinand Marcos Jr. in Manila on Tuesday. "
LEADERS = ["Shigeru Ishiba", "Ferdinand Marcos Jr."]


def test_an_invitation_for_the_president_to_visit_is_a_planned_visit_of_the_president_named():
    text = MANILA + "Ishiba extended an invitation for the President to visit Japan next year."
    assert found(text, "2025-06-20") == [
        (LEADERS, "Manila", "2025-06-17", "meeting", "held"),
        (LEADERS, "Japan", "2026", "meeting", "planned"),
    ]


def test_an_invitation_for_him_to_visit_names_the_guest_by_pronoun():
    text = MANILA + "Ishiba extended an invitation for him to visit Japan next year."
    assert found(text, "2025-06-20") == [
        (LEADERS, "Manila", "2025-06-17", "meeting", "held"),
        (LEADERS, "Japan", "2026", "meeting", "planned"),
    ]


BERLIN_VISIT = "Chancellor Friedrich Merz received Canadian Prime Minister Mark Carney in Berlin on Monday. "
CHANCELLOR = ["Friedrich Merz", "Mark Carney"]


def test_talks_the_two_had_held_are_the_pairs_earlier_meeting():
    text = BERLIN_VISIT + "The Chancellor recalled the talks the two had held in Kananaskis in June."
    assert found(text, "2025-08-26") == [
        (CHANCELLOR, "Berlin", "2025-08-25", "meeting", "held"),
        (CHANCELLOR, "Kananaskis", "2025-06", "meeting", "held"),
    ]


def test_an_earlier_encounter_with_a_leader_is_a_meeting():
    text = BERLIN_VISIT + "Merz recalled his earlier encounter with Carney on the sidelines of the G7 summit in Kananaskis in June."
    assert found(text, "2025-08-26") == [
        (CHANCELLOR, "Berlin", "2025-08-25", "meeting", "held"),
        (CHANCELLOR, "Kananaskis", "2025-06", "meeting", "held"),
    ]


def test_an_encounter_with_fans_is_no_meeting():
    assert found("Merz said a chance encounter with fans in the street had cheered him.", "2025-08-26") == []


def test_the_chief_executive_is_the_holder_named_before():
    text = (
        "Hong Kong Chief Executive John Lee arrived in Kuala Lumpur on Monday. "
        "The Chief Executive met Malaysian Prime Minister Anwar Ibrahim on Tuesday."
    )
    assert found(text, "2025-06-20") == [(["John Lee", "Anwar Ibrahim"], "Kuala Lumpur", "2025-06-17", "meeting", "held")]


NAIROBI = "Talks between the delegations of Kenya and Ethiopia were held in Nairobi on Monday."


def test_talks_between_the_delegations_of_two_lands_are_the_lands_talks():
    assert found(NAIROBI, "2025-02-19") == [(["Kenya", "Ethiopia"], "Nairobi", "2025-02-17", "meeting", "held")]


def test_the_leaders_of_each_delegation_stand_for_their_lands():
    text = NAIROBI + (
        " The Kenyan delegation was led by Cabinet Secretary Musalia Mudavadi, while the Ethiopian side was headed by"
        " Foreign Minister Gedion Timothewos."
    )
    assert found(text, "2025-02-19") == [(["Musalia Mudavadi", "Gedion Timothewos"], "Nairobi", "2025-02-17", "meeting", "held")]


def test_the_members_a_delegation_included_join_its_leader():
    text = (
        "Russian and US officials held talks in Riyadh on Tuesday. The US delegation was headed by Secretary of State "
        "Marco Rubio and included envoy Steve Witkoff, while the Russian delegation was led by Foreign Minister Sergei Lavrov."
    )
    assert found(text, "2025-02-19") == [
        (["Sergei Lavrov", "Marco Rubio", "Steve Witkoff"], "Riyadh", "2025-02-18", "meeting", "held")
    ]


def test_the_call_a_named_minister_had_with_someone_is_theirs():
    text = "The meeting came after the call that Foreign Minister Antonio Tajani had on Saturday with his Egyptian counterpart, Badr Abdelatty."
    assert found(text, "2025-05-14") == [(["Antonio Tajani", "Badr Abdelatty"], None, "2025-05-10", "call", "held")]


def test_the_talks_a_named_minister_held_with_someone_are_theirs():
    text = "The visit followed the talks that Foreign Minister Antonio Tajani held on Monday in Rome with his Egyptian counterpart, Badr Abdelatty."
    assert found(text, "2025-05-14") == [(["Antonio Tajani", "Badr Abdelatty"], "Rome", "2025-05-12", "meeting", "held")]


def test_a_meeting_held_long_before_a_call_is_the_callers_earlier_meeting():
    text = (
        "President Kassym-Jomart Tokayev spoke by telephone today with President Shavkat Mirziyoyev. "
        "The leaders went over the agreements reached at the meeting held in Tashkent last year."
    )
    pair = ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert found(text, "2026-01-13") == [(pair, None, "2026-01-13", "call", "held"), (pair, "Tashkent", "2025", "meeting", "held")]


def test_the_president_of_the_council_of_ministers_hosts_the_visit_she_invites_to():
    text = (
        "Giorgia Meloni, President of the Council of Ministers, spoke by phone today with Algerian President Abdelmadjid "
        "Tebboune. Meloni renewed her invitation to President Tebboune to pay a visit to Rome."
    )
    pair = ["Giorgia Meloni", "Abdelmadjid Tebboune"]
    assert found(text, "2025-05-14") == [(pair, None, "2025-05-14", "call", "held"), (pair, "Rome", None, "meeting", "planned")]


READOUT = "On Tuesday evening Prime Minister Keir Starmer spoke to Donald Tusk, the Prime Minister of Poland. "
PM = ["Keir Starmer", "Donald Tusk"]
EVENING_CALL = (PM, None, "2025-03-04", "call", "held")


def test_a_visit_when_they_agreed_something_is_a_meeting_of_the_pair_and_what_they_discussed_stays_on_the_call():
    text = READOUT + (
        "The two leaders noted how far cooperation had come after the Prime Minister's visit to Warsaw on 17 January, "
        "when the two agreed to deepen defence ties. They discussed energy security."
    )
    assert found(text, "2025-03-04") == [EVENING_CALL, (PM, "Warsaw", "2025-01-17", "meeting", "held")]


def test_a_summit_a_city_will_host_is_planned_there_and_seeing_one_another_at_a_summit_is_the_pairs():
    text = READOUT + (
        "They discussed migration before the inaugural UK-EU summit, which London is to host in May. "
        "They look forward to seeing each other at the NATO leaders' Summit in The Hague this June."
    )
    assert found(text, "2025-03-04") == [
        EVENING_CALL,
        (["United Kingdom", "European Union"], "London", "2025-05", "meeting", "planned"),
        (["North Atlantic Treaty Organization", *PM], "Hague", "2025-06", "summit", "planned"),
    ]


def test_a_summit_the_prime_minister_hosted_which_a_guest_attended_has_both():
    text = READOUT + "Both leaders looked back on the Ukraine summit that the Prime Minister hosted on Sunday in London, which Prime Minister Tusk attended."
    assert found(text, "2025-03-04") == [EVENING_CALL, (PM, "London", "2025-03-02", "meeting", "held")]


def test_meeting_a_spending_target_is_no_meeting():
    text = READOUT + "The Prime Minister praised Poland for meeting and exceeding the NATO defence spending goal."
    assert found(text, "2025-03-04") == [EVENING_CALL]


def test_speaking_to_someone_in_a_city_is_a_meeting_there():
    assert found("Keir Starmer spoke to Donald Tusk in Warsaw.", "2025-03-04") == [
        (PM, "Warsaw", "2025-03-04", "meeting", "held")
    ]


def test_a_courtesy_call_to_someone_is_a_planned_meeting_in_the_city_written_apart():
    text = (
        "During his stay in Ha Noi, Cambodian Prime Minister Hun Manet is scheduled to pay a courtesy call to National "
        "Assembly Chairman Tran Thanh Man."
    )
    assert found(text, "2025-01-10") == [(["Hun Manet", "Tran Thanh Man"], "Hanoi", None, "meeting", "planned")]


def test_a_city_written_without_its_accent_keeps_its_spelling():
    text = "Foreign Minister Mauro Vieira met his Argentine counterpart Gerardo Werthein in Brasilia on Monday."
    assert found(text, "2025-07-03") == [(["Mauro Vieira", "Gerardo Werthein"], "Brasilia", "2025-06-30", "meeting", "held")]
