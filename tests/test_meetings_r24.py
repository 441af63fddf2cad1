"""dipkit meetings, round 24, on sentences written for these tests: "the pair" after an aside on two other
leaders, "met again" after a meeting on the margins of a gathering, "their first summit in X and a second in Y",
a visit paid to a named host, "held a private audience with", a call whose day comes between the callee and
the rest of the sentence, and "meet each other halfway", which names no meeting.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import brief, found

from dipkit.meetings import find_meetings


def test_the_pair_is_the_one_named_last_not_the_pair_of_the_aside():
    text = (
        "Joly meets Wang in Beijing\n\n"
        "BEIJING, Oct. 9 -- Canadian Foreign Minister Melanie Joly held talks with Chinese Foreign Minister Wang Yi in "
        "Beijing on Wednesday.\n\n"
        "The talks follow Prime Minister Justin Trudeau's meeting with President Xi Jinping in Lima last year.\n\n"
        "Joly said she would raise the cases of detained Canadians.\n\n"
        "The pair first met in March on the margins of a G20 foreign ministers' gathering in Rio de Janeiro and met "
        "again in New York in September."
    )
    assert found(text, "2024-10-09") == [
        (["Melanie Joly", "Wang Yi"], "Beijing", "2024-10-09", "meeting", "held"),
        (["Justin Trudeau", "Xi Jinping"], "Lima", "2023", "meeting", "held"),
        (["Melanie Joly", "Wang Yi"], "Rio de Janeiro", "2024-03", "meeting", "held"),
        (["Melanie Joly", "Wang Yi"], "New York", "2024-09", "meeting", "held"),
    ]


def test_their_first_summit_and_a_second_are_two_earlier_meetings_of_the_pair():
    text = (
        "Putin and Erdogan meet in Astana\n\n"
        "ASTANA, July 3 -- Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Astana on "
        "Wednesday, after both had attended the SCO summit there.\n\n"
        "Wednesday's meeting was the third between Putin and Erdogan this year, following their first summit in Sochi "
        "in January and a second in Istanbul in April that ended without a grain deal."
    )
    assert found(text, "2024-07-03") == [
        (["Vladimir Putin", "Recep Tayyip Erdogan"], "Astana", "2024-07-03", "meeting", "held"),
        (["Vladimir Putin", "Recep Tayyip Erdogan", "Shanghai Cooperation Organisation"], "Astana", "2024-07-03", "summit", "held"),
        (["Vladimir Putin", "Recep Tayyip Erdogan"], "Sochi", "2024-01", "meeting", "held"),
        (["Vladimir Putin", "Recep Tayyip Erdogan"], "Istanbul", "2024-04", "meeting", "held"),
    ]


def test_a_visit_paid_to_a_named_host_is_a_meeting_with_the_host_where_it_is_paid():
    text = (
        "Scholz receives Tusk in Berlin\n\n"
        "BERLIN, Feb. 12 -- German Chancellor Olaf Scholz received Polish Prime Minister Donald Tusk in Berlin on "
        "Monday.\n\n"
        "Scholz is expected to pay a return visit to Tusk in Warsaw later this year.\n\n"
        "Tusk paid a visit to President Emmanuel Macron in Paris on Friday."
    )
    assert found(text, "2024-02-12") == [
        (["Olaf Scholz", "Donald Tusk"], "Berlin", "2024-02-12", "meeting", "held"),
        (["Olaf Scholz", "Donald Tusk"], "Warsaw", "2024", "meeting", "planned"),
        (["Donald Tusk", "Emmanuel Macron"], "Paris", "2024-02-09", "meeting", "held"),
    ]


def test_meet_each_other_halfway_names_no_meeting():
    text = (
        "Envoys meet in Geneva\n\n"
        "GENEVA, May 6 -- Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun Bayramov "
        "in Geneva on Monday.\n\n"
        "Mirzoyan said both sides should meet each other halfway on the border dispute."
    )
    meetings = find_meetings(text, "2024-05-06")
    assert [brief(m) for m in meetings] == [(["Ararat Mirzoyan", "Jeyhun Bayramov"], "Geneva", "2024-05-06", "meeting", "held")]
    assert [text[s["start"] : s["end"]].split()[-1] for s in meetings[0]["mentions"]] == ["Monday."]  # (not the sentence of "halfway")


def test_held_a_private_audience_with_is_a_meeting_and_a_call_dated_before_the_aside():
    text = (
        "Pope receives Lula\n\n"
        "VATICAN CITY, June 21 -- Brazilian President Luiz Inacio Lula da Silva held a private audience with Pope "
        "Francis at the Vatican on Wednesday.\n\n"
        "Francis had called Lula in November, days after the election, to congratulate him."
    )
    assert found(text, "2023-06-21") == [
        (["Pope Francis", "Luiz Inacio Lula da Silva"], "Vatican City", "2023-06-21", "meeting", "held"),
        (["Pope Francis", "Luiz Inacio Lula da Silva"], None, "2022-11", "call", "held"),
    ]
