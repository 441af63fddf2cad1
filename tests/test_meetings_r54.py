"""dipkit meetings, round 54, on sentences written for these tests:

- "The Consultative Meeting, hosted by X in Dushanbe in September last year, was attended by A and B": the host's
  own clause dates and places the gathering;
- "the summit, which X hosted in Budapest in May last year": a relative clause on the gathering with its host's verb
  gives the gathering's day and place;
- "the last meeting between the two countries' defence chiefs took place in Cambodia in 2022, when A met B": the
  "when" clause names who the described pair were;
- "... a panel led by A and B. At their previous meeting, on March 3, ...": "their" is the pair just named, when
  neither was reported meeting before;
- "the two ministers were received by X", "X received the two ministers": a meeting of its own, with X;
- "X hosted A and B for a trilateral summit", leaders of three lands: a summit;
- "met near San Francisco" is San Francisco; "met President X at the National Palace", a leader's seat of no known
  city with one land's leader there, is that land's capital.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

TALKS = (
    "Ethiopian Foreign Minister Gedion Timothewos and his Somali counterpart Ahmed Moalim Fiqi held talks in Ankara "
    "on Monday. "
)
MINISTERS = ["Gedion Timothewos", "Ahmed Moalim Fiqi"]


def test_the_hosts_clause_dates_and_places_the_gathering():
    text = (
        "The previous Consultative Meeting of Central Asian leaders, hosted by Emomali Rahmon in Dushanbe in September "
        "last year, was attended by Kassym-Jomart Tokayev and Shavkat Mirziyoyev."
    )
    assert found(text, "2025-06-10") == [
        (["Emomali Rahmon", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "Dushanbe", "2024-09", "meeting", "held")
    ]


def test_a_relative_clause_with_the_hosts_verb_gives_the_gatherings_day_and_place():
    text = (
        "Recep Tayyip Erdogan and Kassym-Jomart Tokayev were among the leaders at the informal summit of Turkic "
        "states, which Viktor Orban hosted in Budapest in May last year."
    )
    assert [m[1:3] for m in found(text, "2025-06-10")] == [("Budapest", "2024-05")]


def test_a_gathering_that_begins_on_a_day_still_takes_that_day():
    text = "Chinese President Xi Jinping flew to Brazil for the G20 summit, which opens in Rio de Janeiro on Monday."
    assert [m[1:3] for m in found(text, "2024-11-16")] == [("Rio de Janeiro", "2024-11-18")]


def test_the_when_clause_names_the_described_pair():
    text = (
        "Lloyd Austin will hold talks with his Chinese counterpart Dong Jun in Singapore on Friday. Austin and Dong "
        "spoke by video call in April. The last in-person meeting between the two countries' defence chiefs took "
        "place in Cambodia in November 2022, when Austin met Wei Fenghe."
    )
    assert found(text, "2024-05-30")[1:] == [
        (["Lloyd Austin", "Dong Jun"], None, "2024-04", "call", "held"),
        (["Lloyd Austin", "Wei Fenghe"], "Cambodia", "2022-11", "meeting", "held"),
    ]


def test_their_previous_meeting_is_the_pair_just_named():
    text = (
        "Indian Prime Minister Narendra Modi hosted Nepali Prime Minister K P Sharma Oli in New Delhi on Monday. "
        "Border work continues in a panel led by Indian Home Secretary Govind Mohan and Nepali Home Secretary Ek "
        "Narayan Aryal. At their previous meeting, on March 3, the panel agreed to map the river."
    )
    assert [m[:3] for m in found(text, "2025-06-10")] == [
        (["Narendra Modi", "K P Sharma Oli"], "New Delhi", "2025-06-09"),
        (["Govind Mohan", "Ek Narayan Aryal"], None, "2025-03-03"),
    ]


def test_their_previous_meeting_after_the_pairs_own_talks_stays_theirs():
    text = (
        "Sergei Lavrov hosted Ararat Mirzoyan and Jeyhun Bayramov in Moscow on Friday. Mirzoyan and Bayramov thanked "
        "the host. At their previous meeting, in Almaty on April 19, they agreed on a text."
    )
    assert [m[1:3] for m in found(text, "2024-05-11")] == [("Moscow", "2024-05-10"), ("Almaty", "2024-04-19")]


def test_the_two_ministers_received_by_a_third_is_a_meeting_of_its_own():
    text = TALKS + "Later on Monday, the two ministers were received by Turkish President Recep Tayyip Erdogan."
    assert [m[:3] for m in found(text, "2025-06-10")] == [
        (MINISTERS, "Ankara", "2025-06-09"),
        ([*MINISTERS, "Recep Tayyip Erdogan"], "Ankara", "2025-06-09"),
    ]


def test_a_host_who_receives_the_two_ministers_meets_them_on_his_own_day():
    text = TALKS + "Turkish President Recep Tayyip Erdogan received the two ministers on Tuesday."
    assert [m[:3] for m in found(text, "2025-06-10")] == [
        (MINISTERS, "Ankara", "2025-06-09"),
        ([*MINISTERS, "Recep Tayyip Erdogan"], "Ankara", "2025-06-10"),
    ]


def test_the_host_of_the_talks_themselves_joins_them():
    text = TALKS + "The talks were hosted by Turkish Foreign Minister Hakan Fidan."
    assert [m[:3] for m in found(text, "2025-06-10")] == [([*MINISTERS, "Hakan Fidan"], "Ankara", "2025-06-09")]


def test_guests_hosted_for_a_trilateral_summit_make_a_summit():
    text = (
        "Tunisian President Kais Saied hosted Algerian President Abdelmadjid Tebboune and Libyan Presidential Council "
        "head Mohamed al-Menfi for a trilateral summit in Tunis on Monday."
    )
    assert found(text, "2024-04-23") == [
        (["Kais Saied", "Abdelmadjid Tebboune", "Mohamed al-Menfi"], "Tunis", "2024-04-22", "summit", "held")
    ]


def test_a_summit_of_two_lands_hosted_by_one_stays_a_meeting():
    text = "Tunisian President Kais Saied hosted Algerian President Abdelmadjid Tebboune in Tunis on Monday for a summit."
    assert [m[3] for m in found(text, "2024-04-23")] == ["meeting"]


def test_near_a_city_is_that_city():
    text = "US President Joe Biden and Chinese President Xi Jinping met at a country estate near San Francisco on Wednesday."
    assert [m[1] for m in found(text, "2023-11-16")] == ["San Francisco"]


def test_a_leaders_seat_of_no_known_city_is_that_leaders_capital():
    text = "US Secretary of State Marco Rubio met Mexican President Claudia Sheinbaum at the National Palace on Wednesday."
    assert [m[1] for m in found(text, "2025-09-05")] == ["Mexico City"]


def test_a_seat_with_two_lands_leaders_stays_the_venue():
    text = "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei at the Presidential Palace on Thursday."
    assert [m[1] for m in found(text, "2025-10-20")] == ["Presidential Palace"]
