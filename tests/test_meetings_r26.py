"""dipkit meetings, round 26, on sentences written for these tests: a leader's spouse welcomed beside the
leader is no participant of her own (a spouse who meets someone alone is); a day named just before "when"
is the day of the meeting the when-clause tells; "in October of that year" is in the year named before; a
welcome "earlier in the day" of the talks is the same contact; "before heading to Lagos" after talks in
Abuja is the same trip, no place for another meeting; "shortly after noon" names no day; "gave Y a ceremonial
welcome" and "took Y out for a private dinner" are meetings with Y; "the military command in Japan" is a
topic, not the place of the talks.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import brief, found

from dipkit.meetings import find_meetings


def test_the_spouse_welcomed_beside_the_leader_is_not_a_participant():
    text = (
        "President William Ruto of Kenya arrived in Rome on Monday. Prime Minister Giorgia Meloni welcomed Ruto "
        "and First Lady Rachel Ruto at Palazzo Chigi on Tuesday."
    )
    assert found(text, "2024-05-22") == [
        (["William Ruto", "Giorgia Meloni"], "Rome", "2024-05-21", "meeting", "held"),
    ]


def test_a_spouse_who_leads_a_delegation_stays_a_participant():
    text = "In Mexico City on Tuesday, President Claudia Sheinbaum met First Lady Jill Biden and Ambassador Ken Salazar."
    assert [m[0] for m in found(text, "2024-10-02")] == [["Claudia Sheinbaum", "Jill Biden", "Ken Salazar"]]


def test_the_day_before_when_is_the_day_of_the_meeting_it_tells():
    text = (
        "Ramaphosa, Kishida sign pact as state visit enters final day\n\n"
        "South African President Cyril Ramaphosa held talks with Prime Minister Fumio Kishida in Tokyo on Wednesday.\n\n"
        "The state visit, the first by a South African leader to Japan in ten years, began on Tuesday when "
        "Ramaphosa was received in Tokyo by Foreign Minister Yoko Kamikawa."
    )
    assert found(text, "2024-05-23") == [
        (["Cyril Ramaphosa", "Fumio Kishida"], "Tokyo", "2024-05-22", "meeting", "held"),
        (["Cyril Ramaphosa", "Yoko Kamikawa"], "Tokyo", "2024-05-21", "meeting", "held"),
    ]


def test_a_month_of_that_year_is_in_the_year_named_before():
    text = (
        "Brazilian President Lula hosted Peruvian President Dina Boluarte in Brasilia on Monday. The two leaders "
        "first met in Lima in April 2023, and they held a second meeting in Cusco in October of that year."
    )
    assert [m[1:3] for m in found(text, "2025-02-05")] == [("Brasilia", "2025-02-03"), ("Lima", "2023-04"), ("Cusco", "2023-10")]


def test_a_welcome_earlier_in_the_day_of_the_talks_is_the_same_contact():
    text = (
        "Ruto and Meloni sign energy accord\n\n"
        "Italian Prime Minister Giorgia Meloni held talks with Kenyan President William Ruto at Palazzo Chigi in Rome "
        "on Thursday.\n\n"
        "Meloni welcomed Ruto at the Quirinale earlier in the day with full honours, before both leaders drove to "
        "Palazzo Chigi for the talks."
    )
    meetings = find_meetings(text, "2024-05-24")
    assert [brief(m) for m in meetings] == [(["Giorgia Meloni", "William Ruto"], "Rome", "2024-05-23", "meeting", "held")]
    assert len(meetings[0]["mentions"]) == 2


def test_talks_on_two_days_stay_two_meetings():
    text = (
        "Meloni received Ruto in Rome on Wednesday. The two leaders held talks again in Rome on Thursday, "
        "officials said."
    )
    assert [m[2] for m in found(text, "2024-05-24")] == ["2024-05-22", "2024-05-23"]


def test_a_trip_on_to_another_city_of_the_land_is_the_same_trip():
    text = (
        "Tinubu and Macron met in June 2023 when Tinubu attended a summit hosted by Macron. Before then, Macron had "
        "visited Abuja in July 2018, where he held talks with then President Muhammadu Buhari, before heading to Lagos."
    )
    assert [m[1:3] for m in found(text, "2024-11-29") if m[3] == "meeting"] == [
        (None, "2023-06"),
        ("Abuja", "2018-07"),
    ]


def test_a_time_of_day_alone_names_no_day():
    text = (
        "Lee Jae-myung met Shigeru Ishiba in Tokyo on Saturday for their first talks. Ishiba greeted Lee at the "
        "entrance of his official residence shortly after noon, and the two leaders later held a working dinner."
    )
    assert found(text, "2025-08-24") == [(["Lee Jae-myung", "Shigeru Ishiba"], "Tokyo", "2025-08-23", "meeting", "held")]


def test_a_welcome_given_to_a_guest_and_a_dinner_taken_out_to_are_meetings():
    text = "King Charles III gave Cyril Ramaphosa a ceremonial welcome at Horse Guards Parade on Tuesday."
    assert found(text, "2022-11-23") == [(["Charles III", "Cyril Ramaphosa"], None, "2022-11-22", "meeting", "held")]
    text = "Macron took Olaf Scholz out for a private dinner in Paris on Monday night."
    assert found(text, "2024-02-07") == [(["Emmanuel Macron", "Olaf Scholz"], "Paris", "2024-02-05", "meeting", "held")]
    assert found("The minister gave the plan a cautious welcome on Monday.", "2024-02-07") == []


def test_a_command_in_a_land_is_a_topic_not_the_place_of_the_talks():
    text = (
        "WASHINGTON (AP) — President Joe Biden and Prime Minister Fumio Kishida held talks on Wednesday and "
        "announced plans to restructure the U.S. military command in Japan."
    )
    assert found(text, "2024-04-11") == [(["Joe Biden", "Fumio Kishida"], "Washington", "2024-04-10", "meeting", "held")]
